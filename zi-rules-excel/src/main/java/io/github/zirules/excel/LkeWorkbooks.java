package io.github.zirules.excel;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Result;
import io.github.zirules.excel.internal.LkeReader;
import io.github.zirules.excel.internal.ScoredWriter;
import io.github.zirules.excel.internal.SummaryWriter;
import io.github.zirules.excel.internal.TemplateWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The LKE (<i>Lembar Kerja Evaluasi</i>) as an Excel workbook, in and out.
 *
 * <p>{@link #read} imports a unit's Lampiran III workbook, an inspectorate's export or the project's own template into
 * an {@link io.github.zirules.api.Assessment}, reporting every problem at once with its {@code sheet!cell}; it never
 * throws for a bad workbook. {@link #writeTemplate} writes a blank LKE to fill in, {@link #writeScored} an assessment
 * with its scores, {@link #writeSummary} one workbook for a batch of units. Cells hold exact values, shown with two
 * decimals.
 */
public final class LkeWorkbooks {

    private LkeWorkbooks() {
    }

    /**
     * Reads a workbook file.
     *
     * @param file the {@code .xlsx} file; {@code .xls}, {@code .ods}, encrypted, corrupt and oversized files are
     *     refused with a problem saying what to do
     * @param instrument the instrument of the rule set the answers are for (it says what each row asks); an area or
     *     answer scale of its structure that the sheet has no rows for is a problem naming it
     *     ({@code EXCEL_STRUCTURE_AREA}, {@code EXCEL_STRUCTURE_SCALE})
     * @param options what the workbook does not say (the target, for Lampiran III), limits, the cross-check
     */
    public static LkeImport read(Path file, Instrument instrument, LkeReadOptions options) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, name, instrument, options);
        } catch (IOException e) {
            return LkeReader.unreadable(name, e);
        }
    }

    /**
     * Reads a workbook from a stream (not closed).
     *
     * @param in the workbook's bytes; at most {@link LkeReadOptions#maxBytes()} are read
     * @param sourceName the file name for messages and, if nothing else names the unit, its id
     * @param instrument the instrument of the rule set the answers are for
     * @param options what the workbook does not say, limits, the cross-check
     */
    public static LkeImport read(InputStream in, String sourceName, Instrument instrument, LkeReadOptions options) {
        return new LkeReader(sourceName, instrument, options).read(in);
    }

    /**
     * Writes the blank template of a rule set: the official structure (sections, areas, indicators with their weights,
     * items with question and criteria), a drop-down of the valid answers on every answer cell, count rows for
     * PCT/DEC items, evidence and reviewer columns, a header block for the unit, protected structure cells. A filled
     * template reads back with no mapping and no loss.
     *
     * @param instrument the rule set's instrument
     * @param ruleSet the rule-set id written into the header block; may be null
     * @param evaluator scores an assessment with the rule set; the weights shown are the scores of an assessment with
     *     every item at its best, so that they come from the rule set's DRL and nowhere else. Null: no weights shown
     * @param out where the {@code .xlsx} goes (not closed)
     * @throws io.github.zirules.api.InvalidInputException if the rule set's structure does not fit the LKE layout (a
     *     section with areas after one without, an answer scale Excel cannot offer as a drop-down list), each misfit
     *     named in both languages
     */
    public static void writeTemplate(Instrument instrument, @Nullable String ruleSet,
                                     @Nullable Function<Assessment, Result> evaluator, OutputStream out)
            throws IOException {
        new TemplateWriter(instrument).writeBlank(ruleSet, evaluator, out);
    }

    /**
     * Writes an assessment back as a scored LKE in the template layout: every item's answer, value and points, each
     * indicator, area, Pengungkit/Hasil and total score, every check (required, actual, passed, shortfall) and the
     * warnings. Exact values in the cells, shown with two decimals. Reads back to the same assessment.
     *
     * @param unit the assessment and its result
     * @param instrument the instrument of the result's rule set
     * @param out where the {@code .xlsx} goes (not closed)
     * @throws io.github.zirules.api.InvalidInputException if the rule set's structure does not fit the LKE layout (a
     *     section with areas after one without, an answer scale Excel cannot offer as a drop-down list), each misfit
     *     named in both languages
     */
    public static void writeScored(ScoredUnit unit, Instrument instrument, OutputStream out) throws IOException {
        new ScoredWriter(instrument).write(unit, out);
    }

    /**
     * Writes the summary of a batch: sheet {@code Ringkasan} with one row per unit (its total, each area, each check
     * and the verdict; filterable), then one sheet per unit with its items and scores.
     *
     * @param units the units, in the order to list them
     * @param instrument the instrument of their rule set
     * @param out where the {@code .xlsx} goes (not closed)
     * @throws io.github.zirules.api.InvalidInputException if the rule set's structure does not fit the LKE layout (a
     *     section with areas after one without, an answer scale Excel cannot offer as a drop-down list), each misfit
     *     named in both languages
     */
    public static void writeSummary(List<ScoredUnit> units, Instrument instrument, OutputStream out)
            throws IOException {
        new SummaryWriter(instrument).write(units, out);
    }
}
