package io.github.zirules.engine.internal.lint;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes docs/policy/vocabulary.md from {@link Vocabulary} itself, so that the documented vocabulary is exactly the
 * one the lint allows (a test compares the file with this text).
 */
public final class VocabularyDoc {

    private static final Map<String, String> EXAMPLES = Map.of(
            "Scorecard", "$k : Scorecard( target == \"WBK\", bpkOpinion != null ) … $k.minimum( \"TOTAL\", "
                    + "$k.get( \"TOTAL\" ), \"75\" );",
            "ScoredItem", "$butir : ScoredItem( answerType == \"PCT\", denominator > 0 ) … $butir.setValue( "
                    + "$butir.ratio().atMost( \"1\" ) );",
            "ScoredIndicator", "$indikator : ScoredIndicator() … $indikator.setScore( $indikator.averageItemValue()"
                    + ".times( $indikator.getWeight() ) );",
            "ScoredAreaPart", "$bagian : ScoredAreaPart() … $bagian.setScore( $bagian.sumOfIndicatorScores() );",
            "ScoredArea", "$area : ScoredArea() … $k.minimum( \"AREA.\" + $area.getCode(), $area.getScore(), "
                    + "$area.getWeight().times( \"0.60\" ) );",
            "Exact", "$k.get( \"PEMENUHAN\" ).plus( $k.get( \"REFORM\" ) ), Exact.of( \"0.67\" )");

    /** How rules declare and read agency facts: names the lint checks across the rule set's files. */
    private static final String AGENCY_FACTS = "## Data instansi / Agency facts\n\n"
            + "Data instansi yang boleh diberikan penilaian (objek `facts`, mis. `\"facts\": {\"jumlahPegawai\": 12}`) "
            + "dinyatakan oleh aturan tahap `bobot`: `$k.agencyFact( \"jumlahPegawai\", \"BILANGAN\", \"Jumlah pegawai "
            + "unit\", \"Number of staff of the unit\" );`. Jenis: `BILANGAN`, `DESIMAL`, `YA_TIDAK`, `PERINGKAT "
            + "<skala>` (skala dari `gradeScale`), `PILIHAN <a>, <b>`. Aturan membacanya dengan `hasFact`, "
            + "`factNumber` (BILANGAN, DESIMAL), `factGrade` (PERINGKAT, PILIHAN) dan `factYes` (YA_TIDAK), nama "
            + "ditulis dalam tanda kutip; dalam kondisi `Scorecard` boleh tanpa `$k.`. Nama yang tidak dinyatakan "
            + "berkas mana pun dari aturan itu (`LINT_FACT_UNKNOWN`), atau dibaca dengan jenis lain (`LINT_FACT_KIND`), "
            + "ditolak dengan `berkas:baris`.\n\n"
            + "*The agency facts an assessment may give (its `facts` object) are declared by a rule of the `bobot` "
            + "phase, as above. Kinds: `BILANGAN` (whole number), `DESIMAL` (decimal), `YA_TIDAK` (yes/no), "
            + "`PERINGKAT <scale>` (a grade of a scale declared with `gradeScale`), `PILIHAN <a>, <b>` (one of the "
            + "choices). Rules read them with `hasFact`, `factNumber`, `factGrade` and `factYes`, the name in quotes; "
            + "in a `Scorecard` condition without `$k.`. A name no file of the rule set declares (`LINT_FACT_UNKNOWN`), "
            + "or read as another kind (`LINT_FACT_KIND`), is refused at `file:line`.*\n\n"
            + "Contoh / example: `$k : Scorecard( hasFact( \"jumlahPegawai\" ) ) … $k.minimum( "
            + "\"AGENCY.JUMLAH_PEGAWAI\", $k.factNumber( \"jumlahPegawai\" ), \"10\" );`\n";

    /** How rules declare the answer-value table: what the lint checks across the rule set's files. */
    private static final String ANSWER_VALUES = "## Nilai jawaban / Answer values\n\n"
            + "Nilai jawaban pilihan adalah tabel yang dinyatakan aturan tahap `nilai-jawaban`, satu aturan per "
            + "jawaban: `$k.answerValue( \"ABCD\", \"B\", \"0.67\" );` (skala pilihan dari `structure.csv`, jawaban, "
            + "nilai antara 0 dan 1). Butir dengan jawaban itu mendapat nilainya tanpa aturan per butir, dan "
            + "penjelasannya menyebut aturan tersebut. Skala yang tidak ada (`LINT_ANSWER_VALUE_SCALE`), jawaban di luar "
            + "skala (`LINT_ANSWER_VALUE_LABEL`), jawaban yang dinyatakan dua kali dalam satu aturan "
            + "(`LINT_ANSWER_VALUE_TWICE`) atau yang terlewat (`LINT_ANSWER_VALUE_MISSING`) ditolak dengan "
            + "`berkas:baris`.\n\n"
            + "*Choice answer values are a table declared by rules of the `nilai-jawaban` phase, one rule per answer, as "
            + "above (a choice scale of `structure.csv`, the answer, a value between 0 and 1). Items with that answer "
            + "take the value without a rule per item, and their explanation names that rule. An unknown scale "
            + "(`LINT_ANSWER_VALUE_SCALE`), an answer outside the scale (`LINT_ANSWER_VALUE_LABEL`), an answer declared "
            + "twice in one rule set (`LINT_ANSWER_VALUE_TWICE`) or left out (`LINT_ANSWER_VALUE_MISSING`) is refused "
            + "at `file:line`.*\n";

    /** How rules declare a warning check: what the lint checks across the rule set's files. */
    private static final String WARNING_CHECKS = "## Peringatan yang dinyatakan / Declared warnings\n\n"
            + "Peringatan untuk setiap butir berjawaban tertinggi tanpa data dukung dinyatakan sekali oleh aturan tahap "
            + "`peringatan`: `$k.warnWithoutEvidence( \"TANPA_DATA_DUKUNG\", \"Ya, A\", \"Jawaban {jawaban} pada "
            + "butir {butir} tidak disertai data dukung.\", \"Answer {answer} to item {item} has no evidence.\" );` "
            + "(kode, jawaban skala pilihan dipisah koma, teks Indonesia, teks Inggris; `{butir}`/`{item}` diisi id "
            + "butir, `{jawaban}`/`{answer}` jawabannya). Jawaban yang bukan jawaban skala pilihan "
            + "(`LINT_WARNING_CHECK_ANSWER`), tempat lain (`LINT_WARNING_CHECK_PLACE`) atau kode yang dinyatakan dua "
            + "kali dalam satu aturan (`LINT_WARNING_CHECK_TWICE`) ditolak dengan `berkas:baris`.\n\n"
            + "*A warning for every item with a top answer and no evidence is declared once by a rule of the "
            + "`peringatan` phase, as above (the code, answers of the choice scales separated by commas, the "
            + "Indonesian and the English text; `{butir}`/`{item}` is filled with the item's id, `{jawaban}`/`{answer}` "
            + "with its answer). An answer of no choice scale (`LINT_WARNING_CHECK_ANSWER`), another place "
            + "(`LINT_WARNING_CHECK_PLACE`) or a code declared twice in one rule set (`LINT_WARNING_CHECK_TWICE`) is "
            + "refused at `file:line`.*\n";

    private VocabularyDoc() {
    }

    /** The text of docs/policy/vocabulary.md. */
    public static String markdown() {
        StringBuilder b = new StringBuilder();
        b.append("# Kosakata aturan / The rule vocabulary\n\n")
                .append("<!-- Dibuat dari kode (VocabularyDoc); jangan disunting dengan tangan. / Generated from the "
                        + "code (VocabularyDoc); do not edit by hand. -->\n\n")
                .append("Inilah **semua** yang boleh dibaca kondisi dan dipanggil tindakan sebuah aturan. Yang tidak "
                        + "ada di sini ditolak pemeriksa statis (`LINT_VOCABULARY`, `LINT_FORBIDDEN_CALL`) dengan "
                        + "`berkas:baris`. Identitas unit (id, nama), instansinya, tahun, dan teks data dukung tidak "
                        + "pernah ada di kosakata: tidak ada aturan yang dapat memperlakukan satu unit berbeda dari "
                        + "unit lain dengan jawaban yang sama.\n\n")
                .append("*This is **everything** a rule's condition may read and its consequence may call. Anything "
                        + "else is refused by the lint (`LINT_VOCABULARY`, `LINT_FORBIDDEN_CALL`) at `file:line`. "
                        + "The unit's identity (id, name), its agency's name, the year and the evidence texts are "
                        + "never in the vocabulary: no rule can treat one unit differently from another with the "
                        + "same answers.*\n");
        for (Class<?> c : Vocabulary.TYPES) {
            String name = c.getSimpleName();
            boolean fact = Vocabulary.FACT_TYPES.contains(c);
            b.append("\n## `").append(name).append("`").append(fact ? " (fakta / fact)" : " (nilai / value)")
                    .append("\n\n").append("Contoh / example: `").append(EXAMPLES.get(name)).append("`\n\n");
            if (fact) {
                b.append("Properti untuk kondisi / properties for conditions: ");
                b.append(String.join(", ", new TreeSet<>(Vocabulary.PROPERTIES.get(name)).stream().filter(p -> !isCommon(p))
                        .map(p -> "`" + p + "`").toList())).append("\n\n");
            }
            b.append("| metode / method | kondisi / condition | tindakan / consequence |\n|---|---|---|\n");
            Set<String> seen = new TreeSet<>();
            Method[] ms = c.getDeclaredMethods();
            Arrays.sort(ms, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method m : ms) {
                if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || isCommon(m.getName())) {
                    continue;
                }
                String sig = signature(m);
                if (seen.add(sig)) {
                    boolean query = Vocabulary.QUERY_METHODS.contains(m.getName()) && m.getReturnType() != void.class;
                    b.append("| `").append(sig).append("` | ").append(query ? "ya / yes" : "—").append(" | ")
                            .append("ya / yes").append(" |\n");
                }
            }
        }
        b.append("\n").append(ANSWER_VALUES);
        b.append("\n").append(WARNING_CHECKS);
        b.append("\n").append(AGENCY_FACTS);
        b.append("\nKonstanta / constants: ").append(String.join(", ", new TreeSet<>(Vocabulary.CONSTANTS).stream()
                .map(k -> "`" + k + "`").toList())).append(".\n");
        return b.toString();
    }

    private static boolean isCommon(String name) {
        return Set.of("equals", "hashCode", "toString", "compareTo").contains(name);
    }

    private static String signature(Method m) {
        StringBuilder s = new StringBuilder();
        if (Modifier.isStatic(m.getModifiers())) {
            s.append(m.getDeclaringClass().getSimpleName()).append('.');
        }
        s.append(m.getName()).append('(');
        Parameter[] ps = m.getParameters();
        for (int i = 0; i < ps.length; i++) {
            s.append(i > 0 ? ", " : "").append(ps[i].getType().getSimpleName());
        }
        return s.append(") → ").append(m.getReturnType().getSimpleName()).toString();
    }
}
