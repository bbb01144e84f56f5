package io.github.zirules.cli;

import io.github.zirules.api.Predikat;
import picocli.CommandLine.Option;

/**
 * What an LKE workbook may not say, given on the command line (a picocli mixin): the unit's current predicate and the
 * assessment year. The target has its own {@code --target} option in each command.
 */
final class WorkbookOptions {

    @Option(names = "--current-predicate", paramLabel = "NONE|WBK",
            description = "for a workbook: the predicate the unit holds now (default: the workbook's, else NONE)")
    Predikat currentPredicate;

    @Option(names = "--year", paramLabel = "YYYY", description = "for a workbook: the assessment year "
            + "(default: the workbook's, else this year)")
    Integer year;
}
