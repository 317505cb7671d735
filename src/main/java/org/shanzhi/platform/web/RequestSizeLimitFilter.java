package org.shanzhi.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.shanzhi.shared.ProblemWriter;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of API requests other than file uploads (default 1 MB): a declared length
 * over the cap is refused with 413 before reading, and a chunked body is cut off when it
 * passes the cap. Multipart uploads have their own limits
 * ({@code spring.servlet.multipart.*}), and evidence streamed as the body its own maximum
 * ({@code shanzhi.evidence.max-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimitFilter extends OncePerRequestFilter {

	/** The cap of an application or a decision with its attachments in base64. */
	static final long APPLICATION_MAX = 36L * 1024 * 1024;

	private final long maxBytes;

	private final ProblemWriter problems;

	RequestSizeLimitFilter(@Value("${shanzhi.api.max-body-size:1MB}") DataSize maxBody, ProblemWriter problems) {
		this.maxBytes = maxBody.toBytes();
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !request.getRequestURI().startsWith("/api/") || (type != null && type.startsWith("multipart/"))
				|| (request.getRequestURI().startsWith("/api/v1/evidence") && type != null
						&& (type.startsWith("application/octet-stream")
								|| type.startsWith("application/offset+octet-stream")));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// applications carry up to five 5 MB files in base64
		long cap = request.getRequestURI().startsWith("/api/v1/public/applications")
				|| request.getRequestURI().startsWith("/api/v1/applications") ? APPLICATION_MAX : maxBytes;
		if (request.getContentLengthLong() > cap) {
			problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large");
			return;
		}
		chain.doFilter(new CappedRequest(request, cap), response);
	}

	static boolean isTooLarge(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof BodyTooLargeException) {
				return true;
			}
		}
		return false;
	}

	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("request body too large");
		}

	}

	private static final class CappedRequest extends HttpServletRequestWrapper {

		private final long max;

		private ServletInputStream stream;

		CappedRequest(HttpServletRequest request, long max) {
			super(request);
			this.max = max;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {
					private long count;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0 && ++count > max) {
							throw new BodyTooLargeException();
						}
						return b;
					}

					@Override
					public int read(byte[] buf, int off, int len) throws IOException {
						int n = in.read(buf, off, len);
						if (n > 0 && (count += n) > max) {
							throw new BodyTooLargeException();
						}
						return n;
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}

	}

}
