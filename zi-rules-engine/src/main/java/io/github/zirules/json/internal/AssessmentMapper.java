package io.github.zirules.json.internal;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a {@code zi-assessment/1} tree to an {@link Assessment}, reporting every problem of its content. Unknown
 * members are ignored ("add fields freely"), except inside an answer object, whose names say which answer it is.
 */
public final class AssessmentMapper {

    /** The format this maps. */
    public static final String FORMAT = "zi-assessment/1";

    /** Which objects have ids (items, roles) as member names, to be written {@code ['id']} in paths. */
    public static final java.util.function.Predicate<List<String>> ID_KEYED = keys ->
            (keys.size() == 1 && Set.of("answers", "evidence", "reviews").contains(keys.get(0)))
                    || (keys.size() == 2 && keys.get(0).equals("reviews"));

    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final String YEARS = AssessmentValidator.MIN_YEAR + " to " + AssessmentValidator.MAX_YEAR;
    private static final String ANSWERS_EXPECTED = "an object: item id → answer";

    private final Problems problems;
    private final Fields fields;

    /** A mapper reporting to {@code problems}. */
    public AssessmentMapper(Problems problems) {
        this.problems = problems;
        this.fields = new Fields(problems);
    }

    /** The assessment, or null if any error was reported (here or before). */
    public Assessment map(Node root) {
        if (!(root instanceof Node.Obj o)) {
            problems.add(problems.wrongType("$", root, "a JSON object {\"format\": \"" + FORMAT + "\", …}"));
            return null;
        }
        if (!format(o)) {
            return null;
        }
        String ruleset = fields.string(o, "$", "ruleset", false, "a rule set id, e.g. permenpan-rb-90-2021");
        Unit unit = unit(o);
        Integer year = year(o);
        Predikat target = predicate(o, "target", true, "TARGET_INVALID", Set.of("WBK", "WBBM"), "WBK or WBBM");
        Predikat current = predicate(o, "currentPredicate", false, "CURRENT_PREDICATE_INVALID",
                Set.of("NONE", "WBK", "WBBM"), "NONE, WBK or WBBM");
        AgencyFacts agency = agency(o);
        Node.Obj answersNode = fields.object(o, "$", "answers", true, ANSWERS_EXPECTED);
        Map<ItemId, Answer> answers = answersNode == null ? Map.of() : answers(answersNode, "$.answers");
        Map<ItemId, List<Evidence>> evidence = evidence(o);
        Map<String, Map<ItemId, Answer>> reviews = reviews(o);
        if (problems.hasErrors() || unit == null || year == null || target == null) {
            return null;
        }
        return new Assessment(ruleset, unit, year, target, current, agency, answers, evidence, reviews);
    }

    private boolean format(Node.Obj o) {
        String f = fields.string(o, "$", "format", true, FORMAT);
        if (f != null && !f.equals(FORMAT)) {
            problems.add(problems.at("FORMAT_UNKNOWN", "$.format", o.members().get("format"),
                    "format '" + f + "' tidak dikenal", "unknown format '" + f + "'", FORMAT));
            return false;
        }
        return true;
    }

    private Unit unit(Node.Obj o) {
        Node.Obj u = fields.object(o, "$", "unit", true, "{\"id\": …, \"name\": …, \"agency\": …}");
        if (u == null) {
            return null;
        }
        String id = fields.string(u, "$.unit", "id", true, "a unit id, e.g. KPKNL-JKT1");
        String name = fields.string(u, "$.unit", "name", false, "the unit's name");
        String agency = fields.string(u, "$.unit", "agency", false, "the agency's name");
        return id == null ? null : new Unit(id, name, agency);
    }

    private Integer year(Node.Obj o) {
        Node.Num n = fields.number(o, "$", "year", true, "a year, e.g. 2026");
        if (n == null) {
            return null;
        }
        BigDecimal v = n.value();
        if (!Fields.isWhole(v)) {
            problems.add(problems.notWhole("$.year", n, YEARS));
            return null;
        }
        if (v.compareTo(MIN_INT) < 0 || v.compareTo(MAX_INT) > 0) {
            problems.add(problems.at("YEAR_OUT_OF_RANGE", "$.year", n, "tahun " + v.toPlainString()
                    + " di luar rentang", "year " + v.toPlainString() + " is out of range", YEARS));
            return null;
        }
        return v.intValueExact();
    }

    private Predikat predicate(Node.Obj o, String name, boolean required, String code, Set<String> allowed,
            String expected) {
        String s = fields.string(o, "$", name, required, expected);
        if (s == null) {
            return null;
        }
        if (!allowed.contains(s)) {
            problems.add(problems.at(code, "$." + name, o.members().get(name), "predikat '" + s
                    + "' tidak berlaku di sini", "predicate '" + s + "' is not valid here", expected));
            return null;
        }
        return Predikat.valueOf(s);
    }

    private AgencyFacts agency(Node.Obj o) {
        Node.Obj a = fields.object(o, "$", "agency", false,
                "{\"bpkOpinion\": …, \"akip\": …, \"indeksRb\": …, \"kind\": …}");
        if (a == null) {
            return AgencyFacts.NONE;
        }
        return new AgencyFacts(
                fields.string(a, "$.agency", "bpkOpinion", false, "a grade of the rule set's BPK scale, as text"),
                fields.string(a, "$.agency", "akip", false, "a grade of the rule set's AKIP scale, as text"),
                fields.string(a, "$.agency", "indeksRb", false, "a grade of the rule set's INDEKS_RB scale, as text"),
                fields.string(a, "$.agency", "kind", false, "MINISTRY or REGIONAL"));
    }

    private Map<ItemId, Answer> answers(Node.Obj set, String base) {
        Map<ItemId, Answer> out = new LinkedHashMap<>();
        set.members().forEach((id, n) -> {
            String at = JsonPath.member(base, id, true);
            ItemId item = itemId(id, at, n);
            Answer a = AnswerJson.read(n, at, problems);
            if (item != null && a != null) {
                out.put(item, a);
            }
        });
        return out;
    }

    private ItemId itemId(String id, String at, Node n) {
        if (id.isBlank()) {
            problems.add(problems.at("ITEM_ID_BLANK", at, n, "id butir kosong", "the item id is blank",
                    "an item id of the rule set, e.g. PEM.MP.1.a"));
            return null;
        }
        return ItemId.of(id);
    }

    private Map<ItemId, List<Evidence>> evidence(Node.Obj o) {
        Map<ItemId, List<Evidence>> out = new LinkedHashMap<>();
        Node.Obj ev = fields.object(o, "$", "evidence", false, "an object: item id → list of documents");
        if (ev == null) {
            return out;
        }
        ev.members().forEach((id, n) -> {
            String at = JsonPath.member("$.evidence", id, true);
            ItemId item = itemId(id, at, n);
            if (n instanceof Node.Null || n instanceof Node.Bad) {
                return;
            }
            if (!(n instanceof Node.Arr docs)) {
                problems.add(problems.wrongType(at, n, "a list of documents [{\"title\": …}]"));
                return;
            }
            List<Evidence> list = new ArrayList<>();
            for (int i = 0; i < docs.elements().size(); i++) {
                String dat = JsonPath.index(at, i);
                Node.Obj d = fields.asObject(docs.elements().get(i), dat,
                        "{\"title\": …, \"uri\": …, \"sha256\": …}");
                if (d != null) {
                    String title = fields.string(d, dat, "title", true, "the document's title");
                    String uri = fields.string(d, dat, "uri", false, "a URI");
                    String sha = fields.string(d, dat, "sha256", false, "64 hexadecimal digits");
                    if (title != null) {
                        list.add(new Evidence(title, uri, sha));
                    }
                }
            }
            if (item != null) {
                out.put(item, list);
            }
        });
        return out;
    }

    private Map<String, Map<ItemId, Answer>> reviews(Node.Obj o) {
        Map<String, Map<ItemId, Answer>> out = new LinkedHashMap<>();
        Node.Obj rv = fields.object(o, "$", "reviews", false, "an object: reviewer role → answers");
        if (rv == null) {
            return out;
        }
        rv.members().forEach((role, n) -> {
            String at = JsonPath.member("$.reviews", role, true);
            if (n instanceof Node.Null) {
                return;
            }
            Node.Obj set = fields.asObject(n, at, ANSWERS_EXPECTED);
            if (set != null) {
                out.put(role, answers(set, at));
            }
        });
        return out;
    }
}
