package io.github.zirules.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.zirules.api.Answer;
import io.github.zirules.api.ItemId;
import io.github.zirules.api.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    private static final String R01 = "filled/r01-random-wbk.xlsx";

    /** The r01 fixture with its LKE ZI sheet edited. */
    private static LkeImport edited(Consumer<Sheet> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(Fixtures.resource(R01)))) {
            edit.accept(wb.getSheet("LKE ZI"));
            return Fixtures.read(Fixtures.bytes(wb::write), "r01.xlsx", Fixtures.WBK);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Sheet s, String ref, Object v) {
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        var row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        var c = row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
        if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
            c.removeFormula();
        }
        if (v instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (v == null) {
            row.removeCell(c);
        } else {
            c.setCellValue(v.toString());
        }
    }

    private static List<String> codesAt(LkeImport imp) {
        return imp.errors().stream().map(p -> p.code() + " " + p.location()).toList();
    }

    @Test
    void whatPeopleTypeIsTolerated() {
        LkeImport imp = edited(s -> {
            set(s, "K9", " a ");          // PEM.MP.1.b, lower case with spaces
            set(s, "K11", "ya");          // PEM.MP.2.a
            set(s, "K19", "Ya ");         // PEM.MP.4.a, a trailing space
            set(s, "K202", "3,60");       // HAS.IPAK with a decimal comma, as text
            set(s, "K129", "7");          // a count stored as text
        });
        assertEquals(List.of(), imp.errors());
        assertEquals(Answer.choice("A"), imp.assessment().answers().get(ItemId.of("PEM.MP.1.b")));
        assertEquals(Answer.choice("Ya"), imp.assessment().answers().get(ItemId.of("PEM.MP.2.a")));
        assertEquals(Answer.choice("Ya"), imp.assessment().answers().get(ItemId.of("PEM.MP.4.a")));
        assertEquals(Answer.index("3.6"), imp.assessment().answers().get(ItemId.of("HAS.IPAK")));
        assertEquals(7, ((Answer.Ratio) imp.assessment().answers().get(ItemId.of("REF.MP.1.a"))).denominator());
    }

    @Test
    void everyBadAnswerIsReportedAtOnceWithItsSheetAndCell() {
        LkeImport imp = edited(s -> {
            set(s, "K8", "Mungkin");
            set(s, "K9", "F");
            set(s, "K202", "lima");
            set(s, "K130", "60%");
        });
        assertEquals(List.of("EXCEL_ANSWER LKE ZI!K8", "EXCEL_ANSWER LKE ZI!K9", "EXCEL_COUNT LKE ZI!K130",
                "EXCEL_ANSWER LKE ZI!K202"), codesAt(imp));
        Problem p = imp.errors().get(0);
        assertEquals("PEM.MP.1.a: 'Mungkin' is not one of Ya, Tidak", p.messageEn());
        assertTrue(p.messageId().contains("bukan salah satu dari Ya, Tidak"));
        assertTrue(imp.errors().get(2).messageEn().contains("percentage"));
        assertNull(imp.assessment());
    }

    @Test
    void aPercentageTypedWhereCountsAreExpectedIsRefusedNamingTheCountCells() {
        LkeImport imp = edited(s -> {
            set(s, "K128", 0.6);
            set(s, "K129", null);
            set(s, "K130", null);
        });
        assertEquals(List.of("EXCEL_COUNT LKE ZI!K128"), codesAt(imp));
        assertTrue(imp.errors().get(0).messageEn().contains("LKE ZI!K129 and LKE ZI!K130"));
    }

    @Test
    void aCountThatIsNotAWholeNumberOrMissingOrTooLargeIsRefused() {
        LkeImport imp = edited(s -> {
            set(s, "K129", 7.5);
            set(s, "K133", null);
            set(s, "K161", 5e12);
        });
        assertEquals(List.of("EXCEL_COUNT LKE ZI!K129", "EXCEL_COUNT LKE ZI!K133", "EXCEL_COUNT LKE ZI!K161"),
                codesAt(imp));
    }

    @Test
    void aSheetWithoutTheLkeColumnsIsAnUnknownLayoutAndTheKnownOnesAreNamed() throws IOException {
        byte[] other;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Data").createRow(0).createCell(0).setCellValue("Nama");
            other = Fixtures.bytes(wb::write);
        }
        LkeImport imp = Fixtures.read(other, "data.xlsx", Fixtures.WBK);
        assertEquals(List.of("EXCEL_LAYOUT_UNKNOWN data.xlsx"), codesAt(imp));
        String expected = imp.errors().get(0).expected();
        for (LkeLayout l : LkeLayout.values()) {
            assertTrue(expected.contains(l.description()), expected);
        }
    }

    @Test
    void aSheetWithAnItemRowMissingIsAnUnknownLayout() {
        LkeImport imp = edited(s -> s.removeRow(s.getRow(8)));
        assertEquals(List.of("EXCEL_LAYOUT_UNKNOWN LKE ZI"), codesAt(imp));
        assertTrue(imp.errors().get(0).messageEn().contains("112 item rows"));
    }

    @Test
    void anXlsFileIsRefusedWithHowToConvertIt() throws IOException {
        byte[] xls;
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("LKE ZI");
            xls = Fixtures.bytes(wb::write);
        }
        LkeImport imp = Fixtures.read(xls, "lke.xls", Fixtures.WBK);
        assertEquals(List.of("EXCEL_FORMAT_XLS lke.xls"), codesAt(imp));
        assertTrue(imp.errors().get(0).expected().contains(".xlsx"));
    }

    @Test
    void anOdsFileIsRefusedWithHowToConvertIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry e = new ZipEntry("mimetype");
            e.setMethod(ZipEntry.STORED);
            e.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            e.setCrc(crc.getValue());
            z.putNextEntry(e);
            z.write(mime);
            z.closeEntry();
            z.putNextEntry(new ZipEntry("content.xml"));
            z.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        LkeImport imp = Fixtures.read(out.toByteArray(), "lke.ods", Fixtures.WBK);
        assertEquals(List.of("EXCEL_FORMAT_ODS lke.ods"), codesAt(imp));
    }

    @Test
    void anEncryptedWorkbookIsRefusedWithHowToRemoveThePassword() throws Exception {
        byte[] plain = Files.readAllBytes(Fixtures.resource(R01));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("rahasia");
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        LkeImport imp = Fixtures.read(out.toByteArray(), "lke.xlsx", Fixtures.WBK);
        assertEquals(List.of("EXCEL_ENCRYPTED lke.xlsx"), codesAt(imp));
    }

    @Test
    void aCorruptOrEmptyOrForeignFileIsRefusedWithoutAStackTrace() throws IOException {
        byte[] good = Files.readAllBytes(Fixtures.resource(R01));
        byte[] truncated = java.util.Arrays.copyOf(good, good.length / 3);
        assertEquals(List.of("EXCEL_CORRUPT x.xlsx"), codesAt(Fixtures.read(truncated, "x.xlsx", Fixtures.WBK)));
        assertEquals(List.of("EXCEL_CORRUPT x.xlsx"), codesAt(Fixtures.read(new byte[0], "x.xlsx", Fixtures.WBK)));
        assertEquals(List.of("EXCEL_CORRUPT x.xlsx"), codesAt(Fixtures.read(
                "{\"format\":\"zi-assessment/1\"}".getBytes(StandardCharsets.UTF_8), "x.xlsx", Fixtures.WBK)));
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        LkeImport imp = Fixtures.read(R01, Fixtures.WBK.withLimits(10_000, 5_000));
        assertEquals(List.of("EXCEL_TOO_LARGE r01-random-wbk.xlsx"), codesAt(imp));
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefusedBeforeItIsParsed() {
        LkeImport imp = Fixtures.read(R01, Fixtures.WBK.withLimits(LkeReadOptions.DEFAULT_MAX_BYTES, 100));
        assertEquals(List.of("EXCEL_SHEET_TOO_LARGE r01-random-wbk.xlsx"), codesAt(imp));
        assertTrue(imp.errors().get(0).messageEn().contains("xl/worksheets/"), imp.errors().get(0).messageEn());
    }

    @Test
    void aHugeSheetIsRefusedWithTheDefaultLimits() throws IOException {
        byte[] huge;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("LKE ZI");
            for (int r = 0; r < LkeReadOptions.DEFAULT_MAX_ROWS + 10; r++) {
                s.createRow(r).createCell(0).setCellValue(r);
            }
            huge = Fixtures.bytes(wb::write);
        }
        assertEquals(List.of("EXCEL_SHEET_TOO_LARGE huge.xlsx"), codesAt(Fixtures.read(huge, "huge.xlsx",
                Fixtures.WBK)));
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] good = Files.readAllBytes(Fixtures.resource(R01));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(Fixtures.stream(good));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(z);
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry("xl/media/padding.xml"));
            byte[] zeros = new byte[1 << 20];
            // 300 MiB of zeros: compresses to a few hundred kilobytes, far past the ratio a workbook may have.
            for (int i = 0; i < 300; i++) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        LkeImport imp = Fixtures.read(out.toByteArray(), "bomb.xlsx", Fixtures.WBK);
        assertEquals(List.of("EXCEL_ZIP_BOMB bomb.xlsx"), codesAt(imp));
    }

    @Test
    void aFormulaErrorInAnAnswerCellIsRefusedAtTheCell() {
        LkeImport imp = edited(s -> s.getRow(8).getCell(10).setCellErrorValue(
                org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode()));
        assertEquals(List.of("EXCEL_ANSWER LKE ZI!K9"), codesAt(imp));
    }

    @Test
    void aBadTargetInTheTemplateHeaderIsRefusedAtItsCell() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Fixtures.stream(TemplateRoundTripTest.TEMPLATE))) {
            wb.getSheet("Unit").getRow(7).getCell(1).setCellValue("WBX");
            wb.getSheet("Unit").getRow(6).getCell(1).setCellValue("dua ribu");
            LkeImport imp = Fixtures.read(Fixtures.bytes(wb::write), "LKE.xlsx", LkeReadOptions.defaults());
            assertEquals(List.of("EXCEL_HEADER Unit!B7", "EXCEL_HEADER Unit!B8", "EXCEL_TARGET_MISSING LKE.xlsx"),
                    codesAt(imp));
        }
    }
}
