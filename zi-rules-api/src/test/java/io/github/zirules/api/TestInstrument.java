package io.github.zirules.api;

import java.util.List;

/** Test helper: a small instrument with one item of every answer type. */
final class TestInstrument {

    private TestInstrument() {
    }

    static final Instrument SMALL = new Instrument(List.of(
            new Item(ItemId.of("PEM.MP.1.a"), Section.PEMENUHAN, Area.MP, "1", "Tim", AnswerType.YT, null),
            new Item(ItemId.of("PEM.MP.1.b"), Section.PEMENUHAN, Area.MP, "1", "Tim", AnswerType.ABC, null),
            new Item(ItemId.of("PEM.TT.1.a"), Section.PEMENUHAN, Area.TT, "1", "SOP", AnswerType.ABCD, null),
            new Item(ItemId.of("PEM.TT.1.b"), Section.PEMENUHAN, Area.TT, "1", "SOP", AnswerType.ABCDE, null),
            new Item(ItemId.of("REF.MP.1.a"), Section.REFORM, Area.MP, "1", "Komitmen", AnswerType.PCT, "a / b"),
            new Item(ItemId.of("REF.SDM.3.a"), Section.REFORM, Area.SDM, "3", "Disiplin", AnswerType.DEC, "x"),
            new Item(ItemId.of("HAS.IPAK"), Section.HASIL, null, "IPAK", "IPAK", AnswerType.IDX4, null)));
}
