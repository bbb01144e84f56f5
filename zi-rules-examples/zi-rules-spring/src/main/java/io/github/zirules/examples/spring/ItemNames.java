package io.github.zirules.examples.spring;

import static io.github.zirules.examples.spring.Html.t;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Item;
import io.github.zirules.api.RuleSetInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places in an assessment in words, for people: {@code $.answers['PEM.MP.1.b']} is "butir PEM.MP.1.b (Penentuan
 * anggota Tim dipilih melalui prosedur/mekanisme …)", {@code $.reviews['TPI']['PEM.MP.1.a']} adds "dalam penilaian
 * TPI", {@code lke.json:3:17} is "baris 3, kolom 17". The names come from the rule sets' instruments: each item's
 * question (shortened), or its indicator's title when the instrument has no question for it.
 */
final class ItemNames {

    private static final Pattern ANSWER = Pattern.compile("^\\$(?:\\.reviews\\['([^']*)'])?(?:\\.answers)?\\['([^']+)']");
    private static final Pattern LINE = Pattern.compile(":(\\d+):(\\d+)$");

    /** No names: every place is given as its location. */
    static final ItemNames NONE = new ItemNames();

    /** The longest name shown in a place: a longer question is cut at a word and ends with "…". */
    static final int SHORT = 48;

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> questions = new HashMap<>();

    private ItemNames() {
    }

    /** The names of every item of every rule set {@code evaluator} serves (the first rule set naming one wins). */
    ItemNames(Evaluator evaluator) {
        for (RuleSetInfo rs : evaluator.ruleSets()) {
            for (Item i : evaluator.instrument(rs.id()).items()) {
                String question = i.question() == null ? "" : i.question().strip();
                names.putIfAbsent(i.id().toString(), question.isEmpty() ? i.indicatorName() : shorten(question));
                if (!question.isEmpty()) {
                    questions.putIfAbsent(i.id().toString(), question);
                }
            }
        }
    }

    /** {@code text} cut to at most {@value #SHORT} characters at a word, with "…" when cut. */
    static String shorten(String text) {
        if (text.length() <= SHORT) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SHORT - 2);
        return text.substring(0, cut > SHORT / 2 ? cut : SHORT - 2).strip() + " …";
    }

    /** The whole question of the item a location points at, or null when it points at none or has none. */
    String question(String location) {
        Matcher m = location == null ? null : ANSWER.matcher(location);
        return m != null && m.find() ? questions.get(m.group(2)) : null;
    }

    /** The item's name, or null for an id no rule set knows. */
    String name(String itemId) {
        return names.get(itemId);
    }

    /** An item for people: {@code butir PEM.MP.1.b (Penyusunan Tim Kerja)}. */
    String item(String itemId, String l) {
        String name = names.get(itemId);
        return t(l, "butir ", "item ") + itemId + (name == null ? "" : " (" + name + ")");
    }

    /** A problem's location in words; the location itself when it has no simpler form. */
    String where(String location, String l) {
        if (location == null) {
            return "";
        }
        Matcher m = ANSWER.matcher(location);
        if (m.find()) {
            String role = m.group(1);
            return item(m.group(2), l) + (role == null ? "" : t(l, " dalam penilaian ", " in the review by ") + role);
        }
        Matcher line = LINE.matcher(location);
        if (line.find()) {
            return t(l, "baris ", "line ") + line.group(1) + t(l, ", kolom ", ", column ") + line.group(2);
        }
        return location;
    }
}
