package io.github.zirules.report;

import io.github.zirules.api.Answer;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one way numbers (and answers) are written for people, in every report, plan and comparison: a decimal comma in Bahasa
 * Indonesia ({@code "id"}), a decimal point in English; points with 2 decimals as reported (half-up); values and
 * indices as decimals ({@code 0,67}, never {@code 67/100}). Stateless.
 */
public final class Numbers {

    private Numbers() {
    }

    /** Points as reported: 2 decimals, half-up; {@code 0,25} in Bahasa Indonesia, {@code 0.25} in English. */
    public static String points(BigDecimal v, String language) {
        return local(v.setScale(2, RoundingMode.HALF_UP).toPlainString(), language);
    }

    /** Points with a sign: {@code +0,25}, {@code -1,00}, {@code 0,00}. */
    public static String signedPoints(BigDecimal v, String language) {
        return (v.signum() > 0 ? "+" : "") + points(v, language);
    }

    /**
     * A value or an index as a decimal with at least 2 and at most 4 decimals, trailing zeros dropped beyond 2:
     * {@code 1,00}, {@code 0,67}, {@code 0,7391}, {@code 3,2} written {@code 3,20}.
     */
    public static String decimal(BigDecimal v, String language) {
        BigDecimal r = v.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.scale() < 2) {
            r = r.setScale(2, RoundingMode.UNNECESSARY);
        }
        return local(r.toPlainString(), language);
    }

    /**
     * An answer as a person reads it: a choice as given, counts as {@code 12 dari 15} / {@code 12 of 15}, a decrease
     * as {@code 10 → 4}, an index as a decimal ({@code 3,60}); no answer is {@code tidak dijawab} / {@code unanswered}.
     */
    public static String answer(Answer a, String language) {
        boolean id = "id".equals(language);
        if (a == null) {
            return id ? "tidak dijawab" : "unanswered";
        }
        if (a instanceof Answer.Ratio r) {
            return r.numerator() + (id ? " dari " : " of ") + r.denominator();
        }
        if (a instanceof Answer.Decrease d) {
            return d.lastYear() + " → " + d.thisYear();
        }
        if (a instanceof Answer.Index i) {
            return decimal(i.value(), language);
        }
        return a.display();
    }

    private static String local(String plain, String language) {
        return "id".equals(language) ? plain.replace('.', ',') : plain;
    }
}
