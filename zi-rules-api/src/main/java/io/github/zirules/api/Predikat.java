package io.github.zirules.api;

/**
 * A predicate (<i>predikat</i>) a unit holds or asks for.
 *
 * <p>Named with the regulation's own word, so that it never collides with {@link java.util.function.Predicate}.
 */
public enum Predikat {
    /** No predicate held. Valid only as a current predicate, never as a target. */
    NONE,
    /** <i>Menuju Wilayah Bebas dari Korupsi</i>: towards a corruption-free area. */
    WBK,
    /** <i>Menuju Wilayah Birokrasi Bersih dan Melayani</i>: towards a clean, serving bureaucracy. Requires WBK. */
    WBBM
}
