package org.shanzhi.directory;

import java.util.List;

/**
 * Outcome of an Excel import: how many rows were imported, and each refused row with why.
 */
public record PartyImportReport(int rows, int imported, List<RefusedRow> refused) {

	public record RefusedRow(int row, String name, String field, String reason) {
	}
}
