package fi.aloitepolku.reporting.application;

import fi.aloitepolku.platform.i18n.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The annual report as a PDF: A4, title, period, then each initiative with its status, dates, citation and
 * measures. Helvetica's WinAnsi encoding covers Finnish and Swedish letters; anything it cannot draw is
 * replaced, never dropped silently.
 */
public final class ReportPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private ReportPdf() {
    }

    public static byte[] render(AnnualReport report, Locale locale) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var info = new PDDocumentInformation();
            info.setTitle(Texts.get(locale, "report.title") + " – " + name(report, locale));
            document.setDocumentInformation(info);
            document.getDocumentCatalog().setLanguage(locale.getLanguage());
            var writer = new Writer(document);
            writer.line(Texts.get(locale, "report.title") + ": " + name(report, locale), Writer.BOLD, 16);
            writer.line(Texts.get(locale, "report.period", DATE.format(report.from()), DATE.format(report.to())),
                    Writer.REGULAR, 11);
            writer.line(Texts.get(locale, "report.intro"), Writer.REGULAR, 10);
            writer.gap();
            if (report.rows().isEmpty()) {
                writer.line(Texts.get(locale, "report.none"), Writer.REGULAR, 11);
            }
            for (ReportRow row : report.rows()) {
                if (row.nonPublic()) {
                    writer.line(Texts.get(locale, "publicity.report.nonPublic")
                            + (row.title() == null ? "" : ": " + row.title()), Writer.BOLD, 12);
                    writer.line(Texts.get(locale, "publicity.report.row", DATE.format(row.receivedOn()),
                            Texts.get(locale, "status.public." + row.status())), Writer.REGULAR, 10);
                } else {
                    writer.line(row.title(), Writer.BOLD, 12);
                    writer.line(Texts.get(locale, "report.row", DATE.format(row.receivedOn()), row.signatories(),
                            Texts.get(locale, "status.public." + row.status())), Writer.REGULAR, 10);
                }
                if (row.citation() != null) {
                    writer.line(Texts.get(locale, "report.decision", row.citation()), Writer.REGULAR, 10);
                }
                for (var m : row.measures()) {
                    writer.line("– " + DATE.format(m.on()) + " " + Texts.get(locale, "status.public." + m.status())
                            + (m.note() == null ? "" : ": " + m.note()), Writer.REGULAR, 10);
                }
                writer.gap();
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(AnnualReport report, Locale locale) {
        return "sv".equals(locale.getLanguage()) ? report.municipalitySv() : report.municipalityFi();
    }

    /** Writes wrapped lines down the page and starts a new page when one is full. */
    private static final class Writer {

        static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

        private final PDDocument document;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        void line(String text, PDType1Font font, float size) throws IOException {
            for (String wrapped : wrap(drawable(text, font), font, size)) {
                if (y < MARGIN + size) {
                    newPage();
                }
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(wrapped);
                stream.endText();
                y -= size * 1.35f;
            }
        }

        void gap() {
            y -= 8;
        }

        private void newPage() throws IOException {
            close();
            var page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }

        private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
            List<String> lines = new ArrayList<>();
            var current = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !current.isEmpty()) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            lines.add(current.toString());
            return lines;
        }

        /** Characters the font's encoding lacks become "?", so a stray emoji cannot break the whole report. */
        private static String drawable(String text, PDType1Font font) {
            var out = new StringBuilder();
            text.replace('\n', ' ').replace('\r', ' ').codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
