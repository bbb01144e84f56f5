package io.github.zirules.examples.embedded;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import io.github.zirules.api.ScoreCheck;
import io.github.zirules.api.Unit;
import io.github.zirules.api.ZiRules;
import java.io.PrintStream;

/**
 * The README's quickstart: build an assessment in code, evaluate it, print the verdict with every failed check and
 * its shortfall. Compiled against the API only; the engine is found on the class path.
 */
public final class QuickStart {

    private QuickStart() {
    }

    /** Builds the quickstart's assessment: a good unit whose service survey (IPKP) is a little short for WBK. */
    public static Assessment assessment(Instrument lke) {
        Assessment.Builder b = Assessment.builder(new Unit("KPKNL-JKT1", "KPKNL Jakarta I", "Kementerian Keuangan"),
                2026, Predikat.WBK);
        for (Item item : lke.items()) {            // start from the best answer to every item …
            AnswerScale scale = lke.answerScale(item);  // as the rule set's structure.csv declares it
            b.answer(item.id(), switch (scale.kind()) {
                case RATIO -> Answer.ratio(12, 12);
                case DECREASE -> Answer.decrease(10, 4);
                case INDEX -> Answer.index("3.71");
                case CHOICE -> Answer.choice(scale.labels().get(0));   // labels best first
            });
        }
        return b                                   // … then record what the unit really has
                .answer("PEM.MP.1.b", "B")
                .answer("REF.MP.1.a", Answer.ratio(12, 15))
                .answer("HAS.IPKP", Answer.index("3.15"))
                .evidence("PEM.MP.1.a", new Evidence("SK Tim Kerja ZI 2026", "https://example.go.id/zi/sk-tim.pdf", null))
                .build();
    }

    /** Evaluates the quickstart's assessment and prints the verdict to {@code out}; returns the result. */
    public static Result run(PrintStream out) {
        Evaluator zi = ZiRules.evaluator();        // once per application: thread-safe, share it
        Result r = zi.evaluate(assessment(zi.instrument("permenpan-rb-90-2021")));
        out.printf("%s: total %s, Pengungkit %s, Hasil %s%n", r.unit().name(), r.scores().total(),
                r.scores().pengungkit(), r.scores().hasil());
        out.printf("Menuju %s: %s%n", r.verdict().target(), r.eligible() ? "dapat diusulkan (eligible)"
                : "belum dapat diusulkan (not eligible)");
        for (Check c : r.verdict().failedChecks()) {
            if (c instanceof ScoreCheck s) {
                out.printf("  ✗ %s: %s < %s, kurang %s poin (%s)%n", s.id(), s.actualText(), s.requiredText(),
                        s.shortfall(), s.rule());
            } else {
                out.printf("  ✗ %s: %s, minimal %s (%s)%n", c.id(), c.actualText(), c.requiredText(), c.rule());
            }
        }
        out.printf("rule set %s %s (sha256 %s…)%n", r.ruleSet().id(), r.ruleSet().version(),
                r.ruleSet().sha256().substring(0, 12));
        return r;
    }

    /** Runs the quickstart. */
    public static void main(String[] args) {
        run(System.out);
    }
}
