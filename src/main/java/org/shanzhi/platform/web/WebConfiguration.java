package org.shanzhi.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.shanzhi.shared.ProblemWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Chinese first, English second (X5): pages are in Chinese until {@code ?lang=en}
 * switches them (remembered in a cookie); the API answers in the language of
 * {@code Accept-Language}, Chinese by default. A saved page form says so on the next page
 * ({@link SuccessNotices}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final org.springframework.context.MessageSource messages;

	WebConfiguration(org.springframework.context.MessageSource messages) {
		this.messages = messages;
	}

	static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);

	/**
	 * Request bodies read from the socket 64 KiB at a time instead of Tomcat's 8 KiB: an
	 * evidence upload of 2 GiB takes 32,768 reads instead of 262,144 (issue 9). The
	 * buffer is per connection being read.
	 */
	@Bean
	org.springframework.boot.tomcat.TomcatConnectorCustomizer largeSocketReads() {
		return connector -> connector.setProperty("socket.appReadBufSize", "65536");
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("shanzhi-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction(ProblemWriter::defaultLocale);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
		registry.addInterceptor(new SuccessNotices(messages));
	}

}
