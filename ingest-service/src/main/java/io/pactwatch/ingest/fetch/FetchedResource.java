package io.pactwatch.ingest.fetch;

import java.net.URI;
import java.nio.charset.Charset;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a fetch brought back.
 *
 * @param url the URL finally answered, after redirects
 * @param status the HTTP status (2xx, or 304 for a conditional request that found nothing new)
 * @param headers the answer's headers
 * @param body the body, empty for 304
 */
public record FetchedResource(URI url, int status, HttpHeaders headers, byte[] body) {

	public boolean notModified() {
		return this.status == 304;
	}

	/** The declared media type, or {@code null}. */
	public MediaType contentType() {
		try {
			return this.headers.getContentType();
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	/** The charset the server declared, or {@code null} when it left it to the body to say. */
	public Charset declaredCharset() {
		MediaType type = contentType();
		try {
			return (type != null) ? type.getCharset() : null;
		}
		catch (RuntimeException unknownCharset) {
			return null;
		}
	}

}
