package io.github.zirules.policy.internal;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** How scenario cells are read: numbers with a decimal point or comma, yes/no, lists, and "none". */
final class Cells {

    private Cells() {
    }

    /** A number such as {@code 75.00}, {@code 75,00} or {@code 75}; null if it is none. */
    static BigDecimal decimal(String cell) {
        String s = cell.strip().replace(',', '.');
        if (!s.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    /** true/false, ya/tidak, yes/no, 1/0; null if it is none of them. */
    static Boolean bool(String cell) {
        return switch (cell.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ya", "yes", "1", "benar" -> Boolean.TRUE;
            case "false", "tidak", "no", "0", "salah" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** Whether a cell says "nothing": {@code none}, {@code -}, {@code tidak ada}, {@code kosong}. */
    static boolean isNone(String cell) {
        String s = cell.strip().toLowerCase(Locale.ROOT);
        return s.equals("none") || s.equals("-") || s.equals("tidak ada") || s.equals("kosong");
    }

    /** The words of a list cell (separated by spaces, commas or semicolons); empty for "none". */
    static Set<String> set(String cell) {
        if (isNone(cell)) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.stream(cell.split("[\\s,;]+")).filter(s -> !s.isEmpty()).toList());
    }

    /** The cell's value, null for "none", or {@code keep} when the cell is absent. */
    static String orKeep(String cell, String keep) {
        if (cell == null) {
            return keep;
        }
        return isNone(cell) ? null : cell.strip();
    }
}
