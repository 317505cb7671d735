package org.shanzhi.joint;

import org.shanzhi.shared.RuleViolationException;
import org.springframework.http.HttpStatus;

/**
 * 401 for an inbound exchange request whose credentials or signature do not hold; the
 * rule names which.
 */
public class ExchangeRefusedException extends RuleViolationException {

	ExchangeRefusedException(String rule) {
		super(HttpStatus.UNAUTHORIZED, rule);
	}

	@Override
	public String getTitleMessageCode() {
		return "shanzhi.problem.rule-violation.title";
	}

}
