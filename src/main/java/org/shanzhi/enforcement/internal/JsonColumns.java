package org.shanzhi.enforcement.internal;

import java.util.List;

import jakarta.persistence.AttributeConverter;

import org.shanzhi.enforcement.DiscretionLevel;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON columns of the enforcement tables (stored as {@code jsonb}). */
final class JsonColumns {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	private JsonColumns() {
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

	static class Levels implements AttributeConverter<List<DiscretionLevel>, String> {

		@Override
		public String convertToDatabaseColumn(List<DiscretionLevel> value) {
			return MAPPER.writeValueAsString(value == null ? List.of() : value);
		}

		@Override
		public List<DiscretionLevel> convertToEntityAttribute(String column) {
			return column == null ? List.of() : MAPPER.readValue(column, new TypeReference<List<DiscretionLevel>>() {
			});
		}

	}

}
