-- Privacy (AVG/GDPR): when the personal data of a registrant were removed under the retention rule; the
-- registrations stay, without the person, for anonymous statistics.
ALTER TABLE registrant ADD COLUMN anonymized_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_status_change_changed_at ON status_change (changed_at);
