package org.shanzhi.risk.web;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.AgencyKind;
import org.shanzhi.directory.PartyCategory;
import org.shanzhi.risk.Grade;
import org.shanzhi.risk.RiskCatalogues;
import org.shanzhi.shared.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The published risk catalogues for everybody (R3), without signing in: by category and
 * agency, searchable; and, per agency and category, a share-ready summary for the
 * agency's Weibo / WeChat accounts, as formatted text with the link or as an image card
 * (PNG).
 */
@Controller
class PublicRiskWebController {

	private final RiskCatalogues catalogues;

	private final Agencies agencies;

	private final org.shanzhi.risk.Consultations consultations;

	private volatile Font font;

	PublicRiskWebController(RiskCatalogues catalogues, Agencies agencies,
			org.shanzhi.risk.Consultations consultations) {
		this.consultations = consultations;
		this.catalogues = catalogues;
		this.agencies = agencies;
	}

	@GetMapping("/public/risk-catalogue")
	String page(@RequestParam(required = false) PartyCategory partyCategory,
			@RequestParam(required = false) UUID agencyId, @RequestParam(required = false) String q, Model model) {
		List<RiskCatalogues.PublishedPoint> points = catalogues.published(partyCategory, agencyId,
				RiskWebController.limit(q, 100));
		Map<String, List<RiskCatalogues.PublishedPoint>> groups = new LinkedHashMap<>();
		points.forEach(
				p -> groups.computeIfAbsent(p.agencyName() + "|" + p.partyCategory(), k -> new ArrayList<>()).add(p));
		model.addAttribute("groups", groups.values());
		model.addAttribute("categories", PartyCategory.values());
		model.addAttribute("categoryNames", RiskCatalogues.CATEGORY_NAMES);
		model.addAttribute("agencies", agencies.all().stream().filter(a -> a.kind() != AgencyKind.SUPERVISOR).toList());
		model.addAttribute("partyCategory", partyCategory);
		model.addAttribute("agencyId", agencyId);
		model.addAttribute("q", q == null ? "" : q);
		return "risk/public";
	}

	/**
	 * The catalogues open for comments (R2): their points, and a form to comment on the
	 * whole or on one point, without signing in.
	 */
	@GetMapping("/public/risk-consultations")
	String consultations(Model model) {
		model.addAttribute("open", catalogues.inConsultation());
		model.addAttribute("categoryNames", RiskCatalogues.CATEGORY_NAMES);
		model.addAttribute("names", agencyNames());
		return "risk/consultations";
	}

	@org.springframework.web.bind.annotation.PostMapping("/public/risk-consultations/{id}/comments")
	String comment(@org.springframework.web.bind.annotation.PathVariable UUID id,
			@RequestParam(required = false) UUID riskPointId, @RequestParam(required = false) String authorName,
			@RequestParam(required = false) String content, Model model) {
		try {
			consultations.comment(id, new org.shanzhi.risk.RiskCommands.Comment(riskPointId,
					RiskWebController.limit(authorName, 100), RiskWebController.limit(content, 4000)));
			model.addAttribute("thanks", true);
		}
		catch (RuntimeException ex) {
			RiskWebController.refusal(ex, model);
		}
		return consultations(model);
	}

	/**
	 * A catalogue's consultation as published with it: the summary, comments and answers.
	 */
	@GetMapping("/public/risk-catalogues/{id}/consultation")
	String consultation(@org.springframework.web.bind.annotation.PathVariable UUID id, Model model) {
		model.addAttribute("catalogue", catalogues.publicView(id));
		model.addAttribute("comments", consultations.of(id));
		model.addAttribute("categoryNames", RiskCatalogues.CATEGORY_NAMES);
		model.addAttribute("names", agencyNames());
		return "risk/consultation";
	}

	private Map<UUID, String> agencyNames() {
		Map<UUID, String> names = new LinkedHashMap<>();
		agencies.all().forEach(a -> names.put(a.id(), a.name()));
		return names;
	}

	/**
	 * The summary of one agency's catalogue for a category as text to post, with the
	 * link.
	 */
	@GetMapping(value = "/public/risk-catalogue/share.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> text(@RequestParam UUID agencyId, @RequestParam PartyCategory partyCategory) {
		List<RiskCatalogues.PublishedPoint> points = points(agencyId, partyCategory);
		RiskCatalogues.PublishedPoint first = points.get(0);
		StringBuilder s = new StringBuilder();
		s.append("【").append(first.agencyName()).append("】").append(category(partyCategory)).append("违法风险点提示\n");
		s.append("自")
			.append(first.effectiveFrom())
			.append("起施行的风险点清单（第")
			.append(first.versionNo())
			.append("版）共 ")
			.append(points.size())
			.append(" 项，其中高风险 ")
			.append(points.stream().filter(p -> p.grade() == Grade.HIGH).count())
			.append(" 项：\n");
		for (RiskCatalogues.PublishedPoint p : points) {
			s.append(p.position()).append(". ").append(gradeName(p.grade())).append(" ").append(p.title());
			s.append("——").append(p.guidanceMeasures()).append("\n");
		}
		s.append("全文及法律依据：").append(link(agencyId, partyCategory)).append("\n");
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(s.toString());
	}

	/** The same summary as an image card (PNG, 1080 px wide) for posting. */
	@GetMapping(value = "/public/risk-catalogue/share.png", produces = MediaType.IMAGE_PNG_VALUE)
	ResponseEntity<byte[]> card(@RequestParam UUID agencyId, @RequestParam PartyCategory partyCategory)
			throws IOException {
		List<RiskCatalogues.PublishedPoint> points = points(agencyId, partyCategory);
		RiskCatalogues.PublishedPoint first = points.get(0);
		int width = 1080;
		int shown = Math.min(points.size(), 12);
		int height = 390 + shown * 110;
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.setColor(new Color(0xC8, 0x10, 0x2E));
			g.fillRect(0, 0, width, 180);
			g.setColor(Color.WHITE);
			g.setFont(font().deriveFont(Font.BOLD, 44f));
			g.drawString(first.agencyName(), 60, 85);
			g.setFont(font().deriveFont(Font.PLAIN, 36f));
			g.drawString(category(partyCategory) + "违法风险点提示", 60, 145);
			g.setColor(new Color(0x33, 0x33, 0x33));
			g.setFont(font().deriveFont(Font.PLAIN, 26f));
			g.drawString("自 " + first.effectiveFrom() + " 起施行 · 共 " + points.size() + " 项", 60, 230);
			int y = 300;
			for (RiskCatalogues.PublishedPoint p : points.subList(0, shown)) {
				g.setColor(switch (p.grade()) {
					case HIGH -> new Color(0xDC, 0x35, 0x45);
					case MEDIUM -> new Color(0xE0, 0x9B, 0x00);
					case LOW -> new Color(0x19, 0x87, 0x54);
				});
				g.fillRoundRect(60, y - 34, 110, 46, 12, 12);
				g.setColor(Color.WHITE);
				g.setFont(font().deriveFont(Font.BOLD, 26f));
				g.drawString(gradeName(p.grade()), 72, y - 2);
				g.setColor(new Color(0x21, 0x25, 0x29));
				g.setFont(font().deriveFont(Font.BOLD, 30f));
				g.drawString(clip(p.title(), 26), 190, y);
				g.setColor(new Color(0x55, 0x55, 0x55));
				g.setFont(font().deriveFont(Font.PLAIN, 24f));
				g.drawString(clip(p.guidanceMeasures(), 36), 190, y + 40);
				y += 110;
			}
			g.setColor(new Color(0x66, 0x66, 0x66));
			g.setFont(font().deriveFont(Font.PLAIN, 22f));
			g.drawString("全文及法律依据：", 60, height - 75);
			String link = link(agencyId, partyCategory);
			float size = 22f;
			g.setFont(font().deriveFont(Font.PLAIN, size));
			while (g.getFontMetrics().stringWidth(link) > width - 120 && size > 10f) {
				size -= 1f;
				g.setFont(font().deriveFont(Font.PLAIN, size));
			}
			g.drawString(link, 60, height - 40);
		}
		finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).body(out.toByteArray());
	}

	private List<RiskCatalogues.PublishedPoint> points(UUID agencyId, PartyCategory category) {
		List<RiskCatalogues.PublishedPoint> points = catalogues.published(category, agencyId, null);
		if (points.isEmpty()) {
			throw NotFoundException.forId("risk-catalogue", agencyId);
		}
		return points;
	}

	private static String link(UUID agencyId, PartyCategory category) {
		return ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/public/risk-catalogue")
			.queryParam("agencyId", agencyId)
			.queryParam("partyCategory", category)
			.toUriString();
	}

	private static String category(PartyCategory c) {
		return RiskCatalogues.CATEGORY_NAMES.getOrDefault(c, c.name());
	}

	private static String gradeName(Grade g) {
		return switch (g) {
			case HIGH -> "高风险";
			case MEDIUM -> "中风险";
			case LOW -> "低风险";
		};
	}

	private static String clip(String s, int max) {
		String one = s.replaceAll("\\s+", " ");
		return one.length() <= max ? one : one.substring(0, max - 1) + "…";
	}

	/** Noto Sans SC, the font of the official documents, loaded once. */
	private Font font() {
		Font f = font;
		if (f == null) {
			try (InputStream in = getClass().getResourceAsStream("/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf")) {
				if (in == null) {
					throw new IllegalStateException("Noto Sans SC is missing from the class path");
				}
				f = Font.createFont(Font.TRUETYPE_FONT, in);
				font = f;
			}
			catch (IOException | FontFormatException ex) {
				throw new IllegalStateException("cannot load Noto Sans SC", ex);
			}
		}
		return f;
	}

}
