package io.pactwatch.ingest.web;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.core.ResolvableType;
import org.springframework.web.server.ServerWebExchange;

import java.util.Map;

/** Writes a problem+json response from a web filter, where no controller advice applies. */
@Component
public class ProblemResponses {

	private final ServerCodecConfigurer codecs;

	ProblemResponses(ServerCodecConfigurer codecs) {
		this.codecs = codecs;
	}

	@SuppressWarnings("unchecked")
	public Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, ProblemDetail problem) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		problem.setInstance(exchange.getRequest().getURI());
		ResolvableType type = ResolvableType.forClass(ProblemDetail.class);
		HttpMessageWriter<ProblemDetail> writer = (HttpMessageWriter<ProblemDetail>) this.codecs.getWriters()
			.stream()
			.filter((candidate) -> candidate.canWrite(type, MediaType.APPLICATION_PROBLEM_JSON))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No JSON writer for problem details"));
		return writer.write(Mono.just(problem), type, MediaType.APPLICATION_PROBLEM_JSON, response, Map.of());
	}

}
