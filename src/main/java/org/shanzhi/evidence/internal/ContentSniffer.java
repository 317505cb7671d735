package org.shanzhi.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.shanzhi.evidence.EvidenceKind;

/**
 * The content type of a file from its first bytes, never from what the uploader declares:
 * MP4/MOV/3GP (ISO base media), WebM/Matroska, AVI for video; MP3, WAV, AAC/M4A, AMR for
 * audio; JPEG, PNG, HEIC for photos; PDF and OFD for documents. Null when the bytes match
 * no type of the kind.
 */
public final class ContentSniffer {

	/** How many leading bytes the sniffer needs. */
	public static final int HEAD = 32;

	private ContentSniffer() {
	}

	public static String sniff(EvidenceKind kind, byte[] head, int length) {
		byte[] h = Arrays.copyOf(head, Math.max(length, 0));
		return switch (kind) {
			case VIDEO -> isoBrand(h, "heic", "heix", "mif1", "M4A ") ? null : iso(h) ? "video/mp4"
					: starts(h, 0x1A, 0x45, 0xDF, 0xA3) ? "video/webm" : riff(h, "AVI ") ? "video/x-msvideo" : null;
			case AUDIO -> starts(h, 'I', 'D', '3') || (h.length > 1 && (h[0] & 0xff) == 0xFF && (h[1] & 0xE0) == 0xE0)
					? "audio/mpeg" : riff(h, "WAVE") ? "audio/wav"
							: isoBrand(h, "M4A ") ? "audio/mp4" : ascii(h, 0, "#!AMR") ? "audio/amr" : null;
			case PHOTO -> starts(h, 0xFF, 0xD8, 0xFF) ? "image/jpeg" : starts(h, 0x89, 'P', 'N', 'G') ? "image/png"
					: isoBrand(h, "heic", "heix", "mif1") ? "image/heic" : null;
			case DOCUMENT ->
				ascii(h, 0, "%PDF-") ? "application/pdf" : starts(h, 'P', 'K', 3, 4) ? "application/ofd" : null;
		};
	}

	private static boolean iso(byte[] h) {
		return ascii(h, 4, "ftyp");
	}

	private static boolean isoBrand(byte[] h, String... brands) {
		if (!iso(h)) {
			return false;
		}
		for (String b : brands) {
			if (ascii(h, 8, b)) {
				return true;
			}
		}
		return false;
	}

	private static boolean riff(byte[] h, String form) {
		return ascii(h, 0, "RIFF") && ascii(h, 8, form);
	}

	private static boolean ascii(byte[] h, int at, String text) {
		byte[] t = text.getBytes(StandardCharsets.US_ASCII);
		if (h.length < at + t.length) {
			return false;
		}
		for (int i = 0; i < t.length; i++) {
			if (h[at + i] != t[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean starts(byte[] h, int... bytes) {
		if (h.length < bytes.length) {
			return false;
		}
		for (int i = 0; i < bytes.length; i++) {
			if ((h[i] & 0xff) != bytes[i]) {
				return false;
			}
		}
		return true;
	}

}
