-- Dictum archive schema, version 6: curation. Statements record where they came from (the
-- extractor or a librarian), who added them and who last verified, corrected or rejected them,
-- and why they were rejected; articles record their withdrawal (a tombstone: the row stays).
-- The audit tables of V5 get the same columns, as Envers audits them too.

ALTER TABLE statement ADD COLUMN origin VARCHAR(20) DEFAULT 'EXTRACTOR' NOT NULL;
ALTER TABLE statement ADD COLUMN created_by VARCHAR(100);
ALTER TABLE statement ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE statement ADD COLUMN curated_by VARCHAR(100);
ALTER TABLE statement ADD COLUMN curated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE statement ADD COLUMN rejection_reason VARCHAR(2000);

ALTER TABLE statement_aud ADD COLUMN origin VARCHAR(20);
ALTER TABLE statement_aud ADD COLUMN created_by VARCHAR(100);
ALTER TABLE statement_aud ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE statement_aud ADD COLUMN curated_by VARCHAR(100);
ALTER TABLE statement_aud ADD COLUMN curated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE statement_aud ADD COLUMN rejection_reason VARCHAR(2000);
UPDATE statement_aud SET origin = 'EXTRACTOR';

ALTER TABLE article ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE article ADD COLUMN withdrawal_reason VARCHAR(2000);

ALTER TABLE article_aud ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE article_aud ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE article_aud ADD COLUMN withdrawal_reason VARCHAR(2000);
