package io.pactwatch.alert.subscription;

/** Whether email channels can work here (an SMTP server is configured); the email feature answers. */
public interface EmailAvailability {

	boolean available();

}
