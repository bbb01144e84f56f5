package io.github.zirules.cli;

import io.github.zirules.testkit.PropertyRunner;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code test --properties DIR [--tries N] [--seed S] [--out DIR]}: the property checks of a rule set (see
 * {@link PropertyTestCli}). Meant to be merged into the {@code test} command for scenario files.
 */
@Command(name = "test", description = {
        "Test a rule set: --properties DIR runs every invariant (bounds, monotonicity, consistency, thresholds, order "
                + "independence, determinism) over generated assessments and prints passed or the smallest "
                + "counterexample, written as counterexample-<invariant>.json.",
        "Uji aturan: --properties DIR menjalankan setiap invarian atas penilaian acak dan menampilkan lulus atau "
                + "contoh penyangkal terkecil, ditulis sebagai counterexample-<invarian>.json."})
public final class PropertiesTestCommand implements Callable<Integer> {

    @Option(names = "--properties", paramLabel = "DIR", required = true,
            description = "rule-set folder (or a folder of rule-set folders) whose properties to check")
    Path dir;

    @Option(names = "--tries", paramLabel = "N", description = "assessments per invariant (default: ${DEFAULT-VALUE})")
    int tries = PropertyRunner.DEFAULT_TRIES;

    @Option(names = "--seed", paramLabel = "S", description = "the run's seed (default: a random one, printed)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "where counterexample files go (default: .)")
    Path out = Path.of(".");

    @Option(names = "--lang", paramLabel = "id|en", description = "message language (default: from the locale)")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String l = Lang.resolve(lang);
        if (tries < 1) {
            spec.commandLine().getErr().println("--tries must be at least 1 but was " + tries);
            return ZiRulesCli.INVALID_INPUT;
        }
        long s = seed != null ? seed : ThreadLocalRandom.current().nextLong();
        return PropertyTestCli.run(dir, tries, s, out, spec.commandLine().getOut(), spec.commandLine().getErr(), l);
    }
}
