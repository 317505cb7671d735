package org.shanzhi.evidence.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * A stream that opens the content only at its first read, from the offset the skips
 * before it reached: a ranged request for the end of a long video asks the store (an S3
 * bucket) for those bytes only, instead of reading and discarding all before them.
 */
final class LazyRangeStream extends InputStream {

	private final LongFunction<InputStream> from;

	private long offset;

	private InputStream open;

	LazyRangeStream(LongFunction<InputStream> from) {
		this.from = from;
	}

	private InputStream stream() {
		if (open == null) {
			open = from.apply(offset);
		}
		return open;
	}

	@Override
	public long skip(long n) throws IOException {
		if (open == null) {
			long skipped = Math.max(0, n);
			offset += skipped;
			return skipped;
		}
		return open.skip(n);
	}

	@Override
	public int read() throws IOException {
		return stream().read();
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		return stream().read(b, off, len);
	}

	@Override
	public void close() throws IOException {
		if (open != null) {
			open.close();
		}
	}

}
