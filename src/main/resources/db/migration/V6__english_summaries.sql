-- A solution's summary in English, shown to readers who chose English (the Polish one stays the reference).
ALTER TABLE solution ADD COLUMN summary_en TEXT;
