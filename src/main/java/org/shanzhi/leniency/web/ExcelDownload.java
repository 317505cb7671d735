package org.shanzhi.leniency.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.leniency.LeniencyExchange;
import org.shanzhi.leniency.ListVersionView;
import org.springframework.http.ContentDisposition;

/** Sends a list version as an Excel download, for the API and the pages alike. */
final class ExcelDownload {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private ExcelDownload() {
	}

	static void send(ListVersionView list, LeniencyExchange exchange, HttpServletResponse response) throws IOException {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition",
				ContentDisposition.attachment()
					.filename("leniency-" + list.kind().name().toLowerCase() + "-" + list.label() + ".xlsx")
					.build()
					.toString());
		exchange.export(list, response.getOutputStream());
	}

}
