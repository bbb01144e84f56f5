package io.github.zirules.examples.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class RuleSetsApiTest extends ServiceTestSupport {

    @Test
    void theBuiltInRuleSetIsListedWithItsHashTitleLegalBasisAndYears() {
        HttpResponse<String> r = get("/api/rulesets", "application/json");

        assertEquals(200, r.statusCode(), r.body());
        JsonNode found = null;
        for (JsonNode rs : ExpectedNumbers.parse(r.body()).get("ruleSets")) {
            if ("permenpan-rb-90-2021".equals(rs.path("id").asText())) {
                found = rs;
            }
        }
        assertTrue(found != null, "permenpan-rb-90-2021 is listed: " + r.body());
        assertTrue(found.path("sha256").asText().matches("[0-9a-f]{64}"), found.toString());
        assertFalse(found.path("version").asText().isBlank(), found.toString());
        assertTrue(found.path("legalBasis").asText().contains("90 Tahun 2021"), found.toString());
        assertTrue(found.path("title").asText().contains("Zona Integritas"), found.toString());
        assertEquals("2022-", found.path("years").asText());
        assertFalse(found.path("provisional").asBoolean(true));
        assertTrue(found.path("parents").isArray());
    }

    @Test
    void theListedHashIsTheOneReportsCarry() {
        String listed = ExpectedNumbers.parse(get("/api/rulesets", "application/json").body()).get("ruleSets")
                .get(0).get("sha256").asText();

        HttpResponse<String> r = postJson("/api/evaluations", resource("examples/random-1001-01.json"));

        assertEquals(listed, ExpectedNumbers.parse(r.body()).path("ruleset").path("sha256").asText());
    }
}
