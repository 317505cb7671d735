package org.shanzhi.shared;

import jakarta.persistence.AttributeConverter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps an attribute to a {@code jsonb} column as JSON text (the column is written with
 * {@code @ColumnTransformer(write = "?::jsonb")}). A subclass names the type and what an
 * absent value reads as: {@code class Details extends JsonbConverter<Map<..>> { Details()
 * { super(new TypeReference<>() {}, Map.of()); } }}.
 */
public abstract class JsonbConverter<T> implements AttributeConverter<T, String> {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final TypeReference<T> type;

	private final T empty;

	protected JsonbConverter(TypeReference<T> type, T empty) {
		this.type = type;
		this.empty = empty;
	}

	@Override
	public String convertToDatabaseColumn(T value) {
		if (value == null && empty == null) {
			return null;
		}
		return MAPPER.writeValueAsString(value == null ? empty : value);
	}

	@Override
	public T convertToEntityAttribute(String column) {
		return column == null ? empty : MAPPER.readValue(column, type);
	}

}
