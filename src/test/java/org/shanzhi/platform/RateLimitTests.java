package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sign-in and the public API are rate-limited per client: 429 with Retry-After past the
 * limit.
 */
class RateLimitTests {

	@Test
	void answers429WithRetryAfterPastTheLimit() throws Exception {
		var messages = new org.springframework.context.support.StaticMessageSource();
		var writerCtor = org.shanzhi.shared.ProblemWriter.class.getDeclaredConstructor(
				org.springframework.context.MessageSource.class, tools.jackson.databind.ObjectMapper.class);
		writerCtor.setAccessible(true);
		var writer = writerCtor.newInstance(messages, new tools.jackson.databind.ObjectMapper());
		Class<?> filterClass = Class.forName("org.shanzhi.platform.web.RateLimitFilter");
		var ctor = filterClass.getDeclaredConstructor(long.class, long.class, org.shanzhi.shared.ProblemWriter.class);
		ctor.setAccessible(true);
		var filter = (jakarta.servlet.Filter) ctor.newInstance(3L, 100L, writer);
		int[] statuses = new int[5];
		for (int i = 0; i < 5; i++) {
			var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/auth/token");
			request.setRemoteAddr("192.0.2.7");
			var response = new org.springframework.mock.web.MockHttpServletResponse();
			filter.doFilter(request, response, new org.springframework.mock.web.MockFilterChain());
			statuses[i] = response.getStatus();
			if (i == 4) {
				assertThat(response.getHeader("Retry-After")).isNotNull();
				assertThat(response.getContentType()).startsWith("application/problem+json");
			}
		}
		assertThat(statuses).containsExactly(200, 200, 200, 429, 429);
		// another client is not affected
		var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/v1/auth/token");
		request.setRemoteAddr("192.0.2.8");
		var response = new org.springframework.mock.web.MockHttpServletResponse();
		filter.doFilter(request, response, new org.springframework.mock.web.MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
	}

}
