package io.github.zirules.api.internal;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an instrument CSV (the project's one CSV dialect, {@link CsvTable}), reporting every problem with its
 * file:line.
 */
public final class InstrumentCsv {

    /** The required columns, in order. */
    public static final List<String> HEADER =
            List.of("item_id", "section", "area", "indicator", "indicator_name", "answer_type", "ratio_formula");

    /**
     * The optional columns that may follow the required ones, in any order: the official question, and the answer
     * criteria with one line per option (line breaks inside the quoted cell).
     */
    public static final List<String> OPTIONAL = List.of("question", "criteria");

    private static final Set<String> WEIGHT_COLUMNS = Set.of("indicator_weight", "items_in_indicator", "weight");

    private InstrumentCsv() {
    }

    /** Reads the CSV without a structure; see {@link Instrument#readCsv(Reader, String)}. */
    public static Instrument read(Reader in, String source) throws IOException {
        return read(in, source, null);
    }

    /**
     * Reads the CSV; see {@link Instrument#readCsv(Reader, String, RuleSetModel)}. Without a {@code model} the codes
     * are only checked to be codes, and an empty area cell means an item without an area.
     */
    public static Instrument read(Reader in, String source, @Nullable RuleSetModel model) throws IOException {
        StringWriter text = new StringWriter();
        in.transferTo(text);
        List<Problem> problems = new ArrayList<>();
        List<CsvTable.Row> rows = CsvTable.parse(text.toString(), source, "INSTRUMENT_CSV", problems).rows();
        String expectedHeader = String.join(",", HEADER) + "[,question][,criteria]";
        if (rows.isEmpty()) {
            problems.add(Problem.error("INSTRUMENT_EMPTY", source + ":1", Message.of("INSTRUMENT_EMPTY"),
                    Message.of("INSTRUMENT_EMPTY.expected", expectedHeader)));
            throw new InvalidInputException(source, problems);
        }
        CsvTable.Row headerRow = rows.get(0);
        List<String> header = headerRow.cells();
        String headerAt = source + ":" + headerRow.line();
        for (String h : header) {
            if (WEIGHT_COLUMNS.contains(h)) {
                problems.add(Problem.error("INSTRUMENT_WEIGHT_COLUMN", headerAt,
                        Message.of("INSTRUMENT_WEIGHT_COLUMN", h), Message.verbatim(expectedHeader)));
            }
        }
        if (!headerIsValid(header) && problems.isEmpty()) {
            problems.add(Problem.error("INSTRUMENT_HEADER", headerAt, Message.of("INSTRUMENT_HEADER"),
                    Message.verbatim(expectedHeader)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        int question = header.indexOf("question");
        int criteria = header.indexOf("criteria");
        List<Item> items = new ArrayList<>();
        Set<ItemId> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            String at = source + ":" + row.line();
            List<String> f = row.cells();
            if (f.size() < HEADER.size() || f.size() > header.size()) {
                problems.add(Problem.error("INSTRUMENT_COLUMNS", at, Message.of("INSTRUMENT_COLUMNS", f.size(),
                        header.size()), Message.of("INSTRUMENT_COLUMNS.expected", header.size())));
                continue;
            }
            Item item = parseItem(f, at, model, reported, problems);
            if (item != null && !seen.add(item.id())) {
                problems.add(Problem.error("INSTRUMENT_DUPLICATE_ITEM", at, Message.of("INSTRUMENT_DUPLICATE_ITEM",
                        item.id()), Message.of("INSTRUMENT_DUPLICATE_ITEM.expected")));
            } else if (item != null) {
                items.add(withText(item, question < 0 ? "" : row.cell(question),
                        criteria < 0 ? "" : row.cell(criteria)));
            }
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error("INSTRUMENT_EMPTY", source, Message.of("INSTRUMENT_EMPTY.2"),
                    Message.of("INSTRUMENT_EMPTY.2.expected")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return new Instrument(items);
    }

    /** The required columns in order, then optional ones, each at most once. */
    private static boolean headerIsValid(List<String> header) {
        if (header.size() < HEADER.size() || !header.subList(0, HEADER.size()).equals(HEADER)) {
            return false;
        }
        List<String> rest = header.subList(HEADER.size(), header.size());
        return OPTIONAL.containsAll(rest) && new HashSet<>(rest).size() == rest.size();
    }

    private static Item withText(Item i, String question, String criteria) {
        List<String> lines = criteria.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return new Item(i.id(), i.section(), i.area(), i.indicator(), i.indicatorName(), i.answerType(),
                i.ratioFormula(), question.strip(), lines);
    }

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * The item of one row; null, with its problems added, if the row is wrong. An undeclared code is reported at the
     * first row that uses it ({@code reported}), not at every one.
     */
    private static @Nullable Item parseItem(List<String> f, String at, @Nullable RuleSetModel model,
                                            Set<String> reported, List<Problem> problems) {
        Row row = new Row(at, f.get(0).strip(), model, reported, problems);
        String section = f.get(1).strip();
        String area = f.get(2).strip();
        String scale = f.get(5).strip();
        RuleSetModel.SectionDef declared = model == null ? null : model.section(section).orElse(null);
        if (model == null ? !CODE.matcher(section).matches() : declared == null) {
            row.unknown("INSTRUMENT_SECTION", "STRUCTURE_UNKNOWN_SECTION", section, model == null ? null
                    : model.sections().stream().map(RuleSetModel.SectionDef::code).toList());
        }
        if (declared != null && !declared.hasAreas() && !area.isEmpty()) {
            row.error(Problem.error("INSTRUMENT_AREA", at, Message.of("INSTRUMENT_AREA.none", row.id, section, area),
                    Message.of("INSTRUMENT_AREA.none.expected")));
        } else if (declared != null && declared.hasAreas() && area.isEmpty()) {
            row.error(Problem.error("INSTRUMENT_AREA", at, Message.of("INSTRUMENT_AREA.2", row.id, section),
                    Message.verbatim(codes(model.areas().stream().map(RuleSetModel.AreaDef::code).toList()))));
        } else if (!area.isEmpty() && (model == null ? !CODE.matcher(area).matches()
                : declared != null && model.area(area).isEmpty())) {
            row.unknown("INSTRUMENT_AREA", "STRUCTURE_UNKNOWN_AREA", area, model == null ? null
                    : model.areas().stream().map(RuleSetModel.AreaDef::code).toList());
        }
        if (model == null ? !CODE.matcher(scale).matches() : model.answerScale(scale).isEmpty()) {
            row.unknown("INSTRUMENT_ANSWER_TYPE", "STRUCTURE_UNKNOWN_SCALE", scale, model == null ? null
                    : model.answerScales().stream().map(RuleSetModel.AnswerScale::code).toList());
        }
        String id = row.id;
        String indicator = f.get(3).strip();
        if (id.isEmpty() || indicator.isEmpty() || f.get(4).isBlank()) {
            row.error(Problem.error("INSTRUMENT_MISSING", at, Message.of("INSTRUMENT_MISSING"), null));
        }
        if (row.wrong) {
            return null;
        }
        Item item = new Item(ItemId.of(id), section, area.isEmpty() ? null : area, indicator, f.get(4).strip(),
                scale, f.get(6).isBlank() ? null : f.get(6).strip());
        String expectedPrefix = item.indicatorId() + (item.area() == null ? "" : ".");
        if (item.area() == null ? !id.equals(expectedPrefix) : !id.startsWith(expectedPrefix)
                || id.length() == expectedPrefix.length()) {
            problems.add(Problem.error("INSTRUMENT_ITEM_ID", at, Message.of("INSTRUMENT_ITEM_ID", id),
                    Message.of("INSTRUMENT_ITEM_ID.expected", expectedPrefix)));
            return null;
        }
        return item;
    }

    /** The problems of one row, and whether it has any (a repeated undeclared code is not reported again). */
    private static final class Row {
        private final String at;
        private final String id;
        private final @Nullable RuleSetModel model;
        private final Set<String> reported;
        private final List<Problem> problems;
        private boolean wrong;

        Row(String at, String id, @Nullable RuleSetModel model, Set<String> reported, List<Problem> problems) {
            this.at = at;
            this.id = id;
            this.model = model;
            this.reported = reported;
            this.problems = problems;
        }

        void error(Problem p) {
            wrong = true;
            problems.add(p);
        }

        /**
         * A code that is not valid: without a structure ({@code plain}), one that is not a code; with one
         * ({@code undeclared}), one the structure does not declare, with the {@code declared} codes as what would be
         * right, at the first row that uses it.
         */
        void unknown(String plain, String undeclared, String value, @Nullable List<String> declared) {
            wrong = true;
            if (model == null || declared == null) {
                problems.add(Problem.error(plain, at, Message.of(plain, value),
                        Message.of("INSTRUMENT_CODE.expected")));
            } else if (reported.add(undeclared + " " + value)) {
                problems.add(Problem.error(undeclared, at, Message.of(undeclared, id, value),
                        Message.verbatim(codes(declared))));
            }
        }
    }

    private static String codes(List<String> declared) {
        return String.join(", ", declared);
    }
}
