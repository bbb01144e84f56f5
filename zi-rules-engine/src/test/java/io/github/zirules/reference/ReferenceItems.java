package io.github.zirules.reference;

import io.github.zirules.api.AnswerType;
import io.github.zirules.api.Area;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Item;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Section;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
                      Fraction weight, int itemsInIndicator, String answerType, String ratioFormula) {

        /** {@code PEM.MP.1}, {@code REF.PW.3a} or {@code HAS.IPAK}. */
        public String indicatorId() {
            return "HAS".equals(section) ? section + "." + indicator : section + "." + area + "." + indicator;
        }
    }

    private final List<Row> rows;
    private final String source;

    private ReferenceItems(List<Row> rows, String source) {
        this.rows = List.copyOf(rows);
        this.source = source;
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

    /** Reads the CSV text; fails on the first malformed line (this is test scaffolding, not user input). */
    public static ReferenceItems read(Reader csv, String source) throws IOException {
        BufferedReader r = new BufferedReader(csv);
        String header = r.readLine();
        if (header == null || !split(header.replace("\uFEFF", "")).equals(HEADER)) {
            throw new IllegalStateException(source + ":1: header must be " + HEADER + " but was " + header);
        }
        List<Row> rows = new ArrayList<>();
        String line;
        int lineNo = 1;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            List<String> f = split(line);
            if (f.size() != HEADER.size()) {
                throw new IllegalStateException(source + ":" + lineNo + ": expected " + HEADER.size()
                        + " columns but found " + f.size());
            }
            rows.add(new Row(f.get(0), f.get(1), f.get(2), f.get(3), f.get(4), Fraction.parse(f.get(5)),
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
        Map<String, List<Row>> out = new LinkedHashMap<>();
        rows.forEach(row -> out.computeIfAbsent(row.indicatorId(), k -> new ArrayList<>()).add(row));
        return out;
    }

    /** The row of {@code itemId}, if the CSV has it. */
    public Optional<Row> row(String itemId) {
        return rows.stream().filter(r -> r.itemId().equals(itemId)).findFirst();
    }

    /**
     * The items as an API {@link Instrument} (without weights, which the API does not carry), for tests that need
     * one independently of the engine's own instrument resource.
     */
    public Instrument instrument() {
        List<Item> items = new ArrayList<>();
        for (Row row : rows) {
            Section section = Section.ofCode(row.section());
            Area area = section == Section.HASIL ? null : Area.valueOf(row.area());
            items.add(new Item(ItemId.of(row.itemId()), section, area, row.indicator(), row.indicatorName(),
                    AnswerType.valueOf(row.answerType()), row.ratioFormula().isBlank() ? null : row.ratioFormula()));
        }
        return new Instrument(items);
    }

    /** Splits a CSV line; double-quoted fields may hold commas and doubled quotes. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cur.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                out.add(cur.toString().strip());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString().strip());
        return out;
    }
}
