package org.shanzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Sign-in and the public API are rate-limited per client address, and the public
 * endpoints also per signed-in account: 429 with Retry-After past the limit.
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
				assertThat(response.getContentAsString()).contains("\"type\":\"urn:shanzhi:problem:rate-limited\"")
					.contains("\"status\":429");
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

	@Test
	void aSignedInAccountIsLimitedWhateverAddressItUses() throws Exception {
		var messages = new org.springframework.context.support.StaticMessageSource();
		var writerCtor = org.shanzhi.shared.ProblemWriter.class.getDeclaredConstructor(
				org.springframework.context.MessageSource.class, tools.jackson.databind.ObjectMapper.class);
		writerCtor.setAccessible(true);
		var writer = writerCtor.newInstance(messages, new tools.jackson.databind.ObjectMapper());
		Class<?> filterClass = Class.forName("org.shanzhi.platform.web.AccountRateLimitFilter");
		var ctor = filterClass.getDeclaredConstructor(long.class, org.shanzhi.shared.ProblemWriter.class);
		ctor.setAccessible(true);
		var filter = (jakarta.servlet.Filter) ctor.newInstance(2L, writer);
		try {
			int[] statuses = new int[3];
			for (int i = 0; i < 3; i++) {
				statuses[i] = status(filter, "p-13900000001", "198.51.100." + i, "/api/v1/public/applications");
			}
			assertThat(statuses).containsExactly(200, 200, 429);
			assertThat(status(filter, "p-13900000002", "198.51.100.9", "/my/applications")).isEqualTo(200);
			// staff pages and anonymous callers are not counted here
			assertThat(status(filter, "p-13900000001", "198.51.100.9", "/cases")).isEqualTo(200);
			assertThat(status(filter, null, "198.51.100.9", "/api/v1/public/service-items")).isEqualTo(200);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
	}

	static int status(jakarta.servlet.Filter filter, String account, String address, String path) throws Exception {
		org.springframework.security.core.context.SecurityContextHolder.clearContext();
		if (account != null) {
			org.springframework.security.core.context.SecurityContextHolder.getContext()
				.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
					.authenticated(account, null, java.util.List.of()));
		}
		var request = new org.springframework.mock.web.MockHttpServletRequest("GET", path);
		request.setRemoteAddr(address);
		var response = new org.springframework.mock.web.MockHttpServletResponse();
		filter.doFilter(request, response, new org.springframework.mock.web.MockFilterChain());
		return response.getStatus();
	}

}
