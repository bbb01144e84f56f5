package io.github.zirules.rules;

import io.github.zirules.api.Indicator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.internal.FixedKeyMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Engine use: the shape of the score sheet of one instrument (which item belongs to which indicator, which indicator
 * to which area part, which parts make an area), worked out once per compiled rule set so that each evaluation only
 * fills it in. Immutable and shared by every thread.
 */
public final class ScorecardLayout {

    final Instrument instrument;
    final Item[] items;
    /** The answer scale of each item, as the structure declares it. */
    final RuleSetModel.AnswerScale[] scales;
    final String[] itemIds;
    final int[] indicatorOfItem;
    final String[] indicatorIds;
    final String[] indicatorSections;
    final String[] indicatorAreas;
    final int[] partOfIndicator;
    final String[] partIds;
    final String[] partSections;
    final String[] partAreas;
    final String[] areaCodes;
    final int[][] partsOfArea;
    final List<String> levels;
    /** The labels of each choice scale, best first, by the scale's code: what an answer-value table may name. */
    final Map<String, List<String>> choiceScales;
    private final Map<String, Integer> itemIndex;
    /** The indicators', area parts' and areas' ids in order with their positions: the sheet's maps' keys. */
    final FixedKeyMap.Keys<String> indicatorKeys;
    final FixedKeyMap.Keys<String> partKeys;
    final FixedKeyMap.Keys<String> areaKeys;
    /** The position of each level by its id. */
    final Map<String, Integer> levelIndex;
    /** The items of each indicator and the indicators of each area part, by position, in LKE order. */
    final int[][] itemsOfIndicator;
    final int[][] indicatorsOfPart;
    /** The codes of the choice scales, their positions by code, and their labels, best first. */
    final String[] choiceScaleCodes;
    final Map<String, Integer> choiceScaleIndex;
    /** For each item, the position of its choice scale, -1 if its scale is not a choice scale. */
    final int[] choiceScaleOfItem;
    /** For each item, the labels of its answer scale as the rule files write them, best first; empty if not a choice. */
    final String[][] labelsOfItem;
    /**
     * Declarations whose arguments are the same texts on every evaluation (agency facts, grade scales and their
     * names), read once for this rule set and kept here: one layout belongs to one compiled rule set, which many
     * threads evaluate at once, so the caches are concurrent and hold only what a valid declaration made.
     */
    final DeclarationCache declarations = new DeclarationCache();

    private ScorecardLayout(Instrument instrument) {
        this.instrument = instrument;
        RuleSetModel model = instrument.model().orElseThrow(() -> new IllegalArgumentException("the instrument "
                + "carries no rule set structure (Instrument.model()): a score sheet is laid out by the sections, areas "
                + "and components its structure.csv declares"));
        this.levels = model.componentIds();
        List<Indicator> inds = instrument.indicators();
        int n = inds.size();
        indicatorIds = new String[n];
        indicatorSections = new String[n];
        indicatorAreas = new String[n];
        partOfIndicator = new int[n];
        Map<String, Integer> indicatorIndex = new HashMap<>();
        Map<String, Integer> partIndex = new LinkedHashMap<>();
        List<List<Integer>> indicatorsOf = new ArrayList<>();
        List<String[]> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Indicator ind = inds.get(i);
            indicatorIds[i] = ind.id();
            indicatorSections[i] = ind.section();
            indicatorAreas[i] = ind.area();
            indicatorIndex.put(ind.id(), i);
            partOfIndicator[i] = -1;
            if (indicatorAreas[i] != null) {
                String partId = indicatorSections[i] + "." + indicatorAreas[i];
                Integer p = partIndex.get(partId);
                if (p == null) {
                    p = parts.size();
                    partIndex.put(partId, p);
                    parts.add(new String[] {partId, indicatorSections[i], indicatorAreas[i]});
                    indicatorsOf.add(new ArrayList<>());
                }
                indicatorsOf.get(p).add(i);
                partOfIndicator[i] = p;
            }
        }
        partIds = new String[parts.size()];
        partSections = new String[parts.size()];
        partAreas = new String[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            partIds[p] = parts.get(p)[0];
            partSections[p] = parts.get(p)[1];
            partAreas[p] = parts.get(p)[2];
        }
        List<String> codes = new ArrayList<>();
        List<int[]> areaParts = new ArrayList<>();
        for (RuleSetModel.AreaDef a : model.areas()) {
            List<Integer> ps = new ArrayList<>();
            for (RuleSetModel.SectionDef s : model.sectionsWithAreas()) {
                Integer p = partIndex.get(s.code() + "." + a.code());
                if (p != null) {
                    ps.add(p);
                }
            }
            if (!ps.isEmpty()) {
                codes.add(a.code());
                areaParts.add(ps.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        areaCodes = codes.toArray(new String[0]);
        indicatorsOfPart = indicatorsOf.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.indicatorKeys = new FixedKeyMap.Keys<>(List.of(indicatorIds));
        this.partKeys = new FixedKeyMap.Keys<>(List.of(partIds));
        this.areaKeys = new FixedKeyMap.Keys<>(List.of(areaCodes));
        this.levelIndex = positions(levels.toArray(new String[0]));
        partsOfArea = areaParts.toArray(new int[0][]);
        List<Item> its = instrument.items();
        items = its.toArray(new Item[0]);
        scales = new RuleSetModel.AnswerScale[items.length];
        itemIds = new String[items.length];
        indicatorOfItem = new int[items.length];
        Map<String, Integer> order = new HashMap<>();
        for (int k = 0; k < items.length; k++) {
            itemIds[k] = items[k].id().value();
            scales[k] = instrument.answerScale(items[k]);
            indicatorOfItem[k] = indicatorIndex.get(items[k].indicatorId());
            order.put(itemIds[k], k);
        }
        itemIndex = Map.copyOf(order);
        int[] itemCounts = new int[n];
        for (int k = 0; k < items.length; k++) {
            itemCounts[indicatorOfItem[k]]++;
        }
        itemsOfIndicator = new int[n][];
        for (int i = 0; i < n; i++) {
            itemsOfIndicator[i] = new int[itemCounts[i]];
            itemCounts[i] = 0;
        }
        for (int k = 0; k < items.length; k++) {
            int i = indicatorOfItem[k];
            itemsOfIndicator[i][itemCounts[i]++] = k;
        }
        Map<String, List<String>> choices = new LinkedHashMap<>();
        for (RuleSetModel.AnswerScale sc : model.answerScales()) {
            if (sc.kind() == RuleSetModel.AnswerKind.CHOICE) {
                choices.put(sc.code(), sc.labels());
            }
        }
        choiceScales = Collections.unmodifiableMap(choices);
        choiceScaleCodes = choices.keySet().toArray(new String[0]);
        choiceScaleIndex = positions(choiceScaleCodes);
        choiceScaleOfItem = new int[items.length];
        labelsOfItem = new String[items.length][];
        for (int k = 0; k < items.length; k++) {
            labelsOfItem[k] = scales[k] == null ? new String[0] : scales[k].labels().toArray(new String[0]);
            Integer c = choiceScaleIndex.get(items[k].answerType());
            // An item's scale is found by position only when its labels are the table's, in the same order.
            choiceScaleOfItem[k] = c != null && scales[k] != null
                    && scales[k].labels().equals(choices.get(choiceScaleCodes[c])) ? c : -1;
        }
    }

    private static Map<String, Integer> positions(String[] ids) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            m.putIfAbsent(ids[i], i);
        }
        return Map.copyOf(m);
    }

    /** The labels of every choice scale, best first, by the scale's code. */
    public Map<String, List<String>> choiceScales() {
        return choiceScales;
    }

    /**
     * The layout of {@code instrument}, in the order its structure declares the sections and areas.
     *
     * @throws IllegalArgumentException if the instrument carries no structure ({@link Instrument#model()})
     */
    public static ScorecardLayout of(Instrument instrument) {
        return new ScorecardLayout(instrument);
    }

    /** The ids of the score components (upper levels) of the sheet, root first. */
    public List<String> levels() {
        return levels;
    }

    /** The instrument laid out. */
    public Instrument instrument() {
        return instrument;
    }

    /**
     * The values of {@code byItem} by the position of their item in LKE order (null where it has none), found in one
     * pass over the map: entries given in LKE order, as assessments are written and built, are matched to the next
     * item without hashing; any other entry is looked up. An id that is not an item of the instrument is left out.
     */
    <V> Object[] byPosition(Map<ItemId, V> byItem) {
        Object[] out = new Object[items.length];
        if (byItem.isEmpty()) {
            return out;
        }
        int[] next = {0};
        byItem.forEach((id, v) -> {
            int k = next[0];
            String text = id.value();
            if (k >= itemIds.length || !itemIds[k].equals(text)) {
                k = itemIndex(text);
            }
            if (k >= 0) {
                out[k] = v;
                next[0] = k + 1;
            }
        });
        return out;
    }

    /** The position of an item in LKE order; -1 if the id is not an item of the instrument. */
    public int itemIndex(String itemId) {
        Integer i = itemId == null ? null : itemIndex.get(itemId);
        return i == null ? -1 : i;
    }
}
