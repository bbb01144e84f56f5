package io.github.zirules.json.internal;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Maps a {@code zi-assessment/1} tree to an {@link Assessment}, reporting every problem of its content. Unknown
 * members are ignored ("add fields freely"), except inside an answer object, whose names say which answer it is.
 */
public final class AssessmentMapper {

    /** The format this maps. */
    public static final String FORMAT = "zi-assessment/1";

    private static final Set<String> ID_KEYED_MEMBERS = Set.of("answers", "evidence", "reviews");

    /** Which objects have ids (items, roles) as member names, to be written {@code ['id']} in paths. */
    public static final java.util.function.Predicate<List<String>> ID_KEYED = keys ->
            (keys.size() == 1 && ID_KEYED_MEMBERS.contains(keys.get(0)))
                    || (keys.size() == 2 && keys.get(0).equals("reviews"));

    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final Message YEARS = Message.of("JSON_EXPECTED.years", AssessmentValidator.MIN_YEAR,
            AssessmentValidator.MAX_YEAR);
    private static final Message ANSWERS_EXPECTED = Message.of("JSON_EXPECTED.answers");
    private static final Message FACTS_EXPECTED = Message.of("JSON_EXPECTED.facts");
    private static final Message DOCUMENTS_EXPECTED = Message.of("JSON_EXPECTED.list-documents-title");
    private static final Message DOCUMENT_EXPECTED = Message.of("JSON_EXPECTED.title-uri-sha");
    private static final Message TITLE_EXPECTED = Message.of("JSON_EXPECTED.document-s-title");
    private static final Message URI_EXPECTED = Message.of("JSON_EXPECTED.uri");
    private static final Message SHA256_EXPECTED = Message.of("JSON_EXPECTED.hexadecimal-digits");

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
            problems.add(problems.wrongType("$", root, Message.of("JSON_EXPECTED.json-object-format", FORMAT)));
            return null;
        }
        if (!format(o)) {
            return null;
        }
        String ruleSet = fields.string(o, "$", "ruleset", false, Message.of("JSON_EXPECTED.rule-set-id-permenpan"));
        Unit unit = unit(o);
        Integer year = year(o);
        Predikat target = predicate(o, "target", true, "TARGET_INVALID", Set.of("WBK", "WBBM"),
                Message.of("PREDICATE_INVALID.target"));
        Predikat current = predicate(o, "currentPredicate", false, "CURRENT_PREDICATE_INVALID",
                Set.of("NONE", "WBK", "WBBM"), Message.of("PREDICATE_INVALID.current"));
        AgencyFacts agency = agency(o);
        Node.Obj answersNode = fields.object(o, "$", "answers", true, ANSWERS_EXPECTED);
        Map<ItemId, Answer> answers = answersNode == null ? Map.of() : answers(answersNode, "$.answers");
        Map<ItemId, List<Evidence>> evidence = evidence(o);
        Map<String, Map<ItemId, Answer>> reviews = reviews(o);
        if (problems.hasErrors() || unit == null || year == null || target == null) {
            return null;
        }
        return new Assessment(ruleSet, unit, year, target, current, agency, answers, evidence, reviews);
    }

    private boolean format(Node.Obj o) {
        String f = fields.string(o, "$", "format", true, Message.verbatim(FORMAT));
        if (f != null && !f.equals(FORMAT)) {
            problems.add(problems.at("FORMAT_UNKNOWN", "$.format", o.members().get("format"),
                    Message.of("FORMAT_UNKNOWN", f), Message.verbatim(FORMAT)));
            return false;
        }
        return true;
    }

    private Unit unit(Node.Obj o) {
        Node.Obj u = fields.object(o, "$", "unit", true, Message.of("JSON_EXPECTED.id-name-agency"));
        if (u == null) {
            return null;
        }
        String id = fields.string(u, "$.unit", "id", true, Message.of("JSON_EXPECTED.unit-id-kpknl-jkt"));
        String name = fields.string(u, "$.unit", "name", false, Message.of("JSON_EXPECTED.unit-s-name"));
        String agency = fields.string(u, "$.unit", "agency", false, Message.of("JSON_EXPECTED.agency-s-name"));
        return id == null ? null : new Unit(id, name, agency);
    }

    private Integer year(Node.Obj o) {
        Node.Num n = fields.number(o, "$", "year", true, Message.of("JSON_EXPECTED.year"));
        if (n == null) {
            return null;
        }
        BigDecimal v = n.value();
        if (!Fields.isWhole(v)) {
            problems.add(problems.notWhole("$.year", n, YEARS));
            return null;
        }
        if (v.compareTo(MIN_INT) < 0 || v.compareTo(MAX_INT) > 0) {
            problems.add(problems.at("YEAR_OUT_OF_RANGE", "$.year", n, Message.of("YEAR_OUT_OF_RANGE",
                    v.toPlainString()), YEARS));
            return null;
        }
        return v.intValueExact();
    }

    private Predikat predicate(Node.Obj o, String name, boolean required, String code, Set<String> allowed,
            Message expected) {
        String s = fields.string(o, "$", name, required, expected);
        if (s == null) {
            return null;
        }
        if (!allowed.contains(s)) {
            problems.add(problems.at(code, "$." + name, o.members().get(name),
                    Message.of("PREDICATE_INVALID", s), expected));
            return null;
        }
        return Predikat.valueOf(s);
    }

    private AgencyFacts agency(Node.Obj o) {
        Node.Obj a = fields.object(o, "$", "agency", false, Message.of("JSON_EXPECTED.bpkopinion-akip-indeksrb-kind"));
        AgencyFacts agency = a == null ? AgencyFacts.NONE : new AgencyFacts(
                fields.string(a, "$.agency", "bpkOpinion", false, Message.of("JSON_EXPECTED.grade-of-scale", "BPK")),
                fields.string(a, "$.agency", "akip", false, Message.of("JSON_EXPECTED.grade-of-scale", "AKIP")),
                fields.string(a, "$.agency", "indeksRb", false, Message.of("JSON_EXPECTED.grade-of-scale",
                        "INDEKS_RB")),
                fields.string(a, "$.agency", "kind", false, Message.of("JSON_EXPECTED.ministry-regional")));
        Node.Obj f = fields.object(o, "$", "facts", false, FACTS_EXPECTED);
        if (f == null) {
            return agency;
        }
        // The facts the rule set declares, by name; whether each is declared and of its kind is the validator's.
        Map<String, AgencyFacts.Value> values = new LinkedHashMap<>(agency.values());
        f.members().forEach((name, n) -> {
            String at = JsonPath.member("$.facts", name, false);
            if (AgencyFacts.REGULATION_FACTS.contains(name)) {
                problems.add(problems.at("AGENCY_FACT_PLACE", at, n, Message.of("AGENCY_FACT_PLACE", name),
                        Message.verbatim("\"agency\": {\"" + name + "\": …}")));
            } else if (n instanceof Node.Num num) {
                values.put(name, new AgencyFacts.Numeric(num.value()));
            } else if (n instanceof Node.Str str) {
                values.put(name, new AgencyFacts.Text(str.value()));
            } else if (n instanceof Node.Bool b) {
                values.put(name, new AgencyFacts.YesNo(b.value()));
            } else if (!(n instanceof Node.Null) && !(n instanceof Node.Bad)) {
                problems.add(problems.wrongType(at, n, Message.of("JSON_EXPECTED.fact-value")));
            }
        });
        return new AgencyFacts(values);
    }

    private Map<ItemId, Answer> answers(Node.Obj set, String base) {
        Map<ItemId, Answer> out = new LinkedHashMap<>();
        set.members().forEach((id, n) -> {
            // The path is written out only for a problem.
            Supplier<String> at = () -> JsonPath.member(base, id, true);
            ItemId item = itemId(id, at, n);
            Answer a = AnswerJson.read(n, at, problems);
            if (item != null && a != null) {
                out.put(item, a);
            }
        });
        return out;
    }

    private ItemId itemId(String id, Supplier<String> at, Node n) {
        if (id.isBlank()) {
            problems.add(problems.at("ITEM_ID_BLANK", at.get(), n, Message.of("ITEM_ID_BLANK"),
                    Message.of("ITEM_ID_BLANK.2.expected")));
            return null;
        }
        return ItemId.of(id);
    }

    private Map<ItemId, List<Evidence>> evidence(Node.Obj o) {
        Map<ItemId, List<Evidence>> out = new LinkedHashMap<>();
        Node.Obj ev = fields.object(o, "$", "evidence", false, Message.of("JSON_EXPECTED.object-item-id-list"));
        if (ev == null) {
            return out;
        }
        ev.members().forEach((id, n) -> {
            String at = JsonPath.member("$.evidence", id, true);
            ItemId item = itemId(id, () -> at, n);
            if (n instanceof Node.Null || n instanceof Node.Bad) {
                return;
            }
            if (!(n instanceof Node.Arr docs)) {
                problems.add(problems.wrongType(at, n, DOCUMENTS_EXPECTED));
                return;
            }
            List<Evidence> list = new ArrayList<>();
            for (int i = 0; i < docs.elements().size(); i++) {
                String dat = JsonPath.index(at, i);
                Node.Obj d = fields.asObject(docs.elements().get(i), dat, DOCUMENT_EXPECTED);
                if (d != null) {
                    String title = fields.string(d, dat, "title", true, TITLE_EXPECTED);
                    String uri = fields.string(d, dat, "uri", false, URI_EXPECTED);
                    String sha = fields.string(d, dat, "sha256", false, SHA256_EXPECTED);
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
        Node.Obj rv = fields.object(o, "$", "reviews", false, Message.of("JSON_EXPECTED.object-reviewer-role-answers"));
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
