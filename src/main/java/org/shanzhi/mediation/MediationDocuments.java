package org.shanzhi.mediation;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.shanzhi.directory.Agencies;
import org.shanzhi.directory.Parties;
import org.shanzhi.documents.DocumentRenderer;
import org.shanzhi.documents.OfficialDocument;
import org.shanzhi.documents.OfficialDocument.Section;
import org.shanzhi.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The documents of a mediation case (M4), rendered through the documents module: the
 * acceptance notice (受理通知书, or 不予受理通知书), the transcript of each session (调解笔录), the
 * agreement (调解协议书) and the termination notice (终止调解通知书) with the referral. A document
 * that the case has not issued answers 404.
 */
@Service
public class MediationDocuments {

	static final ZoneId ZONE = org.shanzhi.shared.PeopleTime.ZONE;

	static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm", Locale.CHINA);

	private final MediationCases cases;

	private final Parties parties;

	private final Agencies agencies;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	MediationDocuments(MediationCases cases, Parties parties, Agencies agencies, DocumentRenderer renderer,
			MessageSource messages, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.cases = cases;
		this.parties = parties;
		this.agencies = agencies;
		this.renderer = renderer;
	}

	/**
	 * The document as PDF; {@code kind} is acceptance-notice, transcript-N, agreement or
	 * termination.
	 */
	public byte[] pdf(UUID caseId, String kind) {
		MediationCaseView c = cases.forDocuments(caseId);
		return renderer.pdf(document(c, kind));
	}

	/**
	 * The names of a case's parties, in its order, as its documents and pages show them:
	 * parties of the directory, and the respondent agency of a reconsideration mediation.
	 */
	public Map<UUID, String> names(MediationCaseView c) {
		Map<UUID, String> partyNames = parties
			.namesForDocument(c.parties().stream().filter(p -> !p.isAgency()).map(CaseParty::partyId).toList());
		Map<UUID, String> names = new java.util.LinkedHashMap<>();
		for (CaseParty p : c.parties()) {
			names.put(p.partyId(),
					p.isAgency() ? agencies.get(p.partyId()).name() : partyNames.getOrDefault(p.partyId(), ""));
		}
		return names;
	}

	OfficialDocument document(MediationCaseView c, String kind) {
		String agency = agencies.get(c.agencyId()).name();
		Map<UUID, String> names = names(c);
		boolean reconsideration = c.forum() == Forum.RECONSIDERATION;
		// a reconsideration organ's documents carry their own titles (M7)
		String prefix = reconsideration ? "行政复议" : "";
		String dispute = "与"
				+ c.parties()
					.stream()
					.map(p -> role(p.role()) + names.get(p.partyId()))
					.collect(Collectors.joining("、"))
				+ "之间的" + dispute(c.disputeType()) + (reconsideration ? "（被申请复议的行政行为：" + c.disputedAct() + "）" : "");
		List<String> partyLines = c.parties().stream().map(p -> role(p.role()) + "：" + names.get(p.partyId())).toList();
		if (kind.equals("acceptance-notice") && c.acceptance() != null) {
			boolean accepted = c.acceptance().accepted();
			List<Section> body = new ArrayList<>();
			if (accepted) {
				body.add(new Section(null,
						List.of("关于" + dispute + "的调解，经各方当事人同意，本机关经审查决定予以受理。",
								"调解定于" + time(c.acceptance().sessionAt()) + "在" + c.acceptance().place() + "进行，请准时参加。",
								c.acceptance().notes() == null ? "" : "注意事项：" + c.acceptance().notes())));
			}
			else {
				body.add(new Section(null,
						List.of("关于" + dispute + "的调解申请，本机关经审查决定不予受理。", "理由：" + c.acceptance().reason())));
			}
			return new OfficialDocument(agency, prefix + (accepted ? "调解受理通知书" : "调解不予受理通知书"),
					c.documentNumbers().get("acceptance-notice"), String.join("、", names.values()), body,
					c.acceptance().decidedAt().atZoneSameInstant(ZONE).toLocalDate(), "行政调解遵循自愿、合法、公正、高效的原则。");
		}
		if (kind.startsWith("transcript-")) {
			int n = parseNumber(kind.substring("transcript-".length()));
			SessionRecord s = c.sessions()
				.stream()
				.filter(x -> x.number() == n)
				.findFirst()
				.orElseThrow(() -> NotFoundException.forId("mediation-document", kind));
			List<Section> body = new ArrayList<>();
			body.add(new Section(null,
					List.of("时间：" + time(s.heldAt()), "事由：" + dispute, "到场人员：" + String.join("、", s.attendees()),
							s.experts().isEmpty() ? "" : "邀请的专家或有关人员：" + String.join("、", s.experts()))));
			if (s.invited() != null && !s.invited().isEmpty()) {
				body.add(new Section(null, List.of("邀请参加的公民、法人或者其他组织代表：" + String.join("、", s.invited()))));
			}
			body.add(new Section("一、告知事项", List.of("调解员告知当事人调解的程序、各方的权利义务，当事人表示知悉。")));
			body.add(new Section("二、当事人陈述", List.of(orNone(s.statements()))));
			body.add(new Section("三、答辩与质证",
					List.of("答辩：" + orNone(s.defences()), "质证：" + orNone(s.crossExamination()))));
			body.add(new Section("四、争议焦点", List.of(orNone(s.focus()))));
			body.add(new Section("五、" + zh("mediation.sessionKind." + s.kindOrSession()) + "过程",
					List.of(s.transcript().split("\\R+"))));
			body.add(new Section(null, List.of("以上笔录经到场人员核对无误。", "到场人员签名：")));
			return new OfficialDocument(agency,
					prefix + zh("mediation.sessionKind." + s.kindOrSession()) + "笔录（第" + n + "次）", null, null, body,
					s.heldAt().atZoneSameInstant(ZONE).toLocalDate(), null);
		}
		if (kind.equals("agreement") && c.agreement() != null && c.agreement().agreedAt() != null) {
			List<Section> body = new ArrayList<>();
			Map<UUID, String> identities = parties.identitiesForDocument(
					c.parties().stream().filter(p -> !p.isAgency()).map(CaseParty::partyId).toList());
			body.add(new Section("当事人",
					c.parties()
						.stream()
						.map(p -> role(p.role()) + "：" + identities.getOrDefault(p.partyId(), names.get(p.partyId())))
						.toList()));
			List<String> mediators = mediatorsOf(c.id());
			body.add(new Section("调解员", List.of(mediators.isEmpty() ? "—" : String.join("、", mediators))));
			body.add(new Section("一、纠纷事项",
					reconsideration ? List.of("被申请复议的行政行为：" + c.disputedAct(), c.summary()) : List.of(c.summary())));
			body.add(new Section("二、查明的事实", List.of(c.agreement().factsFound().split("\\R+"))));
			body.add(new Section("三、协议内容", List.of(c.agreement().terms().split("\\R+"))));
			List<String> signatures = c.parties()
				.stream()
				.map(p -> role(p.role()) + names.get(p.partyId()) + "（签名或盖章）　" + time(p.signedAt())
						+ signedHow(p.signature()))
				.toList();
			body.add(new Section("四、签署", signatures));
			return new OfficialDocument(agency, reconsideration ? "行政复议调解书" : "调解协议书",
					c.documentNumbers().get("agreement"), null, body,
					c.agreement().agreedAt().atZoneSameInstant(ZONE).toLocalDate(),
					"本协议书经各方当事人签名或盖章、本机关盖章后生效，各方当事人应当自觉履行。");
		}
		if (kind.equals("termination") && c.closing() != null && c.status() == MediationStatus.TERMINATED) {
			List<Section> body = new ArrayList<>();
			body.add(new Section(null, List.of("关于" + dispute + "的调解，因" + c.closing().reason() + "，本机关决定终止调解。")));
			body.add(new Section("救济途径", List.of(referral(c.closing().referral()))));
			return new OfficialDocument(agency, prefix + "终止调解通知书", c.documentNumbers().get("termination"),
					String.join("、", names.values()), body,
					c.closing().closedAt().atZoneSameInstant(ZONE).toLocalDate(), null);
		}
		throw NotFoundException.forId("mediation-document", kind);
	}

	/**
	 * The names of the case's mediators who did not step aside, in the order assigned.
	 */
	private List<String> mediatorsOf(UUID caseId) {
		return jdbc.sql("""
				select m.name from mediation.assignment a join mediation.mediator m on m.id = a.mediator_id
				where a.case_id = :case and a.recused_at is null order by a.assigned_at, m.name
				""").param("case", caseId).query(String.class).list();
	}

	static String referral(Referral referral) {
		return switch (referral == null ? Referral.NONE : referral) {
			case RECONSIDERATION -> "对行政行为不服的，可以自知道该行政行为之日起六十日内依法申请行政复议（《中华人民共和国行政复议法》第二十条）。";
			case LITIGATION -> "可以依法向人民法院提起诉讼；对行政行为不服的，应当自知道或者应当知道作出行政行为之日起六个月内提起（《中华人民共和国行政诉讼法》第四十六条）。";
			case ARBITRATION -> "可以依法申请仲裁；劳动争议申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算（《中华人民共和国劳动争议调解仲裁法》第二十七条）。";
			case NONE -> "当事人可以依法通过其他途径解决。";
		};
	}

	/** The words of a code in Chinese, from the message bundles. */
	private String zh(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}

	private String role(PartyRole role) {
		return zh("mediation.role." + role);
	}

	/** The kind of dispute as the documents name it, e.g. 消费纠纷. */
	private String dispute(DisputeType type) {
		String name = zh("mediation.dispute." + type);
		return name.endsWith("纠纷") || name.endsWith("争议") ? name : name + "纠纷";
	}

	private static String orNone(String s) {
		return s == null ? "（无）" : s;
	}

	/** How a signature was given (M8): online with the address, or in person. */
	private static String signedHow(Confirmation how) {
		if (how == null || how.method() == null) {
			return "";
		}
		return how.method() == Confirmation.Method.ONLINE ? "（网上签署" + (how.ip() == null ? "" : "，IP " + how.ip()) + "）"
				: "（现场签署）";
	}

	private static String time(OffsetDateTime t) {
		return t == null ? "" : TIME.format(t.atZoneSameInstant(ZONE));
	}

	private static int parseNumber(String s) {
		try {
			return Integer.parseInt(s);
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
