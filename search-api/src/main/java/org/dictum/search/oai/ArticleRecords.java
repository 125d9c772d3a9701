package org.dictum.search.oai;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.Source;
import org.dictum.domain.topic.Topic;
import org.dictum.search.export.Permalinks;

/** An article as an OAI-PMH record: header with datestamp and sets, oai_dc metadata unless withdrawn. */
@ApplicationScoped
public class ArticleRecords {

    static final int DESCRIPTION_LENGTH = 300;

    @Inject
    OaiSettings settings;

    @Inject
    OaiSets sets;

    OaiHeader header(Article article) {
        return new OaiHeader(settings.identifiers().of(article.getId()), article.getModifiedAt(),
                sets.specsOf(article), article.isWithdrawn());
    }

    OaiRecord record(Article article, String portalUrl) {
        OaiHeader header = header(article);
        return new OaiRecord(header, header.deleted() ? null : dublinCore(article, portalUrl));
    }

    private static DublinCore dublinCore(Article article, String portalUrl) {
        return new DublinCore(
                article.getTitle().stream().toList(),
                article.getByline().stream().toList(),
                article.getTopics().stream().map(Topic::getLabel).sorted().toList(),
                excerpt(article.getMainText()),
                article.getSource().map(Source::getName).stream().toList(),
                article.getPublishedAt().map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate().toString()).stream().toList(),
                List.of("Text"),
                Stream.concat(Stream.of(new Permalinks(portalUrl).article(article.getId())), article.getUrl().stream()).toList(),
                article.getLanguage().stream().toList());
    }

    /** The opening of the main text, cut at a word. */
    static List<String> excerpt(String mainText) {
        String text = mainText.strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() <= DESCRIPTION_LENGTH) {
            return List.of(text);
        }
        int cut = text.lastIndexOf(' ', DESCRIPTION_LENGTH);
        return List.of(text.substring(0, cut > 0 ? cut : DESCRIPTION_LENGTH) + " …");
    }
}
