package org.shanzhi.leniency.internal;

import jakarta.persistence.AttributeConverter;

import org.shanzhi.leniency.Conditions;

import tools.jackson.databind.json.JsonMapper;

/** Conditions as a {@code jsonb} column. */
class ConditionsColumn implements AttributeConverter<Conditions, String> {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Override
	public String convertToDatabaseColumn(Conditions value) {
		return MAPPER.writeValueAsString(value == null ? Conditions.none() : value);
	}

	@Override
	public Conditions convertToEntityAttribute(String column) {
		return column == null ? Conditions.none() : MAPPER.readValue(column, Conditions.class);
	}

}
