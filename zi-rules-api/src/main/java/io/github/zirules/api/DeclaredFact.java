package io.github.zirules.api;

import java.util.List;
import java.util.Objects;

/**
 * An agency fact (<i>data instansi</i>) that a rule set declares, so that an assessment may give it and the rules may
 * read it: policy staff add one with a rule, {@code $k.agencyFact("jumlahPegawai", "BILANGAN", "Jumlah pegawai unit",
 * "Number of staff of the unit")}, without a developer. {@link AssessmentValidator} refuses a fact that is not
 * declared, or not of its declared kind.
 *
 * @param name the name, as the assessment's {@code facts} object and the rules write it, e.g. {@code jumlahPegawai}
 * @param kind what the value is
 * @param scale for {@link Kind#GRADE}, the name of the grade scale; null otherwise
 * @param values for {@link Kind#GRADE}, the scale's grades, best first; for {@link Kind#CHOICE}, the choices; empty
 *     otherwise
 * @param labelId what the fact is, in Bahasa Indonesia
 * @param labelEn what the fact is, in English
 */
public record DeclaredFact(String name, Kind kind, String scale, List<String> values, String labelId,
                           String labelEn) {

    /** What the value of a fact is; {@link #word()} is how a rule writes it. */
    public enum Kind {
        /** {@code BILANGAN}: a whole number, such as a count of staff. */
        WHOLE_NUMBER("BILANGAN"),
        /** {@code DESIMAL}: a number with a decimal point. */
        DECIMAL("DESIMAL"),
        /** {@code YA_TIDAK}: yes or no ({@code true}/{@code false} in the input). */
        YES_NO("YA_TIDAK"),
        /** {@code PERINGKAT <scale>}: a grade of a declared grade scale, e.g. {@code PERINGKAT BPK}. */
        GRADE("PERINGKAT"),
        /** {@code PILIHAN <a>, <b>}: one of the listed choices, e.g. {@code PILIHAN MINISTRY, REGIONAL}. */
        CHOICE("PILIHAN");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        /** The word a rule writes for this kind, e.g. {@code BILANGAN}. */
        public String word() {
            return word;
        }
    }

    /** Refuses nulls (but {@code scale}) and copies {@code values}. */
    public DeclaredFact {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        values = List.copyOf(values);
        Objects.requireNonNull(labelId, "labelId");
        Objects.requireNonNull(labelEn, "labelEn");
    }

    /** The label in both languages. */
    public Message label() {
        return Message.texts(labelId, labelEn);
    }

    /** The kind as a rule writes it: {@code BILANGAN}, {@code PERINGKAT BPK}, {@code PILIHAN MINISTRY, REGIONAL}. */
    public String kindText() {
        return switch (kind) {
            case GRADE -> kind.word() + " " + scale;
            case CHOICE -> kind.word() + " " + String.join(", ", values);
            default -> kind.word();
        };
    }
}
