package io.github.zirules.excel;

import io.github.zirules.api.Problem;
import io.github.zirules.api.internal.CsvTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code rows.csv}, where each of the 113 items sits in the two workbook layouts, read with the project's one CSV
 * reader ({@link CsvTable}): item id, the inspectorate's Jawaban row, the Lampiran III row and its count rows.
 */
final class RowsCsv {

    private RowsCsv() {
    }

    /** The item rows, without the header; each has the item id first. */
    static List<CsvTable.Row> rows() throws IOException {
        Path file = Fixtures.resource("rows.csv");
        List<Problem> problems = new ArrayList<>();
        List<CsvTable.Row> rows = CsvTable.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString(),
                "ROWS_CSV", problems).rows();
        if (!problems.isEmpty() || rows.size() != 114) {
            throw new IllegalStateException(file + ": expected a header and 113 item rows, " + problems);
        }
        return rows.subList(1, rows.size());
    }
}
