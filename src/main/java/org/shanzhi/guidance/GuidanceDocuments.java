package org.shanzhi.guidance;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.directory.PartyKind;
import org.shanzhi.documents.DocumentRenderer;
import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.documents.OfficialDocument.Section;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The printable document of an act (G3): a 行政指导书 with its number for a written act, a
 * 简易行政指导书 for a simple one. It states the legal basis, the principles applied, the form's
 * particulars, the rectification required and its deadline, and that guidance is not
 * binding.
 */
@Service
public class GuidanceDocuments {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINA);

	private final GuidanceActs acts;

	private final GuidanceForms forms;

	private final Agencies agencies;

	private final DocumentRenderer renderer;

	private final Parties parties;

	private final MessageSource messages;

	GuidanceDocuments(GuidanceActs acts, GuidanceForms forms, Agencies agencies, DocumentRenderer renderer,
			Parties parties, MessageSource messages) {
		this.parties = parties;
		this.acts = acts;
		this.forms = forms;
		this.agencies = agencies;
		this.renderer = renderer;
		this.messages = messages;
	}

	/** The act's document as PDF (readers of the act). */
	public Pdf pdf(UUID actId) {
		GuidanceActView act = acts.get(actId);
		return new Pdf(fileName(act), renderer.pdf(document(act)));
	}

	OfficialDocument document(GuidanceActView act) {
		String agency = agencies.get(act.agencyId()).name();
		String you = parties.get(act.partyId()).kind() == PartyKind.PERSON ? "你" : "你单位";
		var form = forms.find(act.agencyId(), act.form());
		String formName = form.filter(f -> !f.statutory())
			.map(GuidanceForms.FormInfo::name)
			.orElseGet(() -> GuidanceForm.isBuiltIn(act.form()) ? zh("guidance.form." + act.form()) : act.form());
		List<Section> sections = new ArrayList<>();
		String bases = act.legalBasis().stream().map(b -> b.law() + b.article()).collect(Collectors.joining("、"));
		String principles = act.principles()
			.stream()
			.map(p -> zh("guidance.principle." + p.name()))
			.collect(Collectors.joining("、"));
		String opening = "本机关" + (bases.isEmpty() ? "" : "依据" + bases + "，") + "遵循" + principles + "的原则，就"
				+ act.subject() + "对" + you + "进行" + formName + "如下：";
		sections.add(new Section(null, List.of(opening)));
		sections.add(new Section("一、指导内容", List.of(act.content().split("\\R+"))));
		List<String> particulars = new ArrayList<>();
		List<GuidanceForm.FieldSpec> fields = form.map(GuidanceForms.FormInfo::fields).orElse(List.of());
		for (GuidanceForm.FieldSpec f : fields) {
			String value = act.details().get(f.key());
			if (value != null) {
				String label = f.label() != null ? f.label() : zh("guidance.field." + f.key());
				particulars.add(label + "：" + value);
			}
		}
		int n = 2;
		if (!particulars.isEmpty()) {
			sections.add(new Section(numeral(n++) + "、" + formName + "事项", particulars));
		}
		if (act.rectification() != null) {
			sections.add(new Section(numeral(n++) + "、整改要求", List.of(act.rectification().requirement(),
					"请于" + DATE.format(act.rectification().deadline()) + "前完成整改，并将整改情况告知本机关。期限届满仍未整改的，本机关将依法处理。")));
		}
		sections.add(new Section(numeral(n) + "、告知事项",
				List.of("本指导属于行政指导，不具有强制力。" + you + "可以自愿决定是否接受，不接受行政指导的，本机关不因此作出对你不利的处理。", "对本指导有意见或建议的，可以向本机关反映。")));
		String title = act.documentForm() == DocumentForm.WRITTEN ? "行政指导书" : "简易行政指导书";
		return new OfficialDocument(agency, title, act.documentNumber(), act.partyName(), sections, act.issuedOn(),
				"（本文书一式两份，一份送达当事人，一份存档。）");
	}

	private String zh(String code) {
		return messages.getMessage(code, null, code, Locale.SIMPLIFIED_CHINESE);
	}

	private static String numeral(int n) {
		return String.valueOf("〇一二三四五六七八九十".charAt(Math.min(n, 10)));
	}

	private static String fileName(GuidanceActView act) {
		return "guidance-" + (act.documentNumber() == null ? act.id().toString()
				: act.documentNumber().replaceAll("[^0-9A-Za-z]+", "-").replaceAll("^-|-$", "")) + ".pdf";
	}

	/** A PDF file and the name to download it under. */
	public record Pdf(String fileName, byte[] content) {
	}

}
