package id.sakip.testsupport;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A PDF a service printed, read the way a person reads it: its pages' text (runs of spaces as one, lines kept),
 * the fonts it uses, with whether each is embedded (what {@code pdffonts} lists), and the images each page draws.
 */
public final class PdfPages {

    private final List<String> pages;
    private final Set<String> fonts;
    private final Set<String> notEmbedded;
    private final List<List<String>> images;

    private PdfPages(List<String> pages, Set<String> fonts, Set<String> notEmbedded, List<List<String>> images) {
        this.pages = pages;
        this.fonts = fonts;
        this.notEmbedded = notEmbedded;
        this.images = images;
    }

    public static PdfPages of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("[ \\t]+", " ").replaceAll(" ?\\r?\\n ?", "\n"));
            }
            Set<String> fonts = new TreeSet<>();
            Set<String> notEmbedded = new TreeSet<>();
            List<List<String>> images = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                fonts(page.getResources(), fonts, notEmbedded, 0);
                List<String> onPage = new ArrayList<>();
                images(page.getResources(), onPage, 0);
                images.add(List.copyOf(onPage));
            }
            return new PdfPages(List.copyOf(pages), fonts, notEmbedded, List.copyOf(images));
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF that can be read", e);
        }
    }

    private static void fonts(PDResources resources, Set<String> fonts, Set<String> notEmbedded, int depth)
            throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                notEmbedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) {
                fonts(form.getResources(), fonts, notEmbedded, depth + 1);
            }
        }
    }

    private static void images(PDResources resources, List<String> into, int depth) throws IOException {
        if (resources == null || depth > 5) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                into.add(image.getWidth() + "x" + image.getHeight());
            } else if (object instanceof PDFormXObject form) {
                images(form.getResources(), into, depth + 1);
            }
        }
    }

    /** The images a page draws, as their pixel sizes ("512x384"), counted from 1. */
    public List<String> images(int number) {
        return images.get(number - 1);
    }

    public int count() {
        return pages.size();
    }

    /** The text of a page, counted from 1. */
    public String page(int number) {
        return pages.get(number - 1);
    }

    public String all() {
        return String.join("\n", pages);
    }

    /** A page's words in order, one space between them: a cell or a line may wrap anywhere. */
    public String words(int number) {
        return page(number).replaceAll("\\s+", " ").strip();
    }

    /** Every page's words in order, one space between them. */
    public String words() {
        return all().replaceAll("\\s+", " ").strip();
    }

    public Set<String> fonts() {
        return fonts;
    }

    /** The fonts a reader must have for this PDF to look as printed: none, for an official document. */
    public Set<String> notEmbedded() {
        return notEmbedded;
    }
}
