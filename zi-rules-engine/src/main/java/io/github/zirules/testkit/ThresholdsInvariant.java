package io.github.zirules.testkit;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Message;
import io.github.zirules.api.Result;
import io.github.zirules.api.ScoreCheck;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code thresholds}: the verdict is judged against fixed, stated thresholds.
 *
 * <ul>
 *   <li>The checks made, and the required value (or least grade) of each, do not depend on the answers: they are
 *       the same as for the same unit with every answer at its best ({@link RuleSetUnderTest#baseline}). A rule that
 *       compares a score in its condition and moves the threshold, or drops a check, for some answers breaks
 *       this.</li>
 *   <li>A score check whose rule name states its threshold ("… paling sedikit 14,00", "… at least 75",
 *       "… paling sedikit 60% dari bobotnya") requires exactly that: the number, or that share of the checked score's
 *       weight, as reported (rounded to the last decimal). Rule names are the policy text that policy staff read
 *       (house style: a rule's name says what it decides), and the only statement of intent a rule set carries; a
 *       name that states no threshold is not checked.</li>
 * </ul>
 *
 * <p>Why both: all comparisons of 90/2021 are "at least". On reported 2-decimal scores, "more than 14.00" is
 * "at least 14.01", so a strict comparison shows either as a threshold one cent above its stated value (second point)
 * or as a rule that fails the boundary case by moving the threshold (first point).
 */
final class ThresholdsInvariant extends CataloguedInvariant {

    ThresholdsInvariant() {
        super(Message.of("invariant.thresholds"));
    }

    private static final Pattern STATED = Pattern.compile(
            "(?iu)(?:paling sedikit|sekurang-kurangnya|minimal|at least|≥|>=)\\s*(\\d+(?:[.,]\\d+)?)\\s*(%?)");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() {
        return "thresholds";
    }

    @Override
    public Optional<Violation> check(RuleSetUnderTest rules, Assessment a) {
        Result r = rules.evaluate(a);
        Map<String, Check> base = byId(rules.baseline(a));
        Map<String, Check> now = byId(r);
        Map<String, BigDecimal> maxima = rules.maxima(a);
        Findings found = new Findings();
        for (String id : base.keySet()) {
            if (!now.containsKey(id)) {
                found.add("pemeriksaan " + id + " tidak dibuat untuk jawaban ini (dibuat bila semua jawaban terbaik)",
                        "check " + id + " is not made for these answers (it is made when every answer is best)");
            }
        }
        for (Check c : now.values()) {
            Check b = base.get(c.id());
            if (b == null) {
                found.add("pemeriksaan " + c.id()
                        + " hanya dibuat untuk jawaban ini (tidak bila semua jawaban terbaik)",
                        "check " + c.id() + " is made only for these answers (not when every answer is best)");
            } else if (!Objects.equals(c.requiredText(), b.requiredText()) && !sameNumber(c, b)) {
                found.add("ambang " + c.id() + " = " + c.requiredText() + " untuk jawaban ini, tetapi "
                        + b.requiredText() + " bila semua jawaban terbaik (aturan '" + c.rule() + "')",
                        "threshold " + c.id() + " = " + c.requiredText() + " for these answers but "
                        + b.requiredText() + " when every answer is best (rule '" + c.rule() + "')");
            }
            stated(c, maxima, found);
        }
        return found.violation(this, "ambang tidak tetap atau tidak sesuai namanya",
                "thresholds not fixed or not as named", a, null);
    }

    private static void stated(Check check, Map<String, BigDecimal> maxima, Findings found) {
        if (!(check instanceof ScoreCheck c)) {
            return;
        }
        Matcher m = STATED.matcher(c.rule());
        if (!m.find()) {
            return;
        }
        String said = m.group(1) + m.group(2);
        BigDecimal n = new BigDecimal(m.group(1).replace(',', '.'));
        BigDecimal expected = n;
        if (!m.group(2).isEmpty()) {
            String key = ScoreTable.keyOfCheck(c.id());
            BigDecimal max = maxima.get(key);
            if (max == null) {
                return;
            }
            expected = n.multiply(max).divide(HUNDRED);
            said = said + " × " + max.toPlainString() + " = " + expected.toPlainString();
        }
        BigDecimal halfUnit = BigDecimal.ONE.movePointLeft(c.required().scale()).divide(BigDecimal.valueOf(2));
        int cmp = c.required().compareTo(expected);
        if (c.required().subtract(expected).abs().compareTo(halfUnit) > 0) {
            found.add("ambang " + c.id() + " = " + c.required().toPlainString() + ", padahal nama aturannya '"
                            + c.rule() + "' menyebut " + said + (cmp > 0 ? ": nilai tepat " + expected.toPlainString()
                            + " akan gagal" : ": nilai di bawah " + expected.toPlainString() + " akan lulus"),
                    "threshold " + c.id() + " = " + c.required().toPlainString() + " but its rule '" + c.rule()
                            + "' states " + said + (cmp > 0 ? ": a score of exactly " + expected.toPlainString()
                            + " would fail" : ": a score below " + expected.toPlainString() + " would pass"));
        }
    }

    private static boolean sameNumber(Check x, Check y) {
        return x instanceof ScoreCheck a && y instanceof ScoreCheck b && a.required().compareTo(b.required()) == 0;
    }

    private static Map<String, Check> byId(Result r) {
        Map<String, Check> m = new LinkedHashMap<>();
        for (Check c : r.verdict().checks()) {
            m.put(c.id(), c);
        }
        return m;
    }
}
