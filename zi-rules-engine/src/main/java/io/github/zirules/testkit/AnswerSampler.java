package io.github.zirules.testkit;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.DeclaredFact;
import io.github.zirules.api.Evidence;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * Draws one assessment with the settings of an {@link AssessmentGenerator}. One instance per assessment; not thread-safe. Every draw
 * comes from the one {@link RandomGenerator}, in instrument order, so a seed fixes the whole assessment.
 */
final class AnswerSampler {

    /** Chance that a PCT numerator is drawn above its denominator (accepted input, capped by the rules). */
    private static final double OVER_FULL_SHARE = 0.03;
    /** Chance that a reviewer moves one of the unit's answers. */
    private static final double REVIEW_MOVE_SHARE = 0.25;
    /** Chance that a moved reviewer answer goes down rather than up. */
    private static final double REVIEW_DOWN_SHARE = 0.7;
    /** Chance that a reviewer answers an item the unit left unanswered. */
    private static final double REVIEW_FILL_SHARE = 0.1;
    /** How far an area's hugging share may stray from the assessment's boundary share, either way. */
    private static final double HUG_JITTER = 0.05;
    private static final int[] COUNT_SCALES = {10, 60, 400};
    private static final List<String> AGENCY_KINDS = List.of("MINISTRY", "REGIONAL");
    /** The largest count drawn for a whole-number fact a rule set declares (such as a number of staff). */
    private static final int MAX_FACT_COUNT = 100;

    private final GeneratorSettings g;
    private final RandomGenerator rng;
    private @Nullable Map<String, Double> hugShares;
    private double hugCentre;

    AnswerSampler(GeneratorSettings g, RandomGenerator rng) {
        this.g = g;
        this.rng = rng;
    }

    Assessment assessment(String unitId) {
        Predikat current = currentPredicate();
        if (g.boundaryHugging() && !g.boundaryShares().isEmpty()) {
            drawHugShares();
        }
        Map<ItemId, Answer> answers = new LinkedHashMap<>();
        Map<ItemId, List<Evidence>> evidence = new LinkedHashMap<>();
        for (Item item : g.instrument().items()) {
            if (rng.nextDouble() < g.unansweredShare()) {
                continue;
            }
            answers.put(item.id(), answer(item));
            if (rng.nextDouble() < g.evidenceShare()) {
                evidence.put(item.id(), documents(unitId, item));
            }
        }
        Map<String, Map<ItemId, Answer>> reviews = new LinkedHashMap<>();
        for (int i = 0; i < g.reviewSets(); i++) {
            reviews.put(role(i), review(answers));
        }
        AgencyFacts agency = g.agencyFactsShare() > 0 && rng.nextDouble() < g.agencyFactsShare()
                ? agencyFacts() : AgencyFacts.NONE;
        return new Assessment(g.ruleSet(), new Unit(unitId, "Unit uji " + unitId, "Instansi Uji"), g.year(),
                g.target(), current, agency, answers, evidence, reviews);
    }

    /**
     * Agency facts, each given with chance 3/4: grades from the whole scales the instrument's rule set declares
     * ({@link io.github.zirules.api.Instrument#gradeScales()}; none from a scale it does not declare), a kind, and a
     * value of every other fact the rule set declares ({@link io.github.zirules.api.Instrument#agencyFacts()}).
     */
    private AgencyFacts agencyFacts() {
        Map<String, List<String>> scales = g.instrument().gradeScales();
        AgencyFacts f = new AgencyFacts(maybe(scales.get(AssessmentValidator.BPK_SCALE)),
                maybe(scales.get(AssessmentValidator.AKIP_SCALE)),
                maybe(scales.get(AssessmentValidator.INDEKS_RB_SCALE)), maybe(kinds()));
        for (DeclaredFact d : g.instrument().agencyFacts().values()) {
            if (!AgencyFacts.REGULATION_FACTS.contains(d.name()) && rng.nextDouble() < 0.75) {
                f = f.with(d.name(), declaredFact(d));
            }
        }
        return f;
    }

    /** The agency kinds the rule set declares ({@code PILIHAN MINISTRY, REGIONAL}), or the regulation's two. */
    private List<String> kinds() {
        DeclaredFact kind = g.instrument().agencyFacts().get(AgencyFacts.KIND);
        return kind == null || kind.values().isEmpty() ? AGENCY_KINDS : kind.values();
    }

    /** A value of a fact the rule set declares: a count up to 100 (a decimal to 2 places), yes/no, or a listed one. */
    private AgencyFacts.Value declaredFact(DeclaredFact d) {
        return switch (d.kind()) {
            case WHOLE_NUMBER -> new AgencyFacts.Numeric(BigDecimal.valueOf(rng.nextInt(MAX_FACT_COUNT + 1)));
            case DECIMAL -> new AgencyFacts.Numeric(BigDecimal.valueOf(rng.nextInt(MAX_FACT_COUNT * 100 + 1), 2));
            case YES_NO -> new AgencyFacts.YesNo(rng.nextBoolean());
            case GRADE, CHOICE -> d.values().isEmpty() ? null
                    : new AgencyFacts.Text(d.values().get(rng.nextInt(d.values().size())));
        };
    }

    private @Nullable String maybe(@Nullable List<String> scale) {
        return rng.nextDouble() < 0.75 && scale != null ? scale.get(rng.nextInt(scale.size())) : null;
    }

    private Predikat currentPredicate() {
        double r = rng.nextDouble();
        if (g.target() == Predikat.WBK) {
            return r < 0.85 ? Predikat.NONE : Predikat.WBK;
        }
        return r < 0.8 ? Predikat.WBK : r < 0.9 ? Predikat.NONE : Predikat.WBBM;
    }

    private static String role(int i) {
        return switch (i) {
            case 0 -> "TPI";
            case 1 -> "TPN";
            default -> "TPN-" + i;
        };
    }

    private void drawHugShares() {
        List<Double> shares = g.boundaryShares();
        hugCentre = shares.get(rng.nextInt(shares.size()));
        hugShares = new HashMap<>();
        for (RuleSetModel.AreaDef area : model().areas()) {
            double base = rng.nextDouble() < 0.25 ? shares.get(rng.nextInt(shares.size())) : hugCentre;
            hugShares.put(area.code(), clamp(base + (rng.nextDouble() * 2 - 1) * HUG_JITTER));
        }
    }

    /** The goodness of one answer: 1 best, 0 worst; mean = quality (a mix of an extreme and a uniform draw). */
    private double goodness(Item item) {
        if (hugShares != null) {
            return item.area() == null ? hugCentre : hugShares.get(item.area());
        }
        double q = g.quality();
        if (q >= 0.5) {
            return rng.nextDouble() < 2 * q - 1 ? 1.0 : rng.nextDouble();
        }
        return rng.nextDouble() < 1 - 2 * q ? 0.0 : rng.nextDouble();
    }

    Answer answer(Item item) {
        RuleSetModel.AnswerScale scale = g.instrument().answerScale(item);
        return switch (scale.kind()) {
            case CHOICE -> choice(item, scale.labels());
            case RATIO -> ratio(item);
            case DECREASE -> decrease(item);
            case INDEX -> index(item);
        };
    }

    private RuleSetModel model() {
        return g.instrument().model().orElseThrow(() -> new IllegalStateException("the instrument carries no rule "
                + "set structure (Instrument.model()), so its areas and answer scales are not known"));
    }

    /** Whether the item's section has no areas (the results, Hasil, in 90/2021). */
    private boolean inSectionWithoutAreas(Item item) {
        return model().section(item.section()).filter(RuleSetModel.SectionDef::hasAreas).isEmpty();
    }

    private Answer choice(Item item, List<String> labels) {
        int n = labels.size();
        if (hugShares != null) {
            if (inSectionWithoutAreas(item) && n >= 3 && rng.nextDouble() < 0.8) {
                return Answer.choice(labels.get(1 + rng.nextInt(Math.min(2, n - 2)))); // B, or B/C
            }
            // between the two labels around the share p: mean value p on an evenly spaced scale, low variance
            double position = (1 - goodness(item)) * (n - 1);
            int below = (int) Math.floor(position);
            int i = below + (rng.nextDouble() < position - below ? 1 : 0);
            return Answer.choice(labels.get(Math.min(n - 1, i)));
        }
        int i = (int) Math.floor((1 - goodness(item)) * n);
        return Answer.choice(labels.get(Math.min(n - 1, Math.max(0, i))));
    }

    private Answer ratio(Item item) {
        if (rng.nextDouble() < g.zeroDenominatorShare()) {
            return Answer.ratio(rng.nextDouble() < 0.8 ? 0 : 1 + rng.nextInt(5), 0);
        }
        long d = count();
        if (rng.nextDouble() < OVER_FULL_SHARE) {
            return Answer.ratio(Math.min(AssessmentValidator.MAX_COUNT, d + 1 + rng.nextLong(Math.max(1, d / 4))), d);
        }
        double f = hugShares != null ? clamp(goodness(item) + (rng.nextDouble() * 2 - 1) * HUG_JITTER)
                : goodness(item);
        return Answer.ratio(Math.round(f * d), d);
    }

    private Answer decrease(Item item) {
        if (rng.nextDouble() < g.zeroDenominatorShare()) {
            return Answer.decrease(0, rng.nextDouble() < 0.8 ? 0 : 1 + rng.nextInt(3));
        }
        long last = count();
        double f = goodness(item);
        if (hugShares == null && rng.nextDouble() < (1 - f) * 0.2) {
            return Answer.decrease(last, last + 1 + rng.nextLong(last + 1)); // violations rose: worth 0
        }
        return Answer.decrease(last, Math.round((1 - f) * last));
    }

    private Answer index(Item item) {
        long hundredths;
        if (g.boundaryHugging() && !g.boundaryIndices().isEmpty()) {
            List<BigDecimal> targets = g.boundaryIndices();
            BigDecimal t = targets.get(rng.nextInt(targets.size()));
            hundredths = t.unscaledValue().longValueExact() + rng.nextInt(5) - 2;
        } else {
            hundredths = Math.round(goodness(item) * 400);
        }
        return Answer.index(BigDecimal.valueOf(Math.max(0, Math.min(400, hundredths)), 2));
    }

    /** A whole count of at least 1, of a scale drawn from tens to hundreds. */
    private long count() {
        return 1 + rng.nextInt(COUNT_SCALES[rng.nextInt(COUNT_SCALES.length)]);
    }

    private List<Evidence> documents(String unitId, Item item) {
        int n = 1 + rng.nextInt(3);
        List<Evidence> docs = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            String uri = rng.nextDouble() < 0.8
                    ? "https://example.go.id/zi/" + unitId.toLowerCase(Locale.ROOT) + "/" + item.id() + "-" + k + ".pdf"
                    : null;
            String sha = rng.nextDouble() < 0.5 ? sha256() : null;
            docs.add(new Evidence("Data dukung " + item.id() + " #" + k, uri, sha));
        }
        return docs;
    }

    private String sha256() {
        HexFormat hex = HexFormat.of();
        StringBuilder s = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            s.append(hex.toHexDigits(rng.nextLong()));
        }
        return s.toString();
    }

    private Map<ItemId, Answer> review(Map<ItemId, Answer> unitAnswers) {
        Map<ItemId, Answer> out = new LinkedHashMap<>();
        for (Item item : g.instrument().items()) {
            Answer own = unitAnswers.get(item.id());
            if (own == null) {
                if (rng.nextDouble() < REVIEW_FILL_SHARE) {
                    out.put(item.id(), answer(item));
                }
                continue;
            }
            Answer reviewed = own;
            if (rng.nextDouble() < REVIEW_MOVE_SHARE) {
                Optional<Answer> moved = rng.nextDouble() < REVIEW_DOWN_SHARE
                        ? AnswerMoves.lower(g.instrument().answerScale(item), own)
                        : AnswerMoves.raise(g.instrument().answerScale(item), own);
                reviewed = moved.orElse(own);
            }
            out.put(item.id(), reviewed);
        }
        return out;
    }

    private static double clamp(double v) {
        return Math.max(0.0, Math.min(1.0, v));
    }
}
