package io.github.zirules.cli;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.json.AssessmentRead;
import io.github.zirules.json.ZiJson;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an assessment for the commands, whatever it comes as: a zi-assessment/1 file (with its {@code reviews}) or
 * standard input ({@code -}), with the library's reader.
 */
final class AssessmentFiles {

    /** The file name endings a folder is searched for, lower case. */
    static final List<String> EXTENSIONS = List.of(".json");

    private static final ZiJson JSON = ZiJson.create();

    private AssessmentFiles() {
    }

    /** Whether a folder's file named like {@code p} is taken as an assessment. */
    static boolean isAssessmentName(Path p) {
        String n = InputFiles.lowerName(p);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }

    /** The assessment in {@code file} ({@link InputFiles#STDIN}: standard input), or every problem. */
    static AssessmentRead readAssessment(Path file) {
        if (file.equals(InputFiles.STDIN)) {
            return JSON.readAssessment(System.in, "(stdin)");
        }
        return JSON.readAssessment(file);
    }

    /**
     * The assessment in {@code file}.
     *
     * @throws InvalidInputException listing every problem (unreadable file, bad JSON, missing or wrong fields)
     */
    static Assessment read(Path file) {
        return readAssessment(file).orElseThrow();
    }
}
