package io.pactwatch.alert.email;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailTokensTests {

	private final EmailTokens tokens = new EmailTokens(EmailTokens.newSecret());

	private final UUID channel = UUID.randomUUID();

	private final Instant now = Instant.parse("2026-11-26T12:00:00Z");

	@Test
	void tokenNamesItsChannelForItsPurposeOnly() {
		String unsubscribe = this.tokens.sign(EmailTokens.Purpose.UNSUBSCRIBE, this.channel, null);

		assertThat(this.tokens.verify(EmailTokens.Purpose.UNSUBSCRIBE, unsubscribe, this.now)).contains(this.channel);
		assertThat(this.tokens.verify(EmailTokens.Purpose.CONFIRM, unsubscribe, this.now)).isEmpty();
		assertThat(unsubscribe).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
	}

	@Test
	void unsubscribeTokenNeverExpiresAndConfirmationTokenDoes() {
		String unsubscribe = this.tokens.sign(EmailTokens.Purpose.UNSUBSCRIBE, this.channel, null);
		String confirm = this.tokens.sign(EmailTokens.Purpose.CONFIRM, this.channel, this.now.plus(Duration.ofDays(7)));

		Instant later = this.now.plus(Duration.ofDays(3650));
		assertThat(this.tokens.verify(EmailTokens.Purpose.UNSUBSCRIBE, unsubscribe, later)).contains(this.channel);
		assertThat(this.tokens.verify(EmailTokens.Purpose.CONFIRM, confirm, this.now.plus(Duration.ofDays(6))))
			.contains(this.channel);
		assertThat(this.tokens.verify(EmailTokens.Purpose.CONFIRM, confirm, this.now.plus(Duration.ofDays(8)))).isEmpty();
	}

	@Test
	void forgedTamperedOrForeignTokensAreRefused() {
		String token = this.tokens.sign(EmailTokens.Purpose.UNSUBSCRIBE, this.channel, null);
		String otherKey = new EmailTokens(EmailTokens.newSecret()).sign(EmailTokens.Purpose.UNSUBSCRIBE, this.channel, null);
		String tampered = ((token.charAt(3) == 'A') ? token.substring(0, 3) + "B" : token.substring(0, 3) + "A")
				+ token.substring(4);

		for (String bad : new String[] { otherKey, tampered, "", "no-dot", "a.b", "!!!.###", token + "x", null }) {
			assertThat(this.tokens.verify(EmailTokens.Purpose.UNSUBSCRIBE, bad, this.now)).as(bad).isEmpty();
		}
	}

}
