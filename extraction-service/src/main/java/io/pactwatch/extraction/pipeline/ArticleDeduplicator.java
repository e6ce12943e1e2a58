package io.pactwatch.extraction.pipeline;

import io.pactwatch.schemas.Article;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Passes an article on only if this exact article (same id, same content) was not read
 * before, so that an article published twice, by a client retrying or by two ingest
 * instances, is read once. A changed article under a known id is read again.
 */
class ArticleDeduplicator implements FixedKeyProcessor<String, Article, Article> {

	private FixedKeyProcessorContext<String, Article> context;

	private KeyValueStore<String, String> seen;

	@Override
	public void init(FixedKeyProcessorContext<String, Article> context) {
		this.context = context;
		this.seen = context.getStateStore(ExtractionTopology.SEEN_ARTICLES);
	}

	@Override
	public void process(FixedKeyRecord<String, Article> record) {
		Article article = record.value();
		if (article == null) {
			return;
		}
		if (article.getContentHash().equals(this.seen.get(article.getId()))) {
			return;
		}
		this.seen.put(article.getId(), article.getContentHash());
		this.context.forward(record);
	}

}
