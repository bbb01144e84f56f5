package io.github.zirules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A {@code check} row of structure.csv with an empty predikat column names a check that no predikat requires (an
 * agency fact an officer adds, {@code AGENCY.JUMLAH_PEGAWAI}), so that reports can show its name.
 */
class NamedOptionalCheckTest {

    private static final String STRUCTURE = "kind,code,within,name_id,name_en,detail\n"
            + "section,HAS,,Hasil,Results,\n"
            + "component,TOTAL,,Nilai,Score,\n"
            + "scale,IDX4,,Indeks,Index,index 0-4\n"
            + "check,TOTAL,WBK WBBM,Nilai total,Total score,\n"
            + "check,AGENCY.JUMLAH_PEGAWAI,,Jumlah pegawai unit paling sedikit 10,Unit has at least 10 staff,\n";

    private static RuleSetModel read(String csv) throws IOException {
        return RuleSetModel.readCsv(new StringReader(csv), "structure.csv");
    }

    @Test
    void anEmptyPredikatColumnDeclaresANamedCheckThatNoPredikatRequires() throws IOException {
        RuleSetModel m = read(STRUCTURE);
        RuleSetModel.RequiredCheck staff = m.checks().get(1);
        assertEquals("AGENCY.JUMLAH_PEGAWAI", staff.id());
        assertFalse(staff.isRequired());
        assertTrue(m.checks().get(0).isRequired());
        assertEquals("Jumlah pegawai unit paling sedikit 10", staff.name("id"));
        assertEquals("Unit has at least 10 staff", staff.name("en"));
        assertEquals(List.of("TOTAL"), m.requiredChecks(Predikat.WBK));
        assertEquals(List.of("TOTAL"), m.requiredChecks(Predikat.WBBM));
    }

    @Test
    void aNamedCheckDeclaredTwiceIsStillRefusedAtItsLine() {
        List<Problem> ps = assertThrows(InvalidInputException.class, () -> read(STRUCTURE
                + "check,AGENCY.JUMLAH_PEGAWAI,WBK,Lagi,Again,\n")).problems();
        assertEquals(List.of("STRUCTURE_DUPLICATE"), ps.stream().map(Problem::code).toList());
        assertEquals("structure.csv:7", ps.get(0).location());
    }

    @Test
    void aPredikatColumnNamingNoPredikatIsRefusedSayingThatEmptyIsAllowed() {
        Problem p = assertThrows(InvalidInputException.class, () -> read(STRUCTURE.replace("TOTAL,WBK WBBM,",
                "TOTAL,WBK NONE,"))).problems().get(0);
        assertEquals("STRUCTURE_PREDIKAT", p.code());
        assertTrue(p.expected(Locale.ENGLISH).contains("nothing for a named check"), p::toString);
        assertTrue(p.expected(Locale.forLanguageTag("id")).contains("kosong"), p::toString);
    }

    @Test
    void theRecordRefusesNoneButAcceptsNoPredikat() {
        assertFalse(new RuleSetModel.RequiredCheck("X", Set.of(), "a", "b").isRequired());
        assertThrows(IllegalArgumentException.class, () -> new RuleSetModel.RequiredCheck("X",
                Set.of(Predikat.NONE), "a", "b"));
    }
}
