-- The SPM table's columns 3 and 4 (penerima layanan, standar layanan), and withdrawal: a service entered by mistake
-- is withdrawn, not deleted, so its versions go on when its code is written again and reporting orders by them.
ALTER TABLE spm_service ADD COLUMN recipients TEXT;
ALTER TABLE spm_service ADD COLUMN standard TEXT;
ALTER TABLE spm_service ADD COLUMN withdrawn BOOLEAN NOT NULL DEFAULT FALSE;
