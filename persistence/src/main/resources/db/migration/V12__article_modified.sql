-- When an article record last changed (metadata, topics, actors, withdrawal, restoration): the
-- datestamp OAI-PMH harvesters select by. Existing articles start at their withdrawal, or else at
-- their ingestion; from now on Article's entity callbacks keep it. Not audited (no article_aud column).
ALTER TABLE article ADD COLUMN modified_at TIMESTAMP WITH TIME ZONE;
UPDATE article SET modified_at = CASE WHEN withdrawn_at IS NOT NULL AND withdrawn_at > ingested_at
                                      THEN withdrawn_at ELSE ingested_at END;
ALTER TABLE article ALTER COLUMN modified_at SET NOT NULL;
-- Selective harvesting pages through (modified_at, id) ranges.
CREATE INDEX article_modified_idx ON article (modified_at, id);
