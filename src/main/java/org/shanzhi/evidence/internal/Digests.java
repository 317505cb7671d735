package org.shanzhi.evidence.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * SHA-256 (JDK) and SM3 (GB/T 32905, Bouncy Castle) of a stream, fed chunk by chunk as it
 * passes, so that a file of any size is hashed without being held.
 */
public final class Digests {

	private final MessageDigest sha256;

	private final SM3Digest sm3 = new SM3Digest();

	private long size;

	public Digests() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void update(byte[] buffer, int offset, int length) {
		sha256.update(buffer, offset, length);
		sm3.update(buffer, offset, length);
		size += length;
	}

	public long size() {
		return size;
	}

	/** The hex digests, once everything passed: SHA-256 first, SM3 second. */
	public String[] finish() {
		byte[] s = new byte[32];
		sm3.doFinal(s, 0);
		return new String[] { HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(s) };
	}

}
