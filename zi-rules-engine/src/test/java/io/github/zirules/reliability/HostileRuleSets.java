package io.github.zirules.reliability;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Unit;
import io.github.zirules.engine.RuleSetFolders;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies of the built-in rule set on disk with one hostile or broken change each, and the assessments that spring
 * their traps. A hostile rule fires only for the <em>trigger</em>: an assessment whose item PEM.MP.1.a carries
 * exactly 7 evidence documents. The load-time probes never send that, so a trap that the compiler and the probes
 * cannot see reaches run time, as a real trojan rule would.
 */
final class HostileRuleSets {

    static final String BUILT_IN = "zirules/rulesets/permenpan-rb-90-2021/";
    /** The condition every trap rule waits for. */
    static final String TRIGGER = "$butir : ScoredItem( id == \"PEM.MP.1.a\", evidenceCount == 7 )";

    private HostileRuleSets() {
    }

    /** Copies the built-in 90/2021 rule set into {@code dir}. */
    static Path copyBuiltIn(Path dir) throws IOException {
        return RuleSetFolders.copyBuiltIn(dir);
    }

    /** Replaces {@code from} by {@code to} in {@code file}, failing unless {@code from} occurs exactly once. */
    static void edit(Path file, String from, String to) throws IOException {
        RuleSetFolders.edit(file, from, to);
    }

    /** Appends DRL text (rules, functions) to {@code file}. */
    static void append(Path file, String drl) throws IOException {
        Files.writeString(file, Files.readString(file) + "\n" + drl + "\n");
    }

    /** Removes the rule whose declaration starts with {@code ruleStart}, through its {@code end}. */
    static void removeRule(Path file, String ruleStart) throws IOException {
        String s = Files.readString(file);
        int from = s.indexOf(ruleStart);
        int to = s.indexOf("\nend", from) + 4;
        if (from < 0) {
            throw new IllegalArgumentException("no rule '" + ruleStart + "' in " + file);
        }
        Files.writeString(file, s.substring(0, from) + s.substring(to));
    }

    /** A trap rule in the warnings phase: {@code then} runs when the trigger is sent. */
    static String trap(String name, String then) {
        return "rule \"" + name + "\"\n    ruleflow-group \"peringatan\"\nwhen\n    " + TRIGGER
                + "\n    $k : Scorecard()\nthen\n    " + then + "\nend\n";
    }

    /** Every item answered at its best, with a few lower answers, for {@code target}. */
    static Assessment.Builder ordinary(Instrument instrument, String unit) {
        Assessment.Builder b = Assessment.builder(Unit.of(unit), 2026, Predikat.WBK);
        for (Item it : instrument.items()) {
            b.answer(it.id(), switch (instrument.answerScale(it).kind()) {
                case RATIO -> Answer.ratio(9, 10);
                case DECREASE -> Answer.decrease(10, 2);
                case INDEX -> Answer.index(new BigDecimal("3.65"));
                default -> Answer.choice(instrument.answerScale(it).labels().get(0));
            });
        }
        return b.answer("PEM.MP.1.a", "Tidak").answer("HAS.KINERJA", "B");
    }

    /** The assessment that springs every trap: PEM.MP.1.a with exactly 7 evidence documents. */
    static Assessment trigger(Instrument instrument) {
        Assessment.Builder b = ordinary(instrument, "PEMICU").answer("PEM.MP.1.a", "Ya");
        for (int i = 1; i <= 7; i++) {
            b.evidence("PEM.MP.1.a", Evidence.titled("Dokumen " + i));
        }
        return b.build();
    }
}
