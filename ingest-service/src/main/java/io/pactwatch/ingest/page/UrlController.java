package io.pactwatch.ingest.page;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import io.pactwatch.ingest.article.ArticleIntake;
import io.pactwatch.ingest.article.ArticleSubmission;
import io.pactwatch.ingest.article.Channel;
import io.pactwatch.ingest.article.InvalidArticleException;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/articles/url}: fetches the page, reads its article and takes it in as
 * {@code POST /api/articles} would. A page that cannot be fetched or read gets 422 with the
 * reason; an invalid URL 400.
 */
@RestController
class UrlController {

	private final PageReader reader;

	UrlController(PageReader reader) {
		this.reader = reader;
	}

	@PostMapping(path = "/api/articles/url", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.ACCEPTED)
	Mono<ArticleIntake.IntakeResult> submit(@RequestBody UrlSubmission submission) {
		URI url = validUrl(submission.url());
		return this.reader.read(url, submission.source(), submission.language(), null, Channel.URL);
	}

	static URI validUrl(String url) {
		String problem = "must be an absolute http or https URL of at most " + ArticleSubmission.MAX_URL_LENGTH
				+ " characters";
		if (url == null || url.isBlank()) {
			throw new InvalidArticleException(List.of(new ArticleSubmission.FieldError("url", "is required")));
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
			if (url.length() <= ArticleSubmission.MAX_URL_LENGTH && uri.getHost() != null
					&& (scheme.equals("http") || scheme.equals("https"))) {
				return uri;
			}
		}
		catch (URISyntaxException ex) {
			// reported below
		}
		throw new InvalidArticleException(List.of(new ArticleSubmission.FieldError("url", problem)));
	}

}
