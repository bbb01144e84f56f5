package io.github.zirules.benchmarks;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Result;

/**
 * JVM start to first verdict, as {@code zi-rules evaluate one.json} will meet it (until that command exists): loads
 * the built-in rule set, evaluates one full assessment and prints the verdict. Timed from outside by {@code run.sh}.
 */
public final class FirstVerdict {

    private FirstVerdict() {
    }

    /** Prints one verdict line. */
    public static void main(String[] args) {
        Evaluator zi = Fixtures.evaluator();
        Assessment a = Fixtures.full(zi);
        Result r = zi.evaluate(a);
        System.out.println(r.unit().id() + " " + r.verdict().target() + " total " + r.scores().total()
                + (r.eligible() ? " eligible" : " not eligible"));
    }
}
