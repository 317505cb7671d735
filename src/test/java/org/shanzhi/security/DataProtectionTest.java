package org.shanzhi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.shanzhi.security.internal.MasterKey;

class DataProtectionTest {

	static DataProtection protection(String hexKey) throws Exception {
		var ctor = MasterKey.class.getDeclaredConstructor(String.class, Path.class, boolean.class);
		ctor.setAccessible(true);
		MasterKey key = ctor.newInstance(hexKey, Path.of("unused"), false);
		var dp = DataProtection.class.getDeclaredConstructor(MasterKey.class);
		dp.setAccessible(true);
		return dp.newInstance(key);
	}

	static final String KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

	@Test
	void sealsWithSm4GcmAndOpensAgain() throws Exception {
		DataProtection p = protection(KEY);
		byte[] sealed = p.encrypt("410302199001011235");
		assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("410302");
		assertThat(p.decrypt(sealed)).isEqualTo("410302199001011235");
		assertThat(p.encrypt("410302199001011235")).as("a fresh nonce every time").isNotEqualTo(sealed);
	}

	@Test
	void detectsATamperedValueAndAWrongKey() throws Exception {
		DataProtection p = protection(KEY);
		byte[] sealed = p.encrypt("410302199001011235");
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> p.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
		byte[] other = p.encrypt("x");
		assertThatThrownBy(() -> protection(KEY.replace('0', '1')).decrypt(other))
			.isInstanceOf(IllegalStateException.class);
	}

	@Test
	void blindIndexIsDeterministicAndKeyed() throws Exception {
		DataProtection p = protection(KEY);
		assertThat(p.blindIndex("410302199001011235")).isEqualTo(p.blindIndex("410302199001011235")).hasSize(64);
		assertThat(p.blindIndex("410302199001011235")).isNotEqualTo(p.blindIndex("410302199001011243"));
		assertThat(protection(KEY.replace('0', '1')).blindIndex("410302199001011235"))
			.isNotEqualTo(p.blindIndex("410302199001011235"));
	}

}
