package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The batch behind {@code evaluate --threads}: input order, a bounded window, failures passed on unchanged. */
class OrderedBatchTest {

    @Test
    void outcomesComeInInputOrderWhenLaterInputsFinishFirst() {
        // 40 inputs on 4 threads, every fourth slow: ten rounds in which later inputs finish first.
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        List<Integer> out = new ArrayList<>();
        try (OrderedBatch<Integer, Integer> batch = new OrderedBatch<>(inputs, 4, i -> {
            sleep(i % 4 == 0 ? 20 : 0);
            return i * 10;
        })) {
            batch.forEachRemaining(out::add);
        }
        assertEquals(inputs.stream().map(i -> i * 10).toList(), out);
    }

    @Test
    void atMostTwiceTheThreadsAreInFlight() {
        AtomicInteger started = new AtomicInteger();
        int[] most = {0};
        try (OrderedBatch<Integer, Integer> batch = new OrderedBatch<>(IntStream.range(0, 100).boxed().toList(), 3,
                i -> {
                    started.incrementAndGet();
                    return i;
                })) {
            int taken = 0;
            while (batch.hasNext()) {
                batch.next();
                taken++;
                most[0] = Math.max(most[0], started.get() - taken);
            }
        }
        assertTrue(most[0] <= 6, "in flight beyond the window: " + most[0]);
    }

    @Test
    void aFailureIsThrownUnchangedForItsInput() {
        IllegalStateException boom = new IllegalStateException("boom");
        try (OrderedBatch<Integer, Integer> batch = new OrderedBatch<>(List.of(1, 2, 3), 2, i -> {
            if (i == 2) {
                throw boom;
            }
            return i;
        })) {
            assertEquals(1, batch.next());
            assertSame(boom, assertThrows(IllegalStateException.class, batch::next));
        }
    }

    @Test
    void oneThreadWorksOnTheCallersThread() {
        Thread caller = Thread.currentThread();
        try (OrderedBatch<Integer, Thread> batch = new OrderedBatch<>(List.of(1, 2), 1, i -> Thread.currentThread())) {
            assertSame(caller, batch.next());
            assertSame(caller, batch.next());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
