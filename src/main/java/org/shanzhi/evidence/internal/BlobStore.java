package org.shanzhi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;

import org.shanzhi.evidence.EvidenceKind;

/**
 * Where evidence content lives: written once under its SHA-256 (a second upload of the
 * same content stores nothing new), never overwritten. A local directory by default;
 * S3-compatible storage by configuration.
 */
public interface BlobStore {

	/** The store's name, recorded with each blob. */
	String name();

	/**
	 * Streams the content in, hashing it as it passes and checking its first bytes
	 * against the kind; past {@code maxBytes}, or of another type, nothing is kept.
	 */
	Stored store(InputStream content, EvidenceKind kind, long maxBytes) throws IOException;

	/** The content of a blob, from {@code offset}. */
	InputStream read(String sha256, long offset) throws IOException;

	boolean exists(String sha256);

	/** Removes a blob no item refers to any more (after its retention expired). */
	void delete(String sha256) throws IOException;

	/**
	 * What was stored: the hashes, the size, the sniffed type, and whether the content
	 * was new.
	 */
	record Stored(String sha256, String sm3, long size, String contentType, boolean created) {
	}

	/** The content was larger than allowed. */
	final class TooLarge extends IOException {

		TooLarge() {
			super("content over the maximum size");
		}

	}

	/** The content's first bytes are not of a type the kind allows. */
	final class WrongType extends IOException {

		WrongType() {
			super("content not of the declared kind");
		}

	}

}
