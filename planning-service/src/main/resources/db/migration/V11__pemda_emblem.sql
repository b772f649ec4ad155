-- A Pemda's lambang, printed on the covers of its documents: the PNG planning drew from the administrator's upload
-- (at most 512 pixels a side and 256 KB), and how many times it was set (the version its event carries).
ALTER TABLE pemda ADD COLUMN emblem BYTEA;
ALTER TABLE pemda ADD COLUMN emblem_version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE pemda ADD COLUMN emblem_updated_by TEXT;
ALTER TABLE pemda ADD COLUMN emblem_updated_at TIMESTAMPTZ;
ALTER TABLE pemda ADD CONSTRAINT pemda_emblem_size CHECK (emblem IS NULL OR octet_length(emblem) <= 262144);
