-- Dictum archive schema, version 2: the topic taxonomy becomes a SKOS concept scheme that
-- librarians edit. Portable between H2 2.x and PostgreSQL 13+.

-- code: stable slug used as skos:notation and concept URI. Topics that exist already get
-- 'topic-<id>', unique by construction; librarians may give them speaking codes later.
ALTER TABLE topic ADD COLUMN code VARCHAR(100);
UPDATE topic SET code = 'topic-' || CAST(id AS VARCHAR(20));
ALTER TABLE topic ALTER COLUMN code SET NOT NULL;
ALTER TABLE topic ADD CONSTRAINT uk_topic_code UNIQUE (code);

ALTER TABLE topic ADD COLUMN scope_note VARCHAR(2000);

CREATE TABLE topic_alt_label (
    topic_id    BIGINT       NOT NULL,
    alt_label   VARCHAR(200) NOT NULL,
    CONSTRAINT pk_topic_alt_label PRIMARY KEY (topic_id, alt_label),
    CONSTRAINT fk_topic_alt_label_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
);

CREATE TABLE topic_match_term (
    topic_id    BIGINT       NOT NULL,
    term        VARCHAR(200) NOT NULL,
    CONSTRAINT pk_topic_match_term PRIMARY KEY (topic_id, term),
    CONSTRAINT fk_topic_match_term_topic FOREIGN KEY (topic_id) REFERENCES topic (id)
);
CREATE INDEX ix_topic_parent ON topic (parent_id);
