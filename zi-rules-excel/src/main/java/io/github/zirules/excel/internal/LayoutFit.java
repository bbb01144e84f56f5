package io.github.zirules.excel.internal;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Item;
import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a rule set's structure fits the LKE workbook layout, checked before any row is read or written, so that a
 * structure the layout cannot hold is refused by name (an area or answer scale without rows, a scale Excel cannot
 * offer as a drop-down) instead of failing as a row count or deep inside POI.
 *
 * <p>The layout is the Lampiran III one of PermenPAN-RB 90/2021: the sections with areas (Pengungkit) first, each
 * headed by its name, with one numbered heading per area; then the sections without areas (Hasil); one row per item
 * with the answer-type label of its scale.
 */
final class LayoutFit {

    /** Excel's limit on the text of a drop-down list (a data-validation list constraint). */
    static final int MAX_LIST_CHARS = 255;

    private static final String STRUCTURE = "structure.csv";

    private LayoutFit() {
    }

    /** The rule set's structure the instrument carries: every layout decision of this module follows it. */
    static RuleSetModel model(Instrument instrument) {
        return instrument.model().orElseThrow(() -> new IllegalArgumentException("the instrument carries no "
                + "structure (structure.csv): give the instrument of a loaded rule set (Evaluator.instrument)"));
    }

    /**
     * Adds a problem for every answer scale of the instrument that no row of the sheet is labelled with, and for every
     * area of a section that the sheet's section has no heading for (or a heading the rule set has no area for).
     *
     * @return whether the structure fits
     */
    static boolean sheetFits(LkeSheet lke, Instrument instrument, int maxRows, List<Problem> problems) {
        int before = problems.size();
        int last = Math.min(lke.sheet.getLastRowNum(), maxRows);
        Set<String> labels = new HashSet<>();
        for (int r = lke.headerRow + 1; r <= last; r++) {
            labels.add(lke.norm(r, lke.typeCol()));
        }
        for (AnswerScale s : usedScales(instrument).values()) {
            if (labels.stream().noneMatch(l -> LkeSheet.compatible(l, s))) {
                problems.add(Problem.error("EXCEL_STRUCTURE_SCALE", lke.sheet.getSheetName(),
                        Message.of("EXCEL_STRUCTURE_SCALE", s.code(), Message.texts(s.nameId(), s.nameEn()),
                                LkeSheet.typeLabel(s)), Message.of("EXCEL_STRUCTURE.expected")));
            }
        }
        Map<String, List<String>> headings = areaHeadings(lke, instrument, last);
        RuleSetModel model = model(instrument);
        usedAreas(instrument).forEach((section, areas) -> {
            List<String> found = headings.get(section);
            if (found == null) {
                return;
            }
            for (int i = found.size(); i < areas.size(); i++) {
                RuleSetModel.AreaDef a = model.area(areas.get(i)).orElseThrow();
                problems.add(Problem.error("EXCEL_STRUCTURE_AREA", lke.sheet.getSheetName(),
                        Message.of("EXCEL_STRUCTURE_AREA", a.code(), Message.texts(a.nameId(), a.nameEn()), section,
                                String.join("; ", found)), Message.of("EXCEL_STRUCTURE.expected")));
            }
            for (int i = areas.size(); i < found.size(); i++) {
                problems.add(Problem.error("EXCEL_STRUCTURE_AREA", lke.sheet.getSheetName(),
                        Message.of("EXCEL_STRUCTURE_AREA.2", section, found.get(i), String.join(", ", areas)),
                        Message.of("EXCEL_STRUCTURE.expected")));
            }
        });
        return problems.size() == before;
    }

    /**
     * The area headings of each section of the sheet that holds areas, by section code: a section starts at a row whose
     * column C or D is the section's name (<i>PEMENUHAN</i>, <i>HASIL</i>); an area heading is a number in D and a
     * title in E. A section the sheet does not name is absent (the row count then decides).
     */
    private static Map<String, List<String>> areaHeadings(LkeSheet lke, Instrument instrument, int last) {
        Map<String, String> sections = new LinkedHashMap<>();
        model(instrument).sections().forEach(s -> sections.put(Cells.norm(s.nameId()), s.code()));
        int dCol = lke.questionCol() - 3;
        Map<String, List<String>> out = new LinkedHashMap<>();
        String current = null;
        for (int r = lke.headerRow + 1; r <= last; r++) {
            String d = lke.norm(r, dCol);
            String named = sections.getOrDefault(d, sections.get(lke.norm(r, dCol - 1)));
            if (named != null) {
                current = named;
                out.putIfAbsent(current, new ArrayList<>());
            } else if (current != null && LkeSheet.isAreaHeading(d, Cells.text(lke.sheet, r, dCol + 1))) {
                out.get(current).add(Cells.text(lke.sheet, r, dCol + 1).strip());
            }
        }
        return out;
    }

    /**
     * Refuses a structure the template layout cannot hold: a choice scale whose labels Excel cannot offer as a
     * drop-down list (a comma in a label, more than 255 characters in all), a section with areas after one without.
     *
     * @throws InvalidInputException listing every misfit, in both languages
     */
    static void exportFits(Instrument instrument) {
        List<Problem> problems = new ArrayList<>();
        for (AnswerScale s : usedScales(instrument).values()) {
            String list = String.join(",", s.labels());
            if (s.labels().stream().anyMatch(l -> l.contains(",") || l.contains("\""))) {
                problems.add(Problem.error("EXCEL_STRUCTURE_SCALE", STRUCTURE, Message.of("EXCEL_STRUCTURE_LIST",
                        s.code(), String.join(" > ", s.labels())), Message.of("EXCEL_STRUCTURE_LIST.expected")));
            } else if (list.length() > MAX_LIST_CHARS) {
                problems.add(Problem.error("EXCEL_STRUCTURE_SCALE", STRUCTURE, Message.of("EXCEL_STRUCTURE_LIST.2",
                        s.code(), list.length(), MAX_LIST_CHARS), Message.of("EXCEL_STRUCTURE_LIST.expected")));
            }
        }
        String withoutAreas = null;
        Set<String> reported = new HashSet<>();
        for (Item it : instrument.items()) {
            String section = it.section();
            if (it.area() == null) {
                withoutAreas = section;
            } else if (withoutAreas != null && reported.add(section)) {
                problems.add(Problem.error("EXCEL_STRUCTURE_ORDER", STRUCTURE, Message.of("EXCEL_STRUCTURE_ORDER",
                        section, withoutAreas), Message.of("EXCEL_STRUCTURE_ORDER.expected")));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException("the rule set's structure for the LKE workbook", problems);
        }
    }

    /** The answer scales the instrument's items use, by code, in item order. */
    private static Map<String, AnswerScale> usedScales(Instrument instrument) {
        Map<String, AnswerScale> out = new LinkedHashMap<>();
        for (Item it : instrument.items()) {
            AnswerScale s = instrument.answerScale(it);
            out.putIfAbsent(s.code(), s);
        }
        return out;
    }

    /** The area codes of each section with areas, by section code, in item order. */
    private static Map<String, List<String>> usedAreas(Instrument instrument) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Item it : instrument.items()) {
            String area = it.area();
            if (area != null) {
                List<String> l = out.computeIfAbsent(it.section(), k -> new ArrayList<>());
                if (!l.contains(area)) {
                    l.add(area);
                }
            }
        }
        return out;
    }
}
