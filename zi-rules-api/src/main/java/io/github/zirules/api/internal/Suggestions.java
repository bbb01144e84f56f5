package io.github.zirules.api.internal;

import java.util.List;

/** "Did you mean …?" for mistyped ids. */
public final class Suggestions {

    private Suggestions() {
    }

    /** The candidate closest to {@code s} by edit distance, if within 2 edits (ignoring case); else null. */
    public static String closest(String s, List<String> candidates) {
        if (s.length() > 64) {
            return null;
        }
        String best = null;
        int bestD = 3;
        for (String c : candidates) {
            int d = distance(s.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
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
