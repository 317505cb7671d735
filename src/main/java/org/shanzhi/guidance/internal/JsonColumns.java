package org.shanzhi.guidance.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.AttributeConverter;

import org.shanzhi.enforcement.LegalBasis;
import org.shanzhi.guidance.FollowUpResult;
import org.shanzhi.guidance.GuidanceForm;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON columns of the guidance tables (stored as {@code jsonb}). */
final class JsonColumns {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonColumns() {
	}

	static class Details implements AttributeConverter<Map<String, String>, String> {

		@Override
		public String convertToDatabaseColumn(Map<String, String> value) {
			return MAPPER.writeValueAsString(value == null ? Map.of() : value);
		}

		@Override
		public Map<String, String> convertToEntityAttribute(String column) {
			return column == null ? Map.of()
					: MAPPER.readValue(column, new TypeReference<LinkedHashMap<String, String>>() {
					});
		}

	}

	static class Strings implements AttributeConverter<List<String>, String> {

		@Override
		public String convertToDatabaseColumn(List<String> value) {
			return MAPPER.writeValueAsString(value == null ? List.of() : value);
		}

		@Override
		public List<String> convertToEntityAttribute(String column) {
			return column == null ? List.of() : MAPPER.readValue(column, new TypeReference<List<String>>() {
			});
		}

	}

	static class Bases implements AttributeConverter<List<LegalBasis>, String> {

		@Override
		public String convertToDatabaseColumn(List<LegalBasis> value) {
			return MAPPER.writeValueAsString(value == null ? List.of() : value);
		}

		@Override
		public List<LegalBasis> convertToEntityAttribute(String column) {
			return column == null ? List.of() : MAPPER.readValue(column, new TypeReference<List<LegalBasis>>() {
			});
		}

	}

	static class FollowUp implements AttributeConverter<FollowUpResult, String> {

		@Override
		public String convertToDatabaseColumn(FollowUpResult value) {
			return value == null ? null : MAPPER.writeValueAsString(value);
		}

		@Override
		public FollowUpResult convertToEntityAttribute(String column) {
			return column == null ? null : MAPPER.readValue(column, FollowUpResult.class);
		}

	}

	static class Fields implements AttributeConverter<List<GuidanceForm.FieldSpec>, String> {

		@Override
		public String convertToDatabaseColumn(List<GuidanceForm.FieldSpec> value) {
			return MAPPER.writeValueAsString(value == null ? List.of() : value);
		}

		@Override
		public List<GuidanceForm.FieldSpec> convertToEntityAttribute(String column) {
			return column == null ? List.of()
					: MAPPER.readValue(column, new TypeReference<List<GuidanceForm.FieldSpec>>() {
					});
		}

	}

}
