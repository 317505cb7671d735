package org.shanzhi.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.shanzhi.shared.CreditCodes;
import org.shanzhi.shared.ResidentIdNumbers;
import org.shanzhi.support.IntegrationTest;
import org.springframework.mock.web.MockMultipartFile;

class PartyImportTests extends IntegrationTest {

	static byte[] workbook(String[][] rows) throws Exception {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("相对人");
			String[] header = { "类型", "名称", "证件号码", "类别", "地址", "电话" };
			Row h = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				h.createCell(i).setCellValue(header[i]);
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					row.createCell(c).setCellValue(rows[r][c]);
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	@Test
	void importsEveryValidRowAndReportsEachRefusedRowWithItsReason() throws Exception {
		String person = "419902199203040" + "12";
		person = person.substring(0, 17) + ResidentIdNumbers.checkCharacter(person.substring(0, 17));
		String org17 = "91419902MA9ABCDE1";
		String orgCode = org17 + CreditCodes.checkCharacter(org17);
		byte[] file = workbook(new String[][] { { "自然人", "导入测试甲", person, "居民", "河洛市东城区", "13800000001" },
				{ "法人或其他组织", "导入测试有限公司", orgCode, "餐饮服务", "河洛市西城区", "03790000001" },
				{ "自然人", "号码错误", "410302199001011234", "居民", "", "" }, { "外星人", "类型错误", person, "居民", "", "" },
				{ "自然人", "类别错误", person, "不存在的类别", "", "" }, { "自然人", "重复的行", person, "RESIDENT", "", "" } });
		String body = mvc
			.perform(multipart("/api/v1/parties/import")
				.file(new MockMultipartFile("file", "parties.xlsx",
						"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file))
				.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rows").value(6))
			.andExpect(jsonPath("$.imported").value(2))
			.andExpect(jsonPath("$.refused.length()").value(4))
			.andExpect(jsonPath("$.refused[0].row").value(4))
			.andExpect(jsonPath("$.refused[0].field").value("idNumber"))
			.andExpect(jsonPath("$.refused[1].field").value("kind"))
			.andExpect(jsonPath("$.refused[2].field").value("category"))
			.andExpect(jsonPath("$.refused[3].field").value("identifier"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("GB 11643");
		mvc.perform(get("/api/v1/parties").param("q", "导入测试").header("Authorization", bearer("demo-officer-amr")))
			.andExpect(jsonPath("$.total").value(2));
		// a second import of the same file imports nothing: the parties are known already
		mvc.perform(multipart("/api/v1/parties/import").file(new MockMultipartFile("file", "parties.xlsx", null, file))
			.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(jsonPath("$.imported").value(0))
			.andExpect(jsonPath("$.refused[0].reason").value(org.hamcrest.Matchers.containsString("已登记")));
	}

	@Test
	void refusesAFileThatIsNotAWorkbook() throws Exception {
		mvc.perform(multipart("/api/v1/parties/import")
			.file(new MockMultipartFile("file", "x.xlsx", null, "not a workbook".getBytes()))
			.header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	@Test
	void exportsTheDirectoryWithMaskedIdNumbers() throws Exception {
		byte[] xlsx = mvc
			.perform(get("/api/v1/parties/export.xlsx").header("Authorization", bearer("demo-officer-amr")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = wb.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(220);
			boolean sawPerson = false;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("自然人")) {
					assertThat(row.getCell(2).getStringCellValue()).matches("\\d{4}\\*{10}[\\dX]{4}");
					sawPerson = true;
				}
			}
			assertThat(sawPerson).isTrue();
		}
	}

}
