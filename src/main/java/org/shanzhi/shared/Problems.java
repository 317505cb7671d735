package org.shanzhi.shared;

import java.net.URI;

/** Stable {@code type} URIs of the problems the API answers with (RFC 9457). */
public final class Problems {

	private Problems() {
	}

	public static URI type(String slug) {
		return URI.create("urn:shanzhi:problem:" + slug);
	}

}
