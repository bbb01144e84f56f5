package io.github.zirules.cli;

import io.github.zirules.api.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The assessment files named on the command line: a file is taken as it is (whatever its name); of a folder, every
 * regular file whose name ends with {@code .json} (any case), in sorted order. Sub-folders are not entered (so that
 * {@code samples/} does not take {@code samples/expected/*.report.json}); name them too ({@code lke/*}/).
 * Paths only are kept, never the assessments, so that a folder of 100,000 files costs a few megabytes.
 *
 * @param files the files, in the order given, each folder's files sorted
 * @param problems a problem for every argument that is neither a file nor a folder, or a folder that cannot be read
 * @param singleFile whether exactly one argument was given and it is a file (a JSON report is then one document)
 */
record InputFiles(List<Path> files, List<Problem> problems, boolean singleFile) {

    /** The files of {@code args}. */
    static InputFiles of(List<Path> args) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path a : args) {
            if (Files.isDirectory(a)) {
                try (Stream<Path> s = Files.list(a)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"))
                            .filter(Files::isRegularFile).sorted().forEachOrdered(files::add);
                } catch (IOException | java.io.UncheckedIOException e) {
                    problems.add(Problem.error("INPUT_DIR_UNREADABLE", a.toString(),
                            "folder tidak dapat dibaca (" + e.getMessage() + ")",
                            "the folder cannot be read (" + e.getMessage() + ")", "a readable folder"));
                }
            } else if (Files.isRegularFile(a)) {
                files.add(a);
            } else {
                problems.add(notAFile(a));
            }
        }
        return new InputFiles(files, problems, args.size() == 1 && problems.isEmpty() && !Files.isDirectory(args.get(0)));
    }

    /**
     * Why {@code a} is neither a regular file nor a folder: missing, a link that leads nowhere or in a loop, or
     * something that is not a file (a FIFO, a device such as {@code /dev/zero}), which is never read.
     */
    private static Problem notAFile(Path a) {
        String expected = "a zi-assessment/1 file, or a folder of them";
        if (Files.exists(a)) {
            return Problem.error("INPUT_NOT_A_FILE", a.toString(), "ini bukan berkas biasa (FIFO atau perangkat); "
                    + "tidak dibaca", "this is not a regular file (a FIFO or a device); it is not read", expected);
        }
        if (Files.isSymbolicLink(a)) {
            String why;
            try {
                a.toRealPath();
                why = "";
            } catch (java.nio.file.FileSystemException e) {
                why = e.getReason() == null ? "" : " (" + e.getReason() + ")";
            } catch (IOException e) {
                why = "";
            }
            return Problem.error("INPUT_MISSING", a.toString(), "tautan ini tidak menuju berkas" + why,
                    "this link leads to no file: its target is missing or the links loop" + why, expected);
        }
        return Problem.error("INPUT_MISSING", a.toString(), "berkas atau folder ini tidak ada",
                "no such file or folder", expected);
    }
}
