package io.github.zirules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.zirules.api.Instrument;
import io.github.zirules.json.ZiJson;
import io.github.zirules.testkit.AssessmentGenerator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate} keeps no result: thousands of assessments run through the shaded jar in a heap far too small to
 * hold their results (2,000 results kept in a list need more than 48 MB; measured, see docs/cli.md). The 100,000-file
 * run under {@code -Xmx256m} is documented in docs/cli.md.
 */
class ConstantMemoryIT {

    private static final int FILES = 2_000;

    @Test
    void thousandsOfAssessmentsRunInASmallHeap(@TempDir Path dir) throws Exception {
        Instrument instrument = Cli.ZI.instrument("permenpan-rb-90-2021");
        AssessmentGenerator gen = AssessmentGenerator.builder(instrument).evidenceShare(0.5).build();
        ZiJson json = ZiJson.create();
        Path in = Files.createDirectory(dir.resolve("lke"));
        for (int i = 0; i < FILES; i++) {
            try (OutputStream out = Files.newOutputStream(in.resolve(String.format("lke-%05d.json", i)))) {
                json.writeAssessment(gen.fromSeed(i), out);
            }
        }
        Path report = dir.resolve("laporan.jsonl");
        Cli.Run r = Jar.run(dir, List.of("-Xmx48m"), "evaluate", "--format", "json", "--json-layout", "lines",
                "--quiet", "--out", report.toString(), in.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
        try (var lines = Files.lines(report)) {
            assertEquals(FILES + 1, lines.count(), "a line per report and the summary");
        }
        Cli.Run array = Jar.run(dir, List.of("-Xmx48m"), "evaluate", "--format", "json", "--quiet", "--out",
                dir.resolve("laporan.json").toString(), in.toString());
        assertEquals(0, array.exit(), array.err());
    }
}
