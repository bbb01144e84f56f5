package io.github.zirules.examples.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Result;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuickStartTest {

    /** IPKP 3.15 / 4 x 17.5 = 13.78125 -> 13.78, short of 14.00 by 0.22: the only failed check. */
    @Test
    void quickstartPrintsTheVerdictWithTheIpkpShortfall() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Result r = QuickStart.run(new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertFalse(r.eligible());
        assertEquals(1, r.verdict().failedChecks().size());
        assertEquals(new BigDecimal("0.22"), r.verdict().scoreCheck("IPKP").orElseThrow().shortfall());
        assertTrue(out.contains("IPKP: 13.78 < 14.00, kurang 0.22 poin"), out);
        assertTrue(out.contains("belum dapat diusulkan"), out);
    }

    /** Drools logs through SLF4J: with no provider, SLF4J prints "No SLF4J providers" warnings at start-up. */
    @Test
    void anSlf4jProviderIsBoundSoNothingIsPrintedAboutLogging() throws Exception {
        Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider");
        assertTrue(java.util.ServiceLoader.load(spi).findFirst().isPresent(),
                "the example binds an SLF4J provider (slf4j-nop)");
    }
}
