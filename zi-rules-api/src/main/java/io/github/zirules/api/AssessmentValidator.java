package io.github.zirules.api;

import io.github.zirules.api.internal.Suggestions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
            out.add(Problem.error("UNIT_ID_MISSING", "$.unit.id", "id unit kerja wajib diisi",
                    "the unit id is required", "a non-blank id, e.g. KPKNL-JKT1"));
        }
        if (a.year() < MIN_YEAR || a.year() > MAX_YEAR) {
            out.add(Problem.error("YEAR_OUT_OF_RANGE", "$.year", "tahun " + a.year() + " di luar rentang",
                    "year " + a.year() + " is out of range", MIN_YEAR + " to " + MAX_YEAR));
        }
        if (a.target() == Predikat.NONE) {
            out.add(Problem.error("TARGET_INVALID", "$.target", "predikat yang diusulkan tidak boleh NONE",
                    "the target predicate must not be NONE", "WBK or WBBM"));
        }
        checkAnswers(a.answers(), "$.answers", out);
        a.reviews().forEach((role, set) -> {
            if (role.isBlank()) {
                out.add(Problem.error("REVIEW_ROLE_MISSING", "$.reviews", "peran penilai wajib diisi",
                        "a reviewer role is required", "e.g. TPI or TPN"));
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
                            "judul dokumen wajib diisi",
                            "the document title is required", "a non-blank title"));
                }
                if (d.sha256() != null && !SHA256.matcher(d.sha256()).matches()) {
                    out.add(Problem.error("EVIDENCE_SHA256_INVALID", "$.evidence['" + item + "'][" + i + "].sha256",
                            "sha256 harus 64 digit heksadesimal", "sha256 must be 64 hexadecimal digits",
                            "64 characters 0-9 a-f"));
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
        return Problem.error("UNKNOWN_ITEM", at, "butir '" + id + "' tidak ada dalam instrumen",
                "item '" + id + "' is not in the instrument",
                near == null ? "an item id of the rule set" : "an item id of the rule set, e.g. " + near);
    }

    private static void checkAnswer(Item item, Answer answer, String at, List<Problem> out) {
        AnswerType type = item.answerType();
        if (!type.answerClass().isInstance(answer)) {
            out.add(Problem.error("WRONG_ANSWER_KIND", at,
                    "butir " + item.id() + " dijawab dengan " + kindId(answer) + ", padahal butir ini (" + type
                            + ") dijawab dengan " + takesId(type),
                    "item " + item.id() + " is answered with " + kindEn(answer) + ", but it (" + type + ") takes "
                            + takesEn(type),
                    expectedFor(type)));
            return;
        }
        if (answer instanceof Answer.Choice c) {
            if (c.canonical(type).isEmpty()) {
                out.add(Problem.error("INVALID_CHOICE", at,
                        "jawaban '" + c.label() + "' tidak berlaku untuk butir " + type,
                        "answer '" + c.label() + "' is not valid for a " + type + " item", expectedFor(type)));
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
                out.add(Problem.error("INDEX_OUT_OF_RANGE", at, "indeks " + abbreviate(v) + " tidak wajar",
                        "index " + abbreviate(v) + " is not a sensible value",
                        "a number from 0 to 4 with at most " + MAX_INDEX_SCALE + " decimals"));
            } else if (v.signum() < 0 || v.compareTo(FOUR) > 0) {
                out.add(Problem.error("INDEX_OUT_OF_RANGE", at, "indeks " + v.toPlainString()
                        + " di luar rentang 0 sampai 4", "index " + v.toPlainString() + " is outside 0 to 4",
                        "a number from 0 to 4"));
            }
        }
    }

    private static String abbreviate(BigDecimal v) {
        String s = v.toString();
        return s.length() > 24 ? s.substring(0, 20) + "…" : s;
    }

    private static void count(long n, String at, List<Problem> out) {
        if (n < 0) {
            out.add(Problem.error("COUNT_NEGATIVE", at, "jumlah tidak boleh negatif (" + n + ")",
                    "a count must not be negative (" + n + ")", "a whole number from 0 to " + MAX_COUNT));
        } else if (n > MAX_COUNT) {
            out.add(Problem.error("COUNT_TOO_LARGE", at, "jumlah " + n + " tidak wajar",
                    "count " + n + " is implausibly large", "a whole number from 0 to " + MAX_COUNT));
        }
    }

    /** What a valid answer to an item of {@code type} looks like, in zi-assessment/1 terms. */
    public static String expectedFor(AnswerType type) {
        return switch (type) {
            case YT, ABC, ABCD, ABCDE -> "one of " + String.join(", ", type.labels());
            case PCT -> "{\"numerator\": n, \"denominator\": d} with whole numbers n, d >= 0";
            case DEC -> "{\"lastYear\": n, \"thisYear\": m} with whole numbers n, m >= 0";
            case IDX4 -> "a number from 0 to 4";
        };
    }

    /** What an item of {@code type} is answered with, in words (Bahasa Indonesia). */
    private static String takesId(AnswerType type) {
        return switch (type) {
            case YT, ABC, ABCD, ABCDE -> "salah satu dari " + String.join(", ", type.labels());
            case PCT -> "pasangan pembilang/penyebut (jumlah)";
            case DEC -> "pasangan lastYear/thisYear (jumlah tahun lalu dan tahun ini)";
            case IDX4 -> "angka indeks dari 0 sampai 4";
        };
    }

    /** What an item of {@code type} is answered with, in words (English). */
    private static String takesEn(AnswerType type) {
        return switch (type) {
            case YT, ABC, ABCD, ABCDE -> "one of " + String.join(", ", type.labels());
            case PCT -> "a numerator/denominator pair (counts)";
            case DEC -> "a lastYear/thisYear pair (counts)";
            case IDX4 -> "an index from 0 to 4";
        };
    }

    private static String kindId(Answer a) {
        if (a instanceof Answer.Choice c) {
            return "pilihan '" + c.label() + "'";
        } else if (a instanceof Answer.Ratio) {
            return "pasangan pembilang/penyebut";
        } else if (a instanceof Answer.Decrease) {
            return "pasangan lastYear/thisYear";
        }
        return "angka " + abbreviate(((Answer.Index) a).value());
    }

    private static String kindEn(Answer a) {
        if (a instanceof Answer.Choice c) {
            return "the choice '" + c.label() + "'";
        } else if (a instanceof Answer.Ratio) {
            return "a numerator/denominator pair";
        } else if (a instanceof Answer.Decrease) {
            return "a lastYear/thisYear pair";
        }
        return "the number " + abbreviate(((Answer.Index) a).value());
    }

    private void checkAgency(AgencyFacts f, List<Problem> out) {
        checkGrade(f.bpkOpinion(), BPK_SCALE, "bpkOpinion", "opini BPK", "BPK opinion", out);
        checkGrade(f.akip(), AKIP_SCALE, "akip", "nilai AKIP", "AKIP rating", out);
        checkGrade(f.indeksRb(), INDEKS_RB_SCALE, "indeksRb", "Indeks RB", "Indeks RB rating", out);
        if (f.kind() != null && !KINDS.contains(f.kind())) {
            out.add(Problem.error("AGENCY_VALUE_INVALID", "$.agency.kind", "jenis instansi '" + f.kind()
                    + "' tidak dikenal", "unknown agency kind '" + f.kind() + "'", "MINISTRY or REGIONAL"));
        }
    }

    private void checkGrade(String grade, String scaleName, String field, String whatId, String whatEn,
                            List<Problem> out) {
        List<String> scale = instrument.gradeScales().get(scaleName);
        if (grade != null && scale != null && !scale.contains(grade)) {
            out.add(Problem.error("AGENCY_VALUE_INVALID", "$.agency." + field, whatId + " '" + grade
                    + "' tidak ada pada skala aturan (" + String.join(" > ", scale) + ")", whatEn + " '" + grade
                    + "' is not on the rule set's scale (" + String.join(" > ", scale) + ")",
                    String.join(", ", scale)));
        }
    }
}
