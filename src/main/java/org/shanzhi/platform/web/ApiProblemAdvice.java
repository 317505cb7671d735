package org.shanzhi.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.shanzhi.shared.FieldRejectedException;
import org.shanzhi.shared.RowsRejectedException;
import org.shanzhi.shared.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.http.MediaType;
import jakarta.servlet.http.HttpServletRequest;
import org.shanzhi.shared.InputText;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the JSON API as {@code application/problem+json} (RFC 9457) with a
 * stable {@code type}, the message in the caller's language, field errors for bad input,
 * and never a stack trace: the platform's own refusals and the framework's (no such path,
 * wrong method, wrong media type, a parameter of the wrong type or missing, a broken
 * upload). It answers for every request under {@code /api/}, also when no controller was
 * found; for the pages it steps aside and the error page answers. What the container
 * answers before the application is reached (a body over its limit, a malformed request
 * line) gets the same shape from {@link ApiErrorController}.
 */
@RestControllerAdvice
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	private final MessageSource messages;

	ApiProblemAdvice(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@ExceptionHandler(FieldRejectedException.class)
	ResponseEntity<Object> fieldRejected(FieldRejectedException ex, WebRequest request) {
		ProblemDetail body = ex.updateAndGetBody(messages, locale());
		body.setProperty("errors", ex.errors(body.getDetail()));
		return handleExceptionInternal(ex, body, new HttpHeaders(), ex.getStatusCode(), request);
	}

	@ExceptionHandler(RowsRejectedException.class)
	ResponseEntity<Object> rowsRejected(RowsRejectedException ex, WebRequest request) {
		ProblemDetail body = ex.updateAndGetBody(messages, locale());
		List<Map<String, Object>> errors = new ArrayList<>();
		for (RowsRejectedException.Refusal r : ex.refusals()) {
			Map<String, Object> e = new java.util.LinkedHashMap<>();
			e.put("row", r.row());
			if (r.column() != null) {
				e.put("field", r.column());
			}
			e.put("message", messages.getMessage("shanzhi.rows." + r.code(), r.arguments(), r.code(), locale()));
			errors.add(e);
		}
		body.setProperty("errors", errors);
		if (ex.more() > 0) {
			body.setProperty("moreErrors", ex.more());
		}
		return handleExceptionInternal(ex, body, new HttpHeaders(), ex.getStatusCode(), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getConstraintViolations().forEach(v -> {
			String path = v.getPropertyPath().toString();
			// method validation paths read "register.command.name": keep the field
			String field = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
			errors.add(Map.of("field", field, "message", v.getMessage()));
		});
		return validation(ex, errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult()
			.getFieldErrors()
			.forEach(e -> errors.add(Map.of("field", e.getField(), "message", messages.getMessage(e, locale()))));
		ex.getBindingResult()
			.getGlobalErrors()
			.forEach(e -> errors.add(Map.of("field", e.getObjectName(), "message", messages.getMessage(e, locale()))));
		return validation(ex, errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults()
			.forEach(r -> r.getResolvableErrors()
				.forEach(e -> errors.add(Map.of("field", String.valueOf(r.getMethodParameter().getParameterName()),
						"message", messages.getMessage(e, locale())))));
		return validation(ex, errors, request);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (RequestSizeLimitFilter.isTooLarge(ex)) {
			ProblemDetail body = problem(HttpStatus.CONTENT_TOO_LARGE, "too-large");
			return handleExceptionInternal(ex, body, headers, HttpStatus.CONTENT_TOO_LARGE, request);
		}
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "unreadable");
		JsonErrors.FieldError error = JsonErrors.errorOf(ex);
		if (error != null) {
			body.setProperty("errors", List.of(fieldError(error.field(), error.code())));
		}
		return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
	}

	/**
	 * A query string or form body whose percent-encoding is not UTF-8 (Tomcat refuses to
	 * decode it when a parameter is first read).
	 */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Object> undecodableParameters(InvalidParameterException ex, WebRequest request) {
		return answer(ex, HttpStatus.BAD_REQUEST, "undecodable", request);
	}

	@ExceptionHandler(MultipartException.class)
	ResponseEntity<Object> multipart(MultipartException ex, WebRequest request) {
		return answer(ex, HttpStatus.BAD_REQUEST, "multipart", request);
	}

	/**
	 * The one exit of every handler: outside the API the exception goes on to the error
	 * page; a problem the framework made (type {@code about:blank}, an English title)
	 * gets the platform's type, its title and detail in the caller's language and, for a
	 * parameter at fault, the parameter.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (!isApi(request)) {
			throw ApiProblemAdvice.<RuntimeException>rethrow(ex);
		}
		if (body == null && ex instanceof ErrorResponse framework) {
			body = framework.updateAndGetBody(messages, locale());
		}
		if (body instanceof ProblemDetail problem && isUntyped(problem)) {
			complete(problem, ex, statusCode);
		}
		HttpHeaders answerHeaders = new HttpHeaders();
		answerHeaders.putAll(headers);
		answerHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return super.handleExceptionInternal(ex, body, answerHeaders, statusCode, request);
	}

	private void complete(ProblemDetail problem, Exception ex, HttpStatusCode status) {
		String key = keyOf(ex, status);
		problem.setType(Problems.type(key));
		problem.setTitle(messages.getMessage("shanzhi.problem." + key + ".title", null,
				HttpStatus.valueOf(status.value()).getReasonPhrase(), locale()));
		problem.setDetail(messages.getMessage("shanzhi.problem." + key + ".detail", null, null, locale()));
		Map<String, String> field = fieldErrorOf(ex);
		if (field != null) {
			problem.setProperty("errors", List.of(field));
		}
	}

	private static String keyOf(Exception ex, HttpStatusCode status) {
		if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
			return "no-such-path";
		}
		if (ex instanceof TypeMismatchException || ex instanceof MissingServletRequestParameterException
				|| ex instanceof MissingServletRequestPartException || ex instanceof MissingRequestHeaderException) {
			return "validation";
		}
		return ProblemKeys.of(status);
	}

	private Map<String, String> fieldErrorOf(Exception ex) {
		if (ex instanceof TypeMismatchException mismatch) {
			String name = mismatch instanceof MethodArgumentTypeMismatchException m ? m.getName()
					: mismatch.getPropertyName();
			boolean text = mismatch.getRequiredType() == String.class
					|| (mismatch.getValue() instanceof String v && !InputText.acceptable(v));
			return name == null ? null : fieldError(name, text ? "text" : "type");
		}
		if (ex instanceof MissingServletRequestParameterException missing) {
			return fieldError(missing.getParameterName(), "missing");
		}
		if (ex instanceof MissingServletRequestPartException missing) {
			return fieldError(missing.getRequestPartName(), "missing");
		}
		if (ex instanceof MissingRequestHeaderException missing) {
			return fieldError(missing.getHeaderName(), "missing");
		}
		return null;
	}

	private Map<String, String> fieldError(String field, String code) {
		return Map.of("field", field, "message", messages.getMessage("shanzhi.validation." + code, null, locale()));
	}

	private static boolean isUntyped(ProblemDetail problem) {
		return problem.getType() == null || "about:blank".equals(problem.getType().toString());
	}

	static boolean isApi(WebRequest request) {
		return request instanceof ServletWebRequest servlet && isApi(servlet.getRequest());
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

	@SuppressWarnings("unchecked")
	private static <T extends Throwable> T rethrow(Throwable ex) throws T {
		throw (T) ex;
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<Object> staleVersion(ObjectOptimisticLockingFailureException ex, WebRequest request) {
		return answer(ex, HttpStatus.CONFLICT, "stale-version", request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex, WebRequest request) {
		log.info("refused by a database constraint: {}", ex.getMostSpecificCause().getMessage());
		if (isDataException(ex)) {
			// a value the database cannot hold (a date beyond its range, a number too
			// large): bad
			// input, not a conflict with other data
			return answer(ex, HttpStatus.BAD_REQUEST, "out-of-range", request);
		}
		return answer(ex, HttpStatus.CONFLICT, "conflict", request);
	}

	/** SQLSTATE class 22, "data exception" (PostgreSQL and the SQL standard). */
	private static boolean isDataException(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
					&& sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> denied(AccessDeniedException ex, WebRequest request) {
		return answer(ex, HttpStatus.FORBIDDEN, "forbidden", request);
	}

	@ExceptionHandler(AuthenticationCredentialsNotFoundException.class)
	ResponseEntity<Object> unauthenticated(AuthenticationCredentialsNotFoundException ex, WebRequest request) {
		return answer(ex, HttpStatus.UNAUTHORIZED, "unauthorized", request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		if (!isApi(request)) {
			throw ApiProblemAdvice.<RuntimeException>rethrow(ex);
		}
		log.error("unexpected error on {}", request.getDescription(false), ex);
		return answer(ex, HttpStatus.INTERNAL_SERVER_ERROR, "internal", request);
	}

	private ResponseEntity<Object> validation(Exception ex, List<Map<String, String>> errors, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "validation");
		body.setProperty("errors", errors);
		return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
	}

	/** The platform's problem of this status and key as the answer to the exception. */
	private ResponseEntity<Object> answer(Exception ex, HttpStatus status, String key, WebRequest request) {
		return handleExceptionInternal(ex, problem(status, key), new HttpHeaders(), status, request);
	}

	private ProblemDetail problem(HttpStatus status, String key) {
		ProblemDetail body = ProblemDetail.forStatus(status);
		body.setType(Problems.type(key));
		body.setTitle(
				messages.getMessage("shanzhi.problem." + key + ".title", null, status.getReasonPhrase(), locale()));
		body.setDetail(messages.getMessage("shanzhi.problem." + key + ".detail", null, null, locale()));
		return body;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
