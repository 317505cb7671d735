package org.shanzhi.enforcement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.documents.DocumentRenderer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's 卷宗 as one PDF (API.md, "dossier.pdf"): a cover (卷宗封面: the agency, the case's
 * number, the party, the cause, the days it was filed and closed, the number of pages), a
 * table of contents (目录: each document's title, number and first page), then every
 * document of the case in the order it was issued, each printed from its content as
 * issued. The pages are numbered through the whole dossier (top right), and each document
 * is a bookmark of the file's outline.
 */
@Service
public class CaseDossier {

	/** The most rounds of laying out the front pages until their count settles. */
	private static final int LAYOUT_ROUNDS = 4;

	private final EnforcementCases cases;

	private final CaseDocuments documents;

	private final DocumentRenderer renderer;

	private final Agencies agencies;

	private final Parties parties;

	private final ViolationTypes violationTypes;

	CaseDossier(EnforcementCases cases, CaseDocuments documents, DocumentRenderer renderer, Agencies agencies,
			Parties parties, ViolationTypes violationTypes) {
		this.cases = cases;
		this.documents = documents;
		this.renderer = renderer;
		this.agencies = agencies;
		this.parties = parties;
		this.violationTypes = violationTypes;
	}

	/** An entry of the table of contents: where a document starts in the dossier. */
	public record Entry(int position, String title, String number, int page) {
	}

	/**
	 * The dossier of the case as the bytes of a PDF file, for a reader of the case (403
	 * for another role, 404 for another agency's case).
	 */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID caseId) {
		CaseView c = cases.get(caseId);
		List<CaseDocumentView> issued = documents.list(caseId);
		List<byte[]> printed = new ArrayList<>(issued.size());
		for (CaseDocumentView d : issued) {
			printed.add(renderer.pdf(documents.content(caseId, d.kind())));
		}
		List<PDDocument> opened = new ArrayList<>();
		try {
			List<Integer> pageCounts = new ArrayList<>();
			for (byte[] p : printed) {
				PDDocument d = Loader.loadPDF(p);
				opened.add(d);
				pageCounts.add(d.getNumberOfPages());
			}
			int bodyPages = pageCounts.stream().mapToInt(Integer::intValue).sum();
			Map<String, Object> cover = cover(c);
			// the contents name the pages after the front ones: lay them out again until
			// the front pages' own count is the one assumed
			int front = 2;
			PDDocument dossier = null;
			List<Entry> entries = List.of();
			for (int round = 0; round < LAYOUT_ROUNDS; round++) {
				entries = entries(issued, pageCounts, front);
				Map<String, Object> variables = new LinkedHashMap<>(cover);
				variables.put("entries", entries);
				variables.put("pages", front + bodyPages);
				if (dossier != null) {
					dossier.close();
				}
				dossier = Loader.loadPDF(renderer.pdf("dossier", variables));
				if (dossier.getNumberOfPages() == front) {
					break;
				}
				front = dossier.getNumberOfPages();
			}
			opened.add(dossier);
			PDFMergerUtility merger = new PDFMergerUtility();
			for (int i = 0; i < printed.size(); i++) {
				merger.appendDocument(dossier, opened.get(i));
			}
			outline(dossier, entries, front);
			number(dossier);
			PDDocumentInformation info = new PDDocumentInformation();
			info.setTitle("卷宗 " + c.number());
			info.setProducer("Shanzhi");
			dossier.setDocumentInformation(info);
			ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
			dossier.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the dossier of case " + c.number() + " could not be made", ex);
		}
		finally {
			for (PDDocument d : opened) {
				try {
					d.close();
				}
				catch (IOException ex) {
					// nothing left to do with it
				}
			}
		}
	}

	private Map<String, Object> cover(CaseView c) {
		Map<String, Object> cover = new LinkedHashMap<>();
		cover.put("agencyName", agencies.get(c.agencyId()).name());
		cover.put("caseNumber", c.number());
		cover.put("partyName", parties.get(c.partyId()).name());
		cover.put("cause", violationTypes.byId(c.violationTypeId()).map(ViolationTypeView::title).orElse(""));
		cover.put("filedOn", day(c.filedOn()));
		cover.put("closedOn", c.closedAt() == null ? "" : day(CaseDocuments.day(c.closedAt())));
		return cover;
	}

	static List<Entry> entries(List<CaseDocumentView> issued, List<Integer> pageCounts, int front) {
		List<Entry> entries = new ArrayList<>(issued.size());
		int page = front + 1;
		for (int i = 0; i < issued.size(); i++) {
			CaseDocumentView d = issued.get(i);
			entries.add(new Entry(i + 1, d.title(), d.number() == null ? "" : d.number(), page));
			page += pageCounts.get(i);
		}
		return entries;
	}

	/** The bookmarks: the cover, the contents, each document at its first page. */
	private static void outline(PDDocument dossier, List<Entry> entries, int front) {
		PDDocumentOutline outline = new PDDocumentOutline();
		outline.addLast(bookmark(dossier, "卷宗封面", 0));
		if (front > 1) {
			outline.addLast(bookmark(dossier, "目录", 1));
		}
		for (Entry e : entries) {
			outline.addLast(bookmark(dossier,
					e.position() + ". " + e.title() + (e.number().isEmpty() ? "" : " " + e.number()), e.page() - 1));
		}
		outline.openNode();
		dossier.getDocumentCatalog().setDocumentOutline(outline);
	}

	private static PDOutlineItem bookmark(PDDocument dossier, String title, int pageIndex) {
		PDPageFitDestination destination = new PDPageFitDestination();
		destination.setPage(dossier.getPage(pageIndex));
		PDOutlineItem item = new PDOutlineItem();
		item.setTitle(title);
		item.setDestination(destination);
		return item;
	}

	/** The dossier's own page number at the top right of every page. */
	private static void number(PDDocument dossier) throws IOException {
		PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		int n = 0;
		for (PDPage page : dossier.getPages()) {
			n++;
			PDRectangle box = page.getMediaBox();
			String text = String.valueOf(n);
			float width = font.getStringWidth(text) / 1000 * 10;
			try (PDPageContentStream stream = new PDPageContentStream(dossier, page,
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				stream.beginText();
				stream.setFont(font, 10);
				stream.newLineAtOffset(box.getUpperRightX() - 40 - width, box.getUpperRightY() - 30);
				stream.showText(text);
				stream.endText();
			}
		}
	}

	private static String day(LocalDate day) {
		return day == null ? "" : CasePapers.DAY.format(day);
	}

}
