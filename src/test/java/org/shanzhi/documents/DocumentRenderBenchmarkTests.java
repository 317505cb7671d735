package org.shanzhi.documents;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.shanzhi.documents.OfficialDocument.Section;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The time to render a 行政处罚决定书-sized {@link OfficialDocument} to PDF with the
 * application's template and fonts (goal: p50 ≤ 200 ms): {@code shanzhi.bench.warm-ups}
 * renderings first (50), then {@code shanzhi.bench.runs} (200) measured one after the
 * other; prints p50, p95 and the largest in ms, also to
 * {@code target/bench-document-render.txt}. A benchmark, not a test: it runs only when
 * {@code scripts/bench-document-render.sh} asks for it
 * ({@code -Dshanzhi.bench=document-render}).
 */
@EnabledIfSystemProperty(named = "shanzhi.bench", matches = "document-render")
class DocumentRenderBenchmarkTests {

	@Test
	void renderADecision() throws Exception {
		int warmUps = Integer.getInteger("shanzhi.bench.warm-ups", 50);
		int runs = Integer.getInteger("shanzhi.bench.runs", 200);
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		DocumentRenderer renderer = new DocumentRenderer(engine);
		OfficialDocument decision = decision();
		long bytes = 0;
		for (int i = 0; i < warmUps; i++) {
			bytes = renderer.pdf(decision).length;
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			renderer.pdf(decision);
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		String report = String.format(java.util.Locale.ROOT,
				"rendered a 行政处罚决定书 (%d bytes) %d times after %d warm-ups%np50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
				bytes, runs, warmUps, percentile(ms, 50), percentile(ms, 95), ms[ms.length - 1]);
		System.out.print(report);
		java.nio.file.Files.writeString(java.nio.file.Path.of("target/bench-document-render.txt"), report);
	}

	static double percentile(double[] sorted, int p) {
		int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
	}

	/** A decision of the usual length: two to three pages of A4. */
	static OfficialDocument decision() {
		return new OfficialDocument("河洛市市场监督管理局", "行政处罚决定书", "河市监罚〔2026〕0137号", "河洛市示例食品超市有限公司", List.of(
				Section.of("当事人", "当事人：河洛市示例食品超市有限公司；统一社会信用代码：91419900MA44C0XY1K；住所：河洛市东城区人民路88号；法定代表人：王某某。"),
				Section.of("一、违法事实",
						"2026年9月12日，本局执法人员对当事人经营场所进行监督检查，发现当事人货架上陈列销售的42种商品未标明价格，另有17种商品标价签所标示的品名、产地、规格与实物不符。当事人未能提供商品进货凭证上的价格信息，现场负责人对上述情况予以确认。",
						"经进一步调查，当事人自2026年8月1日起即存在上述情形，期间销售未标明价格的商品金额合计人民币18,640.00元，违法所得无法计算。当事人在本局立案后即对全部商品重新标价，并于2026年9月20日提交整改报告。"),
				Section.of("二、证据",
						"1. 现场检查笔录及现场照片12张，证明当事人经营场所商品未明码标价的事实；2. 询问笔录2份，证明当事人对违法事实的确认；3. 营业执照复印件，证明当事人主体资格；4. 销售台账，证明违法行为持续时间及销售金额；5. 整改报告及复查照片，证明当事人已改正违法行为。"),
				Section.of("三、陈述、申辩及采纳情况",
						"本局于2026年10月8日向当事人送达《行政处罚事先告知书》（河市监罚告〔2026〕0098号），告知拟作出行政处罚的事实、理由、依据及当事人依法享有的陈述、申辩和要求听证的权利。当事人在法定期限内提交书面陈述，称系新入职员工操作失误所致，且已及时改正。经复核，当事人所述改正情况属实，本局予以采纳，在裁量时从轻考虑；所称员工操作失误不构成免责事由，不予采纳。"),
				Section.of("四、处罚依据和理由",
						"当事人的上述行为违反了《中华人民共和国价格法》第十三条第一款和《明码标价和禁止价格欺诈规定》第五条的规定，依据《中华人民共和国价格法》第四十二条的规定，应当责令改正，没收违法所得，可以并处五千元以下的罚款。",
						"鉴于当事人在案发后主动改正违法行为，违法行为持续时间较短，依据《中华人民共和国行政处罚法》第三十二条及《河洛市市场监督管理行政处罚裁量基准》的规定，对当事人从轻处罚。"),
				Section.of("五、处罚决定", "本局决定对当事人作出如下行政处罚：警告；罚款人民币2,000.00元。"),
				Section.of("六、履行方式和期限",
						"当事人应当自收到本决定书之日起十五日内，持本决定书及缴款通知书到指定银行或者通过电子支付系统缴纳罚款。逾期不缴纳罚款的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第一项的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超出罚款的数额。"),
				Section.of("七、救济途径和期限",
						"当事人如对本决定不服，可以在收到本决定书之日起六十日内向河洛市人民政府申请行政复议，或者在六个月内依法向河洛市东城区人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行，法律另有规定的除外。")),
				LocalDate.of(2026, 11, 2), null);
	}

}
