-- Services written before SpmServiceChanged existed were never published: marked here, published once at start
-- (SpmBackfill), so that reporting's LKjIP lampiran has them too. Every write since publishes and marks itself.
ALTER TABLE spm_service ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;
