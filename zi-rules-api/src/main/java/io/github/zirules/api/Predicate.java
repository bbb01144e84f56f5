package io.github.zirules.api;

/**
 * A predicate (<i>predikat</i>) a unit holds or asks for.
 */
public enum Predicate {
    /** No predicate held. Valid only as a current predicate, never as a target. */
    NONE,
    /** <i>Menuju Wilayah Bebas dari Korupsi</i>: towards a corruption-free area. */
    WBK,
    /** <i>Menuju Wilayah Birokrasi Bersih dan Melayani</i>: towards a clean, serving bureaucracy. Requires WBK. */
    WBBM
}
