package org.shanzhi.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders an {@link OfficialDocument} to PDF: a Thymeleaf template (which escapes every
 * text) lays it out after GB/T 9704 on A4, and openhtmltopdf prints it with the Noto Sans
 * SC font embedded as a subset, so the file shows the same on every reader.
 */
@Service
public class DocumentRenderer {

	static final String FONT_FAMILY = "Noto Sans SC";

	private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

	private final ITemplateEngine templates;

	private volatile Path regular;

	private volatile Path bold;

	DocumentRenderer(ITemplateEngine templates) {
		this.templates = templates;
	}

	/** The document as the bytes of a PDF file. */
	public byte[] pdf(OfficialDocument document) {
		Context context = new Context(Locale.CHINA);
		context.setVariable("doc", document);
		context.setVariable("date", document.signedOn() == null ? "" : CHINESE_DATE.format(document.signedOn()));
		return render(templates.process("documents/official", context), document.title());
	}

	/**
	 * Another page of the documents' templates ({@code documents/<name>}, e.g. a 卷宗's
	 * cover and table of contents) as the bytes of a PDF file, in the same fonts.
	 * @param name the template under {@code templates/documents/}, letters and hyphens
	 * @param variables what the template reads
	 */
	public byte[] pdf(String name, java.util.Map<String, ?> variables) {
		if (!name.matches("[a-z]+(-[a-z]+)*")) {
			throw new IllegalArgumentException("document template " + name);
		}
		Context context = new Context(Locale.CHINA);
		variables.forEach(context::setVariable);
		return render(templates.process("documents/" + name, context), name);
	}

	private byte[] render(String html, String what) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(fontFile(false).toFile(), FONT_FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(fontFile(true).toFile(), FONT_FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.withProducer("Shanzhi");
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the PDF of " + what + " could not be rendered", ex);
		}
		return out.toByteArray();
	}

	/**
	 * The font files, copied once out of the jar to a temporary file: PDFBox reads a file
	 * faster than a stream that it would have to buffer for every document.
	 */
	private Path fontFile(boolean boldWeight) {
		Path path = boldWeight ? bold : regular;
		if (path == null) {
			synchronized (this) {
				path = boldWeight ? bold : regular;
				if (path == null) {
					path = extract(boldWeight ? "NotoSansSC-Bold.ttf" : "NotoSansSC-Regular.ttf");
					if (boldWeight) {
						bold = path;
					}
					else {
						regular = path;
					}
				}
			}
		}
		return path;
	}

	private static Path extract(String name) {
		try (InputStream in = DocumentRenderer.class.getResourceAsStream("/fonts/ttf/NotoSansSC/" + name)) {
			if (in == null) {
				throw new IllegalStateException("font " + name + " is missing from the class path");
			}
			Path file = Files.createTempFile("shanzhi-font-", ".ttf");
			file.toFile().deleteOnExit();
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
