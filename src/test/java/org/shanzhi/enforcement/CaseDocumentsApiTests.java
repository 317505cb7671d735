package org.shanzhi.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.shanzhi.shared.PeopleTime;
import org.shanzhi.support.IntegrationTest;

import tools.jackson.databind.JsonNode;

/**
 * The documents of a case (API.md, "documents"): the list, each one's PDF printed again
 * from its content as issued, the 卷宗 with its cover and contents, and who may read them.
 */
class CaseDocumentsApiTests extends IntegrationTest {

	static final String OFFICER = "demo-officer-amr";

	static final String HEAD = "demo-head-amr";

	String filedCase() throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("partyId", newEnterprise("河洛市文书测试商店", "RETAIL"));
		body.put("violationCode", "PRICE-TAG");
		body.put("occurredOn", LocalDate.now(PeopleTime.ZONE).minusDays(2).toString());
		body.put("facts", "商品未明码标价");
		body.put("origin", "COMPLAINT");
		return openFiledCase(OFFICER, HEAD, body);
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument d = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(d);
		}
	}

	@Test
	void theFilingApprovalFormIsListedAndPrintedAgain() throws Exception {
		String c = filedCase();
		String number = body(call(get("/api/v1/enforcement-cases/" + c), OFFICER, null)).get("filingDocumentNumber")
			.asString();

		JsonNode list = body(
				call(get("/api/v1/enforcement-cases/" + c + "/documents"), OFFICER, null).andExpect(status().isOk())
					.andExpect(jsonPath("$.total").value(1)));
		JsonNode d = list.get("items").get(0);
		assertThat(d.get("kind").asString()).isEqualTo("filing-approval");
		assertThat(d.get("number").asString()).isEqualTo(number);
		assertThat(d.get("title").asString()).isEqualTo("立案审批表");
		assertThat(d.get("issuedAt").asString()).isNotBlank();
		assertThat(d.get("deliveredAt").isNull()).isTrue();
		assertThat(d.get("href").asString())
			.isEqualTo("/api/v1/enforcement-cases/" + c + "/documents/filing-approval.pdf");

		byte[] pdf = call(get(d.get("href").asString()), OFFICER, null).andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("inline")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String printed = text(pdf);
		assertThat(printed).contains("立案审批表").contains(number);

		// a reader of another role of the agency reads it too; the supervisor as well
		call(get("/api/v1/enforcement-cases/" + c + "/documents"), HEAD, null).andExpect(status().isOk());
		call(get("/api/v1/enforcement-cases/" + c + "/documents"), "demo-supervisor", null).andExpect(status().isOk());
	}

	@Test
	void aKindNotIssuedIsRefusedAndAKindOfAnotherShapeIsBadInput() throws Exception {
		String c = filedCase();
		call(get("/api/v1/enforcement-cases/" + c + "/documents/decision.pdf"), OFFICER, null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("document-not-issuable"));
		call(get("/api/v1/enforcement-cases/" + c + "/documents/inquiry-record-2.pdf"), OFFICER, null)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.rule").value("document-not-issuable"));
		call(get("/api/v1/enforcement-cases/" + c + "/documents/Filing_Approval.pdf"), OFFICER, null)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		call(get("/api/v1/enforcement-cases/" + c + "/documents/filing--approval.pdf"), OFFICER, null)
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherAgencysCaseIsNotFoundAndAnotherRoleIsRefused() throws Exception {
		String c = filedCase();
		call(get("/api/v1/enforcement-cases/" + c + "/documents"), "demo-head-eco", null)
			.andExpect(status().isNotFound());
		call(get("/api/v1/enforcement-cases/" + c + "/documents/filing-approval.pdf"), "demo-head-eco", null)
			.andExpect(status().isNotFound());
		call(get("/api/v1/enforcement-cases/" + c + "/dossier.pdf"), "demo-head-eco", null)
			.andExpect(status().isNotFound());
		call(get("/api/v1/enforcement-cases/" + c + "/documents"), "demo-mediator", null)
			.andExpect(status().isForbidden());
		call(get("/api/v1/enforcement-cases/" + c + "/dossier.pdf"), "demo-mediator", null)
			.andExpect(status().isForbidden());
		call(get("/api/v1/enforcement-cases/" + java.util.UUID.randomUUID() + "/documents"), OFFICER, null)
			.andExpect(status().isNotFound());
	}

	@Test
	void theDossierHasItsCoverItsContentsAndEveryDocument() throws Exception {
		String c = filedCase();
		JsonNode kase = body(call(get("/api/v1/enforcement-cases/" + c), OFFICER, null));
		String number = kase.get("filingDocumentNumber").asString();
		byte[] one = call(get("/api/v1/enforcement-cases/" + c + "/documents/filing-approval.pdf"), OFFICER, null)
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		int documentPages;
		try (PDDocument d = Loader.loadPDF(one)) {
			documentPages = d.getNumberOfPages();
		}

		byte[] pdf = call(get("/api/v1/enforcement-cases/" + c + "/dossier.pdf"), OFFICER, null)
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument dossier = Loader.loadPDF(pdf)) {
			assertThat(dossier.getNumberOfPages()).isEqualTo(documentPages + 2);
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(1);
			String cover = stripper.getText(dossier);
			assertThat(cover).containsPattern("卷\\s*宗").contains(kase.get("number").asString()).contains("河洛市文书测试商店");
			assertThat(cover).contains("本卷页数").contains(String.valueOf(documentPages + 2));
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			String contents = stripper.getText(dossier);
			assertThat(contents).containsPattern("目\\s*录").contains("立案审批表").contains(number);
			// the filing approval starts on page 3
			assertThat(contents.replaceAll("\\s+", " "))
				.containsPattern("立案审批表 " + java.util.regex.Pattern.quote(number) + " 3");
			stripper.setStartPage(3);
			stripper.setEndPage(3);
			assertThat(stripper.getText(dossier)).contains("立案审批表").contains(number);

			var outline = dossier.getDocumentCatalog().getDocumentOutline();
			assertThat(outline).isNotNull();
			java.util.List<String> bookmarks = new java.util.ArrayList<>();
			for (PDOutlineItem item : outline.children()) {
				bookmarks.add(item.getTitle());
			}
			assertThat(bookmarks).containsExactly("卷宗封面", "目录", "1. 立案审批表 " + number);
		}
	}

	@Test
	void theCasePageListsItsDocumentsWithLinksToThemAndToTheDossier() throws Exception {
		String c = filedCase();
		mvc.perform(get("/cases/" + c).with(as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/cases/" + c + "/documents")));
		String section = mvc.perform(get("/cases/" + c + "/documents").with(as(OFFICER)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(section).contains("立案审批表")
			.contains("/cases/" + c + "/documents/filing-approval.pdf")
			.contains("/cases/" + c + "/dossier.pdf")
			.containsPattern("20\\d\\d年\\d{1,2}月\\d{1,2}日 \\d\\d:\\d\\d");
		mvc.perform(get("/cases/" + c + "/documents/filing-approval.pdf").with(as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/cases/" + c + "/dossier.pdf").with(as(OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

}
