package io.github.zirules.cli;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.InvalidInputException;
import io.github.zirules.json.ZiJson;
import java.nio.file.Path;

/** Reads an assessment file (zi-assessment/1, with its {@code reviews}) for the commands, with the library's reader. */
final class AssessmentFiles {

    private static final ZiJson JSON = ZiJson.create();

    private AssessmentFiles() {
    }

    /**
     * The assessment in {@code file}.
     *
     * @throws InvalidInputException listing every problem (unreadable file, bad JSON, missing or wrong fields)
     */
    static Assessment read(Path file) {
        return JSON.readAssessment(file).orElseThrow();
    }
}
