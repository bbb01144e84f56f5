package io.github.zirules.cli;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The assessment files named on the command line: a file is taken as it is (whatever its name); {@code -} is standard
 * input; of a folder, every regular file whose name ends with one of {@link AssessmentFiles#EXTENSIONS} (any case), in
 * sorted order. Sub-folders are entered only with {@code --recursive} (so that {@code samples/} does not take
 * {@code samples/expected/*.report.json}). A folder with nothing to score is a problem, not an empty run: the
 * message says what was looked for. Paths only are kept, never the assessments, so that a folder of 100,000 files
 * costs a few megabytes.
 *
 * @param files the files, in the order given, each folder's files sorted; {@link #STDIN} for standard input
 * @param problems a problem for every argument that is neither a file nor a folder, a folder that cannot be read,
 *     and a folder with no assessment file
 * @param singleFile whether exactly one argument was given and it is a file (a JSON report is then one document)
 */
record InputFiles(List<Path> files, List<Problem> problems, boolean singleFile) {

    /** The path that stands for standard input. */
    static final Path STDIN = Path.of("-");

    /** The files of {@code args}, entering sub-folders when {@code recursive}. */
    static InputFiles of(List<Path> args, boolean recursive) {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path a : args) {
            if (a.equals(STDIN)) {
                files.add(STDIN);
            } else if (Files.isDirectory(a)) {
                folder(a, recursive, files, problems);
            } else if (Files.isRegularFile(a)) {
                files.add(a);
            } else {
                problems.add(notAFile(a));
            }
        }
        return new InputFiles(files, problems,
                args.size() == 1 && problems.isEmpty() && !Files.isDirectory(args.get(0)));
    }

    /**
     * Why {@code a} is neither a regular file nor a folder: missing, a link that leads nowhere or in a loop, or
     * something that is not a file (a FIFO, a device such as {@code /dev/zero}), which is never read.
     */
    private static Problem notAFile(Path a) {
        if (Files.exists(a)) {
            return Problem.error("INPUT_NOT_A_FILE", a.toString(), Message.of("INPUT_NOT_A_FILE"),
                    EXPECTED);
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
            return Problem.error("INPUT_MISSING", a.toString(), Message.of("INPUT_MISSING", why),
                    EXPECTED);
        }
        return missing(a);
    }

    private static final Message EXPECTED = Message.of("INPUT_EXPECTED");

    /** The problem of a path that does not exist. */
    static Problem missing(Path a) {
        return Problem.error("INPUT_MISSING", a.toString(), Message.of("INPUT_MISSING.2"), EXPECTED);
    }

    private static void folder(Path dir, boolean recursive, List<Path> files, List<Problem> problems) {
        List<Path> found = new ArrayList<>();
        int others = 0;
        int subFolders = 0;
        try (Stream<Path> s = recursive ? Files.walk(dir) : Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isDirectory(p)) {
                    subFolders += p.equals(dir) ? 0 : 1;
                } else if (Files.isRegularFile(p) && AssessmentFiles.isAssessmentName(p)) {
                    found.add(p);
                } else {
                    others++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(Problem.error("INPUT_DIR_UNREADABLE", dir.toString(), Message.of("INPUT_DIR_UNREADABLE",
                    e.getMessage()), Message.of("INPUT_DIR_UNREADABLE.expected")));
            return;
        }
        if (found.isEmpty()) {
            String looked = String.join(", ", AssessmentFiles.EXTENSIONS.stream().map(x -> "*" + x).toList());
            Object where = recursive || subFolders == 0 ? "" : Message.of("input.not-entered", subFolders);
            problems.add(Problem.error("INPUT_DIR_EMPTY", dir.toString(), Message.of("INPUT_DIR_EMPTY", looked,
                    recursive ? Message.of("input.sub-folders") : "", others, where),
                    Message.of("INPUT_DIR_EMPTY.expected", looked)));
        }
        files.addAll(found);
    }

    /** The lower-case name of {@code p}. */
    static String lowerName(Path p) {
        Path n = p.getFileName();
        return n == null ? "" : n.toString().toLowerCase(Locale.ROOT);
    }
}
