package org.shanzhi.security.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the form sign-in: to the change-password page when an administrator set the
 * password, else to the page asked for (or the home page).
 */
class SignInSuccess implements AuthenticationSuccessHandler {

	private final SavedRequestAwareAuthenticationSuccessHandler usual = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSuccess() {
		usual.setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (authentication.getPrincipal() instanceof AccountPrincipal principal && principal.passwordChangeRequired()) {
			response.sendRedirect(request.getContextPath() + AccountStandingFilter.CHANGE_PASSWORD);
			return;
		}
		usual.onAuthenticationSuccess(request, response, authentication);
	}

}
