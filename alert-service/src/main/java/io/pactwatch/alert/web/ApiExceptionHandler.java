package io.pactwatch.alert.web;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * Every error of the HTTP API as {@code application/problem+json} (RFC 9457): Spring's
 * standard exceptions (malformed JSON, wrong media type, unknown path, bad path variable),
 * {@link InvalidRequestException}, {@link NotFoundException}, and a 500 without internals
 * for anything unexpected.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ApiExceptionHandler.class);

	private static final int MAX_DETAIL = 300;

	@Override
	protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
			HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
		ProblemDetail problem = ex.getBody();
		Throwable cause = ex.getCause();
		if (cause instanceof DecodingException decoding) {
			problem.setTitle("Malformed request body");
			problem.setDetail(describe(decoding));
		}
		else if (cause instanceof TypeMismatchException mismatch && ex.getMethodParameter() != null) {
			problem.setDetail("Invalid value '" + mismatch.getValue() + "' for '"
					+ ex.getMethodParameter().getParameterName() + "'");
		}
		return handleExceptionInternal(ex, problem, headers, status, exchange);
	}

	@ExceptionHandler(Exception.class)
	Mono<ResponseEntity<Object>> handleUnexpected(Exception ex, ServerWebExchange exchange) {
		log.error("Unexpected error on " + exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath(), ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
				"The request could not be completed; it was logged.");
		problem.setTitle("Internal error");
		return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, exchange);
	}

	/**
	 * Problems are {@code application/problem+json} whatever the request accepted (a stream
	 * client asks for {@code text/event-stream}, and still gets a readable 4xx).
	 */
	@Override
	protected Mono<ResponseEntity<Object>> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			ServerWebExchange exchange) {
		if (body instanceof ProblemDetail) {
			HttpHeaders problemHeaders = new HttpHeaders();
			problemHeaders.addAll(headers);
			problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
			return super.createResponseEntity(body, problemHeaders, status, exchange);
		}
		return super.createResponseEntity(body, headers, status, exchange);
	}

	/**
	 * What is wrong with the body, without the server's class names: the JSON path of a value
	 * of the wrong type, or the parser's complaint with its position.
	 */
	private static String describe(DecodingException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof MismatchedInputException mismatch) {
			String path = jsonPath(mismatch.getPath());
			return path.isEmpty() ? "The request body must be a JSON object"
					: "The request body has a value of the wrong type at '" + path + "'";
		}
		if (cause instanceof StreamReadException parse) {
			TokenStreamLocation location = parse.getLocation();
			return "The request body is not valid JSON: " + parse.getOriginalMessage()
					+ ((location != null) ? " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"
							: "");
		}
		return "The request body is not valid JSON for this resource: " + rootMessage(ex);
	}

	private static String jsonPath(List<JacksonException.Reference> references) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : references) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
		message = message.lines().findFirst().orElse(message);
		return (message.length() > MAX_DETAIL) ? message.substring(0, MAX_DETAIL) + "..." : message;
	}

}
