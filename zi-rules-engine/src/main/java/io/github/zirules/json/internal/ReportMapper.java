package io.github.zirules.json.internal;

import io.github.zirules.api.Check;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetInfo;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Scores;
import io.github.zirules.api.Unit;
import io.github.zirules.api.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a {@code zi-report/1} tree back to a {@link Result}. The fields of FORMAT.md are required; the extra fields
 * this library writes ({@code year}, {@code areaParts}, {@code warnings}, {@code explanation}, a check's
 * {@code rule}, the rule set's other facts) are optional, so that a report from another system that follows
 * FORMAT.md can be read too. Scores come back with exactly 2 decimals, item values with 4.
 */
public final class ReportMapper {

    /** The grade of a grade check whose document leaves it out, as the engine writes a grade not known. */
    private static final String NO_GRADE = "-";
    /** An area code as a structure file declares it (the report does not say which rule set's areas exist). */
    private static final java.util.regex.Pattern AREA_CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Problems problems;
    private final Fields fields;

    /** A mapper reporting to {@code problems}. */
    public ReportMapper(Problems problems) {
        this.problems = problems;
        this.fields = new Fields(problems);
    }

    /** The result, or null if any error was reported (here or before). */
    public Result map(Node root) {
        Node.Obj o = fields.asObject(root, "$", Message.of("JSON_EXPECTED.json-object-format", ReportWriter.FORMAT));
        if (o == null) {
            return null;
        }
        String f = fields.string(o, "$", "format", true, Message.verbatim(ReportWriter.FORMAT));
        if (f != null && !f.equals(ReportWriter.FORMAT)) {
            problems.add(problems.at("FORMAT_UNKNOWN", "$.format", o.members().get("format"),
                    Message.of("FORMAT_UNKNOWN", f), Message.verbatim(ReportWriter.FORMAT)));
            return null;
        }
        RuleSetInfo ruleSet = ruleSet(o);
        Unit unit = unit(o);
        Node.Num yearNode = fields.number(o, "$", "year", false, Message.of("JSON_EXPECTED.year"));
        Integer year = yearNode == null ? Integer.valueOf(0) : whole(yearNode, "$.year");
        Scores scores = scores(o);
        Verdict verdict = verdict(o);
        ReportDetails details = new ReportDetails(fields);
        List<Problem> warnings = details.warnings(o);
        List<ItemScore> items = details.items(o);
        if (problems.hasErrors() || ruleSet == null || unit == null || year == null || scores == null
                || verdict == null) {
            return null;
        }
        return new Result(ruleSet, unit, year, scores, verdict, warnings, items);
    }

    private RuleSetInfo ruleSet(Node.Obj o) {
        Node.Obj r = fields.object(o, "$", "ruleset", true, Message.of("JSON_EXPECTED.id-version-sha"));
        if (r == null) {
            return null;
        }
        String p = "$.ruleset";
        String id = fields.string(r, p, "id", true, Message.of("JSON_EXPECTED.rule-set-id"));
        String version = fields.string(r, p, "version", true, Message.of("JSON_EXPECTED.version"));
        String sha = fields.string(r, p, "sha256", true, Message.of("JSON_EXPECTED.hexadecimal-digits"));
        String title = fields.string(r, p, "title", false, Message.of("JSON_EXPECTED.title"));
        String legal = fields.string(r, p, "legalBasis", false, Message.of("JSON_EXPECTED.regulation"));
        String years = fields.string(r, p, "years", false, Message.of("JSON_EXPECTED.years-2"));
        Boolean provisional = fields.bool(r, p, "provisional", false);
        List<String> parents = new ArrayList<>();
        Node.Arr ps = fields.array(r, p, "parents", false, Message.of("JSON_EXPECTED.list-rule-set-ids"));
        if (ps != null) {
            for (int i = 0; i < ps.elements().size(); i++) {
                Node n = ps.elements().get(i);
                if (n instanceof Node.Str s) {
                    parents.add(s.value());
                } else if (!(n instanceof Node.Bad)) {
                    problems.add(problems.wrongType(JsonPath.index(p + ".parents", i), n,
                            Message.of("JSON_EXPECTED.rule-set-id")));
                }
            }
        }
        if (id == null || version == null || sha == null) {
            return null;
        }
        return new RuleSetInfo(id, version, sha, title, legal, years, Boolean.TRUE.equals(provisional), parents);
    }

    private Unit unit(Node.Obj o) {
        Node.Obj u = fields.object(o, "$", "unit", true, Message.of("JSON_EXPECTED.id"));
        if (u == null) {
            return null;
        }
        String id = fields.string(u, "$.unit", "id", true, Message.of("JSON_EXPECTED.unit-id"));
        String name = fields.string(u, "$.unit", "name", false, Message.of("JSON_EXPECTED.unit-s-name"));
        String agency = fields.string(u, "$.unit", "agency", false, Message.of("JSON_EXPECTED.agency-s-name"));
        return id == null ? null : new Unit(id, name, agency);
    }

    private Integer whole(Node.Num n, String path) {
        BigDecimal v = n.value();
        if (!Fields.isWhole(v) || v.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            problems.add(problems.notWhole(path, n, Message.of("JSON_EXPECTED.whole")));
            return null;
        }
        return v.intValueExact();
    }

    private Map<String, BigDecimal> scoreMap(Node.Obj o, String parent, String name, boolean required) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        Node.Obj m = fields.object(o, parent, name, required, Message.of("JSON_EXPECTED.object-id-score"));
        if (m != null) {
            String path = Fields.path(parent, name);
            m.members().forEach((k, n) -> {
                BigDecimal v = fields.scaled(n, JsonPath.member(path, k, false), ReportWriter.SCORE_SCALE);
                if (v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    private Scores scores(Node.Obj o) {
        Node.Obj s = fields.object(o, "$", "scores", true, Message.of("JSON_EXPECTED.total-pengungkit"));
        if (s == null) {
            return null;
        }
        String p = "$.scores";
        BigDecimal total = fields.score(s, p, "total", true);
        BigDecimal pengungkit = fields.score(s, p, "pengungkit", true);
        BigDecimal pemenuhan = fields.score(s, p, "pemenuhan", true);
        BigDecimal reform = fields.score(s, p, "reform", true);
        Map<String, BigDecimal> areas = new LinkedHashMap<>();
        scoreMap(s, p, "areas", true).forEach((k, v) -> {
            if (AREA_CODE.matcher(k).matches()) {
                areas.put(k, v);
            } else {
                problems.add(problems.at("JSON_VALUE_INVALID", JsonPath.member(p + ".areas", k, false),
                        s.members().get("areas"), Message.of("INSTRUMENT_AREA", k),
                        Message.of("JSON_VALUE_INVALID.2.expected")));
            }
        });
        Map<String, BigDecimal> parts = scoreMap(s, p, "areaParts", false);
        BigDecimal hasil = fields.score(s, p, "hasil", true);
        BigDecimal bba = fields.score(s, p, "BBA", true);
        BigDecimal ipak = fields.score(s, p, "IPAK", true);
        BigDecimal kinerja = fields.score(s, p, "KINERJA", true);
        BigDecimal ipkp = fields.score(s, p, "IPKP", true);
        Map<String, BigDecimal> indicators = scoreMap(s, p, "indicators", true);
        if (total == null || pengungkit == null || pemenuhan == null || reform == null || hasil == null
                || bba == null || ipak == null || kinerja == null || ipkp == null) {
            return null;
        }
        return new Scores(total, pengungkit, pemenuhan, reform, areas, parts, hasil, bba, ipak, kinerja, ipkp,
                indicators);
    }

    private Verdict verdict(Node.Obj o) {
        Node.Obj v = fields.object(o, "$", "verdict", true, Message.of("JSON_EXPECTED.target-eligible-checks"));
        if (v == null) {
            return null;
        }
        String p = "$.verdict";
        String target = fields.string(v, p, "target", true, Message.of("SCENARIO_VALUE.5.expected"));
        Predikat predicate = null;
        if (target != null) {
            try {
                predicate = Predikat.valueOf(target);
            } catch (IllegalArgumentException e) {
                problems.add(problems.at("TARGET_INVALID", p + ".target", v.members().get("target"),
                        Message.of("TARGET_INVALID.2", target), Message.of("TARGET_INVALID.expected")));
            }
        }
        Boolean eligible = fields.bool(v, p, "eligible", true);
        List<Check> checks = new ArrayList<>();
        Node.Arr cs = fields.array(v, p, "checks", true, Message.of("JSON_EXPECTED.list-checks"));
        if (cs != null) {
            for (int i = 0; i < cs.elements().size(); i++) {
                Check c = check(cs.elements().get(i), JsonPath.index(p + ".checks", i));
                if (c != null) {
                    checks.add(c);
                }
            }
        }
        if (predicate == null || eligible == null || problems.hasErrors()) {
            return null;
        }
        try {
            return new Verdict(predicate, eligible, checks);
        } catch (IllegalArgumentException e) {
            problems.add(problems.at("REPORT_INCONSISTENT", p + ".eligible", v.members().get("eligible"),
                    Message.of("REPORT_INCONSISTENT"),
                    Message.verbatim(String.valueOf(checks.stream().allMatch(Check::passed)))));
            return null;
        }
    }

    private Check check(Node n, String path) {
        Node.Obj c = fields.asObject(n, path, Message.of("JSON_EXPECTED.id-required-actual-passed"));
        if (c == null) {
            return null;
        }
        String id = fields.string(c, path, "id", true, Message.of("JSON_EXPECTED.check-id-total"));
        Node req = Fields.get(c, "required");
        Node act = Fields.get(c, "actual");
        // A grade check says its grades as text; a score check its points as numbers.
        boolean grade = req instanceof Node.Str || act instanceof Node.Str;
        BigDecimal required = grade ? null : fields.score(c, path, "required", true);
        BigDecimal actual = grade ? null : fields.score(c, path, "actual", true);
        String requiredLabel = req instanceof Node.Str s ? s.value() : null;
        String actualLabel = act instanceof Node.Str s ? s.value() : null;
        Boolean passed = fields.bool(c, path, "passed", true);
        BigDecimal shortfall = fields.score(c, path, "shortfall", false);
        String rule = fields.string(c, path, "rule", false, Message.of("JSON_EXPECTED.rule-s-name"));
        if (id == null || passed == null || !grade && (required == null || actual == null)) {
            return null;
        }
        if (grade) {
            return new GradeCheck(id, requiredLabel == null ? NO_GRADE : requiredLabel,
                    actualLabel == null ? NO_GRADE : actualLabel, passed, rule == null ? "" : rule);
        }
        if (passed == (shortfall != null)) {
            problems.add(problems.at("REPORT_INCONSISTENT", path + ".shortfall", Fields.get(c, "shortfall"),
                    Message.of("REPORT_INCONSISTENT.shortfall"), Message.of(passed
                            ? "REPORT_INCONSISTENT.shortfall.none" : "REPORT_INCONSISTENT.shortfall.failed")));
            return null;
        }
        return new ScoreCheck(id, required, actual, passed, shortfall, rule == null ? "" : rule);
    }
}
