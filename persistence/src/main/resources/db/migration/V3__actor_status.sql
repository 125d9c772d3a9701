-- Actors found by extraction are PROPOSED until a librarian confirms them; existing and curated actors are CONFIRMED.
ALTER TABLE actor ADD COLUMN status VARCHAR(20) DEFAULT 'CONFIRMED' NOT NULL;
