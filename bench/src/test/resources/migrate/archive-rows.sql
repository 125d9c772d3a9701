-- Representative rows in every table of the archive schema, for DatabaseCopyTest. Self-references
-- point to rows with higher ids (a child topic before its parent) so that a naive row order fails.
INSERT INTO source (id, name, domain, version) VALUES (1, 'The Daily Record', 'record.example', 0);
INSERT INTO source (id, name, domain, version) VALUES (21, 'Wire Service', NULL, 3);

INSERT INTO topic (id, label, parent_id, version, code, scope_note) VALUES (1, 'Elections', NULL, 0, 'elections', 'Votes & ballots');
INSERT INTO topic (id, label, parent_id, version, code, scope_note) VALUES (2, 'Politics', NULL, 0, 'politics', NULL);
UPDATE topic SET parent_id = 2 WHERE id = 1;
INSERT INTO topic_alt_label (topic_id, alt_label) VALUES (1, 'Polls');
INSERT INTO topic_match_term (topic_id, term) VALUES (1, 'ballot');

INSERT INTO actor (id, canonical_name, type, affiliation_id, version, status, country, merged_into_id) VALUES (1, 'A senior official', 'PERSON', NULL, 0, 'CONFIRMED', NULL, NULL);
INSERT INTO actor (id, canonical_name, type, affiliation_id, version, status, country, merged_into_id) VALUES (2, 'Jane Roe (duplicate)', 'PERSON', NULL, 1, 'CONFIRMED', 'GB', NULL);
INSERT INTO actor (id, canonical_name, type, affiliation_id, version, status, country, merged_into_id) VALUES (3, 'Ministry of Finance', 'ORGANIZATION', NULL, 2, 'CONFIRMED', 'GB', NULL);
INSERT INTO actor (id, canonical_name, type, affiliation_id, version, status, country, merged_into_id) VALUES (4, 'Jane Roe', 'PERSON', NULL, 0, 'PROPOSED', NULL, NULL);
UPDATE actor SET affiliation_id = 3 WHERE id = 1;
UPDATE actor SET merged_into_id = 4 WHERE id = 2;
INSERT INTO actor_alias (actor_id, alias) VALUES (4, 'J. Roe');
INSERT INTO actor_identifier (actor_id, identifier) VALUES (4, 'wikidata:Q42');

INSERT INTO article (id, url, title, byline, published_at, language, source_id, original_content, content_type, main_text, sha256, ingested_at, version, withdrawn_at, withdrawn_by, withdrawal_reason, modified_at, story_id)
VALUES (1, 'https://record.example/a', 'Budget «passed»', 'By Ann Writer', TIMESTAMP WITH TIME ZONE '2024-03-01 10:15:30+02:00', 'en', 1, '<html>…</html>', 'HTML', 'set by the test', '0000000000000000000000000000000000000000000000000000000000000001', TIMESTAMP WITH TIME ZONE '2024-03-02 08:00:00+00:00', 2, NULL, NULL, NULL, TIMESTAMP WITH TIME ZONE '2024-03-02 08:00:00+00:00', 1);
INSERT INTO article (id, url, title, byline, published_at, language, source_id, original_content, content_type, main_text, sha256, ingested_at, version, withdrawn_at, withdrawn_by, withdrawal_reason, modified_at, story_id)
VALUES (41, 'https://wire.example/b', 'Budget passed (wire copy)', NULL, NULL, 'en', 21, 'Budget passed.', 'TEXT', 'Budget passed.', '0000000000000000000000000000000000000000000000000000000000000002', TIMESTAMP WITH TIME ZONE '2024-03-03 09:00:00+00:00', 1, TIMESTAMP WITH TIME ZONE '2024-04-01 12:00:00+00:00', 'librarian', 'Duplicate wire copy', TIMESTAMP WITH TIME ZONE '2024-04-01 12:00:00+00:00', 1);
INSERT INTO article_topic (article_id, topic_id) VALUES (1, 1);
INSERT INTO article_actor (article_id, actor_id) VALUES (1, 4);

INSERT INTO statement (id, article_id, kind, speaker_mention, speaker_id, cue, content, span_start, span_end, statement_date, statement_date_inferred, confidence, extractor_version, status, version, origin, created_by, created_at, curated_by, curated_at, rejection_reason)
VALUES (1, 1, 'DIRECT', 'Jane Roe', 4, 'said', '"The budget is balanced," Jane Roe said.', 0, 40, DATE '2024-03-01', FALSE, 0.93, 'rules-1', 'VERIFIED', 1, 'EXTRACTOR', NULL, NULL, 'librarian', TIMESTAMP WITH TIME ZONE '2024-03-05 11:00:00+00:00', NULL);
INSERT INTO statement (id, article_id, kind, speaker_mention, speaker_id, cue, content, span_start, span_end, statement_date, statement_date_inferred, confidence, extractor_version, status, version, origin, created_by, created_at, curated_by, curated_at, rejection_reason)
VALUES (120, 1, 'INDIRECT', 'an official', 1, 'claimed', 'An official claimed taxes will fall.', 41, 77, NULL, TRUE, 0.5, NULL, 'REJECTED', 2, 'LIBRARIAN', 'librarian', TIMESTAMP WITH TIME ZONE '2024-03-05 11:30:00+00:00', 'librarian', TIMESTAMP WITH TIME ZONE '2024-03-06 09:00:00+00:00', 'Not a statement');
INSERT INTO statement_actor (statement_id, actor_id) VALUES (1, 3);
INSERT INTO statement_topic (statement_id, topic_id) VALUES (1, 1);

INSERT INTO user_account (id, name, password_hash, role, enabled, created_at, version) VALUES (1, 'admin', 'PBKDF2WithHmacSHA256:310000:c2FsdA==:aGFzaA==', 'ADMINISTRATOR', TRUE, TIMESTAMP WITH TIME ZONE '2024-01-01 00:00:00+00:00', 0);
INSERT INTO user_account (id, name, password_hash, role, enabled, created_at, version) VALUES (21, 'librarian', 'PBKDF2WithHmacSHA256:310000:c2FsdA==:aGFzaB==', 'LIBRARIAN', FALSE, TIMESTAMP WITH TIME ZONE '2024-01-02 00:00:00+00:00', 1);
INSERT INTO api_token (id, owner_id, label, secret_hash, scopes, created_at, revoked_at, version) VALUES (1, 21, 'harvester', 'aa00000000000000000000000000000000000000000000000000000000000000', 'read,write', TIMESTAMP WITH TIME ZONE '2024-01-03 00:00:00+00:00', NULL, 0);

INSERT INTO audit_revision (id, changed_at_ms, user_name, reason) VALUES (1, 1704067200000, 'system', 'Records archived before the history was kept');
INSERT INTO audit_revision (id, changed_at_ms, user_name, reason) VALUES (2, 1709636400000, 'librarian', 'Verified against the recording');
INSERT INTO article_aud (id, rev, revtype, title, withdrawn_by) VALUES (1, 1, 0, 'Budget passed', NULL);
INSERT INTO article_topic_aud (rev, revtype, article_id, topic_id) VALUES (1, 0, 1, 1);
INSERT INTO article_actor_aud (rev, revtype, article_id, actor_id) VALUES (1, 0, 1, 4);
INSERT INTO statement_aud (id, rev, revtype, content, status, statement_date_inferred, origin) VALUES (1, 1, 0, '"The budget is balanced," Jane Roe said.', 'UNVERIFIED', FALSE, 'EXTRACTOR');
INSERT INTO statement_aud (id, rev, revtype, content, status, statement_date_inferred, origin) VALUES (1, 2, 1, '"The budget is balanced," Jane Roe said.', 'VERIFIED', FALSE, 'EXTRACTOR');
INSERT INTO statement_actor_aud (rev, revtype, statement_id, actor_id) VALUES (1, 0, 1, 3);
INSERT INTO statement_topic_aud (rev, revtype, statement_id, topic_id) VALUES (1, 0, 1, 1);
INSERT INTO actor_aud (id, rev, revtype, canonical_name, type, status, country, merged_into_id) VALUES (2, 2, 1, 'Jane Roe (duplicate)', 'PERSON', 'CONFIRMED', 'GB', 4);
INSERT INTO actor_alias_aud (rev, revtype, actor_id, alias) VALUES (2, 0, 4, 'J. Roe');
INSERT INTO actor_identifier_aud (rev, revtype, actor_id, identifier) VALUES (1, 0, 4, 'wikidata:Q42');
INSERT INTO topic_aud (id, rev, revtype, label, code, parent_id) VALUES (1, 1, 0, 'Elections', 'elections', 2);
INSERT INTO topic_alt_label_aud (rev, revtype, topic_id, alt_label) VALUES (1, 0, 1, 'Polls');
INSERT INTO topic_match_term_aud (rev, revtype, topic_id, term) VALUES (1, 0, 1, 'ballot');

INSERT INTO actor_merge (id, merged_id, survivor_id, merged_at, undone_at, inherited_affiliation_id, survivor_affiliation_cleared) VALUES (1, 2, 4, TIMESTAMP WITH TIME ZONE '2024-03-07 10:00:00+00:00', NULL, 3, TRUE);
INSERT INTO actor_merge_alias (merge_id, alias) VALUES (1, 'Jane Roe (duplicate)');
INSERT INTO actor_merge_speaker (merge_id, statement_id) VALUES (1, 1);
INSERT INTO actor_merge_mention_removed (merge_id, statement_id) VALUES (1, 1);
INSERT INTO actor_merge_mention_added (merge_id, statement_id) VALUES (1, 120);
INSERT INTO actor_merge_article_removed (merge_id, article_id) VALUES (1, 41);
INSERT INTO actor_merge_article_added (merge_id, article_id) VALUES (1, 1);
INSERT INTO actor_merge_affiliate (merge_id, actor_id) VALUES (1, 1);
INSERT INTO actor_merge_identifier (merge_id, identifier) VALUES (1, 'viaf:12345');

INSERT INTO collection (id, slug, title, description, visibility, owner, created_at, updated_at, version) VALUES (1, 'budget-2024', 'Budget 2024', 'Statements on the budget', 'PUBLIC', 'librarian', TIMESTAMP WITH TIME ZONE '2024-03-08 10:00:00+00:00', TIMESTAMP WITH TIME ZONE '2024-03-08 10:05:00+00:00', 1);
INSERT INTO collection_article (collection_id, article_id) VALUES (1, 1);
INSERT INTO collection_statement (collection_id, statement_id) VALUES (1, 1);
INSERT INTO collection_aud (id, rev, revtype, slug, title, visibility, owner) VALUES (1, 2, 0, 'budget-2024', 'Budget 2024', 'PUBLIC', 'librarian');
INSERT INTO collection_article_aud (rev, revtype, collection_id, article_id) VALUES (2, 0, 1, 1);
INSERT INTO collection_statement_aud (rev, revtype, collection_id, statement_id) VALUES (2, 0, 1, 1);
INSERT INTO deleted_collection (slug, collection_id, title, visibility, owner, deleted_at) VALUES ('budget-2023', 2, 'Budget 2023', 'PRIVATE', 'librarian', TIMESTAMP WITH TIME ZONE '2024-03-07 10:00:00+00:00');

INSERT INTO archive_setting (name, setting_value, changed_by, changed_at, version) VALUES ('dictum.archive.private', 'true', 'admin', TIMESTAMP WITH TIME ZONE '2024-03-09 10:00:00+00:00', 0);

INSERT INTO saved_search (id, owner_id, name, target, query_string, created_at, public_id, frozen_at, frozen_total, version) VALUES (1, 21, 'Budget quotes', 'STATEMENTS', 'q=budget&speaker=Jane%20Roe', TIMESTAMP WITH TIME ZONE '2024-03-10 10:00:00+00:00', '0b5c4d3e-1111-4222-8333-944455556666', TIMESTAMP WITH TIME ZONE '2024-03-10 10:01:00+00:00', 1, 1);
INSERT INTO saved_search_result (saved_search_id, result_rank, record_id) VALUES (1, 0, 1);
INSERT INTO saved_search_aud (id, rev, revtype, owner_id, name, target) VALUES (1, 2, 0, 21, 'Budget quotes', 'STATEMENTS');

INSERT INTO import_job (id, started_by, source, format, field_mapping, input_path, status, batch_execution_id, total_records, records_read, records_stored, records_skipped, records_failed, created_at, started_at, finished_at, run_started_at, run_start_position, last_error, version)
VALUES (1, 'librarian', 'feeds.jsonl', 'JSONL', NULL, '/data/imports/1/feeds.jsonl', 'COMPLETED', 7, 3, 3, 2, 0, 1, TIMESTAMP WITH TIME ZONE '2024-03-11 10:00:00+00:00', TIMESTAMP WITH TIME ZONE '2024-03-11 10:00:01+00:00', TIMESTAMP WITH TIME ZONE '2024-03-11 10:00:09+00:00', TIMESTAMP WITH TIME ZONE '2024-03-11 10:00:01+00:00', 0, NULL, 4);
INSERT INTO import_failure (id, import_id, record_number, locator, reason, recorded_at) VALUES (1, 1, 3, 'line 3', 'no text', TIMESTAMP WITH TIME ZONE '2024-03-11 10:00:08+00:00');

INSERT INTO story_fingerprint (article_id, signature, distinct_shingles) VALUES (1, 'AAECAwQFBgcICQ==', 96);
INSERT INTO story_band (article_id, band_key) VALUES (1, -4611686018427387904);

INSERT INTO HSEARCH_OUTBOX_EVENT (id, entityName, entityId, entityIdHash, payload, retries, processAfter, status, tenantId) VALUES ('6f1e2d3c-4b5a-4968-8776-655443322110', 'Article', '1', 12345, X'00ff10', 0, TIMESTAMP WITH TIME ZONE '2024-03-12 10:00:00+00:00', 'PENDING', NULL);
INSERT INTO HSEARCH_AGENT (id, type, name, expiration, state, totalShardCount, assignedShardIndex, payload, tenantId) VALUES ('7a1e2d3c-4b5a-4968-8776-655443322110', 'EVENT_PROCESSING', 'node-1', TIMESTAMP WITH TIME ZONE '2024-03-12 10:00:30+00:00', 'RUNNING', 1, 0, NULL, NULL);

-- Sequences as the portal leaves them: the revision sequence drawn ahead of the copied ids.
ALTER SEQUENCE audit_revision_seq RESTART WITH 500;

-- A table of the batch runtime's job repository (JBeret creates its own), not part of the archive schema.
CREATE TABLE JOB_INSTANCE (JOBINSTANCEID BIGINT PRIMARY KEY, JOBNAME VARCHAR(512));
INSERT INTO JOB_INSTANCE (JOBINSTANCEID, JOBNAME) VALUES (7, 'import');
