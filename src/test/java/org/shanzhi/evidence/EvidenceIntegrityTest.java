package org.shanzhi.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shanzhi.evidence.internal.ContentSniffer;
import org.shanzhi.evidence.internal.CustodyLog;
import org.shanzhi.evidence.internal.Digests;

/**
 * The integrity arithmetic: SHA-256 and SM3 against their published test vectors, the
 * same whatever the chunks the stream arrives in; the custody chain unbroken as written
 * and broken by any edit, removal or reordering; content sniffed against the declared
 * kind.
 */
class EvidenceIntegrityTest {

	static String[] hash(byte[] data, int chunk) {
		Digests d = new Digests();
		for (int i = 0; i < data.length; i += chunk) {
			d.update(data, i, Math.min(chunk, data.length - i));
		}
		return d.finish();
	}

	@Test
	void theHashesMatchThePublishedTestVectors() {
		byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
		assertThat(hash(abc, 3)).containsExactly("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
				// GB/T 32905-2016, example 1
				"66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
		byte[] abcd16 = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
		// GB/T 32905-2016, example 2
		assertThat(hash(abcd16, 64)[1]).isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	@Test
	void theHashesDoNotDependOnHowTheStreamIsChunked() {
		byte[] data = new byte[100_000];
		new Random(7).nextBytes(data);
		String[] whole = hash(data, data.length);
		qt().forAll(integers().between(1, 70_000)).check(chunk -> java.util.Arrays.equals(hash(data, chunk), whole));
	}

	static List<CustodyLog.Entry> chain(UUID item, int n) throws Exception {
		var hash = CustodyLog.class.getDeclaredMethod("hash", String.class, UUID.class, int.class, String.class,
				UUID.class, OffsetDateTime.class, String.class);
		hash.setAccessible(true);
		List<CustodyLog.Entry> out = new ArrayList<>();
		String prev = "0".repeat(64);
		UUID actor = UUID.randomUUID();
		for (int i = 1; i <= n; i++) {
			OffsetDateTime at = OffsetDateTime.of(2026, 11, 24, 10, i, 0, 123_000, ZoneOffset.UTC);
			String action = i == 1 ? "UPLOADED" : "VIEWED";
			String h = (String) hash.invoke(null, prev, item, i, action, actor, at, "entry " + i);
			out.add(new CustodyLog.Entry(item, i, action, actor, "执法人员", at, "entry " + i, prev, h));
			prev = h;
		}
		return out;
	}

	@Test
	void theCustodyChainBreaksAtAnyEditRemovalOrReordering() throws Exception {
		UUID item = UUID.randomUUID();
		List<CustodyLog.Entry> entries = chain(item, 5);
		assertThat(CustodyLog.intact(entries)).isTrue();
		List<CustodyLog.Entry> edited = new ArrayList<>(entries);
		CustodyLog.Entry e = edited.get(2);
		edited.set(2, new CustodyLog.Entry(e.itemId(), e.seq(), "DOWNLOADED", e.actor(), e.actorName(), e.at(),
				e.detail(), e.prevHash(), e.hash()));
		assertThat(CustodyLog.intact(edited)).isFalse();
		List<CustodyLog.Entry> removed = new ArrayList<>(entries);
		removed.remove(1);
		assertThat(CustodyLog.intact(removed)).isFalse();
		List<CustodyLog.Entry> reordered = new ArrayList<>(entries);
		java.util.Collections.swap(reordered, 3, 4);
		assertThat(CustodyLog.intact(reordered)).isFalse();
		assertThat(CustodyLog.intact(entries.subList(0, 4))).isTrue();
	}

	@Test
	void contentIsSniffedAgainstTheDeclaredKind() {
		byte[] mp4 = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 0, 0 };
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10 };
		byte[] pdf = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
		byte[] wav = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
		assertThat(ContentSniffer.sniff(EvidenceKind.VIDEO, mp4, mp4.length)).isEqualTo("video/mp4");
		assertThat(ContentSniffer.sniff(EvidenceKind.PHOTO, jpeg, jpeg.length)).isEqualTo("image/jpeg");
		assertThat(ContentSniffer.sniff(EvidenceKind.DOCUMENT, pdf, pdf.length)).isEqualTo("application/pdf");
		assertThat(ContentSniffer.sniff(EvidenceKind.AUDIO, wav, wav.length)).isEqualTo("audio/wav");
		assertThat(ContentSniffer.sniff(EvidenceKind.PHOTO, pdf, pdf.length)).isNull();
		assertThat(ContentSniffer.sniff(EvidenceKind.VIDEO, jpeg, jpeg.length)).isNull();
		assertThat(ContentSniffer.sniff(EvidenceKind.DOCUMENT, new byte[0], 0)).isNull();
	}

}
