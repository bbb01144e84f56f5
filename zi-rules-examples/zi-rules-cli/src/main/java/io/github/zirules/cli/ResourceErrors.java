package io.github.zirules.cli;

/**
 * What running out of memory or stack means to a user: a rule set or an input too large or too deep for this JVM,
 * never a bug to report. Which one is read from where it happened: in the rule engine or the rule vocabulary it was
 * the rules, anywhere else the input.
 */
final class ResourceErrors {

    private static final String[] RULE_PACKAGES = {"org.drools.", "org.kie.", "org.mvel2.", "io.github.zirules.rules.",
        "io.github.zirules.engine.", "io.github.zirules.policy."};

    private ResourceErrors() {
    }

    /** Whether {@code e} happened while rules were compiled or run. */
    static boolean inRules(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            for (String p : RULE_PACKAGES) {
                if (f.getClassName().startsWith(p)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@link ZiRulesCli#INVALID_RULE_SET} for the rules, {@link ZiRulesCli#INVALID_INPUT} for the input. */
    static int exitCode(VirtualMachineError e) {
        return inRules(e) ? ZiRulesCli.INVALID_RULE_SET : ZiRulesCli.INVALID_INPUT;
    }

    /** One line saying what ran out and what to do, in both languages. */
    static String message(VirtualMachineError e) {
        String what = e instanceof StackOverflowError ? "stack (tumpukan)" : "memory (memori)";
        return (inRules(e) ? "the rule set needs too much " + what + "; it is refused (aturan ditolak): rules "
                + "nested or joined too deeply, or building something too large"
                : "the input needs too much " + what + "; it is refused (masukan ditolak)")
                + ". Give the JVM more (-Xmx, -Xss) only if the " + (inRules(e) ? "rule set" : "input")
                + " is trusted.";
    }
}
