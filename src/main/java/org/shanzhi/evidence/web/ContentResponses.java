package org.shanzhi.evidence.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.shanzhi.evidence.EvidenceItems;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An evidence file as an HTTP answer, for the API and the pages alike: its type, inline
 * or as an attachment, and a resource Spring serves ranges of (206, 416), opened at the
 * requested offset.
 */
final class ContentResponses {

	private ContentResponses() {
	}

	static ResponseEntity<Resource> of(EvidenceItems.Content content, boolean download) {
		EvidenceItems.EvidenceView item = content.item();
		Resource body = new AbstractResource() {

			@Override
			public String getDescription() {
				return "evidence " + item.id();
			}

			@Override
			public InputStream getInputStream() {
				return new LazyRangeStream(content.from());
			}

			@Override
			public long contentLength() {
				return item.size();
			}

			@Override
			public String getFilename() {
				return item.filename();
			}

			@Override
			public boolean exists() {
				return true;
			}

		};
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(item.contentType()))
			.header("Content-Disposition",
					(download ? ContentDisposition.attachment() : ContentDisposition.inline())
						.filename(item.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Accept-Ranges", "bytes")
			.body(body);
	}

}
