package org.shanzhi.platform.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.DatabindException;

/** Finds the JSON field a request body could not be read at. */
final class JsonErrors {

	private JsonErrors() {
	}

	static String fieldOf(HttpMessageNotReadableException ex) {
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
				return sb.isEmpty() ? null : sb.toString();
			}
			t = t.getCause();
		}
		return null;
	}

}
