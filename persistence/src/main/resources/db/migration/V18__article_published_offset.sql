-- The UTC offset a publication time was given with ("2022-01-08T23:30:00-05:00" keeps -18000): relative
-- dates in the article ("said Saturday") resolve against the day where it was published, not the UTC day.
-- Null for articles archived before: their times were kept as UTC.
ALTER TABLE article ADD COLUMN published_offset_seconds INTEGER;
ALTER TABLE article_aud ADD COLUMN published_offset_seconds INTEGER;
