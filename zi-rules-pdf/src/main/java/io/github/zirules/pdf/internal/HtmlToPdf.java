package io.github.zirules.pdf.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/** XHTML for paper to PDF with openhtmltopdf (PDFBox): the one class that names openhtmltopdf. */
public final class HtmlToPdf {

    /** Where a Unicode TrueType font is looked for, in order, with the family name the CSS asks for. */
    private static final String[][] FONTS = {
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "DejaVu Sans"},
        {"/usr/share/fonts/dejavu/DejaVuSans.ttf", "DejaVu Sans"},
        {"/usr/share/fonts/TTF/DejaVuSans.ttf", "DejaVu Sans"},
        {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "DejaVu Sans", "bold"},
        {"/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf", "DejaVu Sans", "bold"},
        {"/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "DejaVu Sans Mono"},
        {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf", "Liberation Sans"},
        {"/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", "Liberation Sans", "bold"},
        {"C:\\Windows\\Fonts\\arial.ttf", "Arial"},
        {"C:\\Windows\\Fonts\\arialbd.ttf", "Arial", "bold"},
    };

    private HtmlToPdf() {
    }

    /** Writes the PDF of {@code xhtml} to {@code out}. */
    public static void write(String xhtml, OutputStream out) throws IOException {
        XRLog.setLoggingEnabled(false);
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        for (File f : fonts()) {
            String[] spec = spec(f);
            b.useFont(f, spec[1], spec.length > 2 ? 700 : 400, PdfRendererBuilder.FontStyle.NORMAL, true);
        }
        b.withHtmlContent(xhtml, null);
        b.toStream(out);
        b.run();
    }

    private static List<File> fonts() {
        List<File> found = new ArrayList<>();
        String own = System.getProperty("zirules.pdf.font");
        if (own != null && new File(own).isFile()) {
            found.add(new File(own));
        }
        for (String[] f : FONTS) {
            File file = new File(f[0]);
            if (file.isFile()) {
                found.add(file);
            }
        }
        return found;
    }

    private static String[] spec(File f) {
        for (String[] s : FONTS) {
            if (new File(s[0]).equals(f)) {
                return s;
            }
        }
        return new String[] {f.getPath(), "DejaVu Sans"};
    }
}
