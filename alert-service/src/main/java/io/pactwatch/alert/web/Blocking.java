package io.pactwatch.alert.web;

import java.util.concurrent.Callable;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Runs blocking work (JDBC) off the event loop, on Reactor's bounded elastic scheduler. */
public final class Blocking {

	private Blocking() {
	}

	public static <T> Mono<T> call(Callable<T> work) {
		return Mono.fromCallable(work).subscribeOn(Schedulers.boundedElastic());
	}

}
