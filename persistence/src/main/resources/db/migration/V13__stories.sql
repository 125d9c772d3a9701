-- Stories: copies of one news story grouped under their earliest copy (the origin).
-- article.story_id is the origin's id (its own id for an origin); NULL until the article is
-- grouped, which search treats as an article of its own.
ALTER TABLE article ADD COLUMN story_id BIGINT;
CREATE INDEX article_story ON article (story_id);

-- One MinHash signature (128 x 32 bits, Base64) per article text and its 42 LSH band keys.
CREATE TABLE story_fingerprint (
    article_id        BIGINT       NOT NULL PRIMARY KEY REFERENCES article (id),
    signature         VARCHAR(700) NOT NULL,
    distinct_shingles INTEGER      NOT NULL
);

CREATE TABLE story_band (
    article_id BIGINT NOT NULL REFERENCES story_fingerprint (article_id),
    band_key   BIGINT NOT NULL,
    PRIMARY KEY (article_id, band_key)
);
CREATE INDEX story_band_key ON story_band (band_key);
