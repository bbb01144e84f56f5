package io.github.zirules.api;

import io.github.zirules.api.internal.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");
    /** The name of the rule set's grade scale that {@link AgencyFacts#bpkOpinion()} is checked against. */
    public static final String BPK_SCALE = "BPK";
    /** The name of the rule set's grade scale that {@link AgencyFacts#akip()} is checked against. */
    public static final String AKIP_SCALE = "AKIP";
    /** The name of the rule set's grade scale that {@link AgencyFacts#indeksRb()} is checked against. */
    public static final String INDEKS_RB_SCALE = "INDEKS_RB";

    private static final Set<String> KINDS = Set.of("MINISTRY", "REGIONAL");

    private final Instrument instrument;

    /**
     * A validator for assessments scored with {@code instrument}. The agency's grades are checked against the
     * instrument's {@linkplain Instrument#gradeScales() grade scales} named {@link #BPK_SCALE}, {@link #AKIP_SCALE}
     * and {@link #INDEKS_RB_SCALE}, as the rule set declares them; a grade whose scale is not declared is not checked.
     */
    public AssessmentValidator(Instrument instrument) {
        this.instrument = java.util.Objects.requireNonNull(instrument, "instrument");
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
        a.reviews().forEach((role, set) -> {
            if (role.isBlank()) {
                out.add(Problem.error("REVIEW_ROLE_MISSING", "$.reviews", Message.of("REVIEW_ROLE_MISSING"),
                        Message.of("REVIEW_ROLE_MISSING.expected")));
            }
            checkAnswers(set, "$.reviews['" + role + "']", out);
        });
        a.evidence().forEach((item, docs) -> {
            // Locations are put together only for a problem: this runs on every evaluation.
            if (instrument.item(item).isEmpty()) {
                out.add(unknownItem(item, "$.evidence['" + item + "']"));
            }
            for (int i = 0; i < docs.size(); i++) {
                Evidence d = docs.get(i);
                if (d.title().isBlank()) {
                    out.add(Problem.error("EVIDENCE_TITLE_MISSING", "$.evidence['" + item + "'][" + i + "].title",
                            Message.of("EVIDENCE_TITLE_MISSING"), Message.of("EVIDENCE_TITLE_MISSING.expected")));
                }
                if (d.sha256() != null && !SHA256.matcher(d.sha256()).matches()) {
                    out.add(Problem.error("EVIDENCE_SHA256_INVALID", "$.evidence['" + item + "'][" + i + "].sha256",
                            Message.of("EVIDENCE_SHA256_INVALID"), Message.of("EVIDENCE_SHA256_INVALID.expected")));
                }
            }
        });
        checkAgency(a.agency(), out);
        return List.copyOf(out);
    }

    private void checkAnswers(Map<ItemId, Answer> answers, String base, List<Problem> out) {
        answers.forEach((id, answer) -> {
            Item item = instrument.item(id).orElse(null);
            if (item == null) {
                out.add(unknownItem(id, base + "['" + id + "']"));
            } else if (!plainlyValid(item, answer)) {
                checkAnswer(item, answer, base + "['" + id + "']", out);
            }
        });
    }

    /**
     * The common case, recognised without putting a location together (this runs on every evaluation): a choice
     * written exactly as the rule files write it, or counts in range. Anything else gets the full check.
     */
    private static boolean plainlyValid(Item item, Answer answer) {
        AnswerType type = item.answerType();
        if (answer instanceof Answer.Choice c) {
            List<String> labels = type.labels();
            for (int i = 0; i < labels.size(); i++) {
                if (labels.get(i).equals(c.label())) {
                    return true;
                }
            }
            return false;
        } else if (answer instanceof Answer.Ratio r) {
            return type == AnswerType.PCT && inRange(r.numerator()) && inRange(r.denominator());
        } else if (answer instanceof Answer.Decrease d) {
            return type == AnswerType.DEC && inRange(d.lastYear()) && inRange(d.thisYear());
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

    private static void checkAnswer(Item item, Answer answer, String at, List<Problem> out) {
        AnswerType type = item.answerType();
        if (!type.answerClass().isInstance(answer)) {
            out.add(Problem.error("WRONG_ANSWER_KIND", at, Message.of("WRONG_ANSWER_KIND", item.id(), kind(answer),
                    type, takes(type)), expectedFor(type)));
            return;
        }
        if (answer instanceof Answer.Choice c) {
            if (c.canonical(type).isEmpty()) {
                out.add(Problem.error("INVALID_CHOICE", at, Message.of("INVALID_CHOICE", c.label(), type),
                        expectedFor(type)));
            }
        } else if (answer instanceof Answer.Ratio r) {
            count(r.numerator(), at + ".numerator", out);
            count(r.denominator(), at + ".denominator", out);
        } else if (answer instanceof Answer.Decrease d) {
            count(d.lastYear(), at + ".lastYear", out);
            count(d.thisYear(), at + ".thisYear", out);
        } else if (answer instanceof Answer.Index x) {
            BigDecimal v = x.value();
            if (v.scale() > MAX_INDEX_SCALE || v.precision() - v.scale() > 2) {
                out.add(Problem.error("INDEX_OUT_OF_RANGE", at, Message.of("INDEX_OUT_OF_RANGE", abbreviate(v)),
                        Message.of("INDEX_OUT_OF_RANGE.expected", MAX_INDEX_SCALE)));
            } else if (v.signum() < 0 || v.compareTo(FOUR) > 0) {
                out.add(Problem.error("INDEX_OUT_OF_RANGE", at, Message.of("INDEX_OUT_OF_RANGE.2", v.toPlainString()),
                        Message.of("INDEX_OUT_OF_RANGE.2.expected")));
            }
        }
    }

    private static String abbreviate(BigDecimal v) {
        String s = v.toString();
        return s.length() > 24 ? s.substring(0, 20) + "…" : s;
    }

    private static void count(long n, String at, List<Problem> out) {
        if (n < 0) {
            out.add(Problem.error("COUNT_NEGATIVE", at, Message.of("COUNT_NEGATIVE", n),
                    Message.of("COUNT_NEGATIVE.expected", MAX_COUNT)));
        } else if (n > MAX_COUNT) {
            out.add(Problem.error("COUNT_TOO_LARGE", at, Message.of("COUNT_TOO_LARGE", n),
                    Message.of("COUNT_TOO_LARGE.expected", MAX_COUNT)));
        }
    }

    /** What an item of {@code type} takes, as its answer in zi-assessment/1. */
    static Message expectedFor(AnswerType type) {
        return switch (type) {
            case YT, ABC, ABCD, ABCDE -> Message.of("answer.takes.choice", String.join(", ", type.labels()));
            case PCT -> Message.of("answer.expected.PCT", "{\"numerator\": n, \"denominator\": d}");
            case DEC -> Message.of("answer.expected.DEC", "{\"lastYear\": n, \"thisYear\": m}");
            case IDX4 -> Message.of("answer.expected.IDX4");
        };
    }

    private static Message takes(AnswerType type) {
        return switch (type) {
            case YT, ABC, ABCD, ABCDE -> Message.of("answer.takes.choice", String.join(", ", type.labels()));
            case PCT -> Message.of("answer.takes.PCT");
            case DEC -> Message.of("answer.takes.DEC");
            case IDX4 -> Message.of("answer.takes.IDX4");
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

    private void checkAgency(AgencyFacts f, List<Problem> out) {
        checkGrade(f.bpkOpinion(), BPK_SCALE, "bpkOpinion", () -> Message.of("AGENCY_VALUE_INVALID.bpkOpinion"), out);
        checkGrade(f.akip(), AKIP_SCALE, "akip", () -> Message.of("AGENCY_VALUE_INVALID.akip"), out);
        checkGrade(f.indeksRb(), INDEKS_RB_SCALE, "indeksRb", () -> Message.of("AGENCY_VALUE_INVALID.indeksRb"),
                out);
        if (f.kind() != null && !KINDS.contains(f.kind())) {
            out.add(Problem.error("AGENCY_VALUE_INVALID", "$.agency.kind", Message.of("AGENCY_VALUE_INVALID.4",
                    f.kind()), Message.of("AGENCY_VALUE_INVALID.4.expected")));
        }
    }

    /** Checks one agency grade; the field's name ({@code what}) is looked up in the catalogue only for a problem. */
    private void checkGrade(String grade, String scaleName, String field, Supplier<Message> what, List<Problem> out) {
        if (grade == null) {
            return;
        }
        List<String> scale = instrument.gradeScales().get(scaleName);
        if (scale != null && !scale.contains(grade)) {
            out.add(Problem.error("AGENCY_VALUE_INVALID", "$.agency." + field, Message.of("AGENCY_VALUE_INVALID",
                    what.get(), grade, String.join(" > ", scale)),
                    Message.verbatim(String.join(", ", scale))));
        }
    }
}
