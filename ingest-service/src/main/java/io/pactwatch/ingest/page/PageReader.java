package io.pactwatch.ingest.page;

import java.net.URI;
import java.time.Instant;

import io.pactwatch.ingest.article.ArticleIntake;
import io.pactwatch.ingest.article.ArticleSubmission;
import io.pactwatch.ingest.article.Channel;
import io.pactwatch.ingest.article.IngestMetrics;
import io.pactwatch.ingest.fetch.FetchException;
import io.pactwatch.ingest.fetch.PageFetcher;
import reactor.core.publisher.Mono;

import org.springframework.stereotype.Component;

/**
 * Fetches a page, reads its article and submits it to {@link ArticleIntake}: what
 * {@code POST /api/articles/url} and each new feed entry do.
 */
@Component
public class PageReader {

	private final PageFetcher fetcher;

	private final PageExtractor extractor;

	private final ArticleIntake intake;

	private final IngestMetrics metrics;

	PageReader(PageFetcher fetcher, PageExtractor extractor, ArticleIntake intake, IngestMetrics metrics) {
		this.fetcher = fetcher;
		this.extractor = extractor;
		this.intake = intake;
		this.metrics = metrics;
	}

	/**
	 * What the page's referrer (a feed entry) says about it, used where the page does not say
	 * it itself, or cannot be fetched or read.
	 *
	 * @param title the entry's title
	 * @param publishedAt the entry's date
	 * @param text the entry's content or summary, as text
	 */
	public record Hints(String title, Instant publishedAt, String text) {

		static final Hints NONE = new Hints(null, null, null);

	}

	/**
	 * @param url the page
	 * @param source the outlet, or {@code null} for the page's site name, else its host
	 * @param language ISO 639 code, or {@code null} to detect it
	 * @param hints what else is known of the page, or {@code null}
	 * @param channel how the page came
	 * @return what became of the article; a {@link FetchException} or
	 * {@link PageNotReadableException} if the page gave none
	 */
	public Mono<ArticleIntake.IntakeResult> read(URI url, String source, String language, Hints hints, Channel channel) {
		Hints known = (hints != null) ? hints : Hints.NONE;
		return this.fetcher.fetch(url)
			.map(this.extractor::extract)
			.map((page) -> submission(page, source, language, known))
			.onErrorResume((ex) -> ex instanceof FetchException || ex instanceof PageNotReadableException, (ex) -> {
				if (known.text() != null && !known.text().isBlank() && known.title() != null) {
					return Mono.just(new ArticleSubmission(null, source, url.toString(), known.title(), known.text(),
							iso(known.publishedAt()), language));
				}
				this.metrics.rejected((source != null) ? source : url.getHost(), channel);
				return Mono.error(ex);
			})
			.flatMap((submission) -> this.intake.submit(submission, channel));
	}

	private static ArticleSubmission submission(ExtractedPage page, String source, String language, Hints hints) {
		String outlet = (source != null && !source.isBlank()) ? source
				: (page.siteName() != null) ? page.siteName() : URI.create(page.url()).getHost();
		Instant publishedAt = (page.publishedAt() != null) ? page.publishedAt() : hints.publishedAt();
		String title = (page.title().isBlank() && hints.title() != null) ? hints.title() : page.title();
		return new ArticleSubmission(null, outlet, page.url(), title, page.text(), iso(publishedAt), language);
	}

	private static String iso(Instant instant) {
		return (instant != null) ? instant.toString() : null;
	}

}
