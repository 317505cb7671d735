package org.shanzhi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A business rule refused the request (422), or the record is not in a state that allows
 * it (409). The message names the rule in Chinese and English through the message code
 * {@code shanzhi.rule.<rule>}.
 */
public class RuleViolationException extends ErrorResponseException {

	private final String rule;

	private final Object[] arguments;

	protected RuleViolationException(HttpStatus status, String rule, Object... arguments) {
		super(status, null);
		this.rule = rule;
		this.arguments = arguments;
		getBody().setType(Problems.type(status == HttpStatus.CONFLICT ? "state-conflict" : "rule-violation"));
		getBody().setProperty("rule", rule);
	}

	/** 422: a business rule refused it. */
	public static RuleViolationException rule(String rule, Object... arguments) {
		return new RuleViolationException(HttpStatus.UNPROCESSABLE_CONTENT, rule, arguments);
	}

	/** 409: not allowed from the current state, or a stale version. */
	public static RuleViolationException conflict(String rule, Object... arguments) {
		return new RuleViolationException(HttpStatus.CONFLICT, rule, arguments);
	}

	public String rule() {
		return rule;
	}

	@Override
	public String getTitleMessageCode() {
		return getStatusCode().value() == 409 ? "shanzhi.problem.state-conflict.title"
				: "shanzhi.problem.rule-violation.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "shanzhi.rule." + rule;
	}

	@Override
	public Object[] getDetailMessageArguments() {
		return arguments;
	}

	@Override
	public String getMessage() {
		return "rule " + rule + " refused the request";
	}

}
