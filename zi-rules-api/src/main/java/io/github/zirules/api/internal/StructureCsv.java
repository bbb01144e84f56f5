package io.github.zirules.api.internal;

import io.github.zirules.api.InvalidInputException;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import io.github.zirules.api.RuleSetModel.AreaDef;
import io.github.zirules.api.RuleSetModel.Basis;
import io.github.zirules.api.RuleSetModel.Component;
import io.github.zirules.api.RuleSetModel.RequiredCheck;
import io.github.zirules.api.RuleSetModel.SectionDef;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rule set's structure file ({@code structure.csv}, the project's one CSV dialect, {@link CsvTable}) into a
 * {@link RuleSetModel}, reporting every problem with its file:line.
 */
public final class StructureCsv {

    /** The columns, in order. */
    public static final List<String> HEADER = List.of("kind", "code", "within", "name_id", "name_en", "detail");

    private static final List<String> KINDS = List.of("section", "area", "component", "scale", "check");

    private StructureCsv() {
    }

    /** Reads the CSV; see {@link RuleSetModel#readCsv}. */
    public static RuleSetModel read(Reader in, String source) throws IOException {
        StringWriter text = new StringWriter();
        in.transferTo(text);
        List<Problem> problems = new ArrayList<>();
        List<CsvTable.Row> rows = CsvTable.parse(text.toString(), source, "STRUCTURE_CSV", problems).rows();
        String header = String.join(",", HEADER);
        if (rows.isEmpty() || !rows.get(0).cells().equals(HEADER)) {
            if (problems.isEmpty()) {
                problems.add(Problem.error("STRUCTURE_HEADER", source + ":" + (rows.isEmpty() ? 1
                        : rows.get(0).line()), Message.of("STRUCTURE_HEADER"), Message.verbatim(header)));
            }
            throw new InvalidInputException(source, problems);
        }
        Rows r = new Rows(source, problems);
        for (CsvTable.Row row : rows.subList(1, rows.size())) {
            r.add(row);
        }
        r.complete(source + ":" + rows.get(rows.size() - 1).line());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(source, problems);
        }
        return new RuleSetModel(r.sections, r.areas, r.components, r.scales, r.checks);
    }

    /** The rows read so far, each kind in file order. */
    private static final class Rows {
        private final String source;
        private final List<Problem> problems;
        private final List<SectionDef> sections = new ArrayList<>();
        private final List<AreaDef> areas = new ArrayList<>();
        private final List<Component> components = new ArrayList<>();
        private final List<AnswerScale> scales = new ArrayList<>();
        private final List<RequiredCheck> checks = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        /** Every component id written so far, refused or not: a refused parent is reported once, not per child. */
        private final Set<String> written = new HashSet<>();

        Rows(String source, List<Problem> problems) {
            this.source = source;
            this.problems = problems;
        }

        void add(CsvTable.Row row) {
            String at = source + ":" + row.line();
            List<String> f = row.cells();
            if (f.size() < HEADER.size() - 1 || f.size() > HEADER.size()) {
                problems.add(Problem.error("STRUCTURE_COLUMNS", at, Message.of("INSTRUMENT_COLUMNS", f.size(),
                        HEADER.size()), Message.of("INSTRUMENT_COLUMNS.expected", HEADER.size())));
                return;
            }
            String kind = row.cell(0);
            String code = row.cell(1);
            String within = row.cell(2);
            String nameId = row.cell(3);
            String nameEn = row.cell(4);
            String detail = row.cell(5);
            if (!KINDS.contains(kind)) {
                problems.add(Problem.error("STRUCTURE_KIND", at, Message.of("STRUCTURE_KIND", kind),
                        Message.verbatim(String.join(", ", KINDS))));
                return;
            }
            if (code.isEmpty() || nameId.isEmpty() || nameEn.isEmpty()) {
                problems.add(Problem.error("STRUCTURE_MISSING", at, Message.of("STRUCTURE_MISSING"), null));
                return;
            }
            if (!code.matches("[A-Z][A-Z0-9_.]*")) {
                problems.add(Problem.error("STRUCTURE_CODE", at, Message.of("STRUCTURE_CODE", code),
                        Message.of("STRUCTURE_CODE.expected")));
                return;
            }
            if (!seen.add(kind + " " + code)) {
                problems.add(Problem.error("STRUCTURE_DUPLICATE", at, Message.of("STRUCTURE_DUPLICATE", kind, code),
                        Message.of("STRUCTURE_DUPLICATE.expected")));
                return;
            }
            switch (kind) {
                case "section" -> section(at, code, nameId, nameEn, detail);
                case "area" -> areas.add(new AreaDef(code, nameId, nameEn));
                case "component" -> component(at, code, within, nameId, nameEn, detail);
                case "scale" -> scale(at, code, nameId, nameEn, detail);
                default -> check(at, code, within, nameId, nameEn);
            }
        }

        private void section(String at, String code, String nameId, String nameEn, String detail) {
            if (!detail.isEmpty() && !detail.equals("areas")) {
                problems.add(Problem.error("STRUCTURE_DETAIL", at, Message.of("STRUCTURE_DETAIL.areas", detail, code),
                        Message.of("STRUCTURE_DETAIL.areas.expected")));
                return;
            }
            sections.add(new SectionDef(code, nameId, nameEn, !detail.isEmpty()));
        }

        private void component(String at, String id, String parent, String nameId, String nameEn, String detail) {
            boolean root = written.isEmpty();
            written.add(id);
            if (!root && !parent.isEmpty() && written.contains(parent)
                    && components.stream().noneMatch(c -> c.id().equals(parent))) {
                return;
            }
            if (root != parent.isEmpty() || !root && components.stream().noneMatch(c -> c.id().equals(parent))) {
                problems.add(Problem.error("STRUCTURE_PARENT", at, Message.of(root ? "STRUCTURE_PARENT.root"
                        : "STRUCTURE_PARENT", id, parent), Message.of("STRUCTURE_PARENT.expected",
                        String.join(", ", components.stream().map(Component::id).toList()))));
                return;
            }
            String[] words = detail.isEmpty() ? new String[0] : detail.split("\\s+");
            Basis basis = words.length == 0 ? Basis.CHILDREN : words.length != 2 ? null
                    : words[0].equals("section") ? Basis.SECTION : words[0].equals("indicator") ? Basis.INDICATOR
                    : null;
            if (basis == null) {
                problems.add(Problem.error("STRUCTURE_DETAIL", at, Message.of("STRUCTURE_DETAIL", detail, id),
                        Message.of("STRUCTURE_DETAIL.expected")));
                return;
            }
            if (basis == Basis.SECTION && sections.stream().noneMatch(s -> s.code().equals(words[1]))) {
                problems.add(Problem.error("STRUCTURE_DETAIL", at, Message.of("STRUCTURE_DETAIL.section", id,
                        words[1]), Message.verbatim(String.join(", ", sections.stream().map(SectionDef::code)
                        .toList()))));
                return;
            }
            components.add(new Component(id, parent, nameId, nameEn, basis, words.length == 2 ? words[1] : ""));
        }

        private void scale(String at, String code, String nameId, String nameEn, String detail) {
            int colon = detail.indexOf(':');
            String head = (colon < 0 ? detail : detail.substring(0, colon)).strip();
            String[] words = head.split("\\s+", 2);
            String kindText = words[0].toUpperCase(Locale.ROOT);
            AnswerKind kind = Arrays.stream(AnswerKind.values()).filter(k -> k.name().equals(kindText)).findFirst()
                    .orElse(null);
            List<String> labels = colon < 0 ? List.of()
                    : Arrays.stream(detail.substring(colon + 1).split(">")).map(String::strip).toList();
            RuleSetModel.IndexRange range = kind == AnswerKind.INDEX && words.length == 2 ? range(words[1]) : null;
            if (kind == null || (kind == AnswerKind.CHOICE) != (colon >= 0) || kind == AnswerKind.CHOICE
                    && (labels.size() < 2 || labels.contains("") || Set.copyOf(labels).size() != labels.size())
                    || (kind == AnswerKind.INDEX) != (range != null) || kind != AnswerKind.INDEX && words.length > 1) {
                problems.add(Problem.error("STRUCTURE_SCALE", at, Message.of("STRUCTURE_SCALE", detail, code),
                        Message.of("STRUCTURE_SCALE.expected")));
                return;
            }
            scales.add(new AnswerScale(code, nameId, nameEn, kind, labels, range));
        }

        /**
         * An index scale's range as written after {@code index}: two plain decimals with a hyphen between them, the
         * lowest first, each with at most two digits before the point (as an answer's index), e.g. {@code 0-4}; null
         * if it is not that.
         */
        private static RuleSetModel.@Nullable IndexRange range(String text) {
            int dash = text.indexOf('-', 1);
            if (dash < 0) {
                return null;
            }
            try {
                BigDecimal lowest = new BigDecimal(text.substring(0, dash).strip());
                BigDecimal highest = new BigDecimal(text.substring(dash + 1).strip());
                boolean plain = lowest.signum() >= 0 && lowest.precision() - lowest.scale() <= 2
                        && highest.precision() - highest.scale() <= 2 && lowest.compareTo(highest) < 0;
                return plain ? new RuleSetModel.IndexRange(lowest, highest) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private void check(String at, String id, String within, String nameId, String nameEn) {
            Set<Predikat> predikats = EnumSet.noneOf(Predikat.class);
            boolean known = true;
            for (String p : within.isEmpty() ? new String[0] : within.split("\\s+")) {
                known &= p.equals("WBK") || p.equals("WBBM");
                if (known) {
                    predikats.add(Predikat.valueOf(p));
                }
            }
            if (!known) {
                problems.add(Problem.error("STRUCTURE_PREDIKAT", at, Message.of("STRUCTURE_PREDIKAT", within, id),
                        Message.of("STRUCTURE_PREDIKAT.expected")));
                return;
            }
            checks.add(new RequiredCheck(id, predikats, nameId, nameEn));
        }

        /** Every kind but areas and checks needs at least one row. */
        void complete(String at) {
            if (!problems.isEmpty()) {
                return;
            }
            for (String kind : List.of("section", "component", "scale")) {
                if (seen.stream().noneMatch(s -> s.startsWith(kind + " "))) {
                    problems.add(Problem.error("STRUCTURE_INCOMPLETE", at, Message.of("STRUCTURE_INCOMPLETE", kind),
                            Message.of("STRUCTURE_INCOMPLETE.expected", kind)));
                }
            }
        }
    }
}
