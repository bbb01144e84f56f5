package io.github.zirules.testkit;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.ItemId;
import java.util.List;
import java.util.stream.Collectors;

/** Small text helpers for violation messages. */
final class Texts {

    private Texts() {
    }

    /** The first {@code max} entries joined with "; ", and "(+n)" for the rest. */
    static String list(List<String> entries, int max) {
        String shown = entries.stream().limit(max).collect(Collectors.joining("; "));
        return entries.size() > max ? shown + "; (+" + (entries.size() - max) + ")" : shown;
    }

    /** {@code PEM.TT.1.b C → B} for the items whose answer differs between {@code a} and {@code b}. */
    static String moves(Assessment a, Assessment b) {
        List<String> out = AnswerMoves.differingItems(a, b).stream()
                .map(id -> id.value() + " " + display(a, id) + " → " + display(b, id)).toList();
        return list(out, 8);
    }

    private static String display(Assessment a, ItemId id) {
        Answer x = a.answers().get(id);
        return x == null ? "-" : x.display();
    }
}
