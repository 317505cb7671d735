package org.shanzhi.evidence.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SM3 digest (GB/T 32905-2016) of a stream given in parts. Large evidence is hashed
 * by OpenSSL's SM3 in a child process ({@code openssl dgst -sm3 -binary}, fed through a
 * pipe): its C code runs at about the speed of {@code sha256sum} here, nearly twice
 * Bouncy Castle's, and on its own core. Where no OpenSSL with SM3 answers the standard's
 * test vector at first use — or where the system property
 * {@code shanzhi.evidence.openssl} is {@code none} — Bouncy Castle's SM3 is used in the
 * process. Both give the same digest ({@code Sm3StreamTest}).
 */
abstract class Sm3Stream implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(Sm3Stream.class);

	/** GB/T 32905-2016, example 1: SM3("abc"). */
	static final String ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";

	private static volatile String command = "openssl";

	private static volatile Boolean openSsl;

	abstract void update(byte[] buffer, int offset, int length);

	/** The 32-byte digest; the stream is used up. */
	abstract byte[] digest();

	@Override
	public void close() {
	}

	/** A stream by OpenSSL when it is there and right, else by Bouncy Castle. */
	static Sm3Stream open() {
		return openSslAvailable() ? new OpenSsl(command) : new BouncyCastle();
	}

	static Sm3Stream bouncyCastle() {
		return new BouncyCastle();
	}

	/**
	 * The OpenSSL binary ({@code shanzhi.evidence.openssl}; {@code none}: Bouncy Castle
	 * only), checked again at the next upload.
	 */
	static synchronized void configure(String binary) {
		command = binary == null || binary.isBlank() ? "openssl" : binary.strip();
		openSsl = null;
	}

	static boolean openSslAvailable() {
		Boolean known = openSsl;
		if (known != null) {
			return known;
		}
		synchronized (Sm3Stream.class) {
			if (openSsl == null) {
				Boolean checked = check(command);
				if (checked == null) {
					// interrupted (an upload refused at once): not an answer, ask again
					// next time
					return false;
				}
				openSsl = checked;
			}
			return openSsl;
		}
	}

	/**
	 * Whether the binary gives the standard's SM3("abc"); {@code null} if interrupted.
	 */
	private static Boolean check(String binary) {
		if ("none".equals(binary)) {
			log.info("SM3 of evidence by Bouncy Castle (shanzhi.evidence.openssl=none)");
			return false;
		}
		try (OpenSsl probe = new OpenSsl(binary)) {
			byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
			probe.update(abc, 0, abc.length);
			boolean right = HexFormat.of().formatHex(probe.digest()).equals(ABC);
			if (right) {
				log.info("SM3 of evidence by {} (OpenSSL)", binary);
			}
			else {
				log.warn("{} gives a wrong SM3 of the standard's test vector: Bouncy Castle's SM3 is used", binary);
			}
			return right;
		}
		catch (RuntimeException ex) {
			if (Thread.currentThread().isInterrupted() || ex.getCause() instanceof InterruptedException) {
				return null;
			}
			log.info("No OpenSSL with SM3 ({}): Bouncy Castle's SM3 is used", ex.getMessage());
			return false;
		}
	}

	static final class BouncyCastle extends Sm3Stream {

		private final SM3Digest digest = new SM3Digest();

		@Override
		void update(byte[] buffer, int offset, int length) {
			digest.update(buffer, offset, length);
		}

		@Override
		byte[] digest() {
			byte[] out = new byte[32];
			digest.doFinal(out, 0);
			return out;
		}

	}

	static final class OpenSsl extends Sm3Stream {

		static final int SLICE = 64 * 1024;

		private final Process process;

		private final OutputStream in;

		private boolean done;

		OpenSsl(String command) {
			try {
				this.process = new ProcessBuilder(command, "dgst", "-sm3", "-binary")
					.redirectError(ProcessBuilder.Redirect.DISCARD)
					.start();
			}
			catch (IOException ex) {
				throw new IllegalStateException("cannot start " + command, ex);
			}
			this.in = process.getOutputStream();
		}

		@Override
		void update(byte[] buffer, int offset, int length) {
			try {
				// in pipe-sized slices: a larger write makes the JDK allocate (and the
				// kernel map) a native copy of each part
				for (int at = offset, end = offset + length; at < end; at += SLICE) {
					in.write(buffer, at, Math.min(SLICE, end - at));
				}
			}
			catch (IOException ex) {
				throw new IllegalStateException("OpenSSL's SM3 stopped", ex);
			}
		}

		@Override
		byte[] digest() {
			try {
				in.close();
				// the 32 bytes fit in the pipe: wait for the end first, so that a hung
				// process cannot hold the upload
				if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
					throw new IllegalStateException("OpenSSL's SM3 failed");
				}
				byte[] out = process.getInputStream().readAllBytes();
				if (out.length != 32) {
					throw new IllegalStateException("OpenSSL's SM3 failed");
				}
				done = true;
				return out;
			}
			catch (IOException ex) {
				throw new IllegalStateException("OpenSSL's SM3 failed", ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public void close() {
			if (!done) {
				process.destroyForcibly();
			}
		}

	}

}
