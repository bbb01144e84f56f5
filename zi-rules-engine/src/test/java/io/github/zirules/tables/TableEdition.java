package io.github.zirules.tables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the table edition of the built-in rule set (zi-rules-examples/rulesets/permenpan-rb-90-2021-tabel) from its
 * DRL, the reference: answer values, weights, thresholds, grade scales and prerequisites become decision tables
 * (CSV, one number a cell); the formulas stay DRL, copied as they are. Deterministic: the same DRL gives the same
 * bytes, so that a test can hold the committed files to what this writes.
 */
final class TableEdition {

    static final String ID = "permenpan-rb-90-2021-tabel";
    private static final String BUILT_IN = "zirules/rulesets/permenpan-rb-90-2021/";
    private static final Pattern RULE = Pattern.compile("(?ms)^rule \"([^\"]+)\"\\n(.*?)^end\\n");
    private static final Pattern HEADER = Pattern.compile("(?s)^(.*?)(?=^rule )", Pattern.MULTILINE);
    private static final String PACKAGE = "zirules.permenpanrb90";
    private static final String NOTE = "Dibuat dari berkas DRL aturan bawaan oleh TableEdition (uji mesin); satu angka "
            + "per sel, titik desimal. / Written from the built-in DRL by TableEdition (an engine test); one number a "
            + "cell, a decimal point. Cara mengubah / how to edit: docs/policy/tables.md";
    private static final List<String> COPIED = List.of("aggregation.drl", "zero-denominators.drl", "warnings.drl",
            "instrument.csv", "structure.csv", "tests/answer-values.csv", "tests/prerequisites.csv",
            "tests/thresholds-wbbm.csv",
            "tests/thresholds-wbk.csv");

    private TableEdition() {
    }

    /** Every file of the table edition, by its path in the folder. */
    static Map<String, String> files() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ruleset.properties", descriptor());
        out.put("nilai-jawaban.csv", answerValues());
        out.put("rumus-nilai-jawaban.drl", answerFormulas());
        out.put("bobot.csv", weights());
        out.put("ambang.csv", thresholds());
        out.put("prasyarat.csv", prerequisites());
        out.put("prasyarat-peringatan.drl", prerequisiteWarnings());
        for (String f : COPIED) {
            out.put(f, read(f));
        }
        return out;
    }

    static String read(String file) throws IOException {
        try (InputStream in = TableEdition.class.getClassLoader().getResourceAsStream(BUILT_IN + file)) {
            if (in == null) {
                throw new IOException("no built-in file " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String descriptor() throws IOException {
        String ref = read("ruleset.properties");
        return "# Edisi tabel aturan PermenPAN-RB 90/2021: angka-angkanya dalam tabel keputusan (CSV), rumusnya DRL.\n"
                + "# Ditulis oleh TableEdition dari aturan bawaan (rujukan); uji mesin membuktikan keduanya menilai sama.\n"
                + "# Table edition of the PermenPAN-RB 90/2021 rules: its numbers in decision tables (CSV), its formulas\n"
                + "# in DRL. Written by TableEdition from the built-in rule set (the reference); an engine test proves that\n"
                + "# both score alike. Encoding: UTF-8.\n"
                + "id = " + ID + "\n"
                + value(ref, "version") + "\n"
                + "title = " + value(ref, "title").substring("title = ".length()) + " (edisi tabel)\n"
                + value(ref, "legal-basis") + "\n"
                + "provisional = false\n"
                + "instrument = instrument.csv\n"
                + "structure = structure.csv\n"
                + "rules = nilai-jawaban.csv, rumus-nilai-jawaban.drl, zero-denominators.drl, bobot.csv, "
                + "aggregation.drl, ambang.csv, prasyarat.csv, prasyarat-peringatan.drl, warnings.drl\n";
    }

    private static String value(String properties, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + " = .*$").matcher(properties);
        if (!m.find()) {
            throw new IllegalStateException("no " + key);
        }
        return m.group();
    }

    // ---------------------------------------------------------------- answer values

    private static final Pattern CHOICE = Pattern.compile("\\$k : Scorecard\\(\\)\\nthen\\n    \\$k\\.answerValue\\( "
            + "\"(\\w+)\", \"([^\"]+)\", \"([^\"]+)\" \\);\\n");

    private static String answerValues() throws IOException {
        Csv t = table("Nilai jawaban", List.of("NAME", "RULEFLOW-GROUP", "CONDITION", "ACTION", "ACTION", "ACTION"),
                List.of("", "", "$k : Scorecard", "", "", ""),
                List.of("", "", "", "$k.answerValue( \"$param\",", "\"$param\",", "\"$param\" );"),
                List.of("Nama aturan / rule name", "Tahap / phase", "Lembar skor (x) / score sheet (x)",
                        "Skala jawaban / answer scale", "Jawaban / answer", "Nilai / value"),
                "io.github.zirules.rules.Scorecard");
        for (Matcher r = RULE.matcher(read("answer-values.drl")); r.find(); ) {
            Matcher c = CHOICE.matcher(r.group(2));
            if (c.find()) {
                t.row(r.group(1), "nilai-jawaban", "x", c.group(1), c.group(2), c.group(3));
            }
        }
        return t.text();
    }

    private static String answerFormulas() throws IOException {
        String drl = read("answer-values.drl");
        StringBuilder out = new StringBuilder(header(drl).replace("// NILAI JAWABAN / ANSWER VALUES",
                "// NILAI JAWABAN: RUMUS / ANSWER VALUES: FORMULAS (nilai pilihan: nilai-jawaban.csv / choices: "
                        + "nilai-jawaban.csv)"));
        for (Matcher r = RULE.matcher(drl); r.find(); ) {
            if (!CHOICE.matcher(r.group(2)).find()) {
                out.append(r.group()).append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String header(String drl) {
        Matcher m = HEADER.matcher(drl);
        return m.find() ? m.group(1) : "";
    }

    // ---------------------------------------------------------------- weights

    private static final Pattern WEIGHT = Pattern.compile(
            "\\$k\\.(weight|areaPartWeight|indicatorWeight)\\( \"([^\"]+)\",\\s*\"([^\"]+)\" \\);(?:\\s*// (.*))?");

    private static String weights() throws IOException {
        Csv t = table("Bobot", List.of("NAME", "RULEFLOW-GROUP", "CONDITION", "ACTION", "ACTION", "ACTION", "ACTION",
                        "ACTION", "ACTION"),
                List.of("", "", "$k : Scorecard", "", "", "", "", "", ""),
                List.of("", "", "", "$k.weight( \"$param\",", "\"$param\" );", "$k.areaPartWeight( \"$param\",",
                        "\"$param\" );", "$k.indicatorWeight( \"$param\",", "\"$param\" );"),
                List.of("Nama aturan / rule name", "Tahap / phase", "Lembar skor (x) / score sheet (x)",
                        "Tingkat / level", "Bobot / weight", "Bagian area / area part", "Bobot / weight",
                        "Indikator / indicator", "Bobot / weight"), "io.github.zirules.rules.Scorecard");
        for (Matcher r = RULE.matcher(read("weights.drl")); r.find(); ) {
            for (Matcher w = WEIGHT.matcher(r.group(2)); w.find(); ) {
                String id = w.group(2);
                String weight = w.group(3);
                String what = w.group(4) == null ? "" : " (" + w.group(4).replaceFirst("^[0-9a-z]+\\. ", "") + ")";
                String name = "Bobot " + id + what + ": " + weight.replace('.', ',');
                switch (w.group(1)) {
                    case "weight" -> t.row(name, "bobot", "x", id, weight, "", "", "", "");
                    case "areaPartWeight" -> t.row(name, "bobot", "x", "", "", id, weight, "", "");
                    default -> t.row(name, "bobot", "x", "", "", "", "", id, weight);
                }
            }
        }
        return t.text();
    }

    // ---------------------------------------------------------------- thresholds

    private static final List<String> CHECKS = List.of("TOTAL", "PENGUNGKIT", "BBA", "IPAK", "KINERJA", "IPKP");
    private static final Pattern TARGET = Pattern.compile("Scorecard\\( target == \"(\\w+)\" \\)");
    private static final Pattern MINIMUM = Pattern.compile(
            "\\$k\\.minimum\\( \"(\\w+)\", \\$k\\.get\\( \"\\1\" \\), \"([^\"]+)\" \\);");
    private static final Pattern AREA = Pattern.compile("\\$area\\.getWeight\\(\\)\\.times\\( \"([^\"]+)\" \\)");
    private static final Pattern HOLDS = Pattern.compile(
            "\\$k\\.grade\\( \"HOLDS_WBK\", \\$k\\.getCurrentPredicate\\(\\), \"(\\w+)\", \"PREDIKAT\" \\);");

    private static String thresholds() throws IOException {
        List<String> kinds = new ArrayList<>(List.of("NAME", "RULEFLOW-GROUP", "CONDITION", "CONDITION"));
        List<String> objects = new ArrayList<>(List.of("", "", "$k : Scorecard", "$area : ScoredArea"));
        List<String> code = new ArrayList<>(List.of("", "", "target == \"$param\"", ""));
        List<String> labels = new ArrayList<>(List.of("Nama aturan / rule name", "Tahap / phase",
                "Predikat / predicate", "Setiap area (x) / every area (x)"));
        for (String c : CHECKS) {
            kinds.add("ACTION");
            objects.add("");
            code.add("$k.minimum( \"" + c + "\", $k.get( \"" + c + "\" ), \"$param\" );");
            labels.add(c + " paling sedikit / at least");
        }
        kinds.add("ACTION");
        objects.add("");
        code.add("$k.minimum( \"AREA.\" + $area.getCode(), $area.getScore(), $area.getWeight().times( \"$param\" ) );");
        labels.add("AREA.*: bagian dari bobot area / share of the area's weight");
        kinds.add("ACTION");
        objects.add("");
        code.add("$k.grade( \"HOLDS_WBK\", $k.getCurrentPredicate(), \"$param\", \"PREDIKAT\" );");
        labels.add("HOLDS_WBK: predikat yang sudah dimiliki / predicate held");
        Csv t = table("Ambang", kinds, objects, code, labels, "io.github.zirules.rules.Scorecard",
                "io.github.zirules.rules.ScoredArea");
        for (String file : List.of("thresholds-wbk.drl", "thresholds-wbbm.drl")) {
            for (Matcher r = RULE.matcher(read(file)); r.find(); ) {
                String body = r.group(2);
                Matcher target = TARGET.matcher(body);
                if (!target.find()) {
                    throw new IllegalStateException("no target in " + r.group(1));
                }
                List<String> cells = new ArrayList<>(List.of(r.group(1), "predikat", target.group(1), ""));
                for (int i = 0; i < CHECKS.size() + 2; i++) {
                    cells.add("");
                }
                Matcher min = MINIMUM.matcher(body);
                Matcher area = AREA.matcher(body);
                Matcher holds = HOLDS.matcher(body);
                if (min.find()) {
                    cells.set(4 + CHECKS.indexOf(min.group(1)), min.group(2));
                } else if (area.find()) {
                    cells.set(3, "x");
                    cells.set(4 + CHECKS.size(), area.group(1));
                } else if (holds.find()) {
                    cells.set(5 + CHECKS.size(), holds.group(1));
                } else {
                    throw new IllegalStateException("not a threshold: " + r.group(1));
                }
                t.row(cells.toArray(String[]::new));
            }
        }
        return t.text();
    }

    // ---------------------------------------------------------------- prerequisites

    private static final Pattern SCALE = Pattern.compile("\\$k\\.gradeScale\\( \"(\\w+)\", \"([^\"]+)\" \\);");
    private static final Pattern GRADE = Pattern.compile("\\$k\\.grade\\( \"AGENCY\\.(\\w+)\", \\$k\\.get\\w+\\(\\), "
            + "\"(\\w+)\", \"(\\w+)\" \\);");
    private static final Pattern CONDITION = Pattern.compile("\\$k : Scorecard\\( (.*) \\)\\nthen");
    private static final List<String> AGENCY = List.of("BPK", "AKIP", "INDEKS_RB");
    private static final Map<String, String> GETTER = Map.of("BPK", "getBpkOpinion", "AKIP", "getAkip",
            "INDEKS_RB", "getIndeksRb");

    private static String prerequisites() throws IOException {
        String drl = read("prerequisites.drl");
        Csv scales = table("Skala peringkat", List.of("NAME", "RULEFLOW-GROUP", "CONDITION", "ACTION", "ACTION"),
                List.of("", "", "$k : Scorecard", "", ""),
                List.of("", "", "", "$k.gradeScale( \"$param\",", "\"$param\" );"),
                List.of("Nama aturan / rule name", "Tahap / phase", "Lembar skor (x) / score sheet (x)",
                        "Skala / scale", "Peringkat, terbaik lebih dulu / grades, best first"),
                "io.github.zirules.rules.Scorecard");
        List<String> kinds = new ArrayList<>(List.of("NAME", "RULEFLOW-GROUP", "CONDITION"));
        List<String> objects = new ArrayList<>(List.of("", "", "$k : Scorecard"));
        List<String> code = new ArrayList<>(List.of("", "", "$param"));
        List<String> labels = new ArrayList<>(List.of("Nama aturan / rule name", "Tahap / phase",
                "Berlaku bila / applies when"));
        for (String a : AGENCY) {
            kinds.add("ACTION");
            objects.add("");
            code.add("$k.grade( \"AGENCY." + a + "\", $k." + GETTER.get(a) + "(), \"$param\", \"" + a + "\" );");
            labels.add("AGENCY." + a + " paling rendah / at least");
        }
        Csv grades = table("Prasyarat instansi", kinds, objects, code, labels);
        for (Matcher r = RULE.matcher(drl); r.find(); ) {
            String body = r.group(2);
            for (Matcher s = SCALE.matcher(body); s.find(); ) {
                scales.row("Skala peringkat " + s.group(1) + ": " + s.group(2), "bobot", "x", s.group(1), s.group(2));
            }
            Matcher g = GRADE.matcher(body);
            if (g.find()) {
                Matcher c = CONDITION.matcher(body);
                if (!c.find()) {
                    throw new IllegalStateException("no condition in " + r.group(1));
                }
                List<String> cells = new ArrayList<>(List.of(r.group(1), "predikat", c.group(1), "", "", ""));
                cells.set(3 + AGENCY.indexOf(g.group(1)), g.group(2));
                grades.row(cells.toArray(String[]::new));
            }
        }
        return scales.text() + "\n" + grades.text().substring(grades.text().indexOf("\"RuleTable "));
    }

    private static String prerequisiteWarnings() throws IOException {
        String drl = read("prerequisites.drl");
        StringBuilder out = new StringBuilder(header(drl));
        for (Matcher r = RULE.matcher(drl); r.find(); ) {
            if (!SCALE.matcher(r.group(2)).find() && !GRADE.matcher(r.group(2)).find()) {
                out.append(r.group()).append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    // ---------------------------------------------------------------- CSV

    private static Csv table(String name, List<String> kinds, List<String> objects, List<String> code,
                             List<String> labels, String... imports) {
        Csv t = new Csv();
        t.line("RuleSet", PACKAGE);
        if (imports.length > 0) {
            t.line("Import", String.join(", ", imports));
        }
        t.line("Notes", NOTE);
        if (name.equals("Skala peringkat")) {
            // The conditions of the prerequisites (a later table of the same file) are written whole, with their
            // quotes: Drools must keep them as they are.
            t.line("EscapeQuotes", "false");
        }
        t.line();
        t.line("RuleTable " + name);
        t.line(kinds.toArray(String[]::new));
        t.line(objects.toArray(String[]::new));
        t.line(code.toArray(String[]::new));
        t.line(labels.toArray(String[]::new));
        return t;
    }

    /** CSV as Drools reads it: every cell quoted, quotes doubled, LF line ends. */
    private static final class Csv {
        private final StringBuilder text = new StringBuilder();

        void line(String... cells) {
            for (int i = 0; i < cells.length; i++) {
                if (i > 0) {
                    text.append(',');
                }
                text.append('"').append(cells[i].replace("\"", "\"\"")).append('"');
            }
            text.append('\n');
        }

        void row(String... cells) {
            line(cells);
        }

        String text() {
            return text.toString();
        }
    }
}
