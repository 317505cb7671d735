package org.shanzhi.evidence.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * SHA-256 and SM3 of an upload while it streams, SM3 on a second thread: the uploading
 * thread fills a buffer, writes it, hashes it with SHA-256 and hands it to the SM3
 * thread, which gives it back once hashed (by OpenSSL in a child process where it is
 * there, see {@link Sm3Stream}). Eight 1 MiB buffers per upload, whatever the file's
 * size; SM3 then overlaps reading, writing and SHA-256 instead of following them.
 */
final class HashingPipeline implements AutoCloseable {

	static final int BUFFERS = 8;

	static final int SIZE = 1 << 20;

	private static final ExecutorService SM3 = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "evidence-sm3");
		t.setDaemon(true);
		return t;
	});

	private record Chunk(byte[] buffer, int length) {
	}

	private static final Chunk END = new Chunk(new byte[0], -1);

	private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(BUFFERS);

	private final BlockingQueue<Chunk> pending = new ArrayBlockingQueue<>(BUFFERS + 1);

	private final MessageDigest sha256;

	private final Future<byte[]> sm3;

	private long size;

	private boolean finished;

	HashingPipeline() {
		try {
			this.sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		for (int i = 0; i < BUFFERS; i++) {
			free.add(new byte[SIZE]);
		}
		this.sm3 = SM3.submit(() -> {
			try (Sm3Stream digest = Sm3Stream.open()) {
				while (true) {
					Chunk c = pending.take();
					if (c == END) {
						return digest.digest();
					}
					digest.update(c.buffer(), 0, c.length());
					free.put(c.buffer());
				}
			}
		});
	}

	/** A free buffer to fill (waits while the SM3 thread is behind). */
	byte[] buffer() {
		try {
			byte[] b;
			while ((b = free.poll(1, java.util.concurrent.TimeUnit.SECONDS)) == null) {
				if (sm3.isDone()) {
					throw new IllegalStateException("the SM3 thread stopped");
				}
			}
			return b;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Hashes the buffer's first {@code length} bytes; the buffer goes back when done. */
	void hash(byte[] buffer, int length) {
		sha256.update(buffer, 0, length);
		size += length;
		try {
			pending.put(new Chunk(buffer, length));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	long size() {
		return size;
	}

	/** The hex digests: SHA-256 first, SM3 second. */
	String[] finish() {
		finished = true;
		try {
			pending.put(END);
			return new String[] { HexFormat.of().formatHex(sha256.digest()), HexFormat.of().formatHex(sm3.get()) };
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Stops the SM3 thread of an upload that did not finish. */
	@Override
	public void close() {
		if (!finished) {
			sm3.cancel(true);
		}
	}

}
