package io.github.zirules.api;

/**
 * A section of the LKE (<i>Lembar Kerja Evaluasi</i>, the evaluation worksheet).
 *
 * <p>The two Pengungkit (enabler) sections, Pemenuhan and Reform, hold the six change areas; Hasil (results) holds
 * the survey and performance items.
 */
public enum Section {
    /** <i>Pemenuhan</i>: fulfilment, whether the required things exist. Item ids start with {@code PEM}. */
    PEMENUHAN("PEM"),
    /** <i>Reform</i>: whether the change makes a difference. Item ids start with {@code REF}. */
    REFORM("REF"),
    /** <i>Hasil</i>: results (IPAK, KINERJA, IPKP). Item ids start with {@code HAS}. */
    HASIL("HAS");

    private final String code;

    Section(String code) {
        this.code = code;
    }

    /** The three-letter code used in item ids, e.g. {@code PEM}. */
    public String code() {
        return code;
    }

    /**
     * The section with the given item-id code.
     *
     * @throws IllegalArgumentException if the code is not PEM, REF or HAS
     */
    public static Section ofCode(String code) {
        for (Section s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("section code must be one of PEM, REF, HAS but was '" + code + "'");
    }
}
