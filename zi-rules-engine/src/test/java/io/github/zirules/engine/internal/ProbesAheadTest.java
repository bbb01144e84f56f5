package io.github.zirules.engine.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.zirules.api.Assessment;
import io.github.zirules.api.Predikat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbesAheadTest {

    private static final String ID = "permenpan-rb-90-2021";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Test
    void eachProbeOfTheBatchIsTakenOnceScoredAsOnOneThread() {
        CompiledRuleSet rs = RuleSetCatalog.load(List.of(), true).get(ID);
        List<Assessment> batch = new ArrayList<>();
        for (int level = 0; level < 5; level++) {
            batch.add(RuleSetVerifier.labelled(rs, level, level % 2 == 0 ? Predikat.WBK : Predikat.WBBM));
        }
        try (ProbesAhead ahead = ProbesAhead.start(rs, batch, 100_000, TIMEOUT)) {
            for (Assessment a : batch) {
                ProbesAhead.Ran ran = ahead.take(a);
                ProbesAhead.Ran alone = ProbesAhead.score(rs, a, 100_000, TIMEOUT);
                assertNull(ran.failure());
                assertEquals(ResultAssembler.assemble(rs, alone.card(), a),
                        ResultAssembler.assemble(rs, ran.card(), a));
                assertNull(ahead.take(a), "a probe is taken once");
            }
            assertNull(ahead.take(RuleSetVerifier.labelled(rs, 0, Predikat.WBK)), "only the batch's own objects");
        }
    }
}
