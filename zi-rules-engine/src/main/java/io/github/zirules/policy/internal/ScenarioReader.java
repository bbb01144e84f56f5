package io.github.zirules.policy.internal;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.internal.CsvTable;
import io.github.zirules.api.internal.Suggestions;
import io.github.zirules.json.AssessmentRead;
import io.github.zirules.json.ZiJson;
import io.github.zirules.policy.Scenario;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one scenario CSV file into {@link Scenario} cases, reporting every problem with {@code file:line} (see
 * docs/policy for the format). A case may start from {@code best}, {@code worst}, {@code empty}, an earlier case of
 * the same file, or a {@code zi-assessment/1} file beside the scenario file.
 */
public final class ScenarioReader {

    private final String file;
    private final Path folder;
    private final Instrument instrument;
    private final AssessmentValidator validator;
    private final int defaultYear;
    private final List<Problem> problems;
    private final ScenarioColumns columns;
    private final Map<String, CaseDraft> cases = new HashMap<>();

    private ScenarioReader(String file, Path folder, Instrument instrument, int defaultYear, List<Problem> problems) {
        this.file = file;
        this.folder = folder;
        this.instrument = instrument;
        this.validator = new AssessmentValidator(instrument);
        this.defaultYear = defaultYear;
        this.problems = problems;
        this.columns = new ScenarioColumns(instrument);
    }

    /**
     * The cases of the scenario file {@code text}, named {@code file} in messages.
     *
     * @param folder where base assessment files are looked up
     * @param defaultYear the year of a case that names none
     * @param problems receives every problem; a case with a problem is left out
     */
    public static List<Scenario> read(String text, String file, Path folder, Instrument instrument, int defaultYear,
                                      List<Problem> problems) {
        return new ScenarioReader(file, folder, instrument, defaultYear, problems).read(text);
    }

    private void error(String code, int line, Message message, Message expected) {
        problems.add(Problem.error(code, file + ":" + line, message, expected));
    }

    private List<Scenario> read(String text) {
        CsvTable table = CsvTable.parse(text, file, problems);
        if (table.rows().isEmpty()) {
            error("SCENARIO_HEADER", 1, Message.of("SCENARIO_HEADER"), Message.of("SCENARIO_HEADER.expected"));
            return List.of();
        }
        CsvTable.Row header = table.rows().get(0);
        List<String> kinds = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String h : header.cells()) {
            String kind = kindOf(h, header.line());
            if (kind != null && !kind.equals("note") && !kind.equals("ignore") && !seen.add(kind)) {
                error("SCENARIO_COLUMN", header.line(), Message.of("SCENARIO_COLUMN", h),
                        Message.of("SCENARIO_COLUMN.expected"));
            }
            kinds.add(kind);
        }
        if (!kinds.contains("case")) {
            error("SCENARIO_HEADER", header.line(), Message.of("SCENARIO_HEADER.2"),
                    Message.of("SCENARIO_HEADER.2.expected"));
            return List.of();
        }
        List<Scenario> out = new ArrayList<>();
        for (CsvTable.Row row : table.rows().subList(1, table.rows().size())) {
            Scenario s = row(row, kinds, header.cells());
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private String kindOf(String header, int line) {
        String h = header.strip();
        if (h.isEmpty() || h.startsWith("#")) {
            return "ignore";
        }
        String named = ScenarioColumns.NAMED.get(h.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        String score = columns.scoreName(h);
        if (score != null) {
            return "score:" + score;
        }
        List<String> known = new ArrayList<>(new LinkedHashSet<>(ScenarioColumns.NAMED.keySet()));
        known.addAll(columns.all());
        String close = Suggestions.closest(h, known);
        error("SCENARIO_COLUMN", line, Message.of("SCENARIO_COLUMN", h), Message.of("SCENARIO_COLUMN.expected",
                close == null ? "" : Message.of("did-you-mean", close)));
        return null;
    }

    private Scenario row(CsvTable.Row row, List<String> kinds, List<String> headers) {
        int before = problems.size();
        int line = row.line();
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (int i = 0; i < kinds.size(); i++) {
            String kind = kinds.get(i);
            String cell = row.cell(i);
            if (kind == null || kind.equals("ignore") || cell.isEmpty()) {
                continue;
            }
            if (kind.startsWith("score:")) {
                BigDecimal d = Cells.decimal(cell);
                if (d == null) {
                    error("SCENARIO_VALUE", line, Message.of("SCENARIO_VALUE", cell, headers.get(i)),
                            Message.of("SCENARIO_VALUE.expected"));
                } else {
                    scores.put(kind.substring(6), d);
                }
            } else {
                v.put(kind, cell);
            }
        }
        if (row.cells().size() > kinds.size() && row.cells().subList(kinds.size(), row.cells().size()).stream()
                .anyMatch(c -> !c.isEmpty())) {
            error("SCENARIO_CSV", line, Message.of("SCENARIO_CSV"), Message.of("SCENARIO_CSV.expected",
                    headers.size()));
        }
        String name = v.getOrDefault("case", "");
        if (name.isEmpty()) {
            error("SCENARIO_CASE", line, Message.of("SCENARIO_CASE"), Message.of("SCENARIO_CASE.expected"));
            return null;
        }
        if (cases.containsKey(name)) {
            error("SCENARIO_CASE", line, Message.of("SCENARIO_CASE.2", name, cases.get(name).line),
                    Message.of("SCENARIO_CASE.2.expected"));
            return null;
        }
        CaseDraft d = base(v.getOrDefault("base", ""), line);
        if (d == null) {
            return null;
        }
        d.line = line;
        inputs(v, d, line);
        Boolean eligible = v.containsKey("eligible") ? Cells.bool(v.get("eligible")) : null;
        if (v.containsKey("eligible") && eligible == null) {
            error("SCENARIO_VALUE", line, Message.of("SCENARIO_VALUE.2", v.get("eligible")),
                    Message.of("SCENARIO_VALUE.2.expected"));
        }
        Set<String> failed = v.containsKey("failed") ? Cells.set(v.get("failed")) : null;
        Set<String> warnings = v.containsKey("warnings") ? Cells.set(v.get("warnings")) : null;
        if (scores.isEmpty() && eligible == null && failed == null && warnings == null) {
            error("SCENARIO_NO_EXPECTATION", line, Message.of("SCENARIO_NO_EXPECTATION", name),
                    Message.of("SCENARIO_NO_EXPECTATION.expected"));
        }
        if (d.target == null && !v.containsKey("target")) {
            error("SCENARIO_VALUE", line, Message.of("SCENARIO_VALUE.3", name),
                    Message.of("SCENARIO_VALUE.3.expected"));
        }
        if (problems.size() > before) {
            return null;
        }
        Assessment a = d.build(name);
        for (Problem p : validator.validate(a)) {
            error("SCENARIO_INVALID_ASSESSMENT", line, Message.of("SCENARIO_INVALID_ASSESSMENT", name,
                    Message.of("at-location", p.location(), p.message())), p.valid());
        }
        if (problems.size() > before) {
            return null;
        }
        cases.put(name, d);
        return new Scenario(file, line, name, a, scores, eligible, failed, warnings, v.getOrDefault("note", ""));
    }

    private CaseDraft base(String base, int line) {
        String b = base.strip();
        switch (b.toLowerCase(Locale.ROOT)) {
            case "", "empty", "kosong" -> {
                return new CaseDraft(defaultYear);
            }
            case "best", "terbaik", "worst", "terburuk" -> {
                CaseDraft d = new CaseDraft(defaultYear);
                boolean best = b.equalsIgnoreCase("best") || b.equalsIgnoreCase("terbaik");
                for (Item it : instrument.items()) {
                    RuleSetModel.AnswerScale scale = instrument.answerScale(it);
                    d.answers.put(it.id(), best ? AnswerText.best(scale) : AnswerText.worst(scale));
                }
                return d;
            }
            default -> {
                CaseDraft earlier = cases.get(b);
                if (earlier != null) {
                    return earlier.copy();
                }
                if (b.toLowerCase(Locale.ROOT).endsWith(".json")) {
                    return fromFile(b, line);
                }
                error("SCENARIO_BASE", line, Message.of("SCENARIO_BASE", b), Message.of("SCENARIO_BASE.expected"));
                return null;
            }
        }
    }

    private CaseDraft fromFile(String name, int line) {
        Path p = folder.resolve(name).normalize();
        AssessmentRead read = ZiJson.create().readAssessment(p);
        if (!read.ok()) {
            String why = read.problems().stream().limit(3).map(pr -> pr.format(Locale.ENGLISH))
                    .collect(java.util.stream.Collectors.joining("; "));
            String whyId = read.problems().stream().limit(3).map(pr -> pr.format(Message.INDONESIAN))
                    .collect(java.util.stream.Collectors.joining("; "));
            error("SCENARIO_BASE", line, Message.of("SCENARIO_BASE.2", name, why, whyId),
                    Message.of("SCENARIO_BASE.2.expected"));
            return null;
        }
        Assessment a = read.assessment();
        CaseDraft d = new CaseDraft(a.year());
        d.answers.putAll(a.answers());
        d.target = a.target();
        d.current = a.currentPredicate();
        d.agency = a.agency();
        a.evidence().keySet().forEach(d.evidence::add);
        return d;
    }

    private void inputs(Map<String, String> v, CaseDraft d, int line) {
        if (v.containsKey("answers")) {
            for (Message[] e : AnswerText.apply(v.get("answers"), instrument, d.answers)) {
                error("SCENARIO_ANSWER", line, e[0], e[1]);
            }
        }
        if (v.containsKey("evidence")) {
            d.evidence.clear();
            if (!Cells.isNone(v.get("evidence"))) {
                for (String item : Cells.set(v.get("evidence"))) {
                    String prefix = item.endsWith("*") ? item.substring(0, item.length() - 1) : null;
                    List<Item> found = instrument.items().stream().filter(i -> prefix != null
                            ? i.id().value().startsWith(prefix) : i.id().value().equals(item)).toList();
                    if (found.isEmpty()) {
                        error("SCENARIO_ANSWER", line, Message.of("SCENARIO_ANSWER", item),
                                Message.of("SCENARIO_ANSWER.expected"));
                    }
                    found.forEach(i -> d.evidence.add(i.id()));
                }
            }
        }
        d.target = predicate(v, "target", d.target, line);
        d.current = predicate(v, "current", d.current, line);
        if (v.containsKey("year")) {
            try {
                d.year = Integer.parseInt(v.get("year"));
            } catch (NumberFormatException e) {
                error("SCENARIO_VALUE", line, Message.of("SCENARIO_VALUE.4", v.get("year")),
                        Message.of("SCENARIO_VALUE.4.expected"));
            }
        }
        AgencyFacts f = d.agency;
        f = regulationFact(f, AgencyFacts.BPK_OPINION, v.get("bpk"));
        f = regulationFact(f, AgencyFacts.AKIP, v.get("akip"));
        f = regulationFact(f, AgencyFacts.INDEKS_RB, v.get("indeks_rb"));
        d.agency = regulationFact(f, AgencyFacts.KIND, v.get("agency_kind"));
        if (v.containsKey("facts")) {
            d.agency = facts(v.get("facts"), d.agency, line);
        }
    }

    private static AgencyFacts regulationFact(AgencyFacts f, String name, String cell) {
        String value = Cells.orKeep(cell, f.textOf(name));
        return f.with(name, value == null ? null : new AgencyFacts.Text(value));
    }

    /**
     * The facts a rule set declares, written {@code jumlahPegawai=12 timZi=ya kategori=B}: a number, yes/no
     * ({@code ya}/{@code tidak}, {@code true}/{@code false}) or a text; {@code name=none} leaves one out.
     */
    private AgencyFacts facts(String cell, AgencyFacts f, int line) {
        for (String pair : cell.strip().split("\\s+")) {
            int eq = pair.indexOf('=');
            if (pair.isEmpty()) {
                continue;
            }
            if (eq <= 0 || eq == pair.length() - 1) {
                error("SCENARIO_VALUE", line, Message.of("SCENARIO_VALUE.facts", pair),
                        Message.of("SCENARIO_VALUE.facts.expected"));
                continue;
            }
            String name = pair.substring(0, eq);
            String value = pair.substring(eq + 1);
            Boolean yes = Cells.bool(value);
            AgencyFacts.Value fact = Cells.isNone(value) ? null : value.matches("-?\\d{1,15}(\\.\\d{1,10})?")
                    ? new AgencyFacts.Numeric(new BigDecimal(value)) : yes != null ? new AgencyFacts.YesNo(yes)
                    : new AgencyFacts.Text(value);
            f = f.with(name, fact);
        }
        return f;
    }

    private Predikat predicate(Map<String, String> v, String column, Predikat dflt, int line) {
        String s = v.get(column);
        if (s == null) {
            return dflt;
        }
        try {
            return Predikat.valueOf(s.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error("SCENARIO_VALUE", line, Message.of("SCENARIO_VALUE.5", column, s),
                    Message.of(column.equals("target") ? "SCENARIO_VALUE.5.expected" : "SCENARIO_VALUE.6.expected"));
            return dflt;
        }
    }
}
