package io.pactwatch.extraction.pipeline;

import java.util.List;

import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.MilestoneMention;

/** Reads the milestone mentions out of one article. Must not throw on any article. */
@FunctionalInterface
public interface MentionReader {

	List<MilestoneMention> read(Article article);

}
