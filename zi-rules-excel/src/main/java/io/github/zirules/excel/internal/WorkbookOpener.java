package io.github.zirules.excel.internal;

import io.github.zirules.api.Message;
import io.github.zirules.api.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an {@code .xlsx} safely: the bytes are bounded, the format is recognised before POI parses it (an
 * {@code .xls}, an {@code .ods}, an encrypted or a corrupt file gets a message saying what to do), and POI's
 * process-wide {@link ZipSecureFile} limits refuse zip bombs.
 */
final class WorkbookOpener {

    /** The least compressed/uncompressed ratio of a part: POI's default; lower is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;

    private static final byte[] ROW = "<row".getBytes(StandardCharsets.US_ASCII);

    private final String source;
    private final long maxBytes;
    private final int maxRows;
    private final List<Problem> problems;

    WorkbookOpener(String source, long maxBytes, int maxRows, List<Problem> problems) {
        this.source = source;
        this.maxBytes = maxBytes;
        this.maxRows = maxRows;
        this.problems = problems;
    }

    /** The largest uncompressed part accepted: four times the file limit, at least 1 MB. */
    private long partLimit() {
        return Math.max(4 * maxBytes, 1L << 20);
    }

    /** The workbook, or null with a problem added. */
    XSSFWorkbook open(InputStream in) {
        byte[] bytes;
        try {
            bytes = readBounded(in);
        } catch (IOException e) {
            return refuse("EXCEL_CORRUPT", Message.of("RULE_FILE_UNREADABLE", e.getMessage()),
                    Message.of("EXCEL_CORRUPT.expected"));
        }
        if (bytes == null) {
            return refuse("EXCEL_TOO_LARGE", Message.of("EXCEL_TOO_LARGE", maxBytes),
                    Message.of("EXCEL_TOO_LARGE.expected"));
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(bytes);
        } catch (RuntimeException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            return ole2(bytes);
        }
        if (magic != FileMagic.OOXML) {
            return refuse("EXCEL_CORRUPT", Message.of("EXCEL_CORRUPT.4"), Message.of("EXCEL_CORRUPT.4.expected"));
        }
        if (isOds(bytes)) {
            return refuse("EXCEL_FORMAT_ODS", Message.of("EXCEL_FORMAT_ODS"), Message.of("EXCEL_FORMAT_ODS.expected"));
        }
        if (!rowsWithinLimits(bytes)) {
            return null;
        }
        synchronized (WorkbookOpener.class) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(partLimit());
            ZipSecureFile.setMaxTextSize(partLimit());
        }
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("Zip bomb") || m.contains("exceeded the max") || m.contains("ZipSecureFile")) {
                return refuse("EXCEL_ZIP_BOMB", Message.of("EXCEL_ZIP_BOMB"), Message.of("EXCEL_ZIP_BOMB.expected"));
            }
            return refuse("EXCEL_CORRUPT", Message.of("EXCEL_CORRUPT.5", firstLine(m)),
                    Message.of("EXCEL_CORRUPT.2.expected"));
        }
    }

    /**
     * Before POI builds its in-memory model, streams every worksheet part once, counting its rows without keeping
     * it: a sheet with more rows than the limit, or a part that inflates past the part limit, is refused here, so a
     * huge sheet never costs the memory and time of a full parse. A zip that cannot be streamed is left to POI.
     */
    private boolean rowsWithinLimits(byte[] bytes) {
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            byte[] buf = new byte[64 * 1024];
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                boolean sheet = e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml");
                long total = 0;
                long rows = 0;
                int matched = 0;
                for (int n = z.read(buf); n > 0; n = z.read(buf)) {
                    total += n;
                    if (total > partLimit()) {
                        refuse("EXCEL_ZIP_BOMB", Message.of("EXCEL_ZIP_BOMB.2", e.getName(), partLimit()),
                                Message.of("EXCEL_ZIP_BOMB.expected"));
                        return false;
                    }
                    for (int i = 0; sheet && i < n; i++) {
                        matched = buf[i] == ROW[matched] ? matched + 1 : buf[i] == ROW[0] ? 1 : 0;
                        if (matched == ROW.length) {
                            rows++;
                            matched = 0;
                        }
                    }
                }
                if (rows > maxRows) {
                    refuse("EXCEL_SHEET_TOO_LARGE", Message.of("EXCEL_SHEET_TOO_LARGE.2", e.getName(), rows, maxRows),
                            Message.of("EXCEL_SHEET_TOO_LARGE.expected"));
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            return true;
        }
        return true;
    }

    private XSSFWorkbook ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                return refuse("EXCEL_ENCRYPTED", Message.of("EXCEL_ENCRYPTED"), Message.of("EXCEL_ENCRYPTED.expected"));
            }
        } catch (IOException | RuntimeException e) {
            return refuse("EXCEL_CORRUPT", Message.of("EXCEL_CORRUPT.6"), Message.of("EXCEL_CORRUPT.2.expected"));
        }
        return refuse("EXCEL_FORMAT_XLS", Message.of("EXCEL_FORMAT_XLS"), Message.of("EXCEL_FORMAT_XLS.expected"));
    }

    /** An .ods is a zip whose first entry is {@code mimetype} with the OpenDocument type. */
    private static boolean isOds(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 200), StandardCharsets.ISO_8859_1);
        return head.contains("mimetypeapplication/vnd.oasis.opendocument");
    }

    private byte[] readBounded(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
            total += n;
            if (total > maxBytes) {
                return null;
            }
            out.write(buf, 0, n);
        }
        if (total == 0) {
            throw new IOException("the file is empty (0 bytes)");
        }
        return out.toByteArray();
    }

    private XSSFWorkbook refuse(String code, Message message, Message expected) {
        problems.add(Problem.error(code, source, message, expected));
        return null;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
