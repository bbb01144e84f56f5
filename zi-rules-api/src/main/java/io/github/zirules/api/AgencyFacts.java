package io.github.zirules.api;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Facts about the unit's agency (<i>data instansi</i>) that the agency-level prerequisites read, by name. Each is
 * optional: a prerequisite is checked only when its fact is given. The facts of the regulation have typed
 * conveniences ({@link #bpkOpinion()}, {@link #akip()}, {@link #indeksRb()}, {@link #kind()}) and are written in the
 * assessment's {@code agency} object; every other fact is one that the rule set declares
 * ({@link Instrument#agencyFacts()}), written in its {@code facts} object ({@code "facts": {"jumlahPegawai": 12}}).
 * Immutable.
 *
 * @param values every fact given, by name, in the order given; a name with a null value is left out
 */
public record AgencyFacts(Map<String, Value> values) {

    /** The name of the BPK audit opinion: {@code WTP}, {@code WDP}, {@code TW} or {@code TMP}. */
    public static final String BPK_OPINION = "bpkOpinion";
    /** The name of the SAKIP/AKIP rating: {@code AA}, {@code A}, {@code BB}, {@code B}, {@code CC}, {@code C}, {@code D}. */
    public static final String AKIP = "akip";
    /** The name of the Indeks Reformasi Birokrasi rating, same scale as {@link #AKIP}. */
    public static final String INDEKS_RB = "indeksRb";
    /** The name of the agency's kind: {@code MINISTRY} or {@code REGIONAL} (the Indeks RB minimum differs). */
    public static final String KIND = "kind";
    /** The facts of the regulation, written in the assessment's {@code agency} object rather than in {@code facts}. */
    public static final List<String> REGULATION_FACTS = List.of(BPK_OPINION, AKIP, INDEKS_RB, KIND);

    /** No facts given. */
    public static final AgencyFacts NONE = new AgencyFacts(Map.of());

    /**
     * The value of one fact, as the input gives it: a number, a text (a grade or a choice) or yes/no. Whether it is
     * of the kind the rule set declares is checked by {@link AssessmentValidator}.
     */
    public sealed interface Value permits Numeric, Text, YesNo {
    }

    /**
     * A number, e.g. a count of staff.
     *
     * @param value the number as given
     */
    public record Numeric(BigDecimal value) implements Value {
        /** Refuses null. */
        public Numeric {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A text: a grade of a declared scale or one of the declared choices.
     *
     * @param value the text as given
     */
    public record Text(String value) implements Value {
        /** Refuses null. */
        public Text {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * Yes ({@code true}) or no ({@code false}).
     *
     * @param value the answer
     */
    public record YesNo(boolean value) implements Value {
    }

    /** Copies {@code values}, leaving out names with a null value; refuses a null name. */
    public AgencyFacts {
        Map<String, Value> copy = new LinkedHashMap<>();
        values.forEach((name, v) -> {
            Objects.requireNonNull(name, "a fact's name");
            if (v != null) {
                copy.put(name, v);
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    /**
     * The facts of the regulation, each may be null.
     *
     * @param bpkOpinion see {@link #bpkOpinion()}
     * @param akip see {@link #akip()}
     * @param indeksRb see {@link #indeksRb()}
     * @param kind see {@link #kind()}
     */
    public AgencyFacts(@Nullable String bpkOpinion, @Nullable String akip, @Nullable String indeksRb,
                       @Nullable String kind) {
        this(regulation(bpkOpinion, akip, indeksRb, kind));
    }

    private static Map<String, @Nullable Value> regulation(@Nullable String bpkOpinion, @Nullable String akip,
            @Nullable String indeksRb, @Nullable String kind) {
        Map<String, @Nullable Value> m = new LinkedHashMap<>();
        m.put(BPK_OPINION, text(bpkOpinion));
        m.put(AKIP, text(akip));
        m.put(INDEKS_RB, text(indeksRb));
        m.put(KIND, text(kind));
        return m;
    }

    private static @Nullable Value text(@Nullable String s) {
        return s == null ? null : new Text(s);
    }

    /** These facts with {@code name} set to {@code value}, or left out if {@code value} is null. */
    public AgencyFacts with(String name, @Nullable Value value) {
        Map<String, Value> m = new LinkedHashMap<>(values);
        m.remove(name);
        if (value != null) {
            m.put(name, value);
        }
        return new AgencyFacts(m);
    }

    /** The BPK audit opinion, or null if not given (or not given as text). */
    public @Nullable String bpkOpinion() {
        return textOf(BPK_OPINION);
    }

    /** The SAKIP/AKIP rating, or null if not given. */
    public @Nullable String akip() {
        return textOf(AKIP);
    }

    /** The Indeks Reformasi Birokrasi rating, or null if not given. */
    public @Nullable String indeksRb() {
        return textOf(INDEKS_RB);
    }

    /** {@code MINISTRY} or {@code REGIONAL}, or null if not given. */
    public @Nullable String kind() {
        return textOf(KIND);
    }

    /** The text of fact {@code name}; null if it is not given or not a text. */
    public @Nullable String textOf(String name) {
        return values.get(name) instanceof Text t ? t.value() : null;
    }

    /** Whether no fact is given. */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
