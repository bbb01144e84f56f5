package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.drools.drl.ast.descr.PackageDescr;

/**
 * The static lint of a whole rule-set chain, run by the compiler before anything is compiled: every DRL file through
 * {@link DrlLint}, and a rule set that extends another must use a DRL package of its own, so that its rules are added
 * beside the parent's and override them by precedence, never by silently replacing a rule of the same name; the
 * agency facts its rules read must be declared by a file of the chain ({@link FactNames}); its answer-value tables
 * must be complete and name only the structure's answers ({@link AnswerValues}), and so must its declared warning
 * checks ({@link WarningChecks}).
 */
public final class RuleSetLint {

    /**
     * One DRL file of the chain.
     *
     * @param layer 0 for the root rule set, 1 for a rule set extending it …
     * @param ruleSetId the id of the rule set the file belongs to
     * @param file the file's display name
     * @param text its text
     */
    public record DrlFile(int layer, String ruleSetId, String file, String text) {
    }

    private RuleSetLint() {
    }

    /**
     * Every lint error of the chain, the parser's syntax errors included; empty when it may be compiled.
     *
     * @param choiceScales the labels of each choice scale the structure declares, best first, by code: what an
     *     answer-value table may name ({@link AnswerValues})
     */
    public static List<Problem> lint(List<DrlFile> files, Map<String, List<String>> choiceScales) {
        return lint(files, choiceScales, new LinkedHashMap<>());
    }

    /**
     * As {@link #lint(List, Map)}, and puts each file's parse into {@code parsed} by file name, for the compiler to
     * take instead of parsing the file again (meaningful only when no problem is returned).
     */
    public static List<Problem> lint(List<DrlFile> files, Map<String, List<String>> choiceScales,
                                     Map<String, PackageDescr> parsed) {
        List<Problem> problems = new ArrayList<>();
        List<Problem> syntax = new ArrayList<>();
        Map<String, String> ownerOfPackage = new LinkedHashMap<>();
        Map<String, Integer> layerOfPackage = new LinkedHashMap<>();
        for (DrlFile f : files) {
            DrlLint.Report r = DrlLint.lint(f.file(), f.text());
            problems.addAll(r.problems());
            syntax.addAll(r.parseErrors());
            if (r.parsed() != null) {
                parsed.put(f.file(), r.parsed());
            }
            String pkg = r.packageName();
            if (pkg == null) {
                continue;
            }
            Integer earlier = layerOfPackage.get(pkg);
            if (earlier != null && earlier < f.layer()) {
                String parent = ownerOfPackage.get(pkg);
                problems.add(Problem.error("LINT_PACKAGE", f.file() + ":" + packageLine(f.text()),
                        Message.of("LINT_PACKAGE", f.ruleSetId(), parent, pkg), Message.of("LINT_PACKAGE.expected",
                        suggestion(f.ruleSetId()))));
            } else if (earlier == null) {
                ownerOfPackage.put(pkg, f.ruleSetId());
                layerOfPackage.put(pkg, f.layer());
            }
        }
        if (syntax.isEmpty()) {
            problems.addAll(FactNames.check(files));
            problems.addAll(AnswerValues.check(files, choiceScales));
            problems.addAll(WarningChecks.check(files, choiceScales));
        }
        // Syntax errors always refuse the chain here: the compiler, given a file its parser cannot read, would add
        // "Parser returned a null Package" and errors about the rules after it, none of them the cause.
        problems.addAll(syntax);
        return problems;
    }

    private static String suggestion(String id) {
        return "zirules." + id.replaceAll("[^a-z0-9]", "");
    }

    private static int packageLine(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("package ")) {
                return i + 1;
            }
        }
        return 1;
    }
}
