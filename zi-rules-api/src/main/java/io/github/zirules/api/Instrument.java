package io.github.zirules.api;

import io.github.zirules.api.internal.InstrumentCsv;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The instrument of a rule set: its scored items grouped into indicators, in LKE order. For PermenPAN-RB 90/2021
 * that is the 113 items of the LKE (87 Pemenuhan, 23 Reform, 3 Hasil).
 *
 * <p>The instrument says what is asked and how it is answered; what answers are worth and how much each indicator
 * weighs is said by the rule set's DRL files. An instrument given by an evaluator also carries the grade scales its
 * rule set declares ({@link #gradeScales()}), against which {@link AssessmentValidator} checks an agency's grades,
 * and the structure of its regulation ({@link #model()}). Immutable; equal when the items, the grade scales and the
 * structures are equal.
 */
public final class Instrument {

    private final List<Item> items;
    private final Map<ItemId, Item> byId;
    private final List<Indicator> indicators;
    private final Map<String, List<String>> gradeScales;
    private final Map<String, DeclaredFact> agencyFacts;
    private final @Nullable RuleSetModel model;
    /** The model's answer scales by code (looked up for every answer of every evaluation). */
    private final Map<String, RuleSetModel.AnswerScale> scales;

    /**
     * An instrument of the given items, in LKE order.
     *
     * @throws IllegalArgumentException if the list is empty or an item id appears twice
     */
    public Instrument(List<Item> items) {
        this(items, Map.of(), Map.of(), null);
    }

    private Instrument(List<Item> items, Map<String, List<String>> gradeScales,
                       Map<String, DeclaredFact> agencyFacts, @Nullable RuleSetModel model) {
        this.model = model;
        Map<String, RuleSetModel.AnswerScale> byCode = new java.util.HashMap<>();
        if (model != null) {
            model.answerScales().forEach(sc -> byCode.put(sc.code(), sc));
        }
        this.scales = byCode;
        Map<String, List<String>> scales = new LinkedHashMap<>();
        gradeScales.forEach((name, grades) -> scales.put(name, List.copyOf(grades)));
        this.gradeScales = java.util.Collections.unmodifiableMap(scales);
        this.agencyFacts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(agencyFacts));
        this.items = List.copyOf(items);
        if (this.items.isEmpty()) {
            throw new IllegalArgumentException("an instrument needs at least one item");
        }
        Map<ItemId, Item> ids = new LinkedHashMap<>();
        Map<String, List<Item>> groups = new LinkedHashMap<>();
        for (Item i : this.items) {
            if (ids.put(i.id(), i) != null) {
                throw new IllegalArgumentException("item id " + i.id() + " appears twice in the instrument");
            }
            groups.computeIfAbsent(i.indicatorId(), k -> new ArrayList<>()).add(i);
        }
        this.byId = ids;
        List<Indicator> inds = new ArrayList<>();
        groups.forEach((id, its) -> {
            Item first = its.get(0);
            inds.add(new Indicator(id, first.section(), first.area(), first.indicatorName(),
                    its.stream().map(Item::id).toList()));
        });
        this.indicators = List.copyOf(inds);
    }

    /**
     * Reads an instrument from CSV with the header
     * {@code item_id,section,area,indicator,indicator_name,answer_type,ratio_formula}, optionally followed by
     * {@code question} and {@code criteria} (the answer criteria, one line per option inside the quoted cell).
     * Comma or semicolon separated, with or without a byte-order mark, LF or CRLF line ends, quoted cells may span
     * lines; lines starting with {@code #} are comments. Read alone, without the rule set's structure, the section,
     * area and answer-scale cells are taken as the codes they are (capital letters, digits, {@code _}), an empty area
     * cell meaning an item without an area; {@link #readCsv(Reader, String, RuleSetModel)} also checks them against
     * the structure.
     *
     * @param csv the text
     * @param sourceName the file name to put in problem locations
     * @throws InvalidInputException listing every problem found, each with its {@code file:line}
     * @throws IOException if reading fails
     */
    public static Instrument readCsv(Reader csv, String sourceName) throws IOException {
        return InstrumentCsv.read(csv, sourceName);
    }

    /**
     * Reads an instrument as {@link #readCsv(Reader, String)} does and checks its codes against the structure of its
     * rule set: every section, area and answer scale an item names is declared there, an item of a section with
     * areas names one and an item of a section without areas none. The instrument carries the structure
     * ({@link #model()}).
     *
     * @param csv the text
     * @param sourceName the file name to put in problem locations
     * @param model the structure of the rule set the instrument belongs to
     * @throws InvalidInputException listing every problem found, each with its {@code file:line} and the declared
     *     codes
     * @throws IOException if reading fails
     */
    public static Instrument readCsv(Reader csv, String sourceName, RuleSetModel model) throws IOException {
        return InstrumentCsv.read(csv, sourceName, Objects.requireNonNull(model, "model")).withModel(model);
    }

    /** The items, in LKE order. */
    public List<Item> items() {
        return items;
    }

    /** The item with this id, if the instrument has it. */
    public Optional<Item> item(ItemId id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The indicators, in LKE order, each with its items. */
    public List<Indicator> indicators() {
        return indicators;
    }

    /** The number of items. */
    public int size() {
        return items.size();
    }

    /**
     * The grade scales of the rule set, by name (e.g. {@code BPK}), each best grade first, as its rules declare them
     * ({@code gradeScale("BPK", "WTP > WDP > TW > TMP")}); empty for an instrument read alone.
     */
    public Map<String, List<String>> gradeScales() {
        return gradeScales;
    }

    /** This instrument with the grade scales of its rule set (see {@link #gradeScales()}). */
    public Instrument withGradeScales(Map<String, List<String>> scales) {
        return new Instrument(items, scales, agencyFacts, model);
    }

    /**
     * The agency facts the rule set declares, by name, in the order declared
     * ({@code agencyFact("jumlahPegawai", "BILANGAN", …)}); an assessment may give no other. Empty for an instrument
     * read alone.
     */
    public Map<String, DeclaredFact> agencyFacts() {
        return agencyFacts;
    }

    /** This instrument with the agency facts its rule set declares (see {@link #agencyFacts()}). */
    public Instrument withAgencyFacts(Map<String, DeclaredFact> facts) {
        return new Instrument(items, gradeScales, facts, model);
    }

    /**
     * The structure of the regulation its rule set declares (sections, areas, components, answer scales, required
     * checks); empty for an instrument read alone.
     */
    public Optional<RuleSetModel> model() {
        return Optional.ofNullable(model);
    }

    /**
     * The answer scale of an item, as the structure of its rule set declares it: how it is answered and, for a
     * choice, its labels best first.
     *
     * @throws IllegalStateException if the instrument carries no structure ({@link #model()} is empty) or the
     *     structure does not declare the item's scale
     */
    public RuleSetModel.AnswerScale answerScale(Item item) {
        if (model == null) {
            throw new IllegalStateException("item " + item.id() + ": the instrument carries no rule set structure, "
                    + "so its answer scale " + item.answerType() + " is not known; use an instrument read with its "
                    + "structure (Instrument.readCsv(csv, name, model) or withModel)");
        }
        RuleSetModel.AnswerScale scale = scales.get(item.answerType());
        if (scale == null) {
            throw new IllegalStateException("item " + item.id() + ": the answer scale " + item.answerType()
                    + " is not declared in the rule set's structure, which declares " + scales.keySet());
        }
        return scale;
    }

    /** This instrument with the structure its rule set declares (see {@link #model()}). */
    public Instrument withModel(RuleSetModel structure) {
        return new Instrument(items, gradeScales, agencyFacts, Objects.requireNonNull(structure, "structure"));
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Instrument other && items.equals(other.items) && gradeScales.equals(other.gradeScales)
                && agencyFacts.equals(other.agencyFacts) && Objects.equals(model, other.model);
    }

    @Override
    public int hashCode() {
        return ((items.hashCode() * 31 + gradeScales.hashCode()) * 31 + agencyFacts.hashCode()) * 31
                + Objects.hashCode(model);
    }

    @Override
    public String toString() {
        return "Instrument[" + items.size() + " items, " + indicators.size() + " indicators]";
    }
}
