package com.safeward.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

/**
 * PDF documents people print, sign, file and send on (SUP-4 compliance reports, the Safe Hospital
 * assessment): a Thymeleaf template under {@code templates/pdf/}, written as XHTML, rendered with
 * the viewer's locale, then laid out by openhtmltopdf with a CJK font embedded (subset), so the
 * Chinese text shows on any reader and can be searched and copied. The CJK font is the first file of
 * {@code safeward.pdf.fonts} that exists (family {@value #FONT_FAMILY}); Latin text, digits and
 * punctuation come from {@code safeward.pdf.latin-font} (family {@value #LATIN_FAMILY}, regular and
 * its {@code -Bold} sibling), so no glyph falls back to a reader's unembedded standard font.
 */
@Component
public class PdfDocuments {

    public static final String FONT_FAMILY = "SafeWard CJK";
    public static final String LATIN_FAMILY = "SafeWard Latin";
    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    private final ITemplateEngine templates;
    private final Optional<Path> font;
    private final Optional<Path> latin;
    private final Optional<Path> latinBold;

    PdfDocuments(ITemplateEngine templates, @Value("${safeward.pdf.fonts:}") String fonts,
            @Value("${safeward.pdf.latin-font:}") String latinFont) {
        XRLog.setLoggerImpl(new Slf4jLog());
        this.templates = templates;
        this.latin = Optional.of(latinFont.strip()).filter(f -> !f.isEmpty()).map(Path::of).filter(Files::isReadable);
        this.latinBold = latin.map(f -> f.resolveSibling(f.getFileName().toString().replace(".ttf", "-Bold.ttf")))
                .filter(Files::isReadable);
        this.font = Arrays.stream(fonts.split(",")).map(String::strip).filter(f -> !f.isEmpty()).map(Path::of)
                .filter(Files::isReadable).filter(f -> f.toString().endsWith(".ttf")).findFirst();
        if (font.isEmpty()) {
            log.warn("No TrueType font with Chinese glyphs among safeward.pdf.fonts ({}): PDF documents will show "
                    + "Chinese text as blanks. Install Debian's fonts-droid-fallback or configure a .ttf.", fonts);
        }
    }

    /** Whether a font with Chinese glyphs is embedded in the documents (else they are legible only in Latin script). */
    public boolean hasCjkFont() {
        return font.isPresent();
    }

    /** The template {@code pdf/<name>} rendered with these variables in this locale, as PDF. */
    public byte[] render(String name, Map<String, Object> variables, Locale locale) {
        String xhtml = templates.process("pdf/" + name, new Context(locale, variables));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            latin.ifPresent(f -> builder.useFont(f.toFile(), LATIN_FAMILY));
            latinBold.ifPresent(f -> builder.useFont(f.toFile(), LATIN_FAMILY, 700,
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL, true));
            font.ifPresent(f -> builder.useFont(f.toFile(), FONT_FAMILY));
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    /** A PDF as a download with its (Chinese) file name. */
    public static ResponseEntity<byte[]> download(String filename, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    /** openhtmltopdf's log through SLF4J under its own names ({@code com.openhtmltopdf.load} …), so logging levels apply. */
    static final class Slf4jLog implements XRLogger {

        @Override
        public void log(String where, java.util.logging.Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, java.util.logging.Level level, String message, Throwable error) {
            Logger logger = LoggerFactory.getLogger(where);
            int value = level.intValue();
            if (value >= java.util.logging.Level.SEVERE.intValue()) {
                logger.error(message, error);
            } else if (value >= java.util.logging.Level.WARNING.intValue()) {
                logger.warn(message, error);
            } else if (value >= java.util.logging.Level.INFO.intValue()) {
                logger.info(message, error);
            } else {
                logger.debug(message, error);
            }
        }

        @Override
        public void setLevel(String logger, java.util.logging.Level level) {
            // levels are the logging system's (logging.level.com.openhtmltopdf)
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
            int value = diagnostic.getLevel().intValue();
            return value >= java.util.logging.Level.SEVERE.intValue() ? logger.isErrorEnabled()
                    : value >= java.util.logging.Level.WARNING.intValue() ? logger.isWarnEnabled()
                    : value >= java.util.logging.Level.INFO.intValue() ? logger.isInfoEnabled() : logger.isDebugEnabled();
        }
    }
}
