package io.github.zirules.rules.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The places a declared warning check's texts may name, filled in when the text is read: the item's id as
 * {@code {butir}} or {@code {item}}, its answer as {@code {jawaban}} or {@code {answer}}. Shared by the vocabulary
 * and the lint, so that both accept exactly the same.
 */
public final class WarningPlaces {

    /** The names, in the order of their values: the item's id twice, then its answer twice. */
    public static final List<String> NAMES = List.of("butir", "item", "jawaban", "answer");

    private WarningPlaces() {
    }

    /** The names a text may hold, as written: {@code {butir}, {item}, {jawaban}, {answer}}. */
    public static String expected() {
        return String.join(", ", NAMES.stream().map(p -> "{" + p + "}").toList());
    }

    /** The names between braces in {@code text}, in order. */
    public static List<String> in(String text) {
        List<String> out = new ArrayList<>(2);
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open + 1);
            if (close < 0) {
                break;
            }
            out.add(text.substring(open + 1, close));
            open = text.indexOf('{', close + 1);
        }
        return out;
    }
}
