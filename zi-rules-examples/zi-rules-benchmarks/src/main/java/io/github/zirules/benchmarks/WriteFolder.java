package io.github.zirules.benchmarks;

import io.github.zirules.api.Instrument;
import io.github.zirules.json.ZiJson;
import io.github.zirules.testkit.AssessmentGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the folder that {@code run.sh} scores with {@code zi-rules evaluate DIR}: {@code N} generated zi-assessment/1
 * files ({@code AssessmentGenerator}, seeds 0 … N − 1, evidence on half the answers, about 24 KB each), named
 * {@code lke-00000.json} …; the same files on every machine.
 *
 * <p>Usage: {@code WriteFolder DIR N}
 */
public final class WriteFolder {

    private WriteFolder() {
    }

    /** Writes the files and prints how many. */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        Instrument instrument = Fixtures.evaluator().instrument(Fixtures.RULE_SET);
        AssessmentGenerator gen = AssessmentGenerator.builder(instrument).evidenceShare(0.5).build();
        ZiJson json = ZiJson.create();
        for (int i = 0; i < n; i++) {
            try (OutputStream out = Files.newOutputStream(dir.resolve(String.format("lke-%05d.json", i)))) {
                json.writeAssessment(gen.fromSeed(i), out);
            }
        }
        System.out.println(n + " files in " + dir);
    }
}
