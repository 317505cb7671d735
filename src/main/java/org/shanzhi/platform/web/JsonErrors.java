package org.shanzhi.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;

/** Finds the JSON field a request body could not be read at, and why. */
final class JsonErrors {

	private JsonErrors() {
	}

	/** The field at fault and the message code of its error, or {@code null}. */
	record FieldError(String field, String code) {
	}

	static String fieldOf(HttpMessageNotReadableException ex) {
		FieldError error = errorOf(ex);
		return error == null ? null : error.field();
	}

	static FieldError errorOf(HttpMessageNotReadableException ex) {
		Throwable t = ex;
		while (t != null) {
			if (t instanceof DatabindException db && !db.getPath().isEmpty()) {
				StringBuilder sb = new StringBuilder();
				for (var ref : db.getPath()) {
					if (ref.getPropertyName() != null) {
						if (!sb.isEmpty()) {
							sb.append('.');
						}
						sb.append(ref.getPropertyName());
					}
					else if (ref.getIndex() >= 0) {
						sb.append('[').append(ref.getIndex()).append(']');
					}
				}
				return sb.isEmpty() ? null : new FieldError(sb.toString(), codeOf(db));
			}
			t = t.getCause();
		}
		return null;
	}

	private static String codeOf(DatabindException ex) {
		if (ex instanceof InvalidNullException) {
			return "nullItem";
		}
		if (ex instanceof InvalidFormatException f && f.getTargetType() == String.class) {
			return "text";
		}
		return "type";
	}

}
