package io.github.zirules.api.internal;

import io.github.zirules.api.AnswerType;
import io.github.zirules.api.Area;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads an instrument CSV, reporting every problem with its file:line. */
public final class InstrumentCsv {

    /** The columns, in order. */
    public static final List<String> HEADER =
            List.of("item_id", "section", "area", "indicator", "indicator_name", "answer_type", "ratio_formula");

    private static final Set<String> WEIGHT_COLUMNS = Set.of("indicator_weight", "items_in_indicator", "weight");

    private InstrumentCsv() {
    }

    /** Reads the CSV; see {@link Instrument#readCsv}. */
    public static Instrument read(Reader in, String source) throws IOException {
        BufferedReader r = new BufferedReader(in);
        List<Problem> problems = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        Set<ItemId> seen = new HashSet<>();
        String line = r.readLine();
        int lineNo = 1;
        if (line == null) {
            throw new InvalidInputException(source, List.of(Problem.error("INSTRUMENT_EMPTY", source + ":1",
                    "berkas instrumen kosong", "the instrument file is empty", "a header line: " + String.join(",", HEADER))));
        }
        List<String> header = split(stripBom(line));
        for (String h : header) {
            if (WEIGHT_COLUMNS.contains(h.strip())) {
                problems.add(Problem.error("INSTRUMENT_WEIGHT_COLUMN", source + ":1",
                        "kolom '" + h + "' tidak boleh ada: bobot ditetapkan di berkas aturan DRL (weights.drl)",
                        "column '" + h + "' is not allowed: weights are set in the DRL rule files (weights.drl)",
                        String.join(",", HEADER)));
            }
        }
        if (!header.equals(HEADER) && problems.isEmpty()) {
            problems.add(Problem.error("INSTRUMENT_HEADER", source + ":1", "baris judul kolom salah",
                    "the header line is wrong", String.join(",", HEADER)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String at = source + ":" + lineNo;
            List<String> f = split(line);
            if (f.size() != HEADER.size()) {
                problems.add(Problem.error("INSTRUMENT_COLUMNS", at, "jumlah kolom " + f.size() + ", seharusnya "
                        + HEADER.size(), "found " + f.size() + " columns", HEADER.size() + " columns"));
                continue;
            }
            Item item = parseItem(f, at, problems);
            if (item != null && !seen.add(item.id())) {
                problems.add(Problem.error("INSTRUMENT_DUPLICATE_ITEM", at, "butir " + item.id() + " muncul dua kali",
                        "item " + item.id() + " appears twice", "each item id once"));
            } else if (item != null) {
                items.add(item);
            }
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.error("INSTRUMENT_EMPTY", source, "instrumen tidak berisi butir",
                    "the instrument has no items", "at least one item line"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return new Instrument(items);
    }

    private static Item parseItem(List<String> f, String at, List<Problem> problems) {
        int before = problems.size();
        String id = f.get(0).strip();
        Section section = null;
        try {
            section = Section.ofCode(f.get(1).strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("INSTRUMENT_SECTION", at, "bagian '" + f.get(1) + "' tidak dikenal",
                    "unknown section '" + f.get(1) + "'", "PEM, REF or HAS"));
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
                problems.add(Problem.error("INSTRUMENT_AREA", at, "area '" + areaText + "' tidak dikenal",
                        "unknown area '" + areaText + "'", Arrays.toString(Area.values())));
            }
        } else {
            problems.add(Problem.error("INSTRUMENT_AREA", at, "area wajib diisi di luar Hasil",
                    "area is required outside Hasil", Arrays.toString(Area.values())));
        }
        AnswerType type = null;
        try {
            type = AnswerType.valueOf(f.get(5).strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error("INSTRUMENT_ANSWER_TYPE", at, "jenis jawaban '" + f.get(5) + "' tidak dikenal",
                    "unknown answer type '" + f.get(5) + "'", Arrays.toString(AnswerType.values())));
        }
        String indicator = f.get(3).strip();
        if (id.isEmpty() || indicator.isEmpty() || f.get(4).isBlank()) {
            problems.add(Problem.error("INSTRUMENT_MISSING", at, "item_id, indicator dan indicator_name wajib diisi",
                    "item_id, indicator and indicator_name are required", null));
        }
        if (problems.size() > before) {
            return null;
        }
        Item item = new Item(ItemId.of(id), section, section == Section.HASIL ? null : area, indicator,
                f.get(4).strip(), type, f.get(6).isBlank() ? null : f.get(6).strip());
        String expectedPrefix = item.indicatorId() + (section == Section.HASIL ? "" : ".");
        if (section == Section.HASIL ? !id.equals(expectedPrefix) : !id.startsWith(expectedPrefix)
                || id.length() == expectedPrefix.length()) {
            problems.add(Problem.error("INSTRUMENT_ITEM_ID", at, "id butir '" + id + "' tidak sesuai kolom lainnya",
                    "item id '" + id + "' does not match its section, area and indicator",
                    section == Section.HASIL ? expectedPrefix : expectedPrefix + "<item letter>"));
            return null;
        }
        return item;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** Splits one CSV line; supports double-quoted fields with doubled quotes inside. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
