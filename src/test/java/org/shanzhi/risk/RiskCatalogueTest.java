package org.shanzhi.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.risk.internal.PointContent;
import org.shanzhi.risk.internal.RiskCatalogue;
import org.shanzhi.shared.RuleViolationException;

/**
 * The course of a catalogue without Spring: points change only in a draft, the
 * consultation cannot be skipped, publication waits for the end of the consultation and
 * for every answer.
 */
class RiskCatalogueTest {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

	static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T10:00:00+08:00");

	static PointContent point(String title) {
		return new PointContent(title, "后厨生熟食品混放", "员工操作不规范", "交叉污染致食源性疾病", "较常见",
				List.of(new LegalBasis("《中华人民共和国食品安全法》", "第三十三条")), 4, 3, Grade.MEDIUM, Grade.MEDIUM, null, "提醒",
				"生熟分区存放，张贴标识", null, List.of());
	}

	RiskCatalogue draft() {
		return new RiskCatalogue(UUID.randomUUID(), UUID.randomUUID(), "CATERING", 1, "餐饮服务违法风险点清单", UUID.randomUUID(),
				NOW);
	}

	static String refusal(Consumer<RiskCatalogue> action, RiskCatalogue c) {
		try {
			action.accept(c);
			return "allowed";
		}
		catch (RuleViolationException ex) {
			return ex.getStatusCode().value() + " " + ex.rule();
		}
	}

	@Test
	void aDraftGoesToConsultationAndIsPublishedAfterItWithEveryCommentAnswered() {
		RiskCatalogue c = draft();
		assertThat(refusal(x -> x.openConsultation(TODAY, TODAY.plusDays(14), null, TODAY), c))
			.isEqualTo("422 catalogue-empty");
		UUID first = c.addPoint(point("生熟混放"));
		c.addPoint(point("超范围经营"));
		c.removePoint(first);
		assertThat(c.pointViews()).extracting(RiskPointView::position).containsExactly(1);
		assertThat(refusal(x -> x.publish(TODAY, null, 0, UUID.randomUUID(), TODAY, NOW), c))
			.isEqualTo("422 consultation-required");
		assertThat(refusal(x -> x.openConsultation(TODAY, TODAY.minusDays(1), null, TODAY), c))
			.isEqualTo("422 consultation-period-reversed");
		assertThat(refusal(x -> x.openConsultation(TODAY, TODAY.plusDays(91), null, TODAY), c))
			.isEqualTo("422 consultation-period-too-long");
		c.openConsultation(TODAY, TODAY.plusDays(14), "门户网站、座谈会", TODAY);
		assertThat(c.status()).isEqualTo(CatalogueStatus.CONSULTATION);
		assertThat(c.openForComments(TODAY.plusDays(14))).isTrue();
		assertThat(c.openForComments(TODAY.plusDays(15))).isFalse();
		assertThat(refusal(x -> x.addPoint(point("x")), c)).isEqualTo("409 catalogue-transition-not-allowed");
		assertThat(refusal(x -> x.publish(TODAY.plusDays(20), null, 0, UUID.randomUUID(), TODAY.plusDays(14), NOW), c))
			.isEqualTo("422 consultation-still-open");
		LocalDate after = TODAY.plusDays(15);
		assertThat(refusal(x -> x.publish(after, null, 2, UUID.randomUUID(), after, NOW), c))
			.isEqualTo("422 comments-unanswered");
		assertThat(refusal(x -> x.publish(after.minusDays(1), null, 0, UUID.randomUUID(), after, NOW), c))
			.isEqualTo("422 effective-date-in-past");
		c.publish(after.plusDays(1), "共收到意见 2 条，采纳 1 条", 0, UUID.randomUUID(), after, NOW);
		assertThat(c.status()).isEqualTo(CatalogueStatus.PUBLISHED);
		assertThat(c.view().consultation().summary()).isEqualTo("共收到意见 2 条，采纳 1 条");
		assertThat(refusal(x -> x.openConsultation(TODAY, TODAY, null, TODAY), c))
			.isEqualTo("409 catalogue-transition-not-allowed");
		assertThat(refusal(x -> x.changePoint(c.pointViews().get(0).id(), point("改")), c))
			.isEqualTo("409 catalogue-transition-not-allowed");
	}

}
