package io.github.zirules.cli;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import io.github.zirules.api.UnknownRuleSetException;
import io.github.zirules.excel.LkeImport;
import io.github.zirules.excel.LkeReadOptions;
import io.github.zirules.excel.LkeWorkbooks;
import io.github.zirules.json.AssessmentRead;
import io.github.zirules.json.ZiJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;

/**
 * Reads an assessment for the commands, whatever it comes as: a zi-assessment/1 file (with its {@code reviews}),
 * standard input ({@code -}, JSON), or an LKE workbook ({@code .xlsx}: the Lampiran III layout, the inspectorate's
 * export, or the project's template) read with the instrument of the rule set that will score it.
 */
final class AssessmentFiles {

    /** The file name endings a folder is searched for, lower case. */
    static final List<String> EXTENSIONS = List.of(".json", ".xlsx");

    private static final ZiJson JSON = ZiJson.create();

    private final Evaluator evaluator;
    private final LkeReadOptions workbook;

    /**
     * A reader that reads workbooks with the instrument of rule set {@code ruleSet} (null: the default rule set of
     * the year), completing what a workbook does not say with {@code target} (null: the workbook's) and
     * {@code options}.
     */
    AssessmentFiles(Evaluator evaluator, String ruleSet, Predikat target, WorkbookOptions options) {
        this.evaluator = evaluator;
        LkeReadOptions o = LkeReadOptions.defaults().withEvaluator(evaluator::evaluate);
        if (ruleSet != null) {
            o = o.withRuleSet(ruleSet);
        }
        if (target != null) {
            o = o.withTarget(target);
        }
        if (options != null && options.currentPredicate != null) {
            o = o.withCurrentPredicate(options.currentPredicate);
        }
        if (options != null && options.year != null) {
            o = o.withYear(options.year);
        }
        this.workbook = o;
    }

    /** Whether a folder's file named like {@code p} is taken as an assessment. */
    static boolean isAssessmentName(Path p) {
        String n = InputFiles.lowerName(p);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** Whether {@code p} is read as a workbook. */
    static boolean isWorkbook(Path p) {
        return InputFiles.lowerName(p).endsWith(".xlsx") || InputFiles.lowerName(p).endsWith(".xlsm");
    }

    /** The assessment in {@code file} ({@link InputFiles#STDIN}: standard input), or every problem. */
    AssessmentRead readAssessment(Path file) {
        if (file.equals(InputFiles.STDIN)) {
            return JSON.readAssessment(System.in, "(stdin)");
        }
        if (!Files.exists(file)) {
            return new AssessmentRead(null, List.of(InputFiles.missing(file)));
        }
        if (isWorkbook(file)) {
            LkeImport in = LkeWorkbooks.read(file, instrument(), workbook);
            return new AssessmentRead(in.ok() ? in.assessment() : null, in.problems());
        }
        return JSON.readAssessment(file);
    }

    /**
     * The assessment in {@code file}.
     *
     * @throws InvalidInputException listing every problem (unreadable file, bad JSON or workbook, missing or wrong
     *     fields)
     */
    Assessment read(Path file) {
        AssessmentRead r = readAssessment(file);
        if (!r.ok()) {
            throw new InvalidInputException(file.toString(), r.problems());
        }
        return r.assessment();
    }

    /** The instrument workbooks are read with: the named rule set's, else the default one of the year. */
    Instrument instrument() {
        return evaluator.instrument(ruleSetId());
    }

    /** The rule set workbooks are read for. */
    String ruleSetId() {
        if (workbook.ruleSet() != null) {
            return workbook.ruleSet();
        }
        int year = workbook.year() > 0 ? workbook.year() : Year.now().getValue();
        try {
            return evaluator.ruleSetFor(Assessment.builder(Unit.of("zi-rules"), year, Predikat.WBK).build()).id();
        } catch (UnknownRuleSetException e) {
            return evaluator.ruleSets().get(0).id();
        }
    }
}
