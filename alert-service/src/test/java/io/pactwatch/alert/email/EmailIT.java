package io.pactwatch.alert.email;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pactwatch.alert.support.AlertServiceTest;
import io.pactwatch.alert.support.GreenMailInitializer;
import io.pactwatch.alert.support.MilestoneEvents;
import io.pactwatch.alert.support.SubscriptionsApi;
import io.pactwatch.alert.support.WebhookReceiver;
import io.pactwatch.schemas.Milestone;
import io.pactwatch.schemas.MilestoneEvent;
import io.pactwatch.schemas.MilestoneStatus;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Email alerts through GreenMail, a real SMTP server: double opt-in, HTML and text parts with
 * the news escaped, RFC 8058 one-click unsubscribe, daily digests.
 */
@AlertServiceTest
class EmailIT {

	private static final Pattern CONFIRM_LINK = Pattern.compile("http://\\S+/email/confirm\\?token=[A-Za-z0-9_.-]+");

	private static final WebhookReceiver receiver = new WebhookReceiver();

	@Autowired
	private WebTestClient anonymous;

	@Autowired
	private DigestMailer digests;

	private SubscriptionsApi api;

	private String party;

	private String address;

	@BeforeEach
	void tenant() {
		this.api = new SubscriptionsApi(this.anonymous);
		this.party = "E" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		this.address = "analyst-" + this.party.toLowerCase() + "@newsroom.example";
	}

	@AfterAll
	static void stopReceiver() {
		receiver.close();
	}

	@Test
	void mailGoesOutOnlyAfterConfirmationAndStopsAfterOneClickUnsubscribe() throws Exception {
		Map<String, Object> subscription = subscribe(false);
		assertThat(SubscriptionsApi.channelsOf(subscription).get(0)).containsEntry("type", "EMAIL")
			.containsEntry("status", "UNCONFIRMED")
			.containsEntry("address", this.address)
			.containsEntry("digest", false);
		MimeMessage confirmation = awaitMails(1).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("[pactwatch] Confirm alerts for " + this.party + " desk");
		String confirmLink = link(text(confirmation));
		assertThat(html(confirmation)).contains("href=\"" + confirmLink.replace("&", "&amp;") + "\"");

		// not confirmed yet: the event is matched for the marker webhook, not mailed
		publishAndAwaitMarker(event(Milestone.TALKS, "space cooperation pact"));
		assertThat(mails()).hasSize(1);

		// a link scanner that GETs the link confirms nothing; the button (POST) does
		this.anonymous.get().uri(URI.create(confirmLink)).exchange().expectStatus().isOk()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class).value((page) -> assertThat(page).contains("<form method=\"post\""));
		assertThat(channel(subscription)).containsEntry("status", "UNCONFIRMED");
		this.anonymous.post().uri(URI.create(confirmLink)).exchange().expectStatus().isOk()
			.expectBody(String.class).value((page) -> assertThat(page).contains("Confirmed"));
		this.anonymous.post().uri(URI.create(confirmLink)).exchange().expectStatus().isOk();
		assertThat(channel(subscription)).containsEntry("status", "ENABLED").containsKey("confirmedAt");

		MilestoneEvent signed = event(Milestone.SIGNED, "<script>alert(1)</script> Space & \"Moon\" pact");
		publishAndAwaitMarker(signed);
		MimeMessage alert = awaitMails(2).get(1);
		assertThat(alert.getSubject()).startsWith("[pactwatch] SIGNED (OCCURRED): <script>");
		assertThat(alert.getContentType()).startsWith("multipart/");
		assertThat(text(alert)).contains("SIGNED (OCCURRED): <script>alert(1)</script> Space & \"Moon\" pact")
			.contains(signed.getEventId());
		assertThat(html(alert)).contains("&lt;script&gt;alert(1)&lt;/script&gt; Space &amp; &quot;Moon&quot; pact")
			.doesNotContain("<script>");
		assertThat(alert.getHeader("Message-ID")[0]).startsWith("<msg_").endsWith("@pactwatch>");
		assertThat(alert.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		String unsubscribe = alert.getHeader("List-Unsubscribe")[0];
		assertThat(unsubscribe).matches("<http://127\\.0\\.0\\.1:\\d+/email/unsubscribe\\?token=[A-Za-z0-9_.-]+>");
		assertThat(this.api.deliveries(subscription)).singleElement()
			.satisfies((delivery) -> assertThat(delivery).containsEntry("status", "DELIVERED").containsEntry("channelType", "EMAIL"));

		// RFC 8058: the mail client POSTs List-Unsubscribe=One-Click to the URL, without a session
		this.anonymous.post()
			.uri(URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("List-Unsubscribe=One-Click")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(channel(subscription)).containsEntry("status", "UNSUBSCRIBED");

		publishAndAwaitMarker(event(Milestone.RATIFIED, "space cooperation pact"));
		assertThat(mails()).hasSize(2);
		// a confirmation link used later does not subscribe again
		this.anonymous.post().uri(URI.create(confirmLink)).exchange().expectStatus().isOk()
			.expectBody(String.class).value((page) -> assertThat(page).contains("Unsubscribed"));
		assertThat(channel(subscription)).containsEntry("status", "UNSUBSCRIBED");
	}

	@Test
	void digestChannelGetsOneMailWithTheDaysEvents() throws Exception {
		Map<String, Object> subscription = subscribe(true);
		String confirmLink = link(text(awaitMails(1).get(0)));
		this.anonymous.post().uri(URI.create(confirmLink)).exchange().expectStatus().isOk();
		MilestoneEvent talks = event(Milestone.TALKS, "first pact");
		MilestoneEvent signed = event(Milestone.SIGNED, "second pact");

		MilestoneEvents.publish(talks, signed);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(receiver.received("/marker-" + this.party)).hasSize(2));
		assertThat(this.api.deliveries(subscription)).extracting((d) -> d.get("status")).containsOnly("QUEUED").hasSize(2);
		assertThat(mails()).hasSize(1);

		// what the daily schedule does at its time
		assertThat(this.digests.close(Instant.now())).isEqualTo(1);
		assertThat(this.digests.close(Instant.now().plusSeconds(1))).isZero();

		MimeMessage digest = awaitMails(2).get(1);
		assertThat(digest.getSubject()).isEqualTo("[pactwatch] " + this.party + " desk: daily digest, 2 milestones");
		assertThat(text(digest)).contains("TALKS (OCCURRED): first pact", "SIGNED (OCCURRED): second pact");
		assertThat(text(digest).indexOf("first pact")).isLessThan(text(digest).indexOf("second pact"));
		assertThat(digest.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(this.api.deliveries(subscription))
			.extracting((d) -> d.get("status")).containsOnly("DELIVERED"));
	}

	@Test
	void badLinksAndAddressesAreRefused() {
		this.anonymous.post().uri("/email/unsubscribe?token=forged.token").exchange().expectStatus().isBadRequest()
			.expectBody(String.class).value((page) -> assertThat(page).contains("Invalid link"));
		this.anonymous.get().uri("/email/confirm").exchange().expectStatus().isBadRequest();
		this.api.client()
			.post()
			.uri("/api/subscriptions")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(Map.of("name", "n", "channels", List.of(Map.of("type", "email", "address", "Eve <eve@x.example>"))))
			.exchange()
			.expectStatus()
			.isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].field").isEqualTo("channels[0].address");
	}

	private Map<String, Object> subscribe(boolean digest) {
		Map<String, Object> subscription = this.api.create(Map.of("name", this.party + " desk", "filter",
				Map.of("parties", List.of(this.party)), "channels",
				List.of(Map.of("type", "email", "address", this.address, "digest", digest))));
		this.api.create(Map.of("name", "marker", "webhook", Map.of("url", receiver.url("/marker-" + this.party)), "filter",
				Map.of("parties", List.of(this.party))));
		return subscription;
	}

	private void publishAndAwaitMarker(MilestoneEvent event) {
		int before = receiver.received("/marker-" + this.party).size();
		MilestoneEvents.publish(event);
		// one agreement, one partition: once the marker has it, every channel's deliveries were stored
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(receiver.received("/marker-" + this.party)).hasSize(before + 1));
	}

	private Map<String, Object> channel(Map<String, Object> subscription) {
		return SubscriptionsApi.channelsOf(this.api.get(subscription.get("id"))).get(0);
	}

	private MilestoneEvent event(Milestone milestone, String title) {
		MilestoneEvent event = MilestoneEvents.event("agr-" + this.party, List.of(this.party), milestone,
				MilestoneStatus.OCCURRED);
		event.setAgreementTitle(title);
		return event;
	}

	private List<MimeMessage> awaitMails(int count) {
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(mails()).hasSize(count));
		return mails();
	}

	private List<MimeMessage> mails() {
		List<MimeMessage> mine = new ArrayList<>();
		for (MimeMessage message : GreenMailInitializer.greenMail().getReceivedMessages()) {
			try {
				Address[] to = message.getAllRecipients();
				if (to != null && Arrays.stream(to).anyMatch((a) -> a.toString().equals(this.address))) {
					mine.add(message);
				}
			}
			catch (Exception ex) {
				throw new AssertionError(ex);
			}
		}
		return mine;
	}

	private static String link(String text) {
		Matcher matcher = CONFIRM_LINK.matcher(text);
		assertThat(matcher.find()).as("confirmation link in " + text).isTrue();
		return matcher.group();
	}

	private static String text(Part part) throws Exception {
		return part(part, "text/plain");
	}

	private static String html(Part part) throws Exception {
		return part(part, "text/html");
	}

	private static String part(Part part, String type) throws Exception {
		if (part.isMimeType(type)) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				String found = part(body, type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

}
