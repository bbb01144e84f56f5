package io.github.zirules.engine.internal.lint;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import io.github.zirules.rules.internal.WarningPlaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declared warning checks of a rule-set chain, checked across its files before anything runs: every
 * {@code warnWithoutEvidence("TANPA_DATA_DUKUNG", "Ya, A", "… {butir} …", "… {item} …")} gives its code, answers and
 * texts in quotes, names only answers of the structure's choice scales and only the places the check fills, and a
 * code is declared once per rule set (a rule set that extends it may declare its own).
 */
final class WarningChecks {

    private static final String DECLARE = "warnWithoutEvidence";
    private WarningChecks() {
    }

    /**
     * Every problem of the warning-check declarations of {@code files}, each at its {@code file:line}.
     *
     * @param choiceScales the labels of each choice scale of the structure, best first, by code
     */
    static List<Problem> check(List<RuleSetLint.DrlFile> files, Map<String, List<String>> choiceScales) {
        List<Problem> out = new ArrayList<>();
        Set<String> answers = new LinkedHashSet<>();
        choiceScales.values().forEach(answers::addAll);
        Map<String, Declarations.Call> declared = new LinkedHashMap<>();
        for (Declarations.Call call : Declarations.of(files, DECLARE, 4)) {
            String at = call.at();
            String[] args = call.args();
            if (args == null) {
                out.add(Problem.error("LINT_WARNING_CHECK_ARGS", at, Message.of("LINT_WARNING_CHECK_ARGS"),
                        Message.of("LINT_WARNING_CHECK_ARGS.expected")));
                continue;
            }
            for (String a : args[1].split(",", -1)) {
                if (!answers.contains(a.strip())) {
                    out.add(Problem.error("LINT_WARNING_CHECK_ANSWER", at,
                            Message.of("RULE_BAD_SETTING.warning-answer", a.strip()),
                            Message.verbatim(String.join(", ", answers))));
                }
            }
            for (String text : List.of(args[2], args[3])) {
                for (String place : WarningPlaces.in(text)) {
                    if (!WarningPlaces.NAMES.contains(place)) {
                        out.add(Problem.error("LINT_WARNING_CHECK_PLACE", at,
                                Message.of("RULE_BAD_SETTING.warning-place", "{" + place + "}"),
                                Message.verbatim(WarningPlaces.expected())));
                    }
                }
            }
            Declarations.Call earlier = declared.get(args[0]);
            if (earlier != null && earlier.layer() == call.layer()) {
                out.add(Problem.error("LINT_WARNING_CHECK_TWICE", at, Message.of("LINT_WARNING_CHECK_TWICE",
                        args[0], earlier.at()), Message.of("LINT_WARNING_CHECK_TWICE.expected")));
            } else {
                declared.put(args[0], call);
            }
        }
        return out;
    }
}
