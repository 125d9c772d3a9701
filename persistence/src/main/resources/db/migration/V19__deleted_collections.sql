-- A deleted collection keeps its slug: links and citations name a collection by its slug, so a slug
-- is never given to another collection (as DSpace never reuses a handle), and asking for it answers
-- that the collection is gone. One row per deleted collection, by slug; title, visibility and owner
-- as they were, to tell who may learn that it existed. Portable between H2 2.x and PostgreSQL 13+.
CREATE TABLE deleted_collection (
    slug           VARCHAR(100)             NOT NULL PRIMARY KEY,
    collection_id  BIGINT                   NOT NULL,
    title          VARCHAR(200)             NOT NULL,
    visibility     VARCHAR(20)              NOT NULL,
    owner          VARCHAR(100)             NOT NULL,
    deleted_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Collections deleted before this release reserve their slugs too, from their audit rows (revtype 2,
-- which keep the data at deletion): the last deletion of each slug that no live collection has taken
-- again meanwhile. A row without its data counts as private, so that nobody learns more than before.
INSERT INTO deleted_collection (slug, collection_id, title, visibility, owner, deleted_at)
SELECT d.slug, d.id, COALESCE(d.title, d.slug), COALESCE(d.visibility, 'PRIVATE'), COALESCE(d.owner, ''),
       TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00:00' + r.changed_at_ms * INTERVAL '0.001' SECOND
  FROM collection_aud d
  JOIN audit_revision r ON r.id = d.rev
 WHERE d.revtype = 2
   AND d.slug IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM collection c WHERE c.slug = d.slug)
   AND NOT EXISTS (SELECT 1 FROM collection_aud later
                    WHERE later.slug = d.slug AND later.revtype = 2
                      AND (later.rev > d.rev OR later.rev = d.rev AND later.id > d.id));
