-- What a recommendation says and who owns it, for the LKjIP's Bab IV (the last evaluation's follow-up).
ALTER TABLE rpt_recommendation ADD COLUMN text TEXT;
ALTER TABLE rpt_recommendation ADD COLUMN owner TEXT;
