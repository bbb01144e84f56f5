package io.github.zirules.planner.internal;

import io.github.zirules.rules.Exact;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The search behind the planner: choose at most one option per item so that, for every check, the sum of the
 * chosen gains reaches the check's need; fewest items first, then fewest steps.
 *
 * <p>Gains and needs are whole numbers (exact rationals over one common denominator), so every comparison is exact.
 * The search deepens the number of items one at a time, starting from a lower bound, and prunes a branch when even
 * the best remaining items cannot close every gap: for each check, the least number of remaining items that could
 * close it (their largest gains first), summed over checks that no item serves together (for instance the six area
 * checks), must fit in the items still allowed. Items with identical options are interchangeable and are chosen in
 * one canonical order only. A greedy plan is the first incumbent; when the node limit is reached the best plan found
 * so far is returned, marked not proven.
 */
final class CoverSearch {

    private static final int INF = CoverBounds.INF;

    /**
     * One way to change an item.
     *
     * @param steps how far it moves (at least 1)
     * @param gain the exact gain on each check, scaled to whole numbers
     */
    record Option(int steps, BigInteger[] gain) {
    }

    /**
     * The outcome.
     *
     * @param choice for each item (in input order), the index of its chosen option, or -1; null if no choice
     *     reaches every need
     * @param proven whether no smaller choice exists (the search finished)
     * @param leastPicks the fewest items any choice needs, as far as proven
     * @param nodes the nodes visited
     */
    record Outcome(int[] choice, boolean proven, int leastPicks, long nodes) {
    }

    private final int n;
    private final int m;
    private final BigInteger[] need;
    private final int[] itemAt;
    private final Option[][] opts;
    private final int[][] inputIndex;
    private final boolean[] sameClassAsPrevious;
    private final int[] open;
    private final CoverBounds bounds;
    private final int[] minStepFrom;
    private final long nodeLimit;

    private final BigInteger[] sums;
    private final int[] current;
    private int[] bestChoice;
    private int bestPicks = INF;
    private int bestSteps = INF;
    private int limit;
    private long nodes;
    private boolean aborted;

    private CoverSearch(List<List<Option>> options, BigInteger[] need, long nodeLimit) {
        this.n = options.size();
        this.m = need.length;
        this.need = need;
        this.nodeLimit = nodeLimit;
        this.open = openChecks(need);
        Exact[] priority = new Exact[n];
        Map<String, Integer> classes = new HashMap<>();
        int[] classOf = new int[n];
        for (int i = 0; i < n; i++) {
            priority[i] = priority(options.get(i));
            classOf[i] = classes.computeIfAbsent(key(options.get(i)), k -> classes.size());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing((Integer i) -> priority[i], Comparator.reverseOrder())
                .thenComparingInt(i -> classOf[i])
                .thenComparingInt(i -> i));
        this.itemAt = new int[n];
        this.opts = new Option[n][];
        this.inputIndex = new int[n][];
        this.sameClassAsPrevious = new boolean[n];
        for (int p = 0; p < n; p++) {
            itemAt[p] = order[p];
            List<Option> os = options.get(order[p]);
            Integer[] byStep = new Integer[os.size()];
            for (int o = 0; o < byStep.length; o++) {
                byStep[o] = o;
            }
            Arrays.sort(byStep, Comparator.comparingInt(o -> os.get(o).steps()));
            opts[p] = new Option[byStep.length];
            inputIndex[p] = new int[byStep.length];
            for (int o = 0; o < byStep.length; o++) {
                opts[p][o] = os.get(byStep[o]);
                inputIndex[p][o] = byStep[o];
            }
            sameClassAsPrevious[p] = p > 0 && classOf[order[p]] == classOf[order[p - 1]];
        }
        this.minStepFrom = new int[n + 1];
        minStepFrom[n] = INF;
        for (int p = n - 1; p >= 0; p--) {
            int s = INF;
            for (Option o : opts[p]) {
                s = Math.min(s, o.steps());
            }
            minStepFrom[p] = Math.min(s, minStepFrom[p + 1]);
        }
        this.bounds = new CoverBounds(opts, need, open);
        this.sums = new BigInteger[m];
        Arrays.fill(sums, BigInteger.ZERO);
        this.current = new int[n];
        Arrays.fill(current, -1);
    }

    /** Solves; {@code options.get(i)} are item i's options, {@code need[c]} check c's need. */
    static Outcome solve(List<List<Option>> options, BigInteger[] need, long nodeLimit) {
        return new CoverSearch(options, need, nodeLimit).run();
    }

    private Outcome run() {
        if (satisfied()) {
            int[] none = new int[n];
            Arrays.fill(none, -1);
            return new Outcome(none, true, 0, 0);
        }
        greedy();
        if (bestChoice == null) {
            return new Outcome(null, true, 0, nodes);
        }
        int lb = bounds.lowerBound(0, sums);
        int atLeast = Math.max(lb, 1);
        for (int k = atLeast; k <= bestPicks && !aborted; k++) {
            limit = k;
            dfs(0, -1, 0, 0);
            if (!aborted && bestPicks > k) {
                atLeast = k + 1;
            }
        }
        int[] out = new int[n];
        Arrays.fill(out, -1);
        for (int p = 0; p < n; p++) {
            out[itemAt[p]] = bestChoice[p] < 0 ? -1 : inputIndex[p][bestChoice[p]];
        }
        return new Outcome(out, !aborted, aborted ? atLeast : bestPicks, nodes);
    }

    private void dfs(int p, int cap, int picks, int steps) {
        if (satisfied()) {
            if (picks < bestPicks || (picks == bestPicks && steps < bestSteps)) {
                bestPicks = picks;
                bestSteps = steps;
                bestChoice = current.clone();
            }
            return;
        }
        if (p == n || picks >= limit || aborted) {
            return;
        }
        if (++nodes > nodeLimit) {
            aborted = true;
            return;
        }
        int lb = bounds.lowerBound(p, sums);
        if (lb >= INF || picks + lb > limit || picks + lb > bestPicks) {
            return;
        }
        if (picks + lb == bestPicks && (long) steps + (long) lb * minStepFrom[p] >= bestSteps) {
            return;
        }
        int max = opts[p].length - 1;
        if (sameClassAsPrevious[p]) {
            max = Math.min(max, cap);
        }
        for (int o = max; o >= 0; o--) {
            Option opt = opts[p][o];
            add(opt.gain(), true);
            current[p] = o;
            dfs(p + 1, o, picks + 1, steps + opt.steps());
            current[p] = -1;
            add(opt.gain(), false);
            if (aborted) {
                return;
            }
        }
        dfs(p + 1, -1, picks, steps);
    }

    private void add(BigInteger[] gain, boolean plus) {
        for (int c = 0; c < m; c++) {
            if (gain[c].signum() != 0) {
                sums[c] = plus ? sums[c].add(gain[c]) : sums[c].subtract(gain[c]);
            }
        }
    }

    private boolean satisfied() {
        for (int c = 0; c < m; c++) {
            if (sums[c].compareTo(need[c]) < 0) {
                return false;
            }
        }
        return true;
    }

    private void greedy() {
        int[] choice = new int[n];
        Arrays.fill(choice, -1);
        while (!satisfied()) {
            Exact bestCoverage = Exact.ZERO;
            int bp = -1;
            int bo = -1;
            for (int p = 0; p < n; p++) {
                if (choice[p] >= 0) {
                    continue;
                }
                for (int o = 0; o < opts[p].length; o++) {
                    Exact s = coverage(opts[p][o].gain());
                    if (s.compareTo(bestCoverage) > 0) {
                        bestCoverage = s;
                        bp = p;
                        bo = o;
                    }
                }
            }
            if (bp < 0) {
                break;
            }
            choice[bp] = bo;
            add(opts[bp][bo].gain(), true);
        }
        if (!satisfied()) {
            Arrays.fill(sums, BigInteger.ZERO);
            return;
        }
        for (int p = n - 1; p >= 0; p--) {
            if (choice[p] < 0) {
                continue;
            }
            add(opts[p][choice[p]].gain(), false);
            if (satisfied()) {
                choice[p] = -1;
                continue;
            }
            int keep = choice[p];
            for (int o = 0; o < keep; o++) {
                add(opts[p][o].gain(), true);
                if (satisfied()) {
                    choice[p] = o;
                    break;
                }
                add(opts[p][o].gain(), false);
            }
            if (choice[p] == keep) {
                add(opts[p][keep].gain(), true);
            }
        }
        int picks = 0;
        int steps = 0;
        for (int p = 0; p < n; p++) {
            if (choice[p] >= 0) {
                picks++;
                steps += opts[p][choice[p]].steps();
                add(opts[p][choice[p]].gain(), false);
            }
        }
        bestChoice = choice;
        bestPicks = picks;
        bestSteps = steps;
    }

    /** The greedy ranking of an option: the shares of the open checks' remaining deficits it covers, summed. */
    private Exact coverage(BigInteger[] gain) {
        Exact s = Exact.ZERO;
        for (int c : open) {
            BigInteger deficit = need[c].subtract(sums[c]);
            if (deficit.signum() > 0 && gain[c].signum() > 0) {
                s = s.plus(share(gain[c].min(deficit), need[c]));
            }
        }
        return s;
    }

    /** The search order of an item: the most any of its options covers of the checks' needs, as shares summed. */
    private Exact priority(List<Option> os) {
        Exact best = Exact.ZERO;
        for (Option o : os) {
            Exact s = Exact.ZERO;
            for (int c : open) {
                if (o.gain()[c].signum() > 0) {
                    s = s.plus(share(o.gain()[c].min(need[c]), need[c]));
                }
            }
            best = best.atLeast(s);
        }
        return best;
    }

    private static Exact share(BigInteger part, BigInteger whole) {
        return Exact.of(new BigDecimal(part)).dividedBy(Exact.of(new BigDecimal(whole)));
    }

    private static String key(List<Option> os) {
        StringBuilder b = new StringBuilder();
        for (Option o : os) {
            b.append(o.steps()).append(':').append(Arrays.toString(o.gain())).append(';');
        }
        return b.toString();
    }

    private static int[] openChecks(BigInteger[] need) {
        return java.util.stream.IntStream.range(0, need.length).filter(c -> need[c].signum() > 0).toArray();
    }
}
