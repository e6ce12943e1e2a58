package io.pactwatch.alert.subscription;

/**
 * Told of every new channel after it is stored, e.g. to mail an email address its
 * confirmation request at once.
 */
public interface ChannelListener {

	void created(Channel channel);

}
