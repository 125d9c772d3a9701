-- A merge moves the actors affiliated with the merged actor (anonymous sources "affiliated with United
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
