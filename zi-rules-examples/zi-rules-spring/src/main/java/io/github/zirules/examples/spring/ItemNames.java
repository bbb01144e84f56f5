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
 * Places in an assessment in words, for people: {@code $.answers['PEM.MP.1.b']} is "butir PEM.MP.1.b (Penyusunan
 * Tim Kerja)", {@code $.reviews['TPI']['PEM.MP.1.a']} adds "dalam penilaian TPI", {@code lke.json:3:17} is "baris 3,
 * kolom 17". The names come from the rule sets' instruments (each item's indicator title, as the LKE writes it).
 */
final class ItemNames {

    private static final Pattern ANSWER = Pattern.compile("^\\$(?:\\.reviews\\['([^']*)'])?(?:\\.answers)?\\['([^']+)']");
    private static final Pattern LINE = Pattern.compile(":(\\d+):(\\d+)$");

    /** No names: every place is given as its location. */
    static final ItemNames NONE = new ItemNames();

    private final Map<String, String> names = new HashMap<>();

    private ItemNames() {
    }

    /** The names of every item of every rule set {@code evaluator} serves (the first rule set naming one wins). */
    ItemNames(Evaluator evaluator) {
        for (RuleSetInfo rs : evaluator.ruleSets()) {
            for (Item i : evaluator.instrument(rs.id()).items()) {
                names.putIfAbsent(i.id().toString(), i.indicatorName());
            }
        }
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
