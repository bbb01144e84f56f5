package io.github.zirules.testkit;

import io.github.zirules.api.Check;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Problem;
import io.github.zirules.api.Result;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The differences between two results, one line each; empty exactly when the results are equal. */
final class ResultDiff {

    private ResultDiff() {
    }

    static List<String> of(Result x, Result y) {
        if (x.equals(y)) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        Map<String, BigDecimal> a = ScoreTable.withItems(x);
        Map<String, BigDecimal> b = ScoreTable.withItems(y);
        a.forEach((k, v) -> {
            BigDecimal w = b.get(k);
            if (w == null || v.compareTo(w) != 0) {
                out.add(k + " " + v.toPlainString() + " ≠ " + ScoreTable.text(w));
            }
        });
        b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(k -> out.add(k + " - ≠ " + b.get(k)));
        List<Check> cx = x.verdict().checks();
        List<Check> cy = y.verdict().checks();
        for (int i = 0; i < Math.max(cx.size(), cy.size()); i++) {
            Check c = i < cx.size() ? cx.get(i) : null;
            Check d = i < cy.size() ? cy.get(i) : null;
            if (!Objects.equals(c, d)) {
                out.add("check " + (c == null ? "-" : ScoreTable.describe(c) + " '" + c.rule() + "'") + " ≠ "
                        + (d == null ? "-" : ScoreTable.describe(d) + " '" + d.rule() + "'"));
            }
        }
        if (x.eligible() != y.eligible()) {
            out.add("eligible " + x.eligible() + " ≠ " + y.eligible());
        }
        if (!x.warnings().equals(y.warnings())) {
            out.add("warnings " + summary(x.warnings()) + " ≠ " + summary(y.warnings()));
        }
        for (int i = 0; i < Math.min(x.items().size(), y.items().size()); i++) {
            ItemScore p = x.items().get(i);
            ItemScore q = y.items().get(i);
            if (!p.equals(q)) {
                out.add("item " + p.item() + " '" + p.rule() + "' " + p.exactValue() + " ≠ " + q.item() + " '"
                        + q.rule() + "' " + q.exactValue());
            }
        }
        if (!x.ruleSet().equals(y.ruleSet()) || !x.unit().equals(y.unit()) || x.year() != y.year()
                || x.items().size() != y.items().size()) {
            out.add("rule set, unit, year or item list differ");
        }
        if (out.isEmpty()) {
            out.add("results differ: " + x + " ≠ " + y);
        }
        return out;
    }

    private static String summary(List<Problem> warnings) {
        List<String> s = warnings.stream().limit(3).map(w -> w.code() + "@" + w.location()).toList();
        return warnings.size() + " " + s + (warnings.size() > 3 ? "…" : "");
    }
}
