package io.github.zirules.reliability;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.json.ZiJson;
import io.github.zirules.testkit.AssessmentGenerator;
import io.github.zirules.testkit.RuleSetUnderTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Varied assessments by seed, for the concurrency and determinism runs: four generators in turn (WBK; WBBM hugging
 * the thresholds; WBK with two reviewer sets and much evidence; poor answers with many unanswered items and zero
 * denominators), and the SHA-256 of a result's {@code zi-report/1} bytes.
 */
final class Varied {

    private final List<AssessmentGenerator> generators;

    /**
     * The generators over the rule set {@code ruleSetId} of {@code ev}, hugging its own thresholds; the assessments
     * name no rule set (the default for their year scores them), as the fuzzing of a wrong year needs.
     */
    Varied(Evaluator ev, String ruleSetId) {
        RuleSetUnderTest rules = RuleSetUnderTest.of(ev, ruleSetId);
        generators = List.of(
                rules.generator().ruleSet(null).target(Predikat.WBK).build(),
                rules.generator().ruleSet(null).target(Predikat.WBBM).boundaryHugging(true).build(),
                rules.generator().ruleSet(null).target(Predikat.WBK).reviewSets(2).evidenceShare(0.9)
                        .boundaryHugging(true).build(),
                rules.generator().ruleSet(null).quality(0.3).unansweredShare(0.3).zeroDenominatorShare(0.5).build());
    }

    /** The assessment of {@code seed}. */
    Assessment of(long seed) {
        return generators.get((int) Math.floorMod(seed, (long) generators.size())).fromSeed(seed);
    }

    /** The SHA-256, in hex, of the zi-report/1 bytes of {@code ev}'s result for {@code seed}. */
    String reportHash(Evaluator ev, ZiJson json, long seed) {
        return sha256(json.writeReport(ev.evaluate(of(seed))));
    }

    static String sha256(String report) {
        return HexFormat.of().formatHex(digest().digest(report.getBytes(StandardCharsets.UTF_8)));
    }

    static String sha256(Result r, ZiJson json) {
        return sha256(json.writeReport(r));
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
