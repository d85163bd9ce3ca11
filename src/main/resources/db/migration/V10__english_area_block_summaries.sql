-- A short English summary of an area and of a thematic block, shown to readers who chose English above the Polish
-- text (which stays the reference, marked as Polish).
ALTER TABLE area ADD COLUMN summary_en TEXT;
ALTER TABLE thematic_block ADD COLUMN summary_en TEXT;
