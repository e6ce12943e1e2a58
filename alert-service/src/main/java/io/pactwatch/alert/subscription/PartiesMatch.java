package io.pactwatch.alert.subscription;

/** How a filter's parties are matched: the event names all of them, or at least one. */
public enum PartiesMatch {

	ALL, ANY

}
