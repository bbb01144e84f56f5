package io.github.zirules.api.internal;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The project's one CSV dialect, read with Apache Commons CSV, for the instrument and for scenario files alike: a table
 * as a spreadsheet saves it. Comma- or semicolon-separated (Excel in an Indonesian locale saves semicolons; the first
 * meaningful line decides), an optional byte-order mark, LF or CRLF line ends, fields in double quotes may hold
 * separators, quotes ({@code ""}) and line breaks. Lines that start with {@code #} are comments; blank lines and rows
 * of empty cells are skipped. Each row keeps the line it starts on, for {@code file:line} locations.
 */
public final class CsvTable {

    /**
     * One row.
     *
     * @param line the line it starts on (1-based)
     * @param cells its cells, trimmed
     */
    public record Row(int line, List<String> cells) {
        /** The cell at {@code i}, or the empty string if the row is shorter. */
        public String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    /** The rows, the header first. */
    public List<Row> rows() {
        return rows;
    }

    /** Reads {@code text}; an unterminated quote adds a problem with code {@code SCENARIO_CSV}. */
    public static CsvTable parse(String text, String file, List<Problem> problems) {
        return parse(text, file, "SCENARIO_CSV", problems);
    }

    /**
     * Reads {@code text}. A double quote that is never closed adds a problem with {@code errorCode} at the line the
     * quote opens; the rows before it are kept.
     */
    public static CsvTable parse(String text, String file, String errorCode, List<Problem> problems) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        t = t.replace("\r\n", "\n").replace('\r', '\n');
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(separator(t))
                .setQuote('"')
                .setCommentMarker('#')
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setTrailingData(true)
                .setRecordSeparator('\n')
                .get();
        List<Row> rows = new ArrayList<>();
        LineIndex lines = new LineIndex(t);
        try (CSVParser parser = CSVParser.parse(new StringReader(t), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord r = it.next();
                List<String> cells = r.toList();
                if (cells.stream().anyMatch(s -> !s.isEmpty())) {
                    rows.add(new Row(lines.recordLine(r.getCharacterPosition()), List.copyOf(cells)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.error(errorCode, file + ":" + lines.unclosedQuoteLine(),
                    Message.of("CSV_QUOTE_UNCLOSED"), Message.of("CSV_QUOTE_UNCLOSED.expected")));
        }
        return new CsvTable(List.copyOf(rows));
    }

    private static char separator(String t) {
        for (String l : t.split("\n")) {
            String s = l.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            long commas = s.chars().filter(c -> c == ',').count();
            long semis = s.chars().filter(c -> c == ';').count();
            return semis > commas ? ';' : ',';
        }
        return ',';
    }

    /** Line numbers of character positions in the (LF-normalised) text. */
    private static final class LineIndex {
        private final String text;
        private final int[] lineStarts;

        LineIndex(String text) {
            this.text = text;
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                starts.add(i + 1);
            }
            this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }

        /**
         * The line a record starts on: Commons CSV reports the position where it began looking, which may be a blank
         * line or a comment before the record; the record starts on the first line after those.
         */
        int recordLine(long position) {
            int pos = (int) Math.min(position, text.length());
            int line = lineOf(pos);
            int start = lineStarts[line - 1];
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                String l = text.substring(start, end < 0 ? text.length() : end).strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    break;
                }
                if (end < 0) {
                    break;
                }
                start = end + 1;
                line++;
            }
            return line;
        }

        /** The line where the last quote that is never closed opens (1 if none is found). */
        int unclosedQuoteLine() {
            boolean quoted = false;
            int line = 1;
            int opened = 1;
            boolean lineStart = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (!quoted && lineStart && c == '#') {
                    int end = text.indexOf('\n', i);
                    i = end < 0 ? text.length() : end - 1;
                    continue;
                }
                lineStart = false;
                if (c == '"') {
                    quoted = !quoted;
                    if (quoted) {
                        opened = line;
                    }
                } else if (c == '\n') {
                    line++;
                    lineStart = true;
                }
            }
            return opened;
        }

        private int lineOf(int pos) {
            int i = Arrays.binarySearch(lineStarts, pos);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
