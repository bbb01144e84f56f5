package io.github.zirules.reliability;

import static io.github.zirules.reliability.HostileRuleSets.append;
import static io.github.zirules.reliability.HostileRuleSets.edit;
import static io.github.zirules.reliability.HostileRuleSets.removeRule;
import static io.github.zirules.reliability.HostileRuleSets.trap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The hostile and broken rule sets tried by {@link HostileRuleSetTest}, each one change to a copy of 90/2021. */
final class HostileCases {

    /** What a case must end in. */
    enum Accept {
        /** Refused at load with a problem located in a file of the folder. */
        LOAD,
        /** Refused at load, or stopped at run time with an EvaluationException naming the trap rule. */
        LOAD_OR_RUN,
        /**
         * Refused at load by the static lint (issue 5), with a {@code LINT_} problem: nothing at run time could stop
         * it. Such a case runs in a child JVM when it could harm this one.
         */
        LINT,
        /**
         * A known gap: nothing stops it yet, and the test records what happens (it still fails on an uncaught
         * exception, or if the evaluator loaded before stops scoring right).
         */
        GAP
    }

    /** One change to a rule-set folder. */
    interface Edit {
        void apply(Path dir) throws IOException;
    }

    /** A case: an id, what was tried, what it must end in, where it runs, the fire limit, the change. */
    record Case(String id, String what, Accept accept, boolean childJvm, int fireLimit, Edit edit) {
    }

    static final String WARNINGS = "warnings.drl";
    private static final int DEFAULT_LIMIT = io.github.zirules.api.EvaluatorOptions.DEFAULT_FIRE_LIMIT;

    private HostileCases() {
    }

    static List<Case> all() {
        return List.of(
                load("syntax-missing-end", "a rule without its closing end",
                        d -> edit(d.resolve("answer-values.drl"), "$k.answerValue( \"YT\", \"Tidak\", \"0\" );\nend\n\n"
                                + "// ---- ABC: A/B/C", "$k.answerValue( \"YT\", \"Tidak\", \"0\" );\n\n// ---- ABC: A/B/C")),
                load("unknown-method", "a call of a method the vocabulary does not have ($k.gett)",
                        d -> edit(d.resolve("aggregation.drl"), "$k.set( \"TOTAL\", $k.get( \"PENGUNGKIT\" )",
                                "$k.set( \"TOTAL\", $k.gett( \"PENGUNGKIT\" )")),
                load("unknown-fact-type", "a rule matching a fact type that does not exist",
                        d -> append(d.resolve(WARNINGS), "rule \"Jebakan: fakta tak dikenal\"\n    ruleflow-group "
                                + "\"peringatan\"\nwhen\n    $x : Skorkartu()\nthen\nend\n")),
                load("unknown-phase", "a rule in a ruleflow group that is no phase",
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: tahap lain", "").replace("\"peringatan\"",
                                "\"lainnya\""))),
                load("missing-threshold", "the WBBM KINERJA threshold rule deleted",
                        d -> removeRule(d.resolve("thresholds-wbbm.drl"), "rule \"WBBM: KINERJA")),
                load("missing-weight", "the weight rule of Pemenuhan MP deleted",
                        d -> removeRule(d.resolve("weights.drl"), "rule \"Bobot Pemenuhan MP")),
                load("weights-do-not-add-up", "an indicator weight changed so its part no longer adds up",
                        d -> edit(d.resolve("weights.drl"), "\"PEM.MP.1\",      \"0.50\"",
                                "\"PEM.MP.1\",      \"0.60\"")),
                load("value-out-of-range-always", "an answer-value rule giving every Ya the value 2",
                        d -> edit(d.resolve("answer-values.drl"), "$k.answerValue( \"YT\", \"Ya\", \"1\" );",
                                "$k.answerValue( \"YT\", \"Ya\", \"2\" );")),
                load("rule-file-missing", "a rule file listed in ruleset.properties deleted from the folder",
                        d -> Files.delete(d.resolve("prerequisites.drl"))),
                load("rule-file-unlisted", "a rule file in the folder that ruleset.properties does not list",
                        d -> Files.writeString(d.resolve("tambahan.drl"), "package zirules.permenpanrb90;\n")),
                load("descriptor-without-rules", "ruleset.properties without its rules line",
                        d -> edit(d.resolve("ruleset.properties"), "rules = ", "aturan = ")),
                runTime("update-loop", "a trap rule that updates its own fact without no-loop", DEFAULT_LIMIT,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: update tanpa no-loop", "update( $butir );"))),
                runTime("update-loop-small-limit", "the same loop under EvaluatorOptions.fireLimit(500)", 500,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: update tanpa no-loop", "update( $butir );"))),
                runTime("insert-loop", "a trap that inserts a fact, and a rule that inserts another for each one",
                        DEFAULT_LIMIT, d -> append(d.resolve(WARNINGS), trap("Jebakan: sisipkan angka",
                                "insert( Integer.valueOf( 1 ) );") + "\nrule \"Jebakan: sisipkan lagi\"\n"
                                + "    ruleflow-group \"peringatan\"\nwhen\n    $i : Integer()\nthen\n"
                                + "    insert( Integer.valueOf( $i + 1 ) );\nend\n")),
                runTime("consequence-throws", "a trap whose consequence throws an exception", DEFAULT_LIMIT,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: melempar",
                                "throw new IllegalStateException( \"jebakan\" );"))),
                runTime("unknown-score-level", "a trap that reads a score level that does not exist", DEFAULT_LIMIT,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: tingkat tak dikenal",
                                "$k.get( \"TIDAK_ADA\" );"))),
                runTime("stack-overflow", "a trap calling a DRL function that recurses without end", DEFAULT_LIMIT,
                        d -> append(d.resolve(WARNINGS), "function int turun( int n ) { return turun( n + 1 ) + 1; }\n"
                                + trap("Jebakan: rekursi", "turun( 0 );"))),
                runTime("conflicting-decisions", "a trap giving an item a second value at the same rank",
                        DEFAULT_LIMIT, d -> append(d.resolve("answer-values.drl"), trap("Jebakan: nilai kedua",
                                "$butir.setValue( \"0.5\" );").replace("\"peringatan\"", "\"nilai-jawaban\"")
                                .replace("$k : Scorecard()\n", ""))),
                runTime("value-out-of-range-on-trigger", "a trap overriding one item's value with 2 (salience 10)",
                        DEFAULT_LIMIT, d -> append(d.resolve("answer-values.drl"), trap("Jebakan: nilai 2",
                                "$butir.setValue( \"2\" );").replace("ruleflow-group \"peringatan\"",
                                "ruleflow-group \"nilai-jawaban\"\n    salience 10")
                                .replace("$k : Scorecard()\n", ""))),
                runTime("weight-changed-on-trigger", "a trap raising one indicator weight to 4 (salience 10)",
                        DEFAULT_LIMIT, d -> append(d.resolve("weights.drl"), "import io.github.zirules.rules"
                                + ".ScoredItem;\n" + trap("Jebakan: bobot 4", "$k.indicatorWeight( \"PEM.MP.1\", "
                                + "\"4\" );").replace("ruleflow-group \"peringatan\"",
                                "ruleflow-group \"bobot\"\n    salience 10"))),
                gap("threshold-lowered-on-trigger", "a trap lowering the WBK total threshold to 50 (salience 10)",
                        d -> append(d.resolve("thresholds-wbk.drl"), "import io.github.zirules.rules.ScoredItem;\n"
                                + trap("Jebakan: ambang 50", "$k.minimum( \"TOTAL\", $k.get( \"TOTAL\" ), "
                                + "\"50\" );").replace("ruleflow-group \"peringatan\"",
                                "ruleflow-group \"predikat\"\n    salience 10"))),
                lint("reads-a-file", "a trap reading a file and putting its content in a warning", false,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: baca berkas", "$k.warn( \"BOCOR\", "
                                + "\"PEM.MP.1.a\", new String( java.nio.file.Files.readAllBytes( java.nio.file.Path"
                                + ".of( \"" + d.resolve("ruleset.properties").toString().replace("\\", "\\\\")
                                + "\" ) ) ), \"leak\" );"))),
                lint("starts-a-thread", "a trap starting a thread", false,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: thread", "Thread t = new Thread( "
                                + "\"zi-jebakan\" ); t.start(); $k.warn( \"BENANG\", \"PEM.MP.1.a\", t.getName(), "
                                + "\"thread started\" );"))),
                lint("system-exit", "a trap calling System.exit(77)", true,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: System.exit", "System.exit( 77 );"))),
                lint("busy-loop", "a trap whose consequence loops forever in Java (no rule firings)", true,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: putaran Java",
                                "while ( $butir.getEvidenceCount() > 0 ) { }"))),
                runTime("exact-squared-forty-times", "a trap squaring an exact number forty times in a straight "
                        + "line (2^40 bits)", DEFAULT_LIMIT, d -> append(d.resolve(WARNINGS),
                                "import io.github.zirules.rules.Exact;\n" + trap("Jebakan: kuadrat",
                                "Exact x = $butir.getValue().plus( \"2\" );\n" + "    x = x.times( x );\n".repeat(40)
                                + "    $k.warn( \"BESAR\", \"PEM.MP.1.a\", x.toString(), \"big\" );"))),
                runTime("exact-tiny-power-of-ten", "a trap multiplying by 1e-99999999", DEFAULT_LIMIT,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: pangkat kecil", "$k.warn( \"KECIL\", "
                                + "\"PEM.MP.1.a\", $butir.getValue().plus( \"1\" ).times( \"1e-99999999\" )"
                                + ".toString(), \"tiny\" );"))),
                runTime("huge-warning", "a trap giving a warning of 100,000 characters", DEFAULT_LIMIT,
                        d -> append(d.resolve(WARNINGS), trap("Jebakan: peringatan raksasa", "$k.warn( \"RAKSASA\", "
                                + "\"PEM.MP.1.a\", \"" + "x".repeat(100_000) + "\", \"huge\" );"))),
                lint("string-doubling", "a trap doubling a text twenty times into a warning (10 million "
                        + "characters)", false, d -> append(d.resolve(WARNINGS), trap("Jebakan: teks berlipat",
                                "String s = $butir.getId();\n" + "    s = s + s;\n".repeat(20)
                                + "    $k.warn( \"LIPAT\", \"PEM.MP.1.a\", s, s );"))),
                lint("regex-matches", "a condition with matches (a regular expression, which can backtrack "
                        + "for ever)", false, d -> append(d.resolve(WARNINGS), trap("Jebakan: regex", "$k.warn( "
                                + "\"REGEX\", \"PEM.MP.1.a\", \"regex\", \"regex\" );").replace("evidenceCount == 7",
                                "evidenceCount == 7, answer matches \"(Y|Ya|a)*\""))),
                load("nested-not", "3,000 nested not( in a condition", d -> append(d.resolve(WARNINGS),
                        "rule \"Jebakan: not bersarang\"\n    ruleflow-group \"peringatan\"\nwhen\n    "
                                + "not( ".repeat(3000) + "ScoredItem( id == \"X\" )" + " )".repeat(3000)
                                + "\nthen\nend\n")),
                load("nested-parentheses", "20,000 nested parentheses in a consequence", d -> append(
                        d.resolve(WARNINGS), trap("Jebakan: kurung", "$k.warn( \"KURUNG\", \"PEM.MP.1.a\", "
                                + "( ".repeat(20_000) + "\"x\"" + " )".repeat(20_000) + ", \"x\" );"))),
                load("four-way-join", "a rule joining every item with every item four times (160 million "
                        + "combinations)", d -> append(d.resolve(WARNINGS), "rule \"Jebakan: gabungan\"\n"
                                + "    ruleflow-group \"peringatan\"\nwhen\n    $a : ScoredItem()\n    "
                                + "$b : ScoredItem()\n    $c : ScoredItem()\n    $d : ScoredItem()\n    "
                                + "$k : Scorecard()\nthen\n    $k.warn( \"GABUNG\", $a.getId(), \"x\", \"x\" );"
                                + "\nend\n")),
                load("rule-file-too-large", "a rule file of 3 MiB (a comment)", d -> append(d.resolve(WARNINGS),
                        "// " + "x".repeat(3 * 1024 * 1024) + "\n")),
                load("rule-file-links-to-dev-zero", "a rule file that is a link to /dev/zero",
                        d -> link(d.resolve(WARNINGS), Path.of("/dev/zero"))),
                load("rule-file-links-to-etc-passwd", "a rule file that is a link to /etc/passwd (its content "
                        + "must not be printed)", d -> link(d.resolve(WARNINGS), Path.of("/etc/passwd"))),
                load("rule-file-link-loop", "a rule file that is a link to itself", d -> link(
                        d.resolve(WARNINGS), d.resolve(WARNINGS))),
                load("rule-file-fifo", "a rule file that is a FIFO (named pipe) nobody writes to", d -> fifo(
                        d.resolve(WARNINGS))));
    }

    private static void link(Path file, Path target) throws IOException {
        Files.delete(file);
        Files.createSymbolicLink(file, target);
    }

    private static void fifo(Path file) throws IOException {
        Files.delete(file);
        try {
            int code = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start().waitFor();
            if (code != 0) {
                throw new IOException("mkfifo exited with " + code);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static Case load(String id, String what, Edit e) {
        return new Case(id, what, Accept.LOAD, false, DEFAULT_LIMIT, e);
    }

    private static Case runTime(String id, String what, int fireLimit, Edit e) {
        return new Case(id, what, Accept.LOAD_OR_RUN, false, fireLimit, e);
    }

    private static Case gap(String id, String what, Edit e) {
        return new Case(id, what, Accept.GAP, false, DEFAULT_LIMIT, e);
    }

    private static Case lint(String id, String what, boolean child, Edit e) {
        return new Case(id, what, Accept.LINT, child, DEFAULT_LIMIT, e);
    }
}
