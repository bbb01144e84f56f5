package io.github.zirules.cli;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;
import io.github.zirules.json.ZiJson;
import io.github.zirules.report.ReportFormat;
import io.github.zirules.report.ReportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.List;

/**
 * For the run of {@code evaluate} that writes the launcher's class archive (the launcher sets the system property
 * {@value #PROPERTY} on that run only): its last report is drawn once more in text, Markdown and JSON, into nothing,
 * so that the archive holds the classes of every format a folder is usually scored in, whichever the first run used.
 * A text run after a first run in JSON would otherwise load about a hundred classes from the jar. Nothing is written
 * anywhere, nothing is printed, and a failure here (there should be none) changes nothing of the run.
 */
final class ArchiveWarmUp {

    /** The system property the launcher sets on the run that writes the class archive. */
    static final String PROPERTY = "zirules.archive.warm";

    private ArchiveWarmUp() {
    }

    /** Whether this run writes the launcher's class archive. */
    static boolean wanted() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Draws the report of {@code r}, scored from {@code a}, in text, Markdown and JSON into nothing. */
    static void drawEveryFormat(Result r, Assessment a, Evaluator evaluator, ReportOptions options) {
        try {
            for (ReportFormat f : List.of(ReportFormat.TEXT, ReportFormat.MARKDOWN)) {
                try (ReportOutput o = new ReportOutput.Document(f, Writer.nullWriter(),
                        OutputStream.nullOutputStream(), options, evaluator)) {
                    o.add(r, a, o.draw(r, a));
                }
            }
            try (ReportOutput o = new ReportOutput.Json(ZiJson.create(), Writer.nullWriter(),
                    OutputStream.nullOutputStream(), ReportOutput.Json.Layout.ARRAY)) {
                o.add(r, a, o.draw(r, a));
            }
        } catch (IOException | RuntimeException e) {
            // Only classes were to be loaded: the user's run has already written everything and must not fail here.
        }
    }
}
