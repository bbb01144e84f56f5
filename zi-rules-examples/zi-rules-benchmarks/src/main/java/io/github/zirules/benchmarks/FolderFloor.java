package io.github.zirules.benchmarks;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The floor of the folder path: the first {@code N} files of a folder (by name) read and evaluated, nothing else (no
 * report drawn or written), on as many threads as {@code zi-rules evaluate} uses by default (the processors). Run by
 * {@code run.sh} under hyperfine with the launcher's compiler choice, once on 2,000 files and once on 1, so that the
 * difference divided by 1,999 is what reading plus evaluating one file costs in the JVM conditions of the folder path;
 * {@code PerformanceReport} sets the launcher's own difference against it.
 *
 * <p>Usage: {@code FolderFloor DIR N}; prints how many were read and how many are eligible.
 */
public final class FolderFloor {

    private FolderFloor() {
    }

    /** Reads and evaluates the files and prints the counts. */
    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        int n = Integer.parseInt(args[1]);
        List<Path> files;
        try (Stream<Path> all = Files.list(Path.of(args[0]))) {
            files = all.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().limit(n).toList();
        }
        Evaluator evaluator = ZiRules.evaluator();
        ZiJson json = ZiJson.create();
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Boolean>> eligible = new ArrayList<>();
            for (Path f : files) {
                eligible.add(pool.submit(() -> evaluator.evaluate(json.readAssessment(f).orElseThrow()).eligible()));
            }
            int yes = 0;
            for (Future<Boolean> e : eligible) {
                yes += e.get() ? 1 : 0;
            }
            System.out.println(files.size() + " files read and evaluated, " + yes + " eligible");
        } finally {
            pool.shutdown();
        }
    }
}
