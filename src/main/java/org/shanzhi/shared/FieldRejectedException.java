package org.shanzhi.shared;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Input refused by a check that bean validation cannot express (400). The message code
 * {@code shanzhi.validation.<code>} gives the text; the answer names the field.
 */
public class FieldRejectedException extends ErrorResponseException {

	private final String field;

	private final String code;

	private final Object[] arguments;

	public FieldRejectedException(String field, String code, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, null);
		this.field = field;
		this.code = code;
		this.arguments = arguments;
		getBody().setType(Problems.type("validation"));
	}

	@Override
	public Object[] getDetailMessageArguments() {
		return arguments;
	}

	public String field() {
		return field;
	}

	public String code() {
		return code;
	}

	/**
	 * Used by the problem advice once the message is resolved in the caller's language.
	 */
	public List<Map<String, String>> errors(String message) {
		return List.of(Map.of("field", field, "message", message));
	}

	@Override
	public String getTitleMessageCode() {
		return "shanzhi.problem.validation.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "shanzhi.validation." + code;
	}

	@Override
	public String getMessage() {
		return "field " + field + " rejected: " + code;
	}

}
