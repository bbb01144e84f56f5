package io.github.zirules.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes the results section of {@code docs/performance.md} from what {@code run.sh} measured: the JMH JSON, the
 * hyperfine JSON of the start-up runs, the memory CSV and the machine description. Everything in the section comes
 * from those files, so the page always shows the numbers of one run, with the targets marked met or not.
 */
public final class PerformanceReport {

    static final String BEGIN = "<!-- results:begin (written by run.sh; do not edit by hand) -->";
    static final String END = "<!-- results:end -->";
    private static final String PKG = "io.github.zirules.benchmarks.";
    /** The names run.sh gives its hyperfine runs of the waits (waits.json). */
    static final String FOLDER_READ = "cat: read the 2,000 files";
    static final String FOLDER_JSON = "zi-rules evaluate DIR --format json (2,000 files)";
    static final String FOLDER_TEXT = "zi-rules evaluate DIR --format text (2,000 files)";
    static final String FOLDER_ONE = "zi-rules evaluate FILE --format json (1 of the files)";
    static final String FLOOR = "FolderFloor: read and evaluate only, C1 only (2,000 files)";
    static final String FLOOR_ONE = "FolderFloor: read and evaluate only, C1 only (1 file)";
    static final String VALIDATE = "zi-rules validate <built-in folder>";
    static final String PROPERTIES = "zi-rules test --properties <built-in folder> --tries 1000";
    private static final int FOLDER_FILES = 2_000;
    /**
     * The CSV files run.sh collects (memory.csv, spring.csv): comma-separated, a header line, {@code \n} line ends,
     * quotes where a cell needs them, and lines starting with {@code #} as comments (a run's closing note).
     */
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setCommentMarker('#').setRecordSeparator('\n').get();

    private final JsonNode jmh;
    private final JsonNode startup;
    private final JsonNode waits;
    private final List<String[]> spring;
    private final List<String[]> memory;
    private final Map<String, String> machine;
    private final List<String[]> targets = new ArrayList<>();

    private PerformanceReport(JsonNode jmh, JsonNode startup, JsonNode waits, List<String[]> spring,
                              List<String[]> memory, Map<String, String> machine) {
        this.jmh = jmh;
        this.startup = startup;
        this.waits = waits;
        this.spring = spring;
        this.memory = memory;
        this.machine = machine;
    }

    /** Arguments: results.json startup.json memory.csv machine.txt performance.md waits.json spring.csv. */
    public static void main(String[] args) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String[]> mem = readCsv(Path.of(args[2]));
        Map<String, String> machine = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            int i = line.indexOf(':');
            if (i > 0) {
                machine.merge(line.substring(0, i).strip(), line.substring(i + 1).strip(), (a, b) -> a + "; " + b);
            }
        }
        List<String[]> spring = readCsv(Path.of(args[6]));
        PerformanceReport r = new PerformanceReport(json.readTree(Path.of(args[0]).toFile()),
                json.readTree(Path.of(args[1]).toFile()), json.readTree(Path.of(args[5]).toFile()), spring, mem,
                machine);
        Path page = Path.of(args[4]);
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        if (b < 0 || e < b) {
            throw new IllegalStateException(page + " has no results markers " + BEGIN + " … " + END);
        }
        Files.writeString(page, text.substring(0, b + BEGIN.length()) + "\n" + r.section() + text.substring(e),
                StandardCharsets.UTF_8);
    }

    /** The rows of one of run.sh's CSV files ({@link #CSV}), each as its cells in the order of the header. */
    static List<String[]> readCsv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVParser csv = CSV.parse(in)) {
            for (CSVRecord row : csv) {
                rows.add(row.values());
            }
        }
        return rows;
    }

    private String section() {
        StringBuilder s = new StringBuilder();
        s.append("\nMeasured on ").append(machine.getOrDefault("date", "?")).append(" with\n\n```\n")
                .append(machine.getOrDefault("command", "?")).append("\n```\n\n");
        s.append("| machine | |\n|---|---|\n");
        machine.forEach((k, v) -> {
            if (!k.equals("command") && !k.equals("date")) {
                s.append("| ").append(k).append(" | ").append(v.replace("|", "/")).append(" |\n");
            }
        });
        s.append("\n### Benchmarks (JMH)\n\n| benchmark | mode | score | ± error | median | unit | allocated per op |\n"
                + "|---|---|---:|---:|---:|---|---:|\n");
        for (JsonNode b : jmh) {
            JsonNode p = b.get("primaryMetric");
            JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
            JsonNode median = p.path("scorePercentiles").path("50.0");
            s.append("| ").append(b.get("benchmark").asText().replace(PKG, "")).append(" | ")
                    .append(b.get("mode").asText()).append(" | ").append(num(p.get("score").asDouble())).append(" | ")
                    .append(p.get("scoreError").isNumber() ? num(p.get("scoreError").asDouble()) : "")
                    .append(" | ").append(b.get("mode").asText().equals("sample") ? num(median.asDouble()) : "")
                    .append(" | ").append(p.get("scoreUnit").asText()).append(" | ")
                    .append(alloc.isMissingNode() ? "" : kb(alloc.get("score").asDouble())).append(" |\n");
        }
        s.append("\nAllocation is JMH's `gc.alloc.rate.norm` (`-prof gc`), per evaluation.\n");
        s.append(hyperfineTable("Start-up: JVM start to first verdict (hyperfine)", startup))
                .append(hyperfineTable("People's waits and the folder path (hyperfine; `zi-rules` is the launcher)",
                        waits))
                .append(springTable()).append(memoryTable()).append(targetTable());
        return s.toString();
    }

    private static String hyperfineTable(String title, JsonNode runs) {
        StringBuilder s = new StringBuilder("\n### " + title + "\n\n"
                + "| command | mean | ± σ | min | max | CPU (user + sys), mean | runs |\n"
                + "|---|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode r : runs.get("results")) {
            s.append("| `").append(r.get("command").asText().replace("|", "/")).append("` | ")
                    .append(seconds(r.get("mean").asDouble())).append(" | ").append(seconds(r.get("stddev").asDouble()))
                    .append(" | ").append(seconds(r.get("min").asDouble())).append(" | ")
                    .append(seconds(r.get("max").asDouble())).append(" | ")
                    .append(seconds(r.get("user").asDouble() + r.get("system").asDouble())).append(" | ")
                    .append(r.get("times").size()).append(" |\n");
        }
        return s.toString();
    }

    private String springTable() {
        StringBuilder s = new StringBuilder("\n### The Spring service: JVM start to `/actuator/health` answering\n\n"
                + "| how it is started | runs | mean | min | max |\n|---|---:|---:|---:|---:|\n");
        for (String variant : springVariants()) {
            List<Double> t = springTimes(variant);
            s.append("| ").append(variant).append(" | ").append(t.size()).append(" | ")
                    .append(seconds(t.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN)))
                    .append(" | ").append(seconds(t.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN)))
                    .append(" | ").append(seconds(t.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN)))
                    .append(" |\n");
        }
        return s.toString();
    }

    private List<String> springVariants() {
        return spring.stream().map(r -> r[0]).distinct().toList();
    }

    private List<Double> springTimes(String variant) {
        return spring.stream().filter(r -> r[0].equals(variant)).map(r -> Double.parseDouble(r[2])).toList();
    }

    /** The mean wall time of the hyperfine run named {@code name} in waits.json. */
    private double wait(String name) {
        double t = waitIfRun(name);
        if (Double.isNaN(t)) {
            throw new IllegalStateException("no run named '" + name + "' in the hyperfine results of the waits");
        }
        return t;
    }

    /** As {@link #wait}, NaN if waits.json (of a run.sh older than the run) has no run of that name. */
    private double waitIfRun(String name) {
        for (JsonNode r : waits.get("results")) {
            if (r.get("command").asText().equals(name)) {
                return r.get("mean").asDouble();
            }
        }
        return Double.NaN;
    }

    /**
     * The folder path's cost per file against the floor's: each the run on the 2,000 files less the run on one of
     * them, divided by 1,999, so that JVM start, the rule-set load and the first file's warm-up fall out of both; the
     * launcher's run (reading, validating, evaluating, drawing and writing the reports) against {@link FolderFloor}'s
     * (reading and evaluating only), both C1 only, on the same threads.
     */
    private void folderPerFile(double json) {
        double one = waitIfRun(FOLDER_ONE);
        double floor = waitIfRun(FLOOR);
        double floorOne = waitIfRun(FLOOR_ONE);
        String what = "the folder path per file / reading + evaluating per file (each: 2,000 files less 1, ÷ 1,999)";
        if (Double.isNaN(one) || Double.isNaN(floor) || Double.isNaN(floorOne)) {
            targets.add(new String[] {what, "≤ 2×", "not measured by this run", "—"});
            return;
        }
        double path = (json - one) / (FOLDER_FILES - 1);
        double reading = (floor - floorOne) / (FOLDER_FILES - 1);
        target(what, "≤ 2×", String.format(Locale.ROOT, "%.1f× (%.2f ms / %.2f ms)", path / reading, path * 1000,
                reading * 1000), path / reading <= 2);
    }

    private String memoryTable() {
        StringBuilder s = new StringBuilder("\n### 100,000 evaluations under `-Xmx256m`: heap in use after a full GC\n\n"
                + "| evaluations | heap used after GC | eligible so far |\n|---:|---:|---:|\n");
        for (String[] m : memory) {
            s.append("| ").append(m[0]).append(" | ").append(mb(Double.parseDouble(m[1]))).append(" | ").append(m[2])
                    .append(" |\n");
        }
        return s.toString();
    }

    private String targetTable() {
        double a = median("SingleEvaluationBenchmark.engine");
        double b = median("SingleEvaluationBenchmark.reference");
        target("(a) one evaluation, median", "≤ 50 µs (first goal ≤ 100 µs)", num(a) + " µs", a <= 50);
        target("(a)/(b), same run (medians)", "aim ≤ 10×", String.format(Locale.ROOT, "%.1f× (b = %s µs)", a / b,
                num(b)), a / b <= 10);
        double c = median("SingleEvaluationBenchmark.fastest");
        targets.add(new String[] {"(a)/(c), engine / fastest plain Java, same run (medians)", "reported (the honest "
                + "lower bound)", String.format(Locale.ROOT, "%.0f× (c = %s µs)", a / c, num(c)), "—"});
        double alloc = secondary("SingleEvaluationBenchmark.engine", "gc.alloc.rate.norm");
        target("allocation per evaluation", "≤ 200 KB", kb(alloc), alloc <= 200_000);
        double two = score("BatchBenchmark.twoThreads");
        target("batch on 2 threads", "≥ 20,000 evaluations/s (aim 40,000)", num(two) + " /s", two >= 20_000);
        double json = wait(FOLDER_JSON);
        double text = wait(FOLDER_TEXT);
        target("2,000 files, `zi-rules evaluate DIR --format json`, JVM start included", "≤ 2 s", seconds(json),
                json <= 2);
        target("the same, `--format text`", "≤ 2 s", seconds(text), text <= 2);
        folderPerFile(json);
        double validate = wait(VALIDATE);
        target("`zi-rules validate` of the built-in folder", "≤ 1.0 s", seconds(validate), validate <= 1);
        double tries = wait(PROPERTIES);
        target("`zi-rules test --properties`, 1,000 tries", "≤ 5 s", seconds(tries), tries <= 5);
        for (String variant : springVariants()) {
            double ready = springTimes(variant).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
            target("the Spring service ready, " + variant, "≤ 5 s", seconds(ready), ready <= 5);
        }
        double warm = score("CompileBenchmark.compileWarm");
        target("rule-set compile from DRL, warm", "≤ 150 ms", num(warm) + " ms", warm <= 150);
        double load = score("CompileBenchmark.loadBuiltInWarm");
        target("built-in rule set load (precompiled), warm", "≤ 150 ms", num(load) + " ms", load <= 150);
        double first = score("CompileBenchmark.firstEvaluationWarm");
        target("first evaluation after a compile from DRL", "≤ 50 ms", num(first) + " ms", first <= 50);
        double firstBuiltIn = score("CompileBenchmark.firstEvaluationBuiltInWarm");
        target("first evaluation after loading the built-in rule set", "≤ 50 ms", num(firstBuiltIn) + " ms",
                firstBuiltIn <= 50);
        double start = Double.NaN;
        double tuned = Double.NaN;
        double cli = Double.NaN;
        double cliTuned = Double.NaN;
        for (JsonNode r : startup.get("results")) {
            String command = r.get("command").asText();
            boolean shared = command.contains("Xshare");
            if (command.contains("FirstVerdict")) {
                if (shared) {
                    tuned = r.get("mean").asDouble();
                } else {
                    start = r.get("mean").asDouble();
                }
            } else if (command.contains(" evaluate ")) {
                if (shared) {
                    cliTuned = r.get("mean").asDouble();
                } else {
                    cli = r.get("mean").asDouble();
                }
            }
        }
        target("JVM start to first verdict, `zi-rules-cli.jar evaluate one.json`", "≤ 1.5 s (aim ≤ 1.0 s)",
                seconds(cli), cli <= 1.5);
        target("the same with AppCDS and C1 only (optional)", "≤ 1.5 s (aim ≤ 1.0 s)", seconds(cliTuned),
                cliTuned <= 1.5);
        target("JVM start to first verdict (tiny main), plain `java`", "≤ 1.5 s (aim ≤ 1.0 s)", seconds(start),
                start <= 1.5);
        target("JVM start to first verdict, with AppCDS and C1 only (optional)", "≤ 1.5 s (aim ≤ 1.0 s)",
                seconds(tuned), tuned <= 1.5);
        boolean done = memory.size() == 10 && memory.get(9)[0].equals("100000");
        double growth = done ? Double.parseDouble(memory.get(9)[1]) - Double.parseDouble(memory.get(0)[1]) : 0;
        target("100,000 evaluations under -Xmx256m, no growth", "constant memory", done ? "completed; heap after GC "
                + mb(Double.parseDouble(memory.get(0)[1])) + " → " + mb(Double.parseDouble(memory.get(9)[1]))
                : "did not complete", done && growth < 5_000_000);
        StringBuilder s = new StringBuilder("\n### Targets\n\n| target | wanted | measured | met |\n|---|---|---|---|\n");
        for (String[] t : targets) {
            s.append("| ").append(String.join(" | ", t)).append(" |\n");
        }
        return s.toString();
    }

    private void target(String what, String wanted, String measured, boolean met) {
        targets.add(new String[] {what, wanted, measured, met ? "yes" : "**no**"});
    }

    private JsonNode bench(String name) {
        for (JsonNode b : jmh) {
            if (b.get("benchmark").asText().equals(PKG + name)) {
                return b;
            }
        }
        throw new IllegalStateException("no result for " + name + " in the JMH results");
    }

    private double score(String name) {
        return bench(name).get("primaryMetric").get("score").asDouble();
    }

    private double median(String name) {
        return bench(name).get("primaryMetric").get("scorePercentiles").get("50.0").asDouble();
    }

    private double secondary(String name, String metric) {
        return bench(name).get("secondaryMetrics").get(metric).get("score").asDouble();
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "?" : v >= 100 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String kb(double bytes) {
        return String.format(Locale.ROOT, "%,.1f KB", bytes / 1000);
    }

    private static String mb(double bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1_000_000);
    }

    private static String seconds(double s) {
        return Double.isNaN(s) ? "?" : String.format(Locale.ROOT, "%.2f s", s);
    }
}
