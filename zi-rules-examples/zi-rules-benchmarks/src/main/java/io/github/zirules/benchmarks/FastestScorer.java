package io.github.zirules.benchmarks;

import io.github.zirules.api.AgencyFacts;
import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.AssessmentValidator;
import io.github.zirules.api.Check;
import io.github.zirules.api.Evaluator;
import io.github.zirules.api.Indicator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.ItemScore;
import io.github.zirules.api.Predikat;
import io.github.zirules.api.Result;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.RuleSetModel.AnswerScale;
import io.github.zirules.api.Unit;
import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The honest lower bound: the fastest plain-Java scorer we could write for the numbers the engine reports (every
 * score to 2 decimals, every check passed or not, the verdict, every item's value to 4 decimals and points to 2, the
 * number of warnings), without a rules engine, without maps or {@code BigDecimal} on the way, and without the texts
 * (explanations, messages) that the engine also builds.
 *
 * <p>Everything it knows of the policy it learned, when built, from the rule set itself through probe evaluations:
 * the value of every answer label (from the exact value of items answered with it), the weight of every indicator
 * (its score when every answer is at its best), the minimum of every score check (its {@code required}), and which
 * agency grades and current predicates pass (one probe each). The layout (which item in which indicator, which
 * indicator in which area and score component, which component in which, which scores are checked) is the rule set's
 * model and instrument, worked out once into arrays. Arithmetic is exact: fractions of two
 * {@code long}s, reduced, with overflow tested before it happens and, when it would, the rest of that sum carried on
 * in {@link Exact} (the engine's own fraction type). A benchmark baseline only, never used by the library.
 */
public final class FastestScorer {

    private static final List<String> KINDS = List.of("MINISTRY", "REGIONAL");
    private static final String AREA_CHECK = "AREA.";

    /** The index of the total (the root component) in {@link Outcome#levels()}. */
    static final int TOTAL = 0;

    private final ItemId[] ids;
    /** [item]: its answer scale's index in {@link #scales}. */
    private final int[] scaleOf;
    private final AnswerScale[] scales;
    private final int[] indicatorOf;
    private final int[] itemCount;
    private final long[] weightNum;
    private final long[] weightDen;
    private final int[] areaOf;
    private final int[] partOf;
    /** [indicator]: the component its score adds to (its section's or its own), or -1. */
    private final int[] componentOf;
    /** [component]: its parent, -1 for the root; every parent comes before its children. */
    private final int[] parentOf;
    private final String[] componentIds;
    private final String[] areas;
    private final String[] parts;
    private final String[] indicatorIds;
    /** [target][check]: the score checks the target needs, a component index, or -1 - the area index for an area. */
    private final int[][] checked = new int[2][];
    private final long[][] labelNum;
    private final long[][] labelDen;
    /** One denominator for every label value, so that an indicator's choices add up as whole numbers. */
    private long common = 1;
    /** [scale][label]: the label's value × {@link #common}. */
    private final long[][] labelCommon;
    /** [scale][label]: the label's value in ten-thousandths, rounded. */
    private final long[][] labelValue;
    /** [item][label]: the item's points for the label, in hundredths, rounded. */
    private long[][] labelPoints;
    /** [target][check]: minimums of the score checks, then of the areas, as exact fractions. */
    private final Acc[][] minimum = new Acc[2][];
    /** The agency grade scales as the rule set declares them (its {@code gradeScale} rules), best grade first. */
    private final List<String> bpk;
    private final List<String> akip;
    private final List<String> indeksRb;
    private final boolean[][] bpkPasses;
    private final boolean[][] akipPasses;
    private final boolean[][][] indeksRbPasses;
    private final boolean[] holdsWbkPasses = new boolean[Predikat.values().length];

    /**
     * Everything computed for one assessment.
     *
     * @param levels in hundredths, every component in the order of {@link #componentIds()} (the total first)
     * @param areas in hundredths, in the order of {@link #areas()}
     * @param parts in hundredths, in the order of {@link #parts()}
     * @param indicators in hundredths, in the order of {@link #indicatorIds()}
     * @param itemValues in ten-thousandths, in the instrument's order
     * @param itemPoints in hundredths
     * @param checksRun how many checks were made (score and area checks, then those the assessment calls for)
     * @param checksPassed how many of them passed
     * @param eligible whether all passed
     * @param warnings how many warnings the engine would give (unanswered, zero denominators, ratios above 100 %,
     *     top answers without evidence, an Indeks RB without the kind of agency)
     */
    public record Outcome(long[] levels, long[] areas, long[] parts, long[] indicators, long[] itemValues,
                          long[] itemPoints, int checksRun, int checksPassed, boolean eligible, int warnings) {
    }

    /** Learns the layout from {@code ruleSet}'s instrument and the policy from probe evaluations with {@code zi}. */
    public FastestScorer(Evaluator zi, String ruleSet) {
        Instrument instrument = zi.instrument(ruleSet);
        bpk = instrument.gradeScales().getOrDefault(AssessmentValidator.BPK_SCALE, List.of());
        akip = instrument.gradeScales().getOrDefault(AssessmentValidator.AKIP_SCALE, List.of());
        indeksRb = instrument.gradeScales().getOrDefault(AssessmentValidator.INDEKS_RB_SCALE, List.of());
        bpkPasses = new boolean[2][bpk.size()];
        akipPasses = new boolean[2][akip.size()];
        indeksRbPasses = new boolean[2][KINDS.size()][indeksRb.size()];
        RuleSetModel model = zi.model(ruleSet);
        scales = model.answerScales().toArray(AnswerScale[]::new);
        labelNum = new long[scales.length][];
        labelDen = new long[scales.length][];
        labelCommon = new long[scales.length][];
        labelValue = new long[scales.length][];
        componentIds = model.componentIds().toArray(String[]::new);
        List<String> componentList = List.of(componentIds);
        parentOf = new int[componentIds.length];
        for (int c = 0; c < componentIds.length; c++) {
            parentOf[c] = componentList.indexOf(model.components().get(c).parent());
        }
        List<Item> items = instrument.items();
        List<Indicator> inds = instrument.indicators();
        int n = items.size();
        ids = new ItemId[n];
        scaleOf = new int[n];
        indicatorOf = new int[n];
        itemCount = new int[inds.size()];
        weightNum = new long[inds.size()];
        weightDen = new long[inds.size()];
        areaOf = new int[inds.size()];
        partOf = new int[inds.size()];
        componentOf = new int[inds.size()];
        indicatorIds = new String[inds.size()];
        List<String> areaList = new ArrayList<>();
        List<String> partList = new ArrayList<>();
        Map<String, Integer> indicatorIndex = new HashMap<>();
        for (int k = 0; k < inds.size(); k++) {
            Indicator ind = inds.get(k);
            indicatorIds[k] = ind.id();
            indicatorIndex.put(ind.id(), k);
            itemCount[k] = ind.items().size();
            String area = ind.area();
            RuleSetModel.Basis basis = area == null ? RuleSetModel.Basis.INDICATOR : RuleSetModel.Basis.SECTION;
            String basisId = area == null ? ind.id() : ind.section();
            componentOf[k] = componentList.indexOf(model.components().stream().filter(c -> c.basis() == basis
                    && c.basisId().equals(basisId)).map(RuleSetModel.Component::id).findFirst().orElse(""));
            if (area == null) {
                areaOf[k] = -1;
                partOf[k] = -1;
                continue;
            }
            if (!areaList.contains(area)) {
                areaList.add(area);
            }
            String part = ind.section() + "." + area;
            if (!partList.contains(part)) {
                partList.add(part);
            }
            areaOf[k] = areaList.indexOf(area);
            partOf[k] = partList.indexOf(part);
        }
        areas = areaList.toArray(String[]::new);
        parts = partList.toArray(String[]::new);
        List<String> scaleCodes = model.answerScales().stream().map(AnswerScale::code).toList();
        for (int i = 0; i < n; i++) {
            ids[i] = items.get(i).id();
            scaleOf[i] = scaleCodes.indexOf(items.get(i).answerType());
            indicatorOf[i] = indicatorIndex.get(items.get(i).indicatorId());
        }
        for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
            checked[target == Predikat.WBK ? 0 : 1] = model.requiredChecks(target).stream()
                    .filter(id -> componentList.contains(id) || id.startsWith(AREA_CHECK)
                            && areaList.contains(id.substring(AREA_CHECK.length())))
                    .mapToInt(id -> id.startsWith(AREA_CHECK) ? -1 - areaList.indexOf(id.substring(AREA_CHECK.length()))
                            : componentList.indexOf(id)).toArray();
        }
        learn(zi, ruleSet, instrument);
    }

    /** The area codes ({@code MP}, …), in the order of {@link Outcome#areas()}. */
    public List<String> areas() {
        return List.of(areas);
    }

    /** The score components ({@code TOTAL}, …), in the order of {@link Outcome#levels()}. */
    public List<String> componentIds() {
        return List.of(componentIds);
    }

    /** The area parts ({@code PEM.MP}, …), in the order of {@link Outcome#parts()}. */
    public List<String> parts() {
        return List.of(parts);
    }

    /** The indicators, in the order of {@link Outcome#indicators()}. */
    public List<String> indicatorIds() {
        return List.of(indicatorIds);
    }

    // ---------------------------------------------------------------- learning the policy from the rule set

    private void learn(Evaluator zi, String ruleSet, Instrument instrument) {
        int most = 0;
        for (int t = 0; t < scales.length; t++) {
            labelNum[t] = new long[scales[t].labels().size()];
            labelDen[t] = new long[scales[t].labels().size()];
            most = Math.max(most, scales[t].labels().size());
        }
        // The value of label k of every choice scale, from items answered with it.
        for (int k = 0; k < most; k++) {
            Result r = zi.evaluate(probe(instrument, ruleSet, Predikat.WBK, k, AgencyFacts.NONE, null));
            for (int i = 0; i < ids.length; i++) {
                if (k < scales[scaleOf[i]].labels().size()) {
                    Exact v = parse(r.items().get(i).exactValue());
                    labelNum[scaleOf[i]][k] = v.numerator().longValueExact();
                    labelDen[scaleOf[i]][k] = v.denominator().longValueExact();
                }
            }
        }
        // Every answer at its best (label 0 is the best of every scale): each indicator scores its weight.
        Result best = zi.evaluate(probe(instrument, ruleSet, Predikat.WBK, 0, AgencyFacts.NONE, null));
        for (int k = 0; k < indicatorIds.length; k++) {
            Exact w = Exact.of(best.scoreTree().score(indicatorIds[k]).orElseThrow());
            weightNum[k] = w.numerator().longValueExact();
            weightDen[k] = w.denominator().longValueExact();
        }
        precompute();
        for (Predikat target : List.of(Predikat.WBK, Predikat.WBBM)) {
            int t = target == Predikat.WBK ? 0 : 1;
            Result r = zi.evaluate(probe(instrument, ruleSet, target, 0, AgencyFacts.NONE, Predikat.WBK));
            minimum[t] = new Acc[checked[t].length];
            for (int c = 0; c < checked[t].length; c++) {
                int x = checked[t][c];
                minimum[t][c] = Acc.of(Exact.of(required(r, x >= 0 ? componentIds[x] : AREA_CHECK + areas[-1 - x])));
            }
            for (int g = 0; g < bpk.size(); g++) {
                bpkPasses[t][g] = passes(zi, instrument, ruleSet, target,
                        new AgencyFacts(bpk.get(g), null, null, null), "AGENCY.BPK");
            }
            for (int g = 0; g < akip.size(); g++) {
                akipPasses[t][g] = passes(zi, instrument, ruleSet, target,
                        new AgencyFacts(null, akip.get(g), null, null), "AGENCY.AKIP");
            }
            for (int g = 0; g < indeksRb.size(); g++) {
                for (int kind = 0; kind < KINDS.size(); kind++) {
                    indeksRbPasses[t][kind][g] = passes(zi, instrument, ruleSet, target,
                            new AgencyFacts(null, null, indeksRb.get(g), KINDS.get(kind)), "AGENCY.INDEKS_RB");
                }
            }
        }
        for (Predikat current : Predikat.values()) {
            Result r = zi.evaluate(probe(instrument, ruleSet, Predikat.WBBM, 0, AgencyFacts.NONE, current));
            holdsWbkPasses[current.ordinal()] = r.verdict().check("HOLDS_WBK").map(Check::passed).orElse(true);
        }
    }

    /** The tables that turn a choice into its value, its points and its share of the indicator's sum. */
    private void precompute() {
        for (long[] dens : labelDen) {
            for (long d : dens) {
                common = Math.multiplyExact(common / Acc.gcd(common, d), d);
            }
        }
        Acc v = new Acc();
        for (int t = 0; t < scales.length; t++) {
            int labels = scales[t].labels().size();
            labelCommon[t] = new long[labels];
            labelValue[t] = new long[labels];
            for (int k = 0; k < labels; k++) {
                labelCommon[t][k] = labelNum[t][k] * (common / labelDen[t][k]);
                v.set(labelNum[t][k], labelDen[t][k]);
                labelValue[t][k] = v.round(4);
            }
        }
        labelPoints = new long[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            int t = scaleOf[i];
            int k = indicatorOf[i];
            labelPoints[i] = new long[labelNum[t].length];
            for (int l = 0; l < labelNum[t].length; l++) {
                v.set(labelNum[t][l], labelDen[t][l]);
                labelPoints[i][l] = v.roundScaled(weightNum[k], weightDen[k] * itemCount[k], 2);
            }
        }
    }

    private static boolean passes(Evaluator zi, Instrument instrument, String ruleSet, Predikat target,
                                  AgencyFacts facts, String check) {
        Result r = zi.evaluate(probe(instrument, ruleSet, target, 0, facts, Predikat.WBK));
        return r.verdict().check(check).orElseThrow(() -> new IllegalStateException("the rule set made no check "
                + check + " for " + facts)).passed();
    }

    private static BigDecimal required(Result r, String check) {
        return r.verdict().scoreCheck(check).orElseThrow(() -> new IllegalStateException("the rule set made no "
                + "score check " + check)).required();
    }

    /** Every choice item answered with its label {@code k} (or its last), the others at their best, with evidence. */
    private static Assessment probe(Instrument instrument, String ruleSet, Predikat target, int k, AgencyFacts facts,
                                    Predikat current) {
        Assessment.Builder b = Assessment.builder(Unit.of("PROBE"), 2024, target).ruleSet(ruleSet).agency(facts);
        if (current != null) {
            b.currentPredicate(current);
        }
        for (Item it : instrument.items()) {
            AnswerScale scale = instrument.answerScale(it);
            List<String> labels = scale.labels();
            b.answer(it.id(), switch (scale.kind()) {
                case RATIO -> Answer.ratio(1, 1);
                case DECREASE -> Answer.decrease(1, 0);
                case INDEX -> Answer.index(new BigDecimal("4.00"));
                case CHOICE -> Answer.choice(labels.get(Math.min(k, labels.size() - 1)));
            });
            b.evidence(it.id().value(), io.github.zirules.api.Evidence.titled("probe"));
        }
        return b.build();
    }

    private static Exact parse(String fraction) {
        int slash = fraction.indexOf('/');
        return slash < 0 ? Exact.of(fraction) : Exact.of(fraction.substring(0, slash))
                .dividedBy(Exact.of(fraction.substring(slash + 1)));
    }

    // ---------------------------------------------------------------- scoring

    /** Scores {@code a} (assumed valid for the instrument, as the engine's validation would have it). */
    public Outcome score(Assessment a) {
        int n = ids.length;
        int warnings = 0;
        long[] itemValues = new long[n];
        long[] itemPoints = new long[n];
        Acc[] sums = new Acc[itemCount.length];
        for (int k = 0; k < sums.length; k++) {
            sums[k] = new Acc();
        }
        long[] choices = new long[itemCount.length];
        Acc v = new Acc();
        Map<ItemId, Answer> answers = a.answers();
        for (int i = 0; i < n; i++) {
            Answer answer = answers.get(ids[i]);
            if (answer instanceof Answer.Choice c) {
                int t = scaleOf[i];
                int label = labelIndex(scales[t], c);
                choices[indicatorOf[i]] += labelCommon[t][label];
                itemValues[i] = labelValue[t][label];
                itemPoints[i] = labelPoints[i][label];
                if (labelNum[t][label] == labelDen[t][label] && a.evidenceFor(ids[i]).isEmpty()) {
                    warnings++;
                }
                continue;
            }
            if (answer == null) {
                warnings++;
                v.set(0, 1);
            } else if (answer instanceof Answer.Ratio r) {
                if (r.denominator() == 0) {
                    warnings++;
                    v.set(1, 1);
                } else {
                    if (r.numerator() > r.denominator()) {
                        warnings++;
                    }
                    share(v, r.numerator(), r.denominator());
                }
            } else if (answer instanceof Answer.Decrease d) {
                if (d.lastYear() == 0) {
                    warnings++;
                    v.set(d.thisYear() == 0 ? 1 : 0, 1);
                } else {
                    share(v, d.lastYear() - d.thisYear(), d.lastYear());
                }
            } else {
                index(v, ((Answer.Index) answer).value());
            }
            int k = indicatorOf[i];
            itemValues[i] = v.round(4);
            itemPoints[i] = v.roundScaled(weightNum[k], weightDen[k] * itemCount[k], 2);
            sums[k].add(v);
        }
        long[] indicators = new long[itemCount.length];
        long[] areaOut = new long[areas.length];
        long[] partOut = new long[parts.length];
        Acc[] areaSums = accs(areas.length);
        Acc[] partSums = accs(parts.length);
        Acc[] components = accs(componentIds.length);
        for (int k = 0; k < itemCount.length; k++) {
            Acc s = sums[k];
            s.add(choices[k], common);
            s.scale(weightNum[k], weightDen[k] * itemCount[k]);
            indicators[k] = s.round(2);
            if (componentOf[k] >= 0) {
                components[componentOf[k]].add(s);
            }
            if (areaOf[k] >= 0) {
                areaSums[areaOf[k]].add(s);
                partSums[partOf[k]].add(s);
            }
        }
        for (int x = 0; x < areaOut.length; x++) {
            areaOut[x] = areaSums[x].round(2);
        }
        for (int x = 0; x < partOut.length; x++) {
            partOut[x] = partSums[x].round(2);
        }
        // Children come after their parent: from the last up, each component is whole when added to its parent.
        long[] levels = new long[componentIds.length];
        for (int c = componentIds.length - 1; c >= 0; c--) {
            levels[c] = components[c].round(2);
            if (parentOf[c] >= 0) {
                components[parentOf[c]].add(components[c]);
            }
        }
        // Checks: the score and area checks the target needs, then what the assessment calls for.
        int t = a.target() == Predikat.WBBM ? 1 : 0;
        Acc[] min = minimum[t];
        int[] scores = checked[t];
        int run = scores.length;
        int passed = 0;
        for (int c = 0; c < scores.length; c++) {
            int x = scores[c];
            passed += (x >= 0 ? components[x] : areaSums[-1 - x]).isAtLeast(min[c]) ? 1 : 0;
        }
        if (t == 1) {
            run++;
            passed += holdsWbkPasses[a.currentPredicate().ordinal()] ? 1 : 0;
        }
        AgencyFacts f = a.agency();
        if (f.bpkOpinion() != null) {
            run++;
            passed += bpkPasses[t][bpk.indexOf(f.bpkOpinion())] ? 1 : 0;
        }
        if (f.akip() != null) {
            run++;
            passed += akipPasses[t][akip.indexOf(f.akip())] ? 1 : 0;
        }
        if (f.indeksRb() != null && f.kind() != null) {
            run++;
            passed += indeksRbPasses[t][KINDS.indexOf(f.kind())][indeksRb.indexOf(f.indeksRb())] ? 1 : 0;
        } else if (f.indeksRb() != null) {
            warnings++;
        }
        return new Outcome(levels, areaOut, partOut, indicators, itemValues, itemPoints, run, passed,
                passed == run, warnings);
    }

    /** An index answer's value: the index out of 4, from its decimal digits when they fit a {@code long}. */
    private static void index(Acc v, BigDecimal x) {
        if (x.scale() >= 0 && x.scale() <= 6 && x.unscaledValue().bitLength() < 40) {
            v.set(x.unscaledValue().longValue(), 4 * TENS[x.scale()]);
        } else {
            v.setExact(Exact.of(x).dividedBy(4));
        }
    }

    private static final long[] TENS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private static Acc[] accs(int n) {
        Acc[] out = new Acc[n];
        for (int k = 0; k < n; k++) {
            out[k] = new Acc();
        }
        return out;
    }

    private static int labelIndex(AnswerScale scale, Answer.Choice c) {
        List<String> labels = scale.labels();
        for (int k = 0; k < labels.size(); k++) {
            if (labels.get(k).equals(c.label())) {
                return k;
            }
        }
        return labels.indexOf(c.canonical(scale).orElseThrow());
    }

    /** {@code num / den} kept within [0, 1]: more than the whole counts as the whole, less than nothing as nothing. */
    private static void share(Acc v, long num, long den) {
        if (num <= 0) {
            v.set(0, 1);
        } else if (num >= den) {
            v.set(1, 1);
        } else {
            v.set(num, den);
        }
    }

    /**
     * A non-negative exact fraction: two reduced {@code long}s while they fit, an {@link Exact} from the first
     * operation that would overflow them.
     */
    private static final class Acc {
        private long num;
        private long den = 1;
        private Exact big;

        void set(long n, long d) {
            long g = gcd(n, d);
            num = g == 1 ? n : n / g;
            den = g == 1 ? d : d / g;
            big = null;
        }

        static Acc of(Exact e) {
            Acc a = new Acc();
            a.setExact(e);
            return a;
        }

        void setExact(Exact e) {
            big = null;
            if (e.numerator().bitLength() < 63 && e.denominator().bitLength() < 63) {
                num = e.numerator().longValue();
                den = e.denominator().longValue();
            } else {
                big = e;
            }
        }

        Exact exact() {
            return big != null ? big : Exact.ratio(num, den);
        }

        void add(Acc o) {
            if (o.big != null) {
                big = exact().plus(o.big);
            } else {
                add(o.num, o.den);
            }
        }

        /** Adds {@code n / d} (not negative, {@code d} positive). */
        void add(long n, long d) {
            if (n == 0) {
                return;
            }
            if (big == null) {
                long g = gcd(den, d);
                long oScale = den / g;
                long scale = d / g;
                if (fits(num, scale) && fits(n, oScale) && fits(den, scale)) {
                    long s = num * scale;
                    long t = n * oScale;
                    if (s + t >= 0) {
                        set(s + t, den * scale);
                        return;
                    }
                }
            }
            big = exact().plus(Exact.ratio(n, d));
        }

        /** Multiplies by {@code n / d}. */
        void scale(long n, long d) {
            if (big == null) {
                long g1 = gcd(num, d);
                long g2 = gcd(n, den);
                long a = num / g1;
                long b = n / g2;
                long c = den / g2;
                long e = d / g1;
                if (fits(a, b) && fits(c, e)) {
                    num = a * b;
                    den = c * e;
                    return;
                }
            }
            big = exact().times(Exact.ratio(n, d));
        }

        /** This value rounded half-up to {@code decimals}, as a whole number of {@code 10^-decimals}. */
        long round(int decimals) {
            return roundScaled(1, 1, decimals);
        }

        /** {@code this × n / d} rounded half-up to {@code decimals}, as a whole number of {@code 10^-decimals}. */
        long roundScaled(long n, long d, int decimals) {
            long p = decimals == 2 ? 100 : 10_000;
            if (big == null && fits(num, n) && fits(num * n, 2 * p) && fits(den, d) && fits(den * d, 2)) {
                long top = num * n * 2 * p + den * d;
                if (top >= 0) {
                    return top / (2 * den * d);
                }
            }
            return exact().times(Exact.ratio(n, d)).round(decimals, RoundingMode.HALF_UP).unscaledValue()
                    .longValueExact();
        }

        boolean isAtLeast(Acc minimum) {
            if (big == null && minimum.big == null && fits(num, minimum.den) && fits(minimum.num, den)) {
                return num * minimum.den >= minimum.num * den;
            }
            return exact().compareTo(minimum.exact()) >= 0;
        }

        private static boolean fits(long a, long b) {
            long lo = a * b;
            return Math.multiplyHigh(a, b) == (lo >> 63);
        }

        /** Binary GCD (no division), 1 for two zeros; {@code a} and {@code b} not negative. */
        static long gcd(long a, long b) {
            if (a == 0 || b == 0) {
                return a + b == 0 ? 1 : a + b;
            }
            int shift = Long.numberOfTrailingZeros(a | b);
            a >>>= Long.numberOfTrailingZeros(a);
            while (b != 0) {
                b >>>= Long.numberOfTrailingZeros(b);
                if (a > b) {
                    long t = b;
                    b = a;
                    a = t;
                }
                b -= a;
            }
            return a << shift;
        }
    }
}
