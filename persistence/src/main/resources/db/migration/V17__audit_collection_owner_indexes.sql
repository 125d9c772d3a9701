-- Envers reads a record's collections as of a revision by owner ("where actor_id = ? and rev = (select
-- max(rev) ... where rev <= ?)"), but the collection audit tables are keyed by revision first, so each
-- such read scanned its whole table. The audit export makes two to four of them per record revision,
-- so its time grew with the record revisions times the size of these tables (docs/LIBRARIANS.md,
-- "Exporting the audit log"); a record's history page made them too.
CREATE INDEX ix_article_topic_aud_owner ON article_topic_aud (article_id, rev);
CREATE INDEX ix_article_actor_aud_owner ON article_actor_aud (article_id, rev);
CREATE INDEX ix_statement_actor_aud_owner ON statement_actor_aud (statement_id, rev);
CREATE INDEX ix_statement_topic_aud_owner ON statement_topic_aud (statement_id, rev);
CREATE INDEX ix_actor_alias_aud_owner ON actor_alias_aud (actor_id, rev);
CREATE INDEX ix_actor_identifier_aud_owner ON actor_identifier_aud (actor_id, rev);
CREATE INDEX ix_topic_alt_label_aud_owner ON topic_alt_label_aud (topic_id, rev);
CREATE INDEX ix_topic_match_term_aud_owner ON topic_match_term_aud (topic_id, rev);
CREATE INDEX ix_collection_article_aud_owner ON collection_article_aud (collection_id, rev);
CREATE INDEX ix_collection_statement_aud_owner ON collection_statement_aud (collection_id, rev);
