package io.github.zirules.api;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

/** Test helper: the 90/2021 structure and a small instrument with one item of every answer scale. */
final class TestInstrument {

    private TestInstrument() {
    }

    /** The structure of PermenPAN-RB 90/2021 as its rule set declares it (sections, areas, scales; one component). */
    static final RuleSetModel MODEL = model("""
            kind,code,within,name_id,name_en,detail
            section,PEM,,Pemenuhan,Fulfilment,areas
            section,REF,,Reform,Reform,areas
            section,HAS,,Hasil,Results,
            area,MP,,Manajemen Perubahan,Change management,
            area,TT,,Penataan Tatalaksana,Business processes,
            area,SDM,,Penataan Sistem Manajemen SDM Aparatur,Human-resource management,
            area,AK,,Penguatan Akuntabilitas Kinerja,Performance accountability,
            area,PW,,Penguatan Pengawasan,Supervision,
            area,PP,,Peningkatan Kualitas Pelayanan Publik,Public-service quality,
            component,TOTAL,,Nilai evaluasi ZI,ZI evaluation score,
            scale,YT,,Ya/Tidak,Yes or no,choice: Ya > Tidak
            scale,ABC,,Pilihan A-C,Choice A to C,choice: A > B > C
            scale,ABCD,,Pilihan A-D,Choice A to D,choice: A > B > C > D
            scale,ABCDE,,Pilihan A-E,Choice A to E,choice: A > B > C > D > E
            scale,PCT,,Persentase,Percentage,ratio
            scale,DEC,,Penurunan,Decrease,decrease
            scale,IDX4,,Indeks survei 0-4,Survey index 0 to 4,index 0-4
            """);

    /** The structure in {@code csv}. */
    static RuleSetModel model(String csv) {
        try {
            return RuleSetModel.readCsv(new StringReader(csv), "structure.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scale of that code in {@link #MODEL}. */
    static RuleSetModel.AnswerScale scale(String code) {
        return MODEL.answerScale(code).orElseThrow();
    }

    static final Instrument SMALL = new Instrument(List.of(
            new Item(ItemId.of("PEM.MP.1.a"), "PEM", "MP", "1", "Tim", "YT", null),
            new Item(ItemId.of("PEM.MP.1.b"), "PEM", "MP", "1", "Tim", "ABC", null),
            new Item(ItemId.of("PEM.TT.1.a"), "PEM", "TT", "1", "SOP", "ABCD", null),
            new Item(ItemId.of("PEM.TT.1.b"), "PEM", "TT", "1", "SOP", "ABCDE", null),
            new Item(ItemId.of("REF.MP.1.a"), "REF", "MP", "1", "Komitmen", "PCT", "a / b"),
            new Item(ItemId.of("REF.SDM.3.a"), "REF", "SDM", "3", "Disiplin", "DEC", "x"),
            new Item(ItemId.of("HAS.IPAK"), "HAS", null, "IPAK", "IPAK", "IDX4", null))).withModel(MODEL);
}
