package org.shanzhi.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A record that does not exist, or that the caller may not see: both answer 404 so that
 * another agency's record is never confirmed to exist.
 */
public class NotFoundException extends ErrorResponseException {

	private final String resource;

	private final String id;

	protected NotFoundException(String resource, Object id) {
		super(HttpStatus.NOT_FOUND, null);
		this.resource = resource;
		this.id = String.valueOf(id);
		getBody().setType(Problems.type("not-found"));
		getBody().setProperty("resource", resource);
	}

	public static NotFoundException forId(String resource, Object id) {
		return new NotFoundException(resource, id);
	}

	@Override
	public String getTitleMessageCode() {
		return "shanzhi.problem.not-found.title";
	}

	@Override
	public String getDetailMessageCode() {
		return "shanzhi.problem.not-found.detail";
	}

	@Override
	public Object[] getDetailMessageArguments() {
		return new Object[] { resource, id };
	}

	@Override
	public String getMessage() {
		return resource + " " + id + " not found";
	}

}
