package io.github.zirules.benchmarks;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import org.apache.commons.csv.CSVPrinter;

/**
 * The engine side of "100,000 assessments through one run in constant memory": evaluates {@code n} varied
 * assessments one after another (each generated, evaluated and dropped, as a streaming reader would) and prints, every
 * tenth of the way, the heap in use just after a full collection. Run under {@code -Xmx256m} by {@code run.sh}; a leak
 * shows as a rising column or an {@link OutOfMemoryError}.
 */
public final class SteadyMemory {

    private SteadyMemory() {
    }

    /** Arguments: the number of evaluations (default 100,000). */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Evaluator zi = Fixtures.evaluator();
        Instrument instrument = zi.instrument(Fixtures.RULE_SET);
        CSVPrinter csv = PerformanceReport.CSV.builder().setHeader("evaluations", "heap_used_after_gc_bytes",
                "eligible_so_far", "max_heap_bytes").setSkipHeaderRecord(false).get().print(System.out);
        long eligible = 0;
        long t0 = System.nanoTime();
        for (int i = 1; i <= n; i++) {
            if (zi.evaluate(VariedAssessments.varied(instrument, i)).eligible()) {
                eligible++;
            }
            if (i % (n / 10) == 0) {
                System.gc();
                csv.printRecord(i, memory.getHeapMemoryUsage().getUsed(), eligible,
                        memory.getHeapMemoryUsage().getMax());
                csv.flush();
            }
        }
        csv.printComment(String.format(Locale.ROOT, "%d evaluations in %.1f s", n, (System.nanoTime() - t0) / 1e9));
        csv.flush();
    }
}
