package io.github.zirules.reference;

import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Problem;
import io.github.zirules.api.RuleSetModel;
import io.github.zirules.api.internal.CsvTable;
import io.github.zirules.rules.Exact;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 113 items of the 90/2021 LKE with their indicator weights, read from the domain folder's
 * {@code lke-zi-2021-items.csv} (a copy of which lives in this module's test resources, under
 * {@code reference/}). The reference scorer takes its weights from here and nowhere else: none from the engine's DRL.
 *
 * <p>Where the CSV is found, first hit wins: the test resource {@code /reference/lke-zi-2021-items.csv}; the folder
 * named by the system property {@code zirules.shared.domain}; {@code ../../shared/domain} relative to the working
 * directory; a {@code shared/domain} folder in the working directory or any of its parents.
 */
public final class ReferenceItems {

    /** The CSV's file name. */
    public static final String CSV_NAME = "lke-zi-2021-items.csv";
    /** The test resource holding the bundled copy. */
    public static final String RESOURCE = "/reference/" + CSV_NAME;

    private static final List<String> HEADER = List.of("item_id", "section", "area", "indicator", "indicator_name",
            "indicator_weight", "items_in_indicator", "answer_type", "ratio_formula");

    /**
     * One row of the CSV.
     *
     * @param itemId e.g. {@code PEM.MP.1.a}
     * @param section {@code PEM}, {@code REF} or {@code HAS}
     * @param area {@code MP} … {@code PP}; for Hasil items the Hasil component: {@code BBA} or {@code PPP}
     * @param indicator e.g. {@code 1}, {@code 3a}, {@code IPAK}
     * @param indicatorName the LKE title
     * @param weight the indicator's weight
     * @param itemsInIndicator how many items the indicator has
     * @param answerType {@code YT}, {@code ABC}, {@code ABCD}, {@code ABCDE}, {@code PCT}, {@code DEC} or {@code IDX4}
     * @param ratioFormula what a PCT/DEC item counts; empty otherwise
     */
    public record Row(String itemId, String section, String area, String indicator, String indicatorName,
                      Exact weight, int itemsInIndicator, String answerType, String ratioFormula) {

        /** {@code PEM.MP.1}, {@code REF.PW.3a} or {@code HAS.IPAK}. */
        public String indicatorId() {
            return "HAS".equals(section) ? section + "." + indicator : section + "." + area + "." + indicator;
        }
    }

    private final List<Row> rows;
    private final String source;
    private final Map<String, Row> byId = new LinkedHashMap<>();
    private final Map<String, List<Row>> indicators = new LinkedHashMap<>();

    private ReferenceItems(List<Row> rows, String source) {
        this.rows = List.copyOf(rows);
        this.source = source;
        rows.forEach(row -> {
            byId.put(row.itemId(), row);
            indicators.computeIfAbsent(row.indicatorId(), k -> new ArrayList<>()).add(row);
        });
        indicators.replaceAll((k, v) -> List.copyOf(v));
    }

    /** Reads the CSV from the first place it is found (see the class comment). */
    public static ReferenceItems load() {
        InputStream in = ReferenceItems.class.getResourceAsStream(RESOURCE);
        try {
            if (in != null) {
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    return read(r, "classpath:" + RESOURCE);
                }
            }
            Path dir = sharedDomainFolder().orElseThrow(() -> new IllegalStateException("cannot find " + CSV_NAME
                    + ": not on the test class path at " + RESOURCE + " and no shared/domain folder found"));
            try (Reader r = Files.newBufferedReader(dir.resolve(CSV_NAME), StandardCharsets.UTF_8)) {
                return read(r, dir.resolve(CSV_NAME).toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The shared domain folder ({@code shared/domain}, holding the CSV and {@code examples/}), if it can be found:
     * the system property {@code zirules.shared.domain}, then {@code ../../shared/domain}, then a
     * {@code shared/domain} in the working directory or one of its parents.
     */
    public static Optional<Path> sharedDomainFolder() {
        List<Path> candidates = new ArrayList<>();
        String prop = System.getProperty("zirules.shared.domain");
        if (prop != null && !prop.isBlank()) {
            candidates.add(Path.of(prop));
        }
        Path cwd = Path.of("").toAbsolutePath();
        candidates.add(cwd.resolve("../../shared/domain"));
        for (Path p = cwd; p != null; p = p.getParent()) {
            candidates.add(p.resolve("shared/domain"));
        }
        return candidates.stream().map(Path::normalize).filter(p -> Files.isRegularFile(p.resolve(CSV_NAME)))
                .findFirst();
    }

    /**
     * Reads the CSV text with the project's one CSV reader ({@link CsvTable}, Apache Commons CSV); fails on the first
     * malformed line (this is test scaffolding, not user input).
     */
    public static ReferenceItems read(Reader csv, String source) throws IOException {
        StringWriter text = new StringWriter();
        csv.transferTo(text);
        List<Problem> problems = new ArrayList<>();
        List<CsvTable.Row> table = CsvTable.parse(text.toString(), source, "REFERENCE_CSV", problems).rows();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(source + ": " + problems);
        }
        if (table.isEmpty() || !table.get(0).cells().equals(HEADER)) {
            throw new IllegalStateException(source + ":1: header must be " + HEADER + " but was "
                    + (table.isEmpty() ? "nothing" : table.get(0).cells()));
        }
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row r : table.subList(1, table.size())) {
            List<String> f = r.cells();
            if (f.size() != HEADER.size()) {
                throw new IllegalStateException(source + ":" + r.line() + ": expected " + HEADER.size()
                        + " columns but found " + f.size());
            }
            rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), Exact.of(f.get(5)),
                    Integer.parseInt(f.get(6)), f.get(7), f.get(8)));
        }
        ReferenceItems items = new ReferenceItems(rows, source);
        items.checkConsistent();
        return items;
    }

    private void checkConsistent() {
        indicators().forEach((id, its) -> {
            for (Row row : its) {
                if (row.itemsInIndicator() != its.size() || !row.weight().equals(its.get(0).weight())) {
                    throw new IllegalStateException(source + ": indicator " + id + " has " + its.size()
                            + " items but " + row.itemId() + " says " + row.itemsInIndicator() + " items of weight "
                            + row.weight());
                }
            }
        });
    }

    /** The rows, in LKE order. */
    public List<Row> rows() {
        return rows;
    }

    /** Where the CSV was read from. */
    public String source() {
        return source;
    }

    /** The rows grouped by indicator id, in LKE order. */
    public Map<String, List<Row>> indicators() {
        return Collections.unmodifiableMap(indicators);
    }

    /** The row of {@code itemId}, if the CSV has it. */
    public Optional<Row> row(String itemId) {
        return Optional.ofNullable(byId.get(itemId));
    }

    /**
     * The items as an API {@link Instrument} (without weights, which the API does not carry), for tests that need
     * one independently of the engine's own instrument resource; it carries the structure of the built-in rule set
     * (its answer scales), read from its structure.csv. The Hasil rows' area column (BBA, PPP) is their group, not an
     * area.
     */
    public Instrument instrument() {
        List<Item> items = new ArrayList<>();
        for (Row row : rows) {
            String area = row.section().equals("HAS") ? null : row.area();
            items.add(new Item(ItemId.of(row.itemId()), row.section(), area, row.indicator(), row.indicatorName(),
                    row.answerType(), row.ratioFormula().isBlank() ? null : row.ratioFormula()));
        }
        return new Instrument(items).withModel(builtInStructure());
    }

    private static RuleSetModel builtInStructure() {
        String file = "zirules/rulesets/permenpan-rb-90-2021/structure.csv";
        try (java.io.InputStream in = ReferenceItems.class.getClassLoader().getResourceAsStream(file)) {
            return RuleSetModel.readCsv(new java.io.InputStreamReader(java.util.Objects.requireNonNull(in, file),
                    java.nio.charset.StandardCharsets.UTF_8), file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
