package io.github.zirules.api;

import io.github.zirules.api.internal.StructureCsv;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The structure of the regulation a rule set scores (<i>struktur penilaian</i>), as its folder declares it in
 * {@code structure.csv}: the sections of the LKE, the change areas, the score components and their tree (TOTAL =
 * PENGUNGKIT + HASIL …), the answer scales, and the checks each predikat needs. Weights and thresholds are not here:
 * they live in the rule files. Reach it with {@link Evaluator#model(String)}. Immutable.
 *
 * @param sections the sections, in LKE order (PEM, REF, HAS for PermenPAN-RB 90/2021)
 * @param areas the change areas, in LKE order (MP … PP)
 * @param components the score components, the root first, each after its parent
 * @param answerScales the answer scales the instrument's items may use
 * @param checks the checks of a verdict, each with its name and the predikats that need it (none for a named
 *     optional check), in report order
 */
public record RuleSetModel(List<SectionDef> sections, List<AreaDef> areas, List<Component> components,
                           List<AnswerScale> answerScales, List<RequiredCheck> checks) {

    /**
     * A section of the LKE.
     *
     * @param code the code item ids start with, e.g. {@code PEM}
     * @param nameId its name in Bahasa Indonesia
     * @param nameEn its name in English
     * @param hasAreas whether it is divided into the change areas (detail {@code areas} in structure.csv): then every
     *     item of it names an area, otherwise none does (PEM and REF have areas, HAS not, in 90/2021)
     */
    public record SectionDef(String code, String nameId, String nameEn, boolean hasAreas) {
        /** Refuses nulls. */
        public SectionDef {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameId, "nameId");
            Objects.requireNonNull(nameEn, "nameEn");
        }
    }

    /**
     * A change area (<i>area perubahan</i>).
     *
     * @param code the code item ids use, e.g. {@code MP}
     * @param nameId its name in Bahasa Indonesia
     * @param nameEn its name in English
     */
    public record AreaDef(String code, String nameId, String nameEn) {
        /** Refuses nulls. */
        public AreaDef {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameId, "nameId");
            Objects.requireNonNull(nameEn, "nameEn");
        }
    }

    /** What a component's score is made of. */
    public enum Basis {
        /** The sum of its child components. */
        CHILDREN,
        /** The sum of the area parts of one section ({@link Component#basisId()} is the section code). */
        SECTION,
        /** One indicator's score ({@link Component#basisId()} is the indicator id, e.g. {@code HAS.IPAK}). */
        INDICATOR
    }

    /**
     * A score component: a node of the score tree, an id the aggregation rules set ({@code $k.set("BBA", …)}).
     *
     * @param id the id, e.g. {@code PENGUNGKIT}
     * @param parent the id of the component it is part of; empty for the root ({@code TOTAL})
     * @param nameId its name in Bahasa Indonesia
     * @param nameEn its name in English
     * @param basis what its score is made of
     * @param basisId the section code or indicator id of {@code basis}; empty for {@link Basis#CHILDREN}
     */
    public record Component(String id, String parent, String nameId, String nameEn, Basis basis, String basisId) {
        /** Refuses nulls, and a basis id given for {@code CHILDREN} or missing for the others. */
        public Component {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(nameId, "nameId");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(basis, "basis");
            Objects.requireNonNull(basisId, "basisId");
            if ((basis == Basis.CHILDREN) != basisId.isEmpty()) {
                throw new IllegalArgumentException("component " + id + ": a basis id is given exactly for SECTION "
                        + "and INDICATOR, but the basis is " + basis + " and the id '" + basisId + "'");
            }
        }

        /** Whether this is the root of the tree (no parent). */
        public boolean isRoot() {
            return parent.isEmpty();
        }
    }

    /** How an answer scale is answered: which kind of {@link Answer} its items take. */
    public enum AnswerKind {
        /** A label from the scale's labels ({@link Answer.Choice}). */
        CHOICE,
        /** Counts, numerator over denominator ({@link Answer.Ratio}). */
        RATIO,
        /** Last year's and this year's number ({@link Answer.Decrease}). */
        DECREASE,
        /** A survey index ({@link Answer.Index}). */
        INDEX;

        /** The kind of {@link Answer} items of this kind take. */
        public Class<? extends Answer> answerClass() {
            return switch (this) {
                case CHOICE -> Answer.Choice.class;
                case RATIO -> Answer.Ratio.class;
                case DECREASE -> Answer.Decrease.class;
                case INDEX -> Answer.Index.class;
            };
        }
    }

    /**
     * An answer scale (the {@code answer_type} column of the instrument).
     *
     * @param code its code, e.g. {@code ABC}
     * @param nameId its name in Bahasa Indonesia
     * @param nameEn its name in English
     * @param kind how it is answered
     * @param labels the labels of a choice scale, best first (so "a better answer" is an earlier label); empty for
     *     the other kinds
     * @param range the range of an index scale's answers as structure.csv declares it (detail {@code index 0-4}); null
     *     for the other kinds
     */
    public record AnswerScale(String code, String nameId, String nameEn, AnswerKind kind, List<String> labels,
                              @Nullable IndexRange range) {
        /**
         * Refuses nulls; a choice scale needs two or more different labels, the other kinds none; an index scale
         * needs its range, the other kinds none.
         */
        public AnswerScale {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameId, "nameId");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(kind, "kind");
            labels = List.copyOf(labels);
            if (kind == AnswerKind.CHOICE ? labels.size() < 2 || Set.copyOf(labels).size() != labels.size()
                    : !labels.isEmpty()) {
                throw new IllegalArgumentException("answer scale " + code + ": a CHOICE scale needs two or more "
                        + "different labels and other kinds none, but it is " + kind + " with " + labels);
            }
            if ((kind == AnswerKind.INDEX) != (range != null)) {
                throw new IllegalArgumentException("answer scale " + code + ": an INDEX scale needs its range and "
                        + "other kinds none, but it is " + kind + " with range " + range);
            }
        }

        /** A scale that is not an index scale (no range): a choice scale with its labels, or a ratio or decrease. */
        public AnswerScale(String code, String nameId, String nameEn, AnswerKind kind, List<String> labels) {
            this(code, nameId, nameEn, kind, labels, null);
        }

        /**
         * The range of this index scale.
         *
         * @throws IllegalStateException if this is not an index scale
         */
        public IndexRange indexRange() {
            if (range == null) {
                throw new IllegalStateException("answer scale " + code + " is " + kind + ", not an index scale");
            }
            return range;
        }
    }

    /**
     * The answers an index scale takes, both ends included, as structure.csv declares them: detail {@code index 0-4}
     * for the survey indices of PermenPAN-RB 90/2021 (IPAK, IPKP). The validator refuses an index outside it; the
     * planner and the property kit take {@code highest} as the best answer. The rule that values an index item (e.g.
     * {@code IDX4: nilai = indeks survei / 4}) must give 1 at {@code highest} and 0 at {@code lowest}; the rule set's
     * verifier checks that when it loads.
     *
     * @param lowest the lowest index, e.g. 0
     * @param highest the highest index, e.g. 4; greater than {@code lowest}
     */
    public record IndexRange(BigDecimal lowest, BigDecimal highest) {
        /** Refuses nulls and a range whose highest is not greater than its lowest. */
        public IndexRange {
            Objects.requireNonNull(lowest, "lowest");
            Objects.requireNonNull(highest, "highest");
            if (lowest.compareTo(highest) >= 0) {
                throw new IllegalArgumentException("an index range needs its highest above its lowest, but it is "
                        + lowest.toPlainString() + "-" + highest.toPlainString());
            }
        }

        /** Whether {@code v} lies in this range, both ends included. */
        public boolean contains(BigDecimal v) {
            return v.compareTo(lowest) >= 0 && v.compareTo(highest) <= 0;
        }

        /** As structure.csv writes it, e.g. {@code 0-4}. */
        @Override
        public String toString() {
            return lowest.toPlainString() + "-" + highest.toPlainString();
        }
    }

    /**
     * A check of a verdict (zi-report/1's check ids) with its name, which the reports show: either one the verdict
     * for some predikat must hold, or a named optional check, which a rule may make (an agency fact's
     * {@code AGENCY.JUMLAH_PEGAWAI}) but no predikat requires.
     *
     * @param id the check id, e.g. {@code TOTAL}, {@code AREA.MP}, {@code HOLDS_WBK}, {@code AGENCY.BPK}
     * @param predikats the predikats whose verdict needs it; empty for a named optional check
     * @param nameId what it checks, in Bahasa Indonesia
     * @param nameEn what it checks, in English
     */
    public record RequiredCheck(String id, Set<Predikat> predikats, String nameId, String nameEn) {
        /** Refuses nulls and {@link Predikat#NONE} among the predikats. */
        public RequiredCheck {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(nameId, "nameId");
            Objects.requireNonNull(nameEn, "nameEn");
            predikats = Set.copyOf(predikats);
            if (predikats.contains(Predikat.NONE)) {
                throw new IllegalArgumentException("check " + id + " must be required for WBK, WBBM, both or "
                        + "neither (a named optional check), but was " + predikats);
            }
        }

        /** Whether some predikat requires it (else it is a named optional check). */
        public boolean isRequired() {
            return !predikats.isEmpty();
        }

        /** Its name in {@code language} ({@code id}: Bahasa Indonesia, anything else: English). */
        public String name(String language) {
            return "id".equals(language) ? nameId : nameEn;
        }
    }

    /**
     * Copies the lists and checks the tree: unique codes and ids, exactly one root, every parent declared before
     * its children.
     *
     * @throws IllegalArgumentException naming the first inconsistency
     */
    public RuleSetModel {
        sections = List.copyOf(sections);
        areas = List.copyOf(areas);
        components = List.copyOf(components);
        answerScales = List.copyOf(answerScales);
        checks = List.copyOf(checks);
        unique("section", sections.stream().map(SectionDef::code).toList());
        unique("area", areas.stream().map(AreaDef::code).toList());
        unique("component", components.stream().map(Component::id).toList());
        unique("answer scale", answerScales.stream().map(AnswerScale::code).toList());
        unique("check", checks.stream().map(RequiredCheck::id).toList());
        List<String> seen = new ArrayList<>();
        for (Component c : components) {
            if (seen.isEmpty() != c.isRoot()) {
                throw new IllegalArgumentException("component " + c.id() + ": the first component must be the "
                        + "only root (no parent), and every other must name a parent declared before it");
            }
            if (!c.isRoot() && !seen.contains(c.parent())) {
                throw new IllegalArgumentException("component " + c.id() + ": its parent " + c.parent()
                        + " must be declared before it, one of " + seen);
            }
            seen.add(c.id());
        }
        if (components.isEmpty()) {
            throw new IllegalArgumentException("a rule set model needs at least one component (the total)");
        }
    }

    private static void unique(String what, List<String> ids) {
        if (Set.copyOf(ids).size() != ids.size()) {
            throw new IllegalArgumentException("every " + what + " must be declared once, but the list is " + ids);
        }
    }

    /**
     * Reads a structure file: CSV with the header {@code kind,code,within,name_id,name_en,detail} (the project's
     * one CSV dialect, as {@link Instrument#readCsv} reads it); docs/policy/structure.md describes the rows.
     *
     * @param csv the text
     * @param sourceName the file name to put in problem locations
     * @throws InvalidInputException listing every problem found, each with its {@code file:line}
     * @throws IOException if reading fails
     */
    public static RuleSetModel readCsv(Reader csv, String sourceName) throws IOException {
        return StructureCsv.read(csv, sourceName);
    }

    /** The root component, the total score ({@code TOTAL}). */
    public Component root() {
        return components.get(0);
    }

    /** The component with this id, if declared. */
    public Optional<Component> component(String id) {
        return components.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The components whose parent is {@code id}, in declaration order. */
    public List<Component> children(String id) {
        return components.stream().filter(c -> c.parent().equals(id)).toList();
    }

    /** The section with this code, if declared. */
    public Optional<SectionDef> section(String code) {
        return sections.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The sections that are divided into the change areas ({@link SectionDef#hasAreas()}), in LKE order. */
    public List<SectionDef> sectionsWithAreas() {
        return sections.stream().filter(SectionDef::hasAreas).toList();
    }

    /** The area with this code, if declared. */
    public Optional<AreaDef> area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The answer scale with this code, if declared. */
    public Optional<AnswerScale> answerScale(String code) {
        return answerScales.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The ids of the checks the verdict for {@code target} needs, in declaration order. */
    public List<String> requiredChecks(Predikat target) {
        return checks.stream().filter(c -> c.predikats().contains(target)).map(RequiredCheck::id).toList();
    }

    /** The ids of the components, in declaration order (root first). */
    public List<String> componentIds() {
        return components.stream().map(Component::id).toList();
    }

    /** Each component's children's ids, by component id, in declaration order (leaves map to an empty list). */
    public Map<String, List<String>> tree() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Component c : components) {
            out.put(c.id(), new ArrayList<>());
            if (!c.isRoot()) {
                out.get(c.parent()).add(c.id());
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return java.util.Collections.unmodifiableMap(out);
    }
}
