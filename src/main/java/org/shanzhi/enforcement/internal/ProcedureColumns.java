package org.shanzhi.enforcement.internal;

import java.util.List;

import org.shanzhi.enforcement.ProcedureRecords;
import org.shanzhi.shared.JsonbConverter;

import tools.jackson.core.type.TypeReference;

/** The JSON columns of the procedure's records on a case (stored as {@code jsonb}). */
final class ProcedureColumns {

	private ProcedureColumns() {
	}

	static class ReportColumn extends JsonbConverter<ProcedureRecords.Report> {

		ReportColumn() {
			super(new TypeReference<ProcedureRecords.Report>() {
			}, null);
		}

	}

	static class Reviews extends JsonbConverter<List<ProcedureRecords.Review>> {

		Reviews() {
			super(new TypeReference<List<ProcedureRecords.Review>>() {
			}, List.of());
		}

	}

	static class DiscussionColumn extends JsonbConverter<ProcedureRecords.Discussion> {

		DiscussionColumn() {
			super(new TypeReference<ProcedureRecords.Discussion>() {
			}, null);
		}

	}

	static class Notices extends JsonbConverter<List<ProcedureRecords.PriorNotice>> {

		Notices() {
			super(new TypeReference<List<ProcedureRecords.PriorNotice>>() {
			}, List.of());
		}

	}

	static class Statements extends JsonbConverter<List<ProcedureRecords.Statement>> {

		Statements() {
			super(new TypeReference<List<ProcedureRecords.Statement>>() {
			}, List.of());
		}

	}

	static class HearingColumn extends JsonbConverter<ProcedureRecords.Hearing> {

		HearingColumn() {
			super(new TypeReference<ProcedureRecords.Hearing>() {
			}, null);
		}

	}

	static class Extensions extends JsonbConverter<List<ProcedureRecords.Extension>> {

		Extensions() {
			super(new TypeReference<List<ProcedureRecords.Extension>>() {
			}, List.of());
		}

	}

	static class Deliveries extends JsonbConverter<List<ProcedureRecords.Delivery>> {

		Deliveries() {
			super(new TypeReference<List<ProcedureRecords.Delivery>>() {
			}, List.of());
		}

	}

	static class TransferColumn extends JsonbConverter<ProcedureRecords.Transfer> {

		TransferColumn() {
			super(new TypeReference<ProcedureRecords.Transfer>() {
			}, null);
		}

	}

	static class RevocationColumn extends JsonbConverter<ProcedureRecords.Revocation> {

		RevocationColumn() {
			super(new TypeReference<ProcedureRecords.Revocation>() {
			}, null);
		}

	}

}
