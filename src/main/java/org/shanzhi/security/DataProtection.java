package org.shanzhi.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.shanzhi.security.internal.MasterKey;
import org.springframework.stereotype.Component;

/**
 * Personal data at rest: SM4-GCM encryption (GB/T 32907) of values such as resident ID
 * numbers, and a keyed SM3 blind index (HMAC-SM3) so that exact search works without
 * decrypting. The encryption key and the index key are derived from one master key.
 */
@Component
public class DataProtection {

	private static final byte VERSION = 1;

	private static final int NONCE = 12;

	private final byte[] encryptionKey;

	private final byte[] indexKey;

	private final SecureRandom random = new SecureRandom();

	DataProtection(MasterKey masterKey) {
		byte[] master = masterKey.bytes();
		this.encryptionKey = Arrays.copyOf(hmac(master, "shanzhi/sm4/v1".getBytes(StandardCharsets.UTF_8)), 16);
		this.indexKey = hmac(master, "shanzhi/blind-index/v1".getBytes(StandardCharsets.UTF_8));
	}

	/** version byte, 12-byte nonce, ciphertext with 16-byte tag. */
	public byte[] encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		byte[] nonce = new byte[NONCE];
		random.nextBytes(nonce);
		byte[] input = plaintext.getBytes(StandardCharsets.UTF_8);
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(true, new AEADParameters(new KeyParameter(encryptionKey), 128, nonce));
		byte[] out = new byte[1 + NONCE + cipher.getOutputSize(input.length)];
		out[0] = VERSION;
		System.arraycopy(nonce, 0, out, 1, NONCE);
		int n = cipher.processBytes(input, 0, input.length, out, 1 + NONCE);
		try {
			cipher.doFinal(out, 1 + NONCE + n);
		}
		catch (org.bouncycastle.crypto.InvalidCipherTextException ex) {
			throw new IllegalStateException(ex);
		}
		return out;
	}

	public String decrypt(byte[] sealed) {
		if (sealed == null) {
			return null;
		}
		if (sealed.length < 1 + NONCE + 16 || sealed[0] != VERSION) {
			throw new IllegalArgumentException("not a sealed value of this platform");
		}
		GCMModeCipher cipher = GCMBlockCipher.newInstance(new SM4Engine());
		cipher.init(false,
				new AEADParameters(new KeyParameter(encryptionKey), 128, Arrays.copyOfRange(sealed, 1, 1 + NONCE)));
		byte[] out = new byte[cipher.getOutputSize(sealed.length - 1 - NONCE)];
		int n = cipher.processBytes(sealed, 1 + NONCE, sealed.length - 1 - NONCE, out, 0);
		try {
			n += cipher.doFinal(out, n);
		}
		catch (org.bouncycastle.crypto.InvalidCipherTextException ex) {
			throw new IllegalStateException("sealed value was altered or the key is wrong", ex);
		}
		return new String(out, 0, n, StandardCharsets.UTF_8);
	}

	/**
	 * Deterministic keyed digest of a normalised value, hex: equal inputs give equal
	 * indexes.
	 */
	public String blindIndex(String normalized) {
		return normalized == null ? null
				: HexFormat.of().formatHex(hmac(indexKey, normalized.getBytes(StandardCharsets.UTF_8)));
	}

	private static byte[] hmac(byte[] key, byte[] data) {
		HMac mac = new HMac(new SM3Digest());
		mac.init(new KeyParameter(key));
		mac.update(data, 0, data.length);
		byte[] out = new byte[mac.getMacSize()];
		mac.doFinal(out, 0);
		return out;
	}

}
