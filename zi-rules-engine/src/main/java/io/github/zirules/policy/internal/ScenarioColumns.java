package io.github.zirules.policy.internal;

import io.github.zirules.api.Indicator;
import io.github.zirules.api.Instrument;
import io.github.zirules.api.Result;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a scenario file: inputs, expectations, notes, and the score columns, whose names are the score
 * names of the zi-report/1 format ({@code TOTAL}, {@code MP}, {@code PEM.MP}, {@code PEM.MP.1} …).
 */
public final class ScenarioColumns {

    /** Input and expectation columns by accepted name (English and Bahasa Indonesia), lower case. */
    static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("case", "case"), Map.entry("kasus", "case"), Map.entry("base", "base"),
            Map.entry("dasar", "base"), Map.entry("target", "target"), Map.entry("sasaran", "target"),
            Map.entry("current", "current"), Map.entry("predikat", "current"), Map.entry("year", "year"),
            Map.entry("tahun", "year"), Map.entry("answers", "answers"), Map.entry("jawaban", "answers"),
            Map.entry("evidence", "evidence"), Map.entry("data_dukung", "evidence"), Map.entry("bpk", "bpk"),
            Map.entry("akip", "akip"), Map.entry("indeks_rb", "indeks_rb"), Map.entry("agency_kind", "agency_kind"),
            Map.entry("jenis_instansi", "agency_kind"), Map.entry("facts", "facts"),
            Map.entry("data_instansi", "facts"), Map.entry("eligible", "eligible"),
            Map.entry("layak", "eligible"), Map.entry("failed", "failed"), Map.entry("gagal", "failed"),
            Map.entry("warnings", "warnings"), Map.entry("peringatan", "warnings"), Map.entry("note", "note"),
            Map.entry("notes", "note"), Map.entry("comment", "note"), Map.entry("catatan", "note"),
            Map.entry("keterangan", "note"));

    private final Map<String, String> scoreNames = new LinkedHashMap<>();

    /**
     * The score columns for {@code instrument}: the components and areas its rule set's structure declares, then
     * every area part and indicator.
     */
    public ScenarioColumns(Instrument instrument) {
        instrument.model().ifPresent(m -> {
            m.componentIds().forEach(c -> scoreNames.put(c, c));
            m.areas().forEach(a -> scoreNames.put(a.code(), a.code()));
        });
        for (Indicator i : instrument.indicators()) {
            if (i.area() != null) {
                String part = i.section() + "." + i.area();
                scoreNames.put(part.toUpperCase(Locale.ROOT), part);
            }
            scoreNames.put(i.id().toUpperCase(Locale.ROOT), i.id());
        }
    }

    /** The canonical score name for a header, or null if it is no score column. */
    public String scoreName(String header) {
        return scoreNames.get(header.strip().toUpperCase(Locale.ROOT));
    }

    /** Every score column name, for suggestions. */
    public List<String> all() {
        return List.copyOf(scoreNames.values());
    }

    /**
     * The reported score named {@code name} in {@code r} (a component, area, area part or indicator of its score
     * tree); null if the result has none.
     */
    public static BigDecimal score(Result r, String name) {
        return r.scoreTree().score(name).orElse(null);
    }
}
