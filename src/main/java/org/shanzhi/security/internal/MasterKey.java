package org.shanzhi.security.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The master key for personal data at rest: {@code shanzhi.crypto.master-key} (64 hex
 * digits, e.g. from the {@code SHANZHI_CRYPTO_MASTER_KEY} environment variable or a
 * secrets manager), or — when {@code shanzhi.crypto.generate-key-file} is on, as in the
 * demo set-up — a key file generated once under the data directory. The prod profile
 * refuses to start without a key.
 */
@Component
public class MasterKey {

	private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

	private final byte[] bytes;

	MasterKey(@Value("${shanzhi.crypto.master-key:}") String configured,
			@Value("${shanzhi.crypto.key-file:./data/secrets/master.key}") Path keyFile,
			@Value("${shanzhi.crypto.generate-key-file:true}") boolean generate) {
		if (configured != null && !configured.isBlank()) {
			this.bytes = parse(configured.strip());
		}
		else if (Files.exists(keyFile)) {
			this.bytes = read(keyFile);
		}
		else if (generate) {
			this.bytes = create(keyFile);
		}
		else {
			throw new IllegalStateException("No master key: set shanzhi.crypto.master-key (SHANZHI_CRYPTO_MASTER_KEY) "
					+ "to 64 hex digits, or provide the key file " + keyFile.toAbsolutePath());
		}
	}

	public byte[] bytes() {
		return bytes.clone();
	}

	private static byte[] parse(String hex) {
		byte[] b = HexFormat.of().parseHex(hex);
		if (b.length < 16) {
			throw new IllegalStateException("shanzhi.crypto.master-key must hold at least 32 hex digits");
		}
		return b;
	}

	private static byte[] read(Path file) {
		try {
			return parse(Files.readString(file).strip());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] create(Path file) {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, HexFormat.of().formatHex(key) + "\n");
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ignored) {
				// not a POSIX file system
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		log.warn("Generated a new master key for personal data at {} — keep it with the data and back it up.",
				file.toAbsolutePath());
		return key;
	}

}
