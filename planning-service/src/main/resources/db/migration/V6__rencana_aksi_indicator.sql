-- A Rencana Aksi line may name the indicator its targets belong to: its quarter targets are then published for
-- measurement.
ALTER TABLE rencana_aksi_line ADD COLUMN indicator_id UUID REFERENCES indicator (id);
