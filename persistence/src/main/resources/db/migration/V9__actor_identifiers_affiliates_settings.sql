-- Affiliations: a merge moves the actors affiliated with the merged actor (anonymous sources "affiliated with United
-- States") to the survivor, and a survivor without affiliation takes over the merged actor's: record both,
-- so that an unmerge puts them back.
ALTER TABLE actor_merge ADD COLUMN inherited_affiliation_id BIGINT;
ALTER TABLE actor_merge ADD CONSTRAINT fk_actor_merge_inherited_affiliation
    FOREIGN KEY (inherited_affiliation_id) REFERENCES actor (id);
ALTER TABLE actor_merge ADD COLUMN survivor_affiliation_cleared BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE actor_merge_affiliate (
    merge_id  BIGINT NOT NULL,
    actor_id  BIGINT NOT NULL,
    CONSTRAINT pk_actor_merge_affiliate PRIMARY KEY (merge_id, actor_id),
    CONSTRAINT fk_actor_merge_affiliate_merge FOREIGN KEY (merge_id) REFERENCES actor_merge (id),
    CONSTRAINT fk_actor_merge_affiliate_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
);

-- A merge finds the actors affiliated with the merged one.
CREATE INDEX ix_actor_affiliation ON actor (affiliation_id);

-- An actor's identifiers in authority files (Wikidata, VIAF, ISNI, GND, ORCID, LCNAF) replace the
-- single Wikidata column. Each is stored as "scheme:value", the value in its scheme's canonical form.
CREATE TABLE actor_identifier (
    actor_id    BIGINT      NOT NULL,
    identifier  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_actor_identifier PRIMARY KEY (actor_id, identifier),
    CONSTRAINT fk_actor_identifier_actor FOREIGN KEY (actor_id) REFERENCES actor (id)
);
-- Looking an identifier up (is it another actor's already?).
CREATE INDEX ix_actor_identifier_identifier ON actor_identifier (identifier);

INSERT INTO actor_identifier (actor_id, identifier)
SELECT id, 'wikidata:' || wikidata_id FROM actor WHERE wikidata_id IS NOT NULL;

CREATE TABLE actor_identifier_aud (
    rev         BIGINT      NOT NULL,
    revtype     ${tiny_int},
    actor_id    BIGINT      NOT NULL,
    identifier  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_actor_identifier_aud PRIMARY KEY (rev, actor_id, identifier),
    CONSTRAINT fk_actor_identifier_aud_rev FOREIGN KEY (rev) REFERENCES audit_revision (id)
);

-- The history keeps what the Wikidata column said: each revision that changed it becomes the removal
-- of the old QID (revtype 2) and the addition of the new one (revtype 0).
INSERT INTO actor_identifier_aud (rev, revtype, actor_id, identifier)
SELECT rev, 2, id, 'wikidata:' || previous
FROM (SELECT id, rev, wikidata_id, LAG(wikidata_id) OVER (PARTITION BY id ORDER BY rev) AS previous FROM actor_aud) h
WHERE previous IS NOT NULL AND (wikidata_id IS NULL OR wikidata_id <> previous);
INSERT INTO actor_identifier_aud (rev, revtype, actor_id, identifier)
SELECT rev, 0, id, 'wikidata:' || wikidata_id
FROM (SELECT id, rev, wikidata_id, LAG(wikidata_id) OVER (PARTITION BY id ORDER BY rev) AS previous FROM actor_aud) h
WHERE wikidata_id IS NOT NULL AND (previous IS NULL OR wikidata_id <> previous);

ALTER TABLE actor DROP COLUMN wikidata_id;
ALTER TABLE actor_aud DROP COLUMN wikidata_id;

-- A merge gives the survivor the merged actor's identifiers; an unmerge takes back those it added.
CREATE TABLE actor_merge_identifier (
    merge_id    BIGINT      NOT NULL,
    identifier  VARCHAR(64) NOT NULL,
    CONSTRAINT pk_actor_merge_identifier PRIMARY KEY (merge_id, identifier),
    CONSTRAINT fk_actor_merge_identifier_merge FOREIGN KEY (merge_id) REFERENCES actor_merge (id)
);

-- Settings an administrator changes at run time (the private-archive switch), overriding the
-- configured default until removed.
CREATE TABLE archive_setting (
    name           VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value  VARCHAR(200) NOT NULL,
    changed_by     VARCHAR(200) NOT NULL,
    changed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT       NOT NULL
);
