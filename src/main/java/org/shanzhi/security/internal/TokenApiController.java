package org.shanzhi.security.internal;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.shanzhi.security.Accounts;
import org.shanzhi.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/v1/auth/token}: username and password in, bearer token out. An account
 * whose password an administrator set gets no token (403
 * {@code password-change-required}) until it sends a {@code newPassword} along, which
 * replaces the password.
 */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth")
class TokenApiController {

	private final AuthenticationManager authentication;

	private final TokenIssuer issuer;

	private final ProblemResponses problems;

	private final Accounts accounts;

	TokenApiController(AuthenticationManager authentication, TokenIssuer issuer, ProblemResponses problems,
			Accounts accounts) {
		this.authentication = authentication;
		this.issuer = issuer;
		this.problems = problems;
		this.accounts = accounts;
	}

	/**
	 * The credentials; {@code newPassword} (8 to 128 characters) replaces the password
	 * once they are right, as an account whose password an administrator set must.
	 */
	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
			@Size(min = 8, max = 128) String newPassword) {
	}

	record TokenResponse(String token, Instant expiresAt, List<String> roles) {
	}

	@PostMapping("/token")
	ResponseEntity<?> token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
		Authentication result;
		try {
			result = authentication
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(body.username(), body.password()));
		}
		catch (LockedException ex) {
			return refused(request, "locked");
		}
		catch (BadCredentialsException | DisabledException ex) {
			return refused(request, "bad-credentials");
		}
		AccountPrincipal principal = (AccountPrincipal) result.getPrincipal();
		if (body.newPassword() != null) {
			Actors.runAs(principal.actor(), () -> accounts.changePassword(principal.actor().accountId(),
					body.password(), body.newPassword(), body.newPassword()));
		}
		else if (principal.passwordChangeRequired()) {
			ProblemDetail problem = problems.build(request, HttpStatus.FORBIDDEN, "password-change-required");
			problem.setProperty("rule", "password-change-required");
			return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		TokenIssuer.IssuedToken token = issuer.issue(principal.actor());
		return ResponseEntity.ok(new TokenResponse(token.token(), token.expiresAt(), token.roles()));
	}

	private ResponseEntity<ProblemDetail> refused(HttpServletRequest request, String key) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.build(request, HttpStatus.UNAUTHORIZED, key));
	}

}
