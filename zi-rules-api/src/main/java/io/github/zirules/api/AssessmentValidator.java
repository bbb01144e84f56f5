package io.github.zirules.api;

import io.github.zirules.api.RuleSetModel.AnswerKind;
import io.github.zirules.api.internal.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks an assessment against an instrument and returns <b>every</b> problem at once. It never throws for bad input.
 *
 * <p>Locations are JSON paths into the zi-assessment/1 form ({@code $.answers['PEM.MP.1.a']}), so the same message
 * serves a Java caller and a person fixing a file. What is tolerated (documented in the README): choice labels in
 * any case and with surrounding spaces ({@code " ya "} is {@code Ya}); a PCT numerator above its denominator (the
 * value is capped at 1 by the rules); a zero denominator (the rule set decides its value and a warning is given).
 */
public final class AssessmentValidator {

    /** The largest count accepted in a PCT or DEC answer: no unit has more than a billion of anything. */
    public static final long MAX_COUNT = 1_000_000_000L;
    /** The most decimal places accepted in a survey index. */
    public static final int MAX_INDEX_SCALE = 10;
    /** The earliest and latest assessment year accepted. */
    public static final int MIN_YEAR = 2000;
    /** The latest assessment year accepted. */
    public static final int MAX_YEAR = 2100;

    /** The hexadecimal digits of an evidence document's SHA-256. */
    private static final int SHA256_DIGITS = 64;
    /** The name of the rule set's grade scale that {@link AgencyFacts#bpkOpinion()} is checked against. */
    public static final String BPK_SCALE = "BPK";
    /** The name of the rule set's grade scale that {@link AgencyFacts#akip()} is checked against. */
    public static final String AKIP_SCALE = "AKIP";
    /** The name of the rule set's grade scale that {@link AgencyFacts#indeksRb()} is checked against. */
    public static final String INDEKS_RB_SCALE = "INDEKS_RB";

    private static final Set<String> KINDS = Set.of("MINISTRY", "REGIONAL");
    /** The most digits before the decimal point of an agency fact's number. */
    private static final int MAX_FACT_DIGITS = 15;

    private final Instrument instrument;
    /** Each item's answer scale, by item id: one map hit per answer (this runs on every evaluation). */
    private final Map<ItemId, Slot> slots;
    /** Where each fact of the regulation and each declared fact is written, worked out once. */
    private final Map<String, String> factLocations;

    /** An item with what checking its answer needs, worked out once. */
    private static final class Slot {
        final Item item;
        final RuleSetModel.AnswerScale scale;
        final AnswerKind kind;
        /** The scale's labels as the rule files write them; empty for a scale that is not a choice. */
        final String[] labels;

        Slot(Item item, RuleSetModel.AnswerScale scale) {
            this.item = item;
            this.scale = scale;
            this.kind = scale.kind();
            this.labels = scale.labels().toArray(new String[0]);
        }
    }

    /**
     * A validator for assessments scored with {@code instrument}. The agency's grades are checked against the
     * instrument's {@linkplain Instrument#gradeScales() grade scales} named {@link #BPK_SCALE}, {@link #AKIP_SCALE}
     * and {@link #INDEKS_RB_SCALE}, as the rule set declares them; a grade whose scale is not declared is not checked.
     * Answers are checked against the answer scales of the instrument's structure ({@link Instrument#answerScale}).
     *
     * @throws IllegalArgumentException if the instrument carries no structure ({@link Instrument#model()})
     * @throws IllegalStateException if the structure does not declare the answer scale of one of its items
     */
    public AssessmentValidator(Instrument instrument) {
        this.instrument = java.util.Objects.requireNonNull(instrument, "instrument");
        if (instrument.model().isEmpty()) {
            throw new IllegalArgumentException("the instrument carries no rule set structure, so its answer scales "
                    + "are not known; give an instrument read with its structure (Instrument.readCsv(csv, name, "
                    + "model), withModel, or Evaluator.instrument(ruleSet))");
        }
        Map<ItemId, Slot> byId = new HashMap<>(instrument.size() * 4 / 3 + 1);
        for (Item item : instrument.items()) {
            byId.put(item.id(), new Slot(item, instrument.answerScale(item)));
        }
        this.slots = byId;
        Map<String, String> locations = new HashMap<>();
        for (String name : AgencyFacts.REGULATION_FACTS) {
            locations.put(name, factLocation(name));
        }
        for (String name : instrument.agencyFacts().keySet()) {
            locations.put(name, factLocation(name));
        }
        this.factLocations = locations;
    }

    /** Every problem of {@code a}; empty if it is valid. */
    public List<Problem> validate(Assessment a) {
        List<Problem> out = new ArrayList<>();
        if (a.unit().id().isBlank()) {
            out.add(Problem.error("UNIT_ID_MISSING", "$.unit.id", Message.of("UNIT_ID_MISSING"),
                    Message.of("UNIT_ID_MISSING.expected")));
        }
        if (a.year() < MIN_YEAR || a.year() > MAX_YEAR) {
            out.add(Problem.error("YEAR_OUT_OF_RANGE", "$.year", Message.of("YEAR_OUT_OF_RANGE", a.year()),
                    Message.of("YEAR_OUT_OF_RANGE.expected", MIN_YEAR, MAX_YEAR)));
        }
        if (a.target() == Predikat.NONE) {
            out.add(Problem.error("TARGET_INVALID", "$.target", Message.of("TARGET_INVALID"),
                    Message.of("TARGET_INVALID.expected")));
        }
        checkAnswers(a.answers(), "$.answers", out);
        for (Map.Entry<String, Map<ItemId, Answer>> review : a.reviews().entrySet()) {
            String role = review.getKey();
            if (role.isBlank()) {
                out.add(Problem.error("REVIEW_ROLE_MISSING", "$.reviews", Message.of("REVIEW_ROLE_MISSING"),
                        Message.of("REVIEW_ROLE_MISSING.expected")));
            }
            checkAnswers(review.getValue(), "$.reviews['" + role + "']", out);
        }
        a.evidence().forEach((item, docs) -> checkEvidence(item, docs, out));
        checkAgency(a.agency(), out);
        return out.isEmpty() ? List.of() : List.copyOf(out);
    }

    /** The evidence given for {@code item}; locations are put together only for a problem (this runs every time). */
    private void checkEvidence(ItemId item, List<Evidence> docs, List<Problem> out) {
        if (!slots.containsKey(item)) {
            out.add(unknownItem(item, "$.evidence['" + item + "']"));
        }
        for (int i = 0; i < docs.size(); i++) {
            Evidence d = docs.get(i);
            if (d.title().isBlank()) {
                out.add(Problem.error("EVIDENCE_TITLE_MISSING", "$.evidence['" + item + "'][" + i + "].title",
                        Message.of("EVIDENCE_TITLE_MISSING"), Message.of("EVIDENCE_TITLE_MISSING.expected")));
            }
            if (d.sha256() != null && !isSha256(d.sha256())) {
                out.add(Problem.error("EVIDENCE_SHA256_INVALID", "$.evidence['" + item + "'][" + i + "].sha256",
                        Message.of("EVIDENCE_SHA256_INVALID"), Message.of("EVIDENCE_SHA256_INVALID.expected")));
            }
        }
    }

    /** Whether {@code s} is 64 hexadecimal digits, as {@code [0-9a-fA-F]{64}} matches, without a regex matcher. */
    static boolean isSha256(String s) {
        if (s.length() != SHA256_DIGITS) {
            return false;
        }
        for (int i = 0; i < SHA256_DIGITS; i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    private void checkAnswers(Map<ItemId, Answer> answers, String base, List<Problem> out) {
        // forEach, not a loop over entrySet(): this runs for every answer of every evaluation, and the entry set of an
        // unmodifiable map (an assessment's) wraps each entry it gives in an object of its own.
        answers.forEach((id, answer) -> {
            Slot slot = slots.get(id);
            if (slot == null) {
                out.add(unknownItem(id, at(base, id)));
            } else if (!plainlyValid(slot, answer)) {
                checkAnswer(slot.item, slot.scale, answer, base, out);
            }
        });
    }

    /** The location of the answer to {@code id} in the answer set at {@code base}: put together only for a problem. */
    private static String at(String base, ItemId id) {
        return base + "['" + id + "']";
    }

    /**
     * The common case, recognised without case folding or putting anything together (this runs on every answer of
     * every evaluation): a choice written exactly as the rule files write it, or counts in range. Anything else gets
     * the full check.
     */
    private static boolean plainlyValid(Slot slot, Answer answer) {
        if (answer instanceof Answer.Choice c) {
            String label = c.label();
            for (String l : slot.labels) {
                if (l.equals(label)) {
                    return true;
                }
            }
            return false;
        } else if (answer instanceof Answer.Ratio r) {
            return slot.kind == AnswerKind.RATIO && inRange(r.numerator()) && inRange(r.denominator());
        } else if (answer instanceof Answer.Decrease d) {
            return slot.kind == AnswerKind.DECREASE && inRange(d.lastYear()) && inRange(d.thisYear());
        }
        return false;
    }

    private static boolean inRange(long count) {
        return count >= 0 && count <= MAX_COUNT;
    }

    private Problem unknownItem(ItemId id, String at) {
        String near = Suggestions.closest(id.value(), instrument.items().stream().map(i -> i.id().value()).toList());
        return Problem.error("UNKNOWN_ITEM", at, Message.of("UNKNOWN_ITEM", id),
                Message.of("UNKNOWN_ITEM.expected", near == null ? "" : Message.of("example", near)));
    }

    /** The full check of an answer to {@code item} in the answer set at {@code base}; locations made only for a problem. */
    private void checkAnswer(Item item, RuleSetModel.AnswerScale type, Answer answer, String base,
                             List<Problem> out) {
        if (!type.kind().answerClass().isInstance(answer)) {
            out.add(Problem.error("WRONG_ANSWER_KIND", at(base, item.id()), Message.of("WRONG_ANSWER_KIND",
                    item.id(), kind(answer), type.code(), takes(type)), expectedFor(type)));
            return;
        }
        if (answer instanceof Answer.Choice c) {
            if (c.canonical(type).isEmpty()) {
                out.add(Problem.error("INVALID_CHOICE", at(base, item.id()), Message.of("INVALID_CHOICE", c.label(),
                        type.code()), expectedFor(type)));
            }
        } else if (answer instanceof Answer.Ratio r) {
            count(r.numerator(), base, item.id(), ".numerator", out);
            count(r.denominator(), base, item.id(), ".denominator", out);
        } else if (answer instanceof Answer.Decrease d) {
            count(d.lastYear(), base, item.id(), ".lastYear", out);
            count(d.thisYear(), base, item.id(), ".thisYear", out);
        } else if (answer instanceof Answer.Index x) {
            BigDecimal v = x.value();
            RuleSetModel.IndexRange range = type.indexRange();
            if (v.scale() > MAX_INDEX_SCALE || v.precision() - v.scale() > 2) {
                out.add(Problem.error("INDEX_OUT_OF_RANGE", at(base, item.id()), Message.of("INDEX_OUT_OF_RANGE",
                        abbreviate(v)), Message.of("INDEX_OUT_OF_RANGE.expected", MAX_INDEX_SCALE,
                        range.lowest().toPlainString(), range.highest().toPlainString())));
            } else if (!range.contains(v)) {
                String lowest = range.lowest().toPlainString();
                String highest = range.highest().toPlainString();
                out.add(Problem.error("INDEX_OUT_OF_RANGE", at(base, item.id()), Message.of("INDEX_OUT_OF_RANGE.2",
                        v.toPlainString(), lowest, highest), Message.of("INDEX_OUT_OF_RANGE.2.expected", lowest,
                        highest)));
            }
        }
    }

    private static String abbreviate(BigDecimal v) {
        String s = v.toString();
        return s.length() > 24 ? s.substring(0, 20) + "…" : s;
    }

    private static void count(long n, String base, ItemId id, String field, List<Problem> out) {
        if (n < 0) {
            out.add(Problem.error("COUNT_NEGATIVE", at(base, id) + field, Message.of("COUNT_NEGATIVE", n),
                    Message.of("COUNT_NEGATIVE.expected", MAX_COUNT)));
        } else if (n > MAX_COUNT) {
            out.add(Problem.error("COUNT_TOO_LARGE", at(base, id) + field, Message.of("COUNT_TOO_LARGE", n),
                    Message.of("COUNT_TOO_LARGE.expected", MAX_COUNT)));
        }
    }

    /** What an item of scale {@code type} takes, as its answer in zi-assessment/1. */
    static Message expectedFor(RuleSetModel.AnswerScale type) {
        return switch (type.kind()) {
            case CHOICE -> Message.of("answer.takes.choice", String.join(", ", type.labels()));
            case RATIO -> Message.of("answer.expected.PCT", "{\"numerator\": n, \"denominator\": d}");
            case DECREASE -> Message.of("answer.expected.DEC", "{\"lastYear\": n, \"thisYear\": m}");
            case INDEX -> Message.of("answer.expected.index", type.indexRange().lowest().toPlainString(),
                    type.indexRange().highest().toPlainString());
        };
    }

    private static Message takes(RuleSetModel.AnswerScale type) {
        return switch (type.kind()) {
            case CHOICE -> Message.of("answer.takes.choice", String.join(", ", type.labels()));
            case RATIO -> Message.of("answer.takes.PCT");
            case DECREASE -> Message.of("answer.takes.DEC");
            case INDEX -> Message.of("answer.takes.index", type.indexRange().lowest().toPlainString(),
                    type.indexRange().highest().toPlainString());
        };
    }

    private static Message kind(Answer a) {
        if (a instanceof Answer.Choice c) {
            return Message.of("answer.kind.choice", c.label());
        } else if (a instanceof Answer.Ratio) {
            return Message.of("answer.kind.ratio");
        } else if (a instanceof Answer.Decrease) {
            return Message.of("answer.kind.decrease");
        }
        return Message.of("answer.kind.number", abbreviate(((Answer.Index) a).value()));
    }

    /**
     * The agency facts: each must be one the rule set declares, of its declared kind ({@link DeclaredFact}). The
     * facts of the regulation ({@link AgencyFacts#REGULATION_FACTS}) are checked as before where a rule set does not
     * declare them: the grades against the scales named {@link #BPK_SCALE}, {@link #AKIP_SCALE},
     * {@link #INDEKS_RB_SCALE}, the kind as {@code MINISTRY} or {@code REGIONAL}.
     */
    private void checkAgency(AgencyFacts f, List<Problem> out) {
        Map<String, DeclaredFact> declared = instrument.agencyFacts();
        for (Map.Entry<String, AgencyFacts.Value> fact : f.values().entrySet()) {
            String name = fact.getKey();
            AgencyFacts.Value value = fact.getValue();
            boolean regulation = AgencyFacts.REGULATION_FACTS.contains(name);
            String at = factLocations.get(name);
            if (at == null) {
                at = factLocation(name);
            }
            DeclaredFact d = declared.get(name);
            if (d != null) {
                checkFact(d, value, at, out);
            } else if (regulation) {
                checkRegulationFact(name, value, at, out);
            } else {
                String near = Suggestions.closest(name, List.copyOf(declared.keySet()));
                out.add(Problem.error("AGENCY_FACT_UNKNOWN", at, Message.of("AGENCY_FACT_UNKNOWN", name,
                        near == null ? "" : Message.of("lint.did-you-mean", near)), declared.isEmpty()
                        ? Message.of("AGENCY_FACT_UNKNOWN.none") : Message.of("AGENCY_FACT_UNKNOWN.expected",
                        String.join(", ", declared.keySet()))));
            }
        }
    }

    /** Where a fact is written: {@code $.agency.akip} for a fact of the regulation, else {@link #factPath}. */
    private static String factLocation(String name) {
        return AgencyFacts.REGULATION_FACTS.contains(name) ? "$.agency." + name : factPath(name);
    }

    /** {@code $.facts.name}, or {@code $.facts['na me']} for a name that is not a plain word. */
    static String factPath(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") ? "$.facts." + name
                : "$.facts['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    private static void checkFact(DeclaredFact d, AgencyFacts.Value value, String at, List<Problem> out) {
        boolean kindOk = switch (d.kind()) {
            case WHOLE_NUMBER, DECIMAL -> value instanceof AgencyFacts.Numeric;
            case GRADE, CHOICE -> value instanceof AgencyFacts.Text;
            case YES_NO -> value instanceof AgencyFacts.YesNo;
        };
        if (!kindOk) {
            out.add(Problem.error("AGENCY_FACT_KIND", at, Message.of("AGENCY_FACT_KIND", d.name(), d.label(),
                    shown(value)), expectedOf(d)));
        } else if (value instanceof AgencyFacts.Numeric n) {
            BigDecimal v = n.value();
            if (v.scale() > MAX_INDEX_SCALE || v.precision() - v.scale() > MAX_FACT_DIGITS) {
                out.add(Problem.error("AGENCY_FACT_KIND", at, Message.of("AGENCY_FACT_KIND.size", d.name(),
                        abbreviate(v)), Message.of("AGENCY_FACT_KIND.size.expected", MAX_FACT_DIGITS,
                        MAX_INDEX_SCALE)));
            } else if (d.kind() == DeclaredFact.Kind.WHOLE_NUMBER && v.stripTrailingZeros().scale() > 0) {
                out.add(Problem.error("AGENCY_FACT_KIND", at, Message.of("AGENCY_FACT_KIND", d.name(), d.label(),
                        v.toPlainString()), expectedOf(d)));
            }
        } else if (value instanceof AgencyFacts.Text t && !d.values().contains(t.value())) {
            out.add(Problem.error("AGENCY_VALUE_INVALID", at, Message.of(d.kind() == DeclaredFact.Kind.GRADE
                    ? "AGENCY_VALUE_INVALID" : "AGENCY_VALUE_INVALID.choice", d.label(), t.value(),
                    String.join(d.kind() == DeclaredFact.Kind.GRADE ? " > " : ", ", d.values())),
                    Message.verbatim(String.join(", ", d.values()))));
        }
    }

    private static Message expectedOf(DeclaredFact d) {
        return switch (d.kind()) {
            case WHOLE_NUMBER -> Message.of("fact.kind.WHOLE_NUMBER");
            case DECIMAL -> Message.of("fact.kind.DECIMAL");
            case YES_NO -> Message.of("fact.kind.YES_NO");
            case GRADE -> Message.of("fact.kind.GRADE", String.join(", ", d.values()));
            case CHOICE -> Message.of("fact.kind.CHOICE", String.join(", ", d.values()));
        };
    }

    private static Object shown(AgencyFacts.Value v) {
        if (v instanceof AgencyFacts.Numeric n) {
            return abbreviate(n.value());
        }
        if (v instanceof AgencyFacts.Text t) {
            return "\"" + (t.value().length() > 40 ? t.value().substring(0, 40) + "…" : t.value()) + "\"";
        }
        return String.valueOf(((AgencyFacts.YesNo) v).value());
    }

    private static Message regulationLabel(String name) {
        return switch (name) {
            case AgencyFacts.BPK_OPINION -> Message.of("AGENCY_VALUE_INVALID.bpkOpinion");
            case AgencyFacts.AKIP -> Message.of("AGENCY_VALUE_INVALID.akip");
            case AgencyFacts.INDEKS_RB -> Message.of("AGENCY_VALUE_INVALID.indeksRb");
            default -> Message.of("AGENCY_VALUE_INVALID.kind");
        };
    }

    private void checkRegulationFact(String name, AgencyFacts.Value value, String at, List<Problem> out) {
        if (!(value instanceof AgencyFacts.Text t)) {
            out.add(Problem.error("AGENCY_FACT_KIND", at, Message.of("AGENCY_FACT_KIND", name,
                    regulationLabel(name), shown(value)), Message.of("fact.kind.text")));
            return;
        }
        String grade = t.value();
        if (name.equals(AgencyFacts.KIND)) {
            if (!KINDS.contains(grade)) {
                out.add(Problem.error("AGENCY_VALUE_INVALID", at, Message.of("AGENCY_VALUE_INVALID.4", grade),
                        Message.of("AGENCY_VALUE_INVALID.4.expected")));
            }
            return;
        }
        String scaleName = name.equals(AgencyFacts.BPK_OPINION) ? BPK_SCALE : name.equals(AgencyFacts.AKIP)
                ? AKIP_SCALE : INDEKS_RB_SCALE;
        List<String> scale = instrument.gradeScales().get(scaleName);
        if (scale != null && !scale.contains(grade)) {
            out.add(Problem.error("AGENCY_VALUE_INVALID", at, Message.of("AGENCY_VALUE_INVALID",
                    regulationLabel(name), grade, String.join(" > ", scale)),
                    Message.verbatim(String.join(", ", scale))));
        }
    }
}
