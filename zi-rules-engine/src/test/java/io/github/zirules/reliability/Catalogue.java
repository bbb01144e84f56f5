package io.github.zirules.reliability;

import io.github.zirules.json.JsonLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
        List<Row> rows = new ArrayList<>();
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> f = fields(line);
                if (header) {
                    header = false;
                    if (!f.equals(List.of("id", "input", "limits", "expect", "codes", "description"))) {
                        throw new IOException(resource + ":" + n + ": unexpected header " + f);
                    }
                    continue;
                }
                if (f.size() != 6) {
                    throw new IOException(resource + ":" + n + ": 6 fields expected but found " + f.size() + ": "
                            + f);
                }
                Set<String> codes = new LinkedHashSet<>(f.get(4).isBlank() ? List.of()
                        : Arrays.asList(f.get(4).strip().split("\\s+")));
                rows.add(new Row(n, f.get(0), f.get(1), f.get(2), Expect.valueOf(f.get(3).toUpperCase(
                        java.util.Locale.ROOT)), codes, f.get(5)));
            }
        }
        return rows;
    }

    /** The fields of one CSV line (RFC 4180 quoting, no line breaks inside a field). */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
