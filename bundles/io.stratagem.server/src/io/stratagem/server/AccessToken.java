package io.stratagem.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that every request to the workbench must carry: 256 random bits, URL-safe. Any local
 * process or web page can reach a loopback port, so the port alone proves nothing.
 */
public final class AccessToken {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String value;

	private AccessToken(String value) {
		this.value = value;
	}

	/** A new random token. */
	public static AccessToken random() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return new AccessToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
	}

	/** The token as it appears in the URL and in the cookie. */
	public String value() {
		return value;
	}

	/** Whether {@code candidate} is this token, compared in constant time so that timing reveals no prefix. */
	public boolean matches(String candidate) {
		if (candidate == null) {
			return false;
		}
		return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String toString() {
		return "AccessToken[hidden]";
	}
}
