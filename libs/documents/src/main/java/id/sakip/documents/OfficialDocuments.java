package id.sakip.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Prints official documents: a Thymeleaf template (well-formed XHTML with its CSS, under {@code documents/} on the
 * class path, or a file of the same name in the installation's override folder, which wins) filled with a model,
 * then laid out to PDF. Every PDF embeds the shipped Liberation Sans (subset), says its title, author, subject and
 * language ({@code id}) and is tagged (PDF/UA); a draft carries the DRAF mark on every page. Templates see the model,
 * {@code doc} (the {@link DocumentInfo}), {@code fmt} (Indonesian numbers and dates, {@link Formats}) and
 * {@code draftMark} (the DRAF image, {@link DraftMark}).
 *
 * <p>A document fetches nothing: every resource it names other than a {@code data:} URI is refused, so text a user
 * typed can never make the renderer read a file or the network. Thread-safe; build one per service.
 */
public final class OfficialDocuments {

    /** The family templates name in their CSS. */
    public static final String FONT_FAMILY = "Liberation Sans";

    private static final List<FontFile> FONTS = List.of(
            new FontFile("LiberationSans-Regular.ttf", 400, FontStyle.NORMAL),
            new FontFile("LiberationSans-Bold.ttf", 700, FontStyle.NORMAL),
            new FontFile("LiberationSans-Italic.ttf", 400, FontStyle.ITALIC),
            new FontFile("LiberationSans-BoldItalic.ttf", 700, FontStyle.ITALIC));

    static {
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final List<byte[]> fonts;
    private final String draftMark;

    /** Templates from the class path only. */
    public OfficialDocuments() {
        this(null);
    }

    /**
     * @param overrides a folder whose {@code <name>.html} replaces the shipped template of that name (a Pemda's own
     *                  wording), read again a minute after it changes; null for none
     */
    public OfficialDocuments(Path overrides) {
        engine.setEnableSpringELCompiler(false);
        int order = 1;
        if (overrides != null) {
            FileTemplateResolver files = new FileTemplateResolver();
            configure(files, overrides.toAbsolutePath() + "/", order++);
            files.setCheckExistence(true);
            files.setCacheTTLMs(60_000L);
            engine.addTemplateResolver(files);
        }
        ClassLoaderTemplateResolver classpath =
                new ClassLoaderTemplateResolver(OfficialDocuments.class.getClassLoader());
        configure(classpath, "documents/", order);
        engine.addTemplateResolver(classpath);
        fonts = FONTS.stream().map(font -> resource("documents/fonts/" + font.file())).toList();
        draftMark = DraftMark.dataUri(fonts.get(1));
    }

    private static void configure(AbstractConfigurableTemplateResolver resolver, String prefix, int order) {
        resolver.setPrefix(prefix);
        resolver.setSuffix(".html");
        // XML: what the layout engine reads must be well-formed, and a template that is not fails at once
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
    }

    /** The filled template, the XHTML the PDF is laid out from. */
    public String xhtml(String template, DocumentInfo info, Map<String, ?> model) {
        Context context = new Context(id.sakip.indonesian.Indonesian.LOCALE);
        context.setVariables(new java.util.HashMap<String, Object>(model));
        context.setVariable("doc", info);
        context.setVariable("fmt", Formats.INSTANCE);
        context.setVariable("draftMark", draftMark);
        return engine.process(template, context);
    }

    public byte[] pdf(String template, DocumentInfo info, Map<String, ?> model) {
        return layOut(xhtml(template, info, model));
    }

    /** Lays filled XHTML out to PDF. */
    public byte[] layOut(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.withProducer("SAKIP");
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        for (int i = 0; i < FONTS.size(); i++) {
            byte[] font = fonts.get(i);
            builder.useFont(() -> new ByteArrayInputStream(font), FONT_FAMILY, FONTS.get(i).weight(),
                    FONTS.get(i).style(), true);
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the PDF could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = OfficialDocuments.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record FontFile(String file, int weight, FontStyle style) {
    }
}
