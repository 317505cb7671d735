package org.shanzhi.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.shanzhi.evidence.EvidenceKind;

/**
 * Blobs in a local directory, as {@code ab/cd/<sha256>}: content is written to a
 * temporary file while hashed (direct I/O where the file system allows, see
 * {@link UploadFile}), forced to disk, then moved atomically under its hash and made
 * read-only; an existing blob of the same hash is kept and the new copy dropped.
 */
public class LocalBlobStore implements BlobStore {

	static final int BUFFER = 1 << 20;

	private final Path root;

	public LocalBlobStore(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		Files.createDirectories(this.root.resolve("tmp"));
	}

	@Override
	public String name() {
		return "local";
	}

	Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	@Override
	public Stored store(InputStream content, EvidenceKind kind, long maxBytes) throws IOException {
		Path temp = Files.createTempFile(root.resolve("tmp"), "upload-", ".part");
		try {
			String type;
			String[] hashes;
			long size;
			try (UploadFile out = UploadFile.open(temp, HashingPipeline.SIZE);
					HashingPipeline hashing = new HashingPipeline()) {
				byte[] head = content.readNBytes(ContentSniffer.HEAD);
				type = ContentSniffer.sniff(kind, head, head.length);
				if (type == null) {
					throw new WrongType();
				}
				byte[] buffer = hashing.buffer();
				System.arraycopy(head, 0, buffer, 0, head.length);
				int filled = head.length + content.readNBytes(buffer, head.length, buffer.length - head.length);
				while (filled > 0) {
					if (hashing.size() + filled > maxBytes) {
						throw new TooLarge();
					}
					out.write(buffer, filled);
					hashing.hash(buffer, filled);
					buffer = hashing.buffer();
					filled = content.readNBytes(buffer, 0, buffer.length);
				}
				hashes = hashing.finish();
				size = hashing.size();
				out.finish();
			}
			Path target = path(hashes[0]);
			if (Files.exists(target)) {
				Files.delete(temp);
				return new Stored(hashes[0], hashes[1], size, type, false);
			}
			Files.createDirectories(target.getParent());
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			target.toFile().setReadOnly();
			return new Stored(hashes[0], hashes[1], size, type, true);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	@Override
	public InputStream read(String sha256, long offset) throws IOException {
		InputStream in = Files.newInputStream(path(sha256));
		in.skipNBytes(offset);
		return in;
	}

	@Override
	public boolean exists(String sha256) {
		return Files.exists(path(sha256));
	}

	@Override
	public void delete(String sha256) throws IOException {
		Path p = path(sha256);
		p.toFile().setWritable(true);
		Files.deleteIfExists(p);
	}

}
