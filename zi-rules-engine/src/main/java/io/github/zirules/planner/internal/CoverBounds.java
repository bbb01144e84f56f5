package io.github.zirules.planner.internal;

import io.github.zirules.planner.internal.CoverSearch.Option;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The lower bound that prunes {@link CoverSearch}: from a position on, the least number of further items that could
 * close every open check. For each check, the fewest remaining items whose largest gains reach its deficit; checks
 * that no single item serves together (for instance the six area checks) need their counts added up, so the bound
 * is the largest such sum over the maximal families of pairwise "disjoint" checks.
 */
final class CoverBounds {

    static final int INF = Integer.MAX_VALUE / 4;

    private final int n;
    private final Option[][] opts;
    private final BigInteger[] need;
    private final int[] open;
    private final BigInteger[][][] prefix;
    private final int[][] families;

    /**
     * @param opts each position's options
     * @param need each check's need
     * @param open the checks with a positive need
     */
    CoverBounds(Option[][] opts, BigInteger[] need, int[] open) {
        this.n = opts.length;
        this.opts = opts;
        this.need = need;
        this.open = open;
        this.prefix = suffixPrefixSums();
        this.families = disjointFamilies();
    }

    /** The least number of further items (from position p on) that could close every open check. */
    int lowerBound(int p, BigInteger[] sums) {
        int[] picks = new int[open.length];
        for (int j = 0; j < open.length; j++) {
            int c = open[j];
            BigInteger deficit = need[c].subtract(sums[c]);
            if (deficit.signum() > 0) {
                BigInteger[] pre = prefix[j][p];
                int idx = Arrays.binarySearch(pre, deficit);
                int k = idx >= 0 ? idx + 1 : -idx;
                if (k > pre.length) {
                    return INF;
                }
                picks[j] = k;
            }
        }
        int lb = 0;
        for (int[] f : families) {
            int s = 0;
            for (int j : f) {
                s += picks[j];
            }
            lb = Math.max(lb, s);
        }
        return lb;
    }


    private BigInteger bestGain(int p, int c) {
        BigInteger g = BigInteger.ZERO;
        for (Option o : opts[p]) {
            g = g.max(o.gain()[c]);
        }
        return g;
    }

    /** For each open check j and position p: prefix sums of the positive best gains from p on, largest first. */
    private BigInteger[][][] suffixPrefixSums() {
        BigInteger[][][] out = new BigInteger[open.length][n + 1][];
        for (int j = 0; j < open.length; j++) {
            List<BigInteger> sorted = new ArrayList<>();
            out[j][n] = new BigInteger[0];
            for (int p = n - 1; p >= 0; p--) {
                BigInteger g = bestGain(p, open[j]);
                if (g.signum() > 0) {
                    int at = java.util.Collections.binarySearch(sorted, g, Comparator.reverseOrder());
                    sorted.add(at >= 0 ? at : -at - 1, g);
                }
                BigInteger[] pre = new BigInteger[sorted.size()];
                BigInteger s = BigInteger.ZERO;
                for (int i = 0; i < pre.length; i++) {
                    s = s.add(sorted.get(i));
                    pre[i] = s;
                }
                out[j][p] = pre;
            }
        }
        return out;
    }

    /** The maximal sets of open checks that no single item serves two of (their needs add up). */
    private int[][] disjointFamilies() {
        int k = open.length;
        boolean[][] overlap = new boolean[k][k];
        for (int p = 0; p < n; p++) {
            for (int a = 0; a < k; a++) {
                if (bestGain(p, open[a]).signum() <= 0) {
                    continue;
                }
                for (int b = a + 1; b < k; b++) {
                    if (bestGain(p, open[b]).signum() > 0) {
                        overlap[a][b] = true;
                        overlap[b][a] = true;
                    }
                }
            }
        }
        List<int[]> out = new ArrayList<>();
        if (k > 16) {
            for (int a = 0; a < k; a++) {
                out.add(new int[] {a});
            }
            return out.toArray(new int[0][]);
        }
        List<Integer> independent = new ArrayList<>();
        for (int mask = 1; mask < (1 << k); mask++) {
            if (isIndependent(mask, overlap, k)) {
                independent.add(mask);
            }
        }
        for (int mask : independent) {
            boolean maximal = true;
            for (int a = 0; a < k && maximal; a++) {
                if ((mask & (1 << a)) == 0 && isIndependent(mask | (1 << a), overlap, k)) {
                    maximal = false;
                }
            }
            if (maximal) {
                out.add(java.util.stream.IntStream.range(0, k).filter(a -> (mask & (1 << a)) != 0).toArray());
            }
        }
        return out.toArray(new int[0][]);
    }

    private static boolean isIndependent(int mask, boolean[][] overlap, int k) {
        for (int a = 0; a < k; a++) {
            if ((mask & (1 << a)) == 0) {
                continue;
            }
            for (int b = a + 1; b < k; b++) {
                if ((mask & (1 << b)) != 0 && overlap[a][b]) {
                    return false;
                }
            }
        }
        return true;
    }
}
