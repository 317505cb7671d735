package org.shanzhi.security.internal;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

/** {@code POST /api/v1/auth/token}: username and password in, bearer token out. */
@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth")
class TokenApiController {

	private final AuthenticationManager authentication;

	private final TokenIssuer issuer;

	private final ProblemResponses problems;

	TokenApiController(AuthenticationManager authentication, TokenIssuer issuer, ProblemResponses problems) {
		this.authentication = authentication;
		this.issuer = issuer;
		this.problems = problems;
	}

	record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
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
		TokenIssuer.IssuedToken token = issuer.issue(principal.actor());
		return ResponseEntity.ok(new TokenResponse(token.token(), token.expiresAt(), token.roles()));
	}

	private ResponseEntity<ProblemDetail> refused(HttpServletRequest request, String key) {
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problems.build(request, HttpStatus.UNAUTHORIZED, key));
	}

}
