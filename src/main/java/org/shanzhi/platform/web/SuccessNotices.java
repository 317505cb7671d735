package org.shanzhi.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.shanzhi.shared.SuccessNotice;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.view.RedirectView;

/**
 * A success message after every save of a page form (issue 22, item 6), in one place:
 * when a page controller's ({@code *WebController}) POST succeeds and redirects, the next
 * page shows {@code flashNotice} (the layouts' {@code #flash-notice}) — the method's own
 * {@link SuccessNotice} or {@code notice.saved}. A refused form is rendered again instead
 * of redirected, so it never says saved. An action that already leaves its own flash
 * message, or a flag in the address its page shows (e.g. {@code ?thanks}), keeps it.
 */
class SuccessNotices implements HandlerInterceptor {

	static final String ATTRIBUTE = "flashNotice";

	static final String DEFAULT_KEY = "notice.saved";

	private final MessageSource messages;

	SuccessNotices(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (!"POST".equals(request.getMethod()) || view == null || !(handler instanceof HandlerMethod method)
				|| !method.getBeanType().getSimpleName().endsWith("WebController")) {
			return;
		}
		String target = redirectTarget(view);
		if (target == null || ownFlag(target)) {
			return;
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		if (flash == null || !flash.isEmpty()) {
			return;
		}
		SuccessNotice own = method.getMethodAnnotation(SuccessNotice.class);
		String key = own == null ? DEFAULT_KEY : own.value();
		if (key.isEmpty()) {
			return;
		}
		flash.put(ATTRIBUTE, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
	}

	private static String redirectTarget(ModelAndView view) {
		if (view.getView() instanceof RedirectView redirect) {
			return redirect.getUrl() == null ? "" : redirect.getUrl();
		}
		String name = view.getViewName();
		return name != null && name.startsWith("redirect:") ? name.substring("redirect:".length()) : null;
	}

	/** A bare flag in the query (e.g. {@code ?thanks}): the page's own message. */
	private static boolean ownFlag(String target) {
		int query = target.indexOf('?');
		if (query < 0) {
			return false;
		}
		for (String parameter : target.substring(query + 1).split("&")) {
			if (!parameter.isEmpty() && !parameter.contains("=")) {
				return true;
			}
		}
		return false;
	}

}
