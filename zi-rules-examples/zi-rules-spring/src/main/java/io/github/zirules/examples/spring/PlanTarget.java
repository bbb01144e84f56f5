package io.github.zirules.examples.spring;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Message;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Problem;
import java.util.Locale;

/** The target a plan is made for: the one asked for ({@code WBK}, {@code WBBM}), else the assessment's own. */
final class PlanTarget {

    private PlanTarget() {
    }

    /** The target asked for ({@code WBK}, {@code WBBM}, in any case), or null for anything else. */
    static Predikat asked(String asked) {
        String s = asked == null ? "" : asked.strip().toUpperCase(Locale.ROOT);
        return s.equals("WBK") || s.equals("WBBM") ? Predikat.valueOf(s) : null;
    }

    /** The target, or null when neither the request nor the assessment names WBK or WBBM. */
    static Predikat of(String asked, Assessment a) {
        String s = asked == null ? "" : asked.strip().toUpperCase(Locale.ROOT);
        if (s.equals("WBK") || s.equals("WBBM")) {
            return Predikat.valueOf(s);
        }
        if (!s.isEmpty()) {
            return null;
        }
        return a.target() == Predikat.NONE ? null : a.target();
    }

    /** The problem of a missing or unknown target. */
    static Problem missing(String asked) {
        String what = asked == null || asked.isBlank() ? "" : " ('" + Sanitized.of(asked) + "')";
        return Problem.error("PLAN_TARGET_MISSING", "target", Message.of("PLAN_TARGET_MISSING", what),
                Message.of("PLAN_TARGET_MISSING.expected"));
    }
}
