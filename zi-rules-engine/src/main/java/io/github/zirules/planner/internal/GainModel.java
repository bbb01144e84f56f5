package io.github.zirules.planner.internal;

import io.github.zirules.api.Answer;
import io.github.zirules.api.Assessment;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.planner.internal.Snapshot.CheckState;
import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every single move is worth, learnt by running the rules once per move: the exact change of every score
 * check when one item alone is moved to one candidate answer. Scores are sums of item shares (average × weight), so
 * the gains of moves on different items add up; the planner relies on that and confirms every plan by a real run.
 */
final class GainModel {

    /**
     * One candidate move and its exact gains.
     *
     * @param item the item
     * @param candidate the answer and its steps
     * @param gains the exact gain on each score check, by check id
     */
    record Move(Item item, Moves.Candidate candidate, Map<String, Exact> gains) {
    }

    private final Snapshot base;
    private final List<String> modelChecks;
    private final Map<ItemId, List<Move>> moves;

    private GainModel(Snapshot base, List<String> modelChecks, Map<ItemId, List<Move>> moves) {
        this.base = base;
        this.modelChecks = modelChecks;
        this.moves = moves;
    }

    /**
     * Runs the rules once per candidate move of every item of {@code a}, whose exact outcome is {@code base}, best
     * candidate first; the lesser candidates of an item are skipped when its best helps no failing check (every
     * check is monotone in an answer).
     */
    static GainModel learn(Probe probe, Assessment a, Snapshot base) {
        List<String> failing = base.failedScoreChecks().stream().map(CheckState::id).toList();
        Map<ItemId, List<Move>> moves = new LinkedHashMap<>();
        List<String> negative = new ArrayList<>();
        for (Item item : probe.instrument().items()) {
            Answer current = a.answers().get(item.id());
            for (Moves.Candidate cand : probe.candidates(item, current)) {
                Snapshot s = probe.run(a.toBuilder().answer(item.id(), cand.to()).build());
                Map<String, Exact> gains = new LinkedHashMap<>();
                boolean helps = false;
                for (CheckState c : base.checks().values()) {
                    if (!c.isScore()) {
                        continue;
                    }
                    Exact g = s.checks().get(c.id()).actual().minus(c.actual());
                    gains.put(c.id(), g);
                    helps |= g.signum() > 0 && failing.contains(c.id());
                    if (g.signum() < 0 && !negative.contains(c.id())) {
                        negative.add(c.id());
                    }
                }
                if (!helps) {
                    break; // candidates come best first: if the best helps no failing check, no lesser one does
                }
                moves.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(new Move(item, cand, gains));
            }
        }
        List<String> model = new ArrayList<>(failing);
        negative.stream().filter(id -> !model.contains(id)).forEach(model::add);
        return new GainModel(base, List.copyOf(model), moves);
    }

    /** The items that have a helpful move, in instrument order, each with its moves. */
    Map<ItemId, List<Move>> moves() {
        return moves;
    }

    /**
     * The search problem in whole numbers: every gain and need times one common denominator. The need of a check
     * is the least scaled gain after which it passes as the rules compare it (rounded).
     */
    Scaled scaled() {
        BigInteger den = BigInteger.ONE;
        for (List<Move> ms : moves.values()) {
            for (Move mv : ms) {
                for (String c : modelChecks) {
                    den = lcm(den, mv.gains().get(c).denominator());
                }
            }
        }
        List<List<CoverSearch.Option>> options = new ArrayList<>();
        List<ItemId> items = new ArrayList<>(moves.keySet());
        BigInteger[] up = new BigInteger[modelChecks.size()];
        BigInteger[] down = new BigInteger[modelChecks.size()];
        java.util.Arrays.fill(up, BigInteger.ZERO);
        java.util.Arrays.fill(down, BigInteger.ZERO);
        for (ItemId id : items) {
            List<CoverSearch.Option> os = new ArrayList<>();
            BigInteger[] hi = new BigInteger[up.length];
            BigInteger[] lo = new BigInteger[up.length];
            java.util.Arrays.fill(hi, BigInteger.ZERO);
            java.util.Arrays.fill(lo, BigInteger.ZERO);
            for (Move mv : moves.get(id)) {
                BigInteger[] g = new BigInteger[modelChecks.size()];
                for (int c = 0; c < g.length; c++) {
                    Exact e = mv.gains().get(modelChecks.get(c));
                    g[c] = e.numerator().multiply(den.divide(e.denominator()));
                    hi[c] = hi[c].max(g[c]);
                    lo[c] = lo[c].min(g[c]);
                }
                os.add(new CoverSearch.Option(mv.candidate().steps(), g));
            }
            for (int c = 0; c < up.length; c++) {
                up[c] = up[c].add(hi[c]);
                down[c] = down[c].add(lo[c]);
            }
            options.add(os);
        }
        BigInteger[] need = new BigInteger[modelChecks.size()];
        for (int c = 0; c < need.length; c++) {
            need[c] = need(base.checks().get(modelChecks.get(c)), den, down[c], up[c]);
        }
        return new Scaled(items, options, need);
    }

    /** The least t in [lo, hi + 1] such that the check passes with a scaled gain of t (hi + 1: never). */
    private BigInteger need(CheckState c, BigInteger den, BigInteger lo, BigInteger hi) {
        Exact d = Exact.of(new BigDecimal(den));
        BigInteger a = lo;
        BigInteger b = hi.add(BigInteger.ONE);
        while (a.compareTo(b) < 0) {
            BigInteger mid = a.add(b).shiftRight(1);
            Exact actual = c.actual().plus(Exact.of(new BigDecimal(mid)).dividedBy(d));
            if (base.passes(c, actual)) {
                b = mid;
            } else {
                a = mid.add(BigInteger.ONE);
            }
        }
        return a;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    /**
     * The problem handed to {@link CoverSearch}.
     *
     * @param items the items with moves, in instrument order
     * @param options each item's options, in the order of {@link GainModel#moves()}
     * @param need each model check's need
     */
    record Scaled(List<ItemId> items, List<List<CoverSearch.Option>> options, BigInteger[] need) {
    }
}
