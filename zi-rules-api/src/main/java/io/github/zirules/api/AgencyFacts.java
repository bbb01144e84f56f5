package io.github.zirules.api;

import org.jspecify.annotations.Nullable;

/**
 * Facts about the unit's agency (<i>instansi</i>) that the agency-level prerequisites read. Each is optional: a
 * prerequisite is checked only when its fact is given.
 *
 * @param bpkOpinion the BPK audit opinion: {@code WTP}, {@code WDP}, {@code TW} or {@code TMP}; may be null
 * @param akip the SAKIP/AKIP rating: {@code AA}, {@code A}, {@code BB}, {@code B}, {@code CC}, {@code C} or
 *     {@code D}; may be null
 * @param indeksRb the Indeks Reformasi Birokrasi rating, same scale as {@code akip}; may be null
 * @param kind {@code MINISTRY} or {@code REGIONAL} (the Indeks RB minimum differs); may be null
 */
public record AgencyFacts(@Nullable String bpkOpinion, @Nullable String akip, @Nullable String indeksRb,
                          @Nullable String kind) {

    /** No facts given. */
    public static final AgencyFacts NONE = new AgencyFacts(null, null, null, null);

    /** Whether no fact is given. */
    public boolean isEmpty() {
        return bpkOpinion == null && akip == null && indeksRb == null && kind == null;
    }
}
