package io.pactwatch.alert.subscription;

import java.util.Base64;

import com.standardwebhooks.Webhook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

class WebhookSecretsTests {

	@Test
	void secretsAreStandardWebhooksKeysOf32RandomBytes() {
		String secret = WebhookSecrets.generate();
		assertThat(secret).startsWith("whsec_");
		assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSize(32);
		assertThat(WebhookSecrets.generate()).isNotEqualTo(secret);
		assertThatNoException().isThrownBy(() -> new Webhook(secret));
	}

	@Test
	void maskShowsOnlyTheFirstCharacters() {
		assertThat(WebhookSecrets.mask("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isEqualTo("whsec_MfKQ****");
	}

}
