package io.pactwatch.extraction.pipeline;

import java.util.List;

import io.pactwatch.extraction.extractor.ArticleText;
import io.pactwatch.extraction.extractor.DateValue;
import io.pactwatch.extraction.extractor.ExtractedMilestone;
import io.pactwatch.extraction.extractor.MilestoneExtractor;
import io.pactwatch.schemas.Article;
import io.pactwatch.schemas.Evidence;
import io.pactwatch.schemas.MilestoneMention;
import io.pactwatch.schemas.PartialDate;

/**
 * Reads an article with the extractor and turns what it finds into
 * {@link MilestoneMention} records. The agreement id is left empty: which agreement a
 * mention belongs to is decided downstream, where the agreements between its parties are
 * known.
 */
public class MentionFactory implements MentionReader {

	private final MilestoneExtractor extractor;

	public MentionFactory(MilestoneExtractor extractor) {
		this.extractor = extractor;
	}

	@Override
	public List<MilestoneMention> read(Article article) {
		if (!isEnglishOrUnknown(article.getLanguage())) {
			// the models read English only; other articles are kept in articles.raw.v1 but not read
			return List.of();
		}
		ArticleText text = new ArticleText(article.getId(), article.getTitle(), article.getBody(),
				article.getPublishedAt(), article.getLanguage());
		return this.extractor.extract(text).stream().map((found) -> toMention(article, found)).toList();
	}

	private static boolean isEnglishOrUnknown(String language) {
		return language == null || language.isEmpty() || language.equalsIgnoreCase("en");
	}

	static MilestoneMention toMention(Article article, ExtractedMilestone found) {
		return MilestoneMention.newBuilder()
			.setMentionId("mn-" + Hashes.sha256(32, article.getId(), found.milestone(), found.status(), found.parties(),
					found.evidenceStart()))
			.setAgreementId("")
			.setParties(found.parties())
			.setPartySurfaceForms(found.partySurfaceForms())
			.setMilestone(found.milestone())
			.setStatus(found.status())
			.setInstrument(found.instrument())
			.setDomain(found.domain())
			.setAgreementTitle(found.agreementTitle())
			.setDate(toPartialDate(found.date()))
			.setTermStart(toPartialDate(found.termStart()))
			.setTermEnd(toPartialDate(found.termEnd()))
			.setAreasOfCooperation(found.areasOfCooperation())
			.setEvidence(new Evidence(found.evidence(), found.evidenceStart(), found.evidenceEnd()))
			.setConfidence(found.confidence())
			.setArticleId(article.getId())
			.setArticleUrl(article.getUrl())
			.setArticleSource(article.getSource())
			.setArticlePublishedAt(article.getPublishedAt())
			.setExtractorVersion(MilestoneExtractor.VERSION)
			.build();
	}

	private static PartialDate toPartialDate(DateValue date) {
		return (date != null) ? new PartialDate(date.iso(), date.precision()) : null;
	}

}
