package org.shanzhi.guidance.internal;

import java.util.List;
import java.util.Map;

import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.guidance.ConductComplaintView;
import org.shanzhi.guidance.FollowUpResult;
import org.shanzhi.guidance.GuidanceForm;
import org.shanzhi.shared.JsonbConverter;

import tools.jackson.core.type.TypeReference;

/** JSON columns of the guidance tables (stored as {@code jsonb}). */
final class JsonColumns {

	private JsonColumns() {
	}

	static class Details extends JsonbConverter<Map<String, String>> {

		Details() {
			super(new TypeReference<Map<String, String>>() {
			}, Map.of());
		}

	}

	static class Strings extends JsonbConverter<List<String>> {

		Strings() {
			super(new TypeReference<List<String>>() {
			}, List.of());
		}

	}

	static class Bases extends JsonbConverter<List<LegalBasis>> {

		Bases() {
			super(new TypeReference<List<LegalBasis>>() {
			}, List.of());
		}

	}

	static class FollowUp extends JsonbConverter<FollowUpResult> {

		FollowUp() {
			super(new TypeReference<FollowUpResult>() {
			}, null);
		}

	}

	static class Against extends JsonbConverter<List<ConductComplaintView.Against>> {

		Against() {
			super(new TypeReference<List<ConductComplaintView.Against>>() {
			}, List.of());
		}

	}

	static class Fields extends JsonbConverter<List<GuidanceForm.FieldSpec>> {

		Fields() {
			super(new TypeReference<List<GuidanceForm.FieldSpec>>() {
			}, List.of());
		}

	}

}
