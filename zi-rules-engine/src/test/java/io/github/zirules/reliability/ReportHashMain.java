package io.github.zirules.reliability;

import io.github.zirules.api.Evaluator;
import io.github.zirules.api.ZiRules;
import io.github.zirules.json.ZiJson;

/**
 * Run in a second JVM by {@link DeterminismTest}: prints {@code seed<TAB>sha256} of the {@code zi-report/1} of each
 * varied assessment from seed 0 to {@code args[0] - 1}, so that the first JVM can compare them byte for byte.
 */
public final class ReportHashMain {

    private ReportHashMain() {
    }

    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        Evaluator ev = ZiRules.evaluator();
        Varied varied = new Varied(ev, BadInputCatalogueTest.RULE_SET);
        ZiJson json = ZiJson.create();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(i).append('\t').append(varied.reportHash(ev, json, i)).append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }
}
