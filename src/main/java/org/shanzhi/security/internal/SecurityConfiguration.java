package org.shanzhi.security.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.shanzhi.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: the JSON API ({@code /api/**}, stateless bearer tokens, no cookies
 * so no CSRF) and the pages (form sign-in, session, CSRF on). Both send the same security
 * headers.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(AccountUserDetailsService users, PasswordEncoder encoder,
			LoginAttempts attempts) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
		dao.setPasswordEncoder(encoder);
		return new ProviderManager(new LockoutAuthenticationProvider(dao, attempts));
	}

	/**
	 * Bearer tokens signed with the platform's key, not expired, of an enabled account,
	 * and issued under its current password (ADR 0021).
	 */
	@Bean
	JwtDecoder jwtDecoder(SigningKeys keys, AccountStanding standing) {
		return new JwtDecoder() {
			private volatile JwtDecoder delegate;

			@Override
			public org.springframework.security.oauth2.jwt.Jwt decode(String token) {
				JwtDecoder d = delegate;
				if (d == null) {
					NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(keys.key())
						.macAlgorithm(MacAlgorithm.HS256)
						.build();
					nimbus.setJwtValidator(JwtValidators.createDefaultWithValidators(standing.tokenValidator()));
					d = nimbus;
					delegate = d;
				}
				return d.decode(token);
			}
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(jwt -> {
			Collection<GrantedAuthority> authorities = new ArrayList<>();
			List<String> roles = jwt.getClaimAsStringList(TokenIssuer.ROLES);
			if (roles != null) {
				roles.forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
			}
			return authorities;
		});
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/v1/auth/token")
				.permitAll()
				.requestMatchers("/api/v1/public/**")
				.permitAll()
				// other departments' systems sign each request with their own credentials
				// (J2)
				.requestMatchers(HttpMethod.POST, "/api/v1/exchange/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(o -> o.jwt(j -> j.jwtAuthenticationConverter(converter))
				.authenticationEntryPoint(problems::unauthorized)
				.accessDeniedHandler(problems::forbidden))
			.exceptionHandling(
					e -> e.authenticationEntryPoint(problems::unauthorized).accessDeniedHandler(problems::forbidden))
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(c -> c.disable())
			.requestCache(c -> c.disable())
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pageChain(HttpSecurity http, AccountStanding standing) throws Exception {
		http.authorizeHttpRequests(a -> a
			.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error",
					"/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
					"/swagger-ui.html", "/public/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole(Role.ADMIN.name())
			.anyRequest()
			.authenticated())
			.addFilterBefore(new AccountStandingFilter(standing), AuthorizationFilter.class)
			.formLogin(f -> f.loginPage("/login")
				.successHandler(new SignInSuccess())
				.failureHandler((request, response, ex) -> response.sendRedirect(
						request.getContextPath() + (ex instanceof LockedException ? "/login?locked" : "/login?error"))))
			.logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
				.referrerPolicy(
						r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

}
