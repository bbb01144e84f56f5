package io.github.zirules.api.internal;

import java.util.List;

/** "Did you mean …?" for mistyped ids. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code s} by edit distance, if within 2 edits (ignoring case); else null. A candidate
     * whose length differs from {@code s} by more than 2 is skipped unmeasured (its distance is at least that
     * difference), so that a document with a million unknown ids is not a million times 113 full comparisons.
     */
    public static String closest(String s, List<String> candidates) {
        if (s.length() > 64) {
            return null;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestD = 3;
        for (String c : candidates) {
            if (Math.abs(c.length() - s.length()) >= bestD) {
                continue;
            }
            int d = distance(lower, c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
