package io.github.zirules.api.internal;

import io.github.zirules.api.AnswerType;
import io.github.zirules.api.Area;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Section;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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

    /** Reads the CSV; see {@link Instrument#readCsv}. */
    public static Instrument read(Reader in, String source) throws IOException {
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
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            String at = source + ":" + row.line();
            List<String> f = row.cells();
            if (f.size() < HEADER.size() || f.size() > header.size()) {
                problems.add(Problem.error("INSTRUMENT_COLUMNS", at, Message.of("INSTRUMENT_COLUMNS", f.size(),
                        header.size()), Message.of("INSTRUMENT_COLUMNS.expected", header.size())));
                continue;
            }
            Item item = parseItem(f, at, problems);
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

    private static Item parseItem(List<String> f, String at, List<Problem> problems) {
        int before = problems.size();
        String id = f.get(0).strip();
        Section section = null;
        try {
            section = Section.ofCode(f.get(1).strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("INSTRUMENT_SECTION", at, Message.of("INSTRUMENT_SECTION", f.get(1)),
                    Message.of("INSTRUMENT_SECTION.expected")));
        }
        Area area = null;
        String areaText = f.get(2).strip();
        if (section == Section.HASIL) {
            // For Hasil items the column names the Hasil group (BBA, PPP): informational only.
            areaText = "";
        } else if (!areaText.isEmpty()) {
            try {
                area = Area.valueOf(areaText);
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error("INSTRUMENT_AREA", at, Message.of("INSTRUMENT_AREA", areaText),
                        Message.verbatim(Arrays.toString(Area.values()))));
            }
        } else {
            problems.add(Problem.error("INSTRUMENT_AREA", at, Message.of("INSTRUMENT_AREA.2"),
                    Message.verbatim(Arrays.toString(Area.values()))));
        }
        AnswerType type = null;
        try {
            type = AnswerType.valueOf(f.get(5).strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("INSTRUMENT_ANSWER_TYPE", at, Message.of("INSTRUMENT_ANSWER_TYPE", f.get(5)),
                    Message.verbatim(Arrays.toString(AnswerType.values()))));
        }
        String indicator = f.get(3).strip();
        if (id.isEmpty() || indicator.isEmpty() || f.get(4).isBlank()) {
            problems.add(Problem.error("INSTRUMENT_MISSING", at, Message.of("INSTRUMENT_MISSING"), null));
        }
        if (problems.size() > before) {
            return null;
        }
        Item item = new Item(ItemId.of(id), section, section == Section.HASIL ? null : area, indicator,
                f.get(4).strip(), type, f.get(6).isBlank() ? null : f.get(6).strip());
        String expectedPrefix = item.indicatorId() + (section == Section.HASIL ? "" : ".");
        if (section == Section.HASIL ? !id.equals(expectedPrefix) : !id.startsWith(expectedPrefix)
                || id.length() == expectedPrefix.length()) {
            problems.add(Problem.error("INSTRUMENT_ITEM_ID", at, Message.of("INSTRUMENT_ITEM_ID", id),
                    Message.of("INSTRUMENT_ITEM_ID.expected",
                    section == Section.HASIL ? expectedPrefix : expectedPrefix)));
            return null;
        }
        return item;
    }
}
