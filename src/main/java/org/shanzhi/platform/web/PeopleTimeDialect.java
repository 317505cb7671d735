package org.shanzhi.platform.web;

import java.util.Set;

import org.shanzhi.shared.PeopleTime;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #times} in every page: {@code ${#times.format(value, 'yyyy-MM-dd HH:mm')}} shows
 * a time in Beijing time whatever offset it was read with ({@link PeopleTime}); pages use
 * it instead of {@code #temporals}, which keeps the value's own offset.
 */
@Component
class PeopleTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

	PeopleTimeDialect() {
		super("shanzhi-times");
	}

	/** The expression object: the formatting of {@link PeopleTime}. */
	public static final class Times {

		public String format(Object value, String pattern) {
			return PeopleTime.format(value, pattern);
		}

		public String format(Object value) {
			return PeopleTime.format(value);
		}

	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			private final Times times = new Times();

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of("times");
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return times;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

}
