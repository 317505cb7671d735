package org.shanzhi.leniency.internal.policy;

import org.springframework.context.MessageSourceResolvable;

/**
 * Whether one condition held, with its reason as a message
 * ({@code leniency.policy.<code>}) so that it reads in the user's language.
 */
public record PolicyOutcome(String policy, boolean held, String code,
		Object[] arguments) implements MessageSourceResolvable {

	@Override
	public String[] getCodes() {
		return new String[] { "leniency.policy." + code };
	}

	@Override
	public Object[] getArguments() {
		return arguments;
	}

	@Override
	public String getDefaultMessage() {
		return policy + (held ? " held" : " did not hold");
	}

}
