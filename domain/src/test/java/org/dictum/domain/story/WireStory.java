package org.dictum.domain.story;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneOffset;
import org.dictum.domain.article.Article;
import org.dictum.domain.article.ContentType;

/** A wire story of our own writing, its edited copies, and unrelated texts, for grouping tests. */
final class WireStory {

    static final String LEAD = "Negotiators from both countries met for six hours in Geneva on Monday and agreed to "
            + "resume talks on the future of arms control next month, officials said.";
    static final String BODY = "The meeting was the first of its kind since the treaty lapsed two years ago. "
            + "A senior official described the atmosphere as businesslike but tense, and said neither side "
            + "had moved on the question of inspections. Delegates exchanged written proposals on "
            + "verification, data sharing and the notification of missile tests. Analysts in the capital "
            + "said the agreement to keep talking was a modest success after months of rising tension along "
            + "the border. The next round is expected to take place in Vienna, where technical teams will "
            + "compare the two drafts line by line before ministers meet again. Both delegations declined "
            + "to comment on reports that a summit between the two leaders could follow before the end of the year.";
    static final String TAIL = "Markets barely reacted to the news. Oil prices rose slightly in late trading, while "
            + "shares of defence companies fell for the third day in a row as investors weighed the prospect "
            + "of lower military spending across the region over the coming decade.";

    static final String ORIGINAL = LEAD + "\n\n" + BODY + "\n\n" + TAIL;
    /** Another outlet's copy: new first sentence, a dropped paragraph, its own closing line. */
    static final String EDITED = "GENEVA (Herald) - " + LEAD + "\n\n" + BODY
            + "\n\nThe Herald's correspondent contributed to this report.";
    /** A copy cut to its lead and first half. */
    static final String TRIMMED = LEAD + "\n\n" + BODY.substring(0, BODY.indexOf("Analysts"));

    static final String UNRELATED = "The city council voted on Tuesday to extend the opening hours of public "
            + "libraries, after a campaign by parents and students who said the reading rooms were too crowded "
            + "in the evenings. The measure will cost about two million a year and takes effect in September. "
            + "Councillors from the opposition argued that the money should go to school buildings instead, "
            + "but the motion passed by a wide margin. Library staff welcomed the decision and said new "
            + "positions would be advertised in the spring.";

    private WireStory() {
    }

    /** An article as stored: with an id, archived at {@code ingested}, published at {@code published} (may be null). */
    static Article stored(long id, String text, Instant published, Instant ingested) {
        Article article = new Article(text, ContentType.TEXT_PLAIN, text, ingested).publishedBy(null,
                published == null ? null : published.atOffset(ZoneOffset.UTC), "en");
        try {
            Field field = Article.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(article, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Article has an id field", e);
        }
        return article;
    }
}
