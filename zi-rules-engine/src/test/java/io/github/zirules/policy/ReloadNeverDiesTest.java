package io.github.zirules.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.EvaluatorOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReloadNeverDiesTest {

    @Test
    void theWatcherKeepsWatchingAfterItsActionThrowsAnError(@TempDir Path dir) throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(2);
        try (FolderWatcher w = new FolderWatcher(List.of(dir), Duration.ofMillis(50), () -> {
            second.countDown();
            if (runs.incrementAndGet() == 1) {
                throw new StackOverflowError("a reload that recursed without end");
            }
        })) {
            w.start();
            Files.writeString(dir.resolve("a.drl"), "1");
            waitFor(() -> runs.get() >= 1);
            Files.writeString(dir.resolve("a.drl"), "2");
            assertTrue(second.await(20, TimeUnit.SECONDS), "the change after the error was not seen");
        }
    }

    @Test
    void aReloadPastItsDeadlineIsRefusedAndReportedAndTheNextOneIsApplied(@TempDir Path tmp) throws IOException {
        Path rs = BuiltInRuleSet.copyTo(tmp.resolve("rs"));
        try (ReloadingEvaluator zi = ReloadingEvaluator.create(EvaluatorOptions.builder().includeBuiltIn(false)
                .ruleSetDirectory(rs).build())) {
            List<ReloadReport> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            zi.addListener(heard::add);
            zi.addListener(r -> {
                throw new IllegalStateException("a listener that fails");
            });
            ReloadReport late = zi.reload(Duration.ofNanos(1));
            assertFalse(late.accepted());
            assertTrue(late.problems().stream().anyMatch(p -> p.messageEn().contains("time limit")),
                    late.problems()::toString);
            assertEquals(1, zi.generation());
            ReloadReport next = zi.reload();
            assertTrue(next.accepted(), next.problems()::toString);
            assertEquals(2, zi.generation());
            assertEquals(List.of(late, next), heard, "every reload reaches the listeners, refused or accepted");
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertTrue(condition.getAsBoolean(), "the watcher never ran");
    }
}
