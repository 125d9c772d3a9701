-- Bulk imports write a chunk's search documents while the next chunk is stored (docs/IMPORT.md,
-- "Throughput"). The import remembers from when on the articles it archived may still be missing from
-- the search index: committed with each chunk, cleared when the run's last index write is durable. After
-- a crash the articles archived since then (and their statements) are indexed again at start-up.
ALTER TABLE import_job ADD COLUMN index_pending_since TIMESTAMP WITH TIME ZONE;
