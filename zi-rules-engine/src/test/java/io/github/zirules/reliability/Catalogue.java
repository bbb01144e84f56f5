package io.github.zirules.reliability;

import io.github.zirules.api.Problem;
import io.github.zirules.json.JsonLimits;
import io.github.zirules.api.internal.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The rows of {@code reliability/catalogue.csv}: comma-separated, double quotes around a field with a comma. */
final class Catalogue {

    /** What a row expects. */
    enum Expect {
        /** Refused by the reader or the validator with exactly these problem codes. */
        PROBLEMS,
        /** Read, valid and scored; the codes are warnings the outcome must carry. */
        TOLERATED,
        /** Read and valid, then refused by the evaluator with the exception named in the codes. */
        REFUSED
    }

    /** One case. */
    record Row(int line, String id, String input, String limits, Expect expect, Set<String> codes,
               String description) {

        /** The limits of the row, built with the {@link JsonLimits.Builder} setters it names. */
        JsonLimits jsonLimits() {
            JsonLimits.Builder b = JsonLimits.builder();
            if (limits.isBlank()) {
                return b.build();
            }
            for (String kv : limits.split(";")) {
                String[] p = kv.split("=", 2);
                long v = Long.parseLong(p[1].strip());
                switch (p[0].strip()) {
                    case "maxDocumentBytes" -> b.maxDocumentBytes(v);
                    case "maxNestingDepth" -> b.maxNestingDepth((int) v);
                    case "maxNumberLength" -> b.maxNumberLength((int) v);
                    case "maxStringLength" -> b.maxStringLength((int) v);
                    case "maxAnswers" -> b.maxAnswers((int) v);
                    default -> throw new IllegalArgumentException("catalogue.csv:" + line + ": unknown limit "
                            + p[0]);
                }
            }
            return b.build();
        }
    }

    private Catalogue() {
    }

    static List<Row> read(String resource) throws IOException {
        String text;
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Problem> problems = new ArrayList<>();
        List<CsvTable.Row> table = CsvTable.parse(text, resource, problems).rows();
        if (!problems.isEmpty()) {
            throw new IOException(resource + ": " + problems);
        }
        if (table.isEmpty() || !table.get(0).cells().equals(List.of("id", "input", "limits", "expect", "codes",
                "description"))) {
            throw new IOException(resource + ": unexpected header " + (table.isEmpty() ? "(none)" : table.get(0)));
        }
        List<Row> rows = new ArrayList<>();
        for (CsvTable.Row r : table.subList(1, table.size())) {
            List<String> f = r.cells();
            if (f.size() != 6) {
                throw new IOException(resource + ":" + r.line() + ": 6 fields expected but found " + f.size() + ": "
                        + f);
            }
            Set<String> codes = new LinkedHashSet<>(f.get(4).isBlank() ? List.of()
                    : Arrays.asList(f.get(4).strip().split("\\s+")));
            rows.add(new Row(r.line(), f.get(0), f.get(1), f.get(2), Expect.valueOf(f.get(3).toUpperCase(
                    java.util.Locale.ROOT)), codes, f.get(5)));
        }
        return rows;
    }
}
