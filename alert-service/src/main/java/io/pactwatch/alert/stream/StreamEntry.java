package io.pactwatch.alert.stream;

import java.util.UUID;

/**
 * One entry of a tenant's live stream.
 *
 * @param seq its number in the tenant's stream: the server-sent event id
 * @param subscriptionId the subscription whose stream channel matched
 * @param body the CloudEvents JSON of the milestone event, with extension {@code subscriptionid}
 */
record StreamEntry(long seq, UUID subscriptionId, String body) {

}
