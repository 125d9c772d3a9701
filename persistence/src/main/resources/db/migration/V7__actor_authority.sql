-- The actor authority curated by librarians: country and Wikidata item, merged actors kept as
-- tombstones pointing to their survivor, and a record of each merge (the names and links it moved)
-- so that it can be undone exactly.
ALTER TABLE actor ADD COLUMN country VARCHAR(2);
ALTER TABLE actor ADD COLUMN wikidata_id VARCHAR(20);
ALTER TABLE actor ADD COLUMN merged_into_id BIGINT;
ALTER TABLE actor ADD CONSTRAINT fk_actor_merged_into FOREIGN KEY (merged_into_id) REFERENCES actor (id);

-- Ingestion looks actors up by alias; merges and taxonomy edits find the records linked to one actor or topic.
CREATE INDEX ix_actor_alias_alias ON actor_alias (alias);
CREATE INDEX ix_statement_actor_actor ON statement_actor (actor_id);
CREATE INDEX ix_statement_topic_topic ON statement_topic (topic_id);

CREATE SEQUENCE actor_merge_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE actor_merge (
    id           BIGINT NOT NULL PRIMARY KEY,
    merged_id    BIGINT NOT NULL,
    survivor_id  BIGINT NOT NULL,
    merged_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    undone_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_actor_merge_merged FOREIGN KEY (merged_id) REFERENCES actor (id),
    CONSTRAINT fk_actor_merge_survivor FOREIGN KEY (survivor_id) REFERENCES actor (id)
);
CREATE INDEX ix_actor_merge_merged ON actor_merge (merged_id);

CREATE TABLE actor_merge_alias (
    merge_id  BIGINT       NOT NULL,
    alias     VARCHAR(300) NOT NULL,
    CONSTRAINT pk_actor_merge_alias PRIMARY KEY (merge_id, alias),
    CONSTRAINT fk_actor_merge_alias_merge FOREIGN KEY (merge_id) REFERENCES actor_merge (id)
);

-- A statement or article deleted later (re-extraction) simply drops out of the merge's record.
CREATE TABLE actor_merge_speaker (
    merge_id      BIGINT NOT NULL,
    statement_id  BIGINT NOT NULL,
    CONSTRAINT pk_actor_merge_speaker PRIMARY KEY (merge_id, statement_id),
    CONSTRAINT fk_actor_merge_speaker_merge FOREIGN KEY (merge_id) REFERENCES actor_merge (id),
    CONSTRAINT fk_actor_merge_speaker_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE
);

CREATE TABLE actor_merge_mention_removed (
    merge_id      BIGINT NOT NULL,
    statement_id  BIGINT NOT NULL,
    CONSTRAINT pk_actor_merge_mention_removed PRIMARY KEY (merge_id, statement_id),
    CONSTRAINT fk_actor_merge_mention_removed_merge FOREIGN KEY (merge_id) REFERENCES actor_merge (id),
    CONSTRAINT fk_actor_merge_mention_removed_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE
);

CREATE TABLE actor_merge_mention_added (
    merge_id      BIGINT NOT NULL,
    statement_id  BIGINT NOT NULL,
    CONSTRAINT pk_actor_merge_mention_added PRIMARY KEY (merge_id, statement_id),
    CONSTRAINT fk_actor_merge_mention_added_merge FOREIGN KEY (merge_id) REFERENCES actor_merge (id),
    CONSTRAINT fk_actor_merge_mention_added_statement FOREIGN KEY (statement_id) REFERENCES statement (id) ON DELETE CASCADE
);

CREATE TABLE actor_merge_article_removed (
    merge_id    BIGINT NOT NULL,
    article_id  BIGINT NOT NULL,
    CONSTRAINT pk_actor_merge_article_removed PRIMARY KEY (merge_id, article_id),
    CONSTRAINT fk_actor_merge_article_removed_merge FOREIGN KEY (merge_id) REFERENCES actor_merge (id),
    CONSTRAINT fk_actor_merge_article_removed_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);

CREATE TABLE actor_merge_article_added (
    merge_id    BIGINT NOT NULL,
    article_id  BIGINT NOT NULL,
    CONSTRAINT pk_actor_merge_article_added PRIMARY KEY (merge_id, article_id),
    CONSTRAINT fk_actor_merge_article_added_merge FOREIGN KEY (merge_id) REFERENCES actor_merge (id),
    CONSTRAINT fk_actor_merge_article_added_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
);

-- The audit trail (V5) keeps the new actor fields too.
ALTER TABLE actor_aud ADD COLUMN country VARCHAR(2);
ALTER TABLE actor_aud ADD COLUMN wikidata_id VARCHAR(20);
ALTER TABLE actor_aud ADD COLUMN merged_into_id BIGINT;
