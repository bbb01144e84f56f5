package io.github.zirules.report.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Check;
import io.github.zirules.api.GradeCheck;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.report.Numbers;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The words of the reports, in Bahasa Indonesia ({@code id}) and English ({@code en}), and the way numbers are
 * written: 2 decimals as reported, a decimal comma in Bahasa Indonesia.
 */
public final class Texts {

    private final boolean id;

    /** The texts of {@code language} ({@code id} or {@code en}). */
    public Texts(String language) {
        this.id = "id".equals(language);
    }

    /** The language as a {@link java.util.Locale}, for the message catalogue. */
    public java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(language());
    }

    /** The language, {@code id} or {@code en}. */
    public String language() {
        return id ? "id" : "en";
    }

    /** Picks the Bahasa Indonesia or the English text. */
    public String t(String indonesian, String english) {
        return id ? indonesian : english;
    }

    /** A score as reported: 2 decimals, half-up; {@code 0,25} in Bahasa Indonesia, {@code 0.25} in English. */
    public String points(BigDecimal v) {
        return Numbers.points(v, language());
    }

    /** A value or index as a decimal: {@code 0,67}, {@code 1,00} (see {@link Numbers#decimal}). */
    public String decimal(BigDecimal v) {
        return Numbers.decimal(v, language());
    }

    /** An answer as a person reads it in this language (see {@link Numbers#answer}). */
    public String answer(Answer a) {
        return Numbers.answer(a, language());
    }

    /** A share (0.6) as a percentage with one decimal and no trailing {@code ,0}: {@code 60 %}, {@code 81,3 %}. */
    public String percent(BigDecimal share) {
        BigDecimal p = share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        String s = p.stripTrailingZeros().scale() <= 0 ? p.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : p.toPlainString();
        return (id ? s.replace('.', ',') : s) + " %";
    }

    /** "kurang 0,25 poin" / "short by 0.25 points". */
    public String shortfall(BigDecimal v) {
        return t("kurang " + points(v) + " poin", "short by " + points(v) + " points");
    }

    /** The predicate's name as the regulation writes it: "Menuju WBK". */
    public static String predicate(Predikat p) {
        return p == Predikat.NONE ? "-" : "Menuju " + p.name();
    }

    /** The predicate's full name. */
    public String predicateLong(Predikat p) {
        return switch (p) {
            case WBK -> t("Menuju Wilayah Bebas dari Korupsi (WBK)", "Towards a Corruption-Free Area (WBK)");
            case WBBM -> t("Menuju Wilayah Birokrasi Bersih dan Melayani (WBBM)",
                    "Towards a Clean and Serving Bureaucracy Area (WBBM)");
            case NONE -> t("belum ada", "none");
        };
    }

    /**
     * "Enam area perubahan" / "The six change areas": the heading of {@code n} change areas, the number in words up
     * to twelve.
     */
    public String areas(int n) {
        return t(capitalised(number(n)) + " area perubahan", "The " + number(n) + " change areas");
    }

    /** "enam" / "six": {@code n} in words up to twelve, else in digits. */
    public String number(int n) {
        String[] id = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
            "sepuluh", "sebelas", "dua belas"};
        String[] en = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve"};
        return n >= 0 && n < id.length ? t(id[n], en[n]) : Integer.toString(n);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A grade as a person reads it ({@code NONE} is "none"). */
    public String grade(String label) {
        if (label == null) {
            return "-";
        }
        return "NONE".equals(label) ? t("belum ada", "none") : label;
    }

    /** ✓ or ✗. */
    public static String mark(boolean passed) {
        return passed ? "✓" : "✗";
    }

    /** The summary of many warnings of one code: "113 butir belum dijawab (bernilai 0)". */
    public String warningGroup(String code, int n) {
        return n + " " + switch (code) {
            case "TIDAK_DIJAWAB" -> t("butir belum dijawab (bernilai 0)", "items unanswered (scored 0)");
            case "TANPA_DATA_DUKUNG" -> t("jawaban tertinggi tanpa data dukung", "top answers without evidence");
            case "PENYEBUT_NOL" -> t("butir dengan penyebut nol", "items with a zero denominator");
            case "RASIO_LEBIH_100" -> t("butir dengan pembilang lebih besar dari penyebut",
                    "items with a numerator above the denominator");
            default -> t("peringatan ", "warnings ") + code;
        };
    }

    /** "… dan 5 lainnya" / "… and 5 more". */
    public String andMore(int n) {
        return t("… dan " + n + " lainnya", "… and " + n + " more");
    }

    /** The actual side of a check as the reader sees it: its points, or its grade. */
    public String actual(Check c) {
        if (c instanceof ScoreCheck s) {
            return points(s.actual());
        }
        return c instanceof GradeCheck g ? grade(g.actual()) : "";
    }

    /** The required side of a check as the reader sees it: its minimum points, or the least grade. */
    public String required(Check c) {
        if (c instanceof ScoreCheck s) {
            return points(s.required());
        }
        return c instanceof GradeCheck g ? grade(g.required()) : "";
    }

    /** "kurang X poin" of a failed score check; empty for any other check (or none). */
    public String shortfallOf(Check c) {
        return c instanceof ScoreCheck s && s.shortfall() != null ? shortfall(s.shortfall()) : "";
    }
}
