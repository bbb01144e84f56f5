package io.github.zirules.excel;

/** The workbook layouts {@link LkeWorkbooks#read} recognises, by the structure of their LKE sheet. */
public enum LkeLayout {
    /**
     * The regulation's Lampiran III LKE as units keep it: sheet {@code LKE ZI}, the unit's answer in the column headed
     * <i>Jawaban</i>, PCT/DEC counts in the <i>Jumlah</i> rows below each item. Carries no target: give one in the
     * options.
     */
    LAMPIRAN_III("Lampiran III (sheet 'LKE ZI')"),
    /**
     * An inspectorate's export (sheet {@code Jawaban}): the unit's answers in <i>Jawaban Unit</i>, the reviewers' in
     * <i>Jawaban TPI</i> and <i>Jawaban TPI KESDM</i>, the evidence list and links beside them; the target in
     * {@code Unit!B2}.
     */
    INSPECTORATE("inspectorate export (sheet 'Jawaban')"),
    /**
     * The project's own template ({@link LkeWorkbooks#writeTemplate}) and scored export: the Lampiran III structure
     * with the item id in column A, a header block for the unit, evidence and reviewer columns.
     */
    ZI_RULES_TEMPLATE("zi-rules template (sheet 'LKE')");

    private final String description;

    LkeLayout(String description) {
        this.description = description;
    }

    /** How the layout is recognised, for messages. */
    public String description() {
        return description;
    }
}
