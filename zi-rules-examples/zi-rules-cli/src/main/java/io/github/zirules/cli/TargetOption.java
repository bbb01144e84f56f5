package io.github.zirules.cli;

import io.github.zirules.api.Predikat;
import picocli.CommandLine.Option;

/** {@code --target WBK|WBBM} for the commands that read a workbook but do not plan (a picocli mixin). */
final class TargetOption {

    @Option(names = "--target", paramLabel = "WBK|WBBM", description = "for a workbook: the predicate sought "
            + "(required for a Lampiran III workbook, which does not say)")
    Predikat target;
}
