package io.github.zirules.excel;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Problem;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What reading a workbook gave.
 *
 * @param source the file name used in messages
 * @param layout the layout recognised; null if none was
 * @param assessment the assessment read; null when an error prevents one (every error is in {@code problems})
 * @param problems every problem found, errors and warnings, each located {@code sheet!cell} (e.g.
 *     {@code LKE ZI!K45}) and worded in Bahasa Indonesia and English
 */
public record LkeImport(String source, @Nullable LkeLayout layout, @Nullable Assessment assessment,
                        List<Problem> problems) {

    /** Copies the problems. */
    public LkeImport {
        problems = List.copyOf(problems);
    }

    /** The errors: if any, the workbook is refused. */
    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).toList();
    }

    /** The warnings: the assessment stands, but a reviewer should look (e.g. a cached score that differs). */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).toList();
    }

    /** Whether the workbook was read without error. */
    public boolean ok() {
        return assessment != null && errors().isEmpty();
    }

    /** The assessment, if the workbook was read without error. */
    public Optional<Assessment> assessmentIfOk() {
        return ok() ? Optional.of(assessment) : Optional.empty();
    }
}
