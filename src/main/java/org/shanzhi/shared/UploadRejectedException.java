package org.shanzhi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * An uploaded file refused: too large (413) or of a type not accepted (415), named by its
 * file name; the message code {@code shanzhi.upload.<code>} says why.
 */
public class UploadRejectedException extends ErrorResponseException {

	private final String code;

	private final Object[] arguments;

	private UploadRejectedException(HttpStatus status, String code, Object... arguments) {
		super(status, null);
		this.code = code;
		this.arguments = arguments;
		getBody().setType(Problems.type(status == HttpStatus.CONTENT_TOO_LARGE ? "too-large" : "unsupported-type"));
	}

	/** 413: the file (its name first) is over the limit (in MB, second). */
	public static UploadRejectedException tooLarge(String filename, int megabytes) {
		return new UploadRejectedException(HttpStatus.CONTENT_TOO_LARGE, "too-large", filename, megabytes);
	}

	/** 415: the file's content is not of an accepted type. */
	public static UploadRejectedException unsupported(String filename) {
		return new UploadRejectedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported", filename);
	}

	public String code() {
		return code;
	}

	@Override
	public String getTitleMessageCode() {
		return "shanzhi.upload.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "shanzhi.upload." + code;
	}

	@Override
	public Object[] getDetailMessageArguments() {
		return arguments;
	}

	@Override
	public String getMessage() {
		return "upload refused: " + code;
	}

}
