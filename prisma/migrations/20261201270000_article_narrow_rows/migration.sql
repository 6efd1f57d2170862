-- An article's texts (contentHtml, contentText) are kilobytes; its other columns are a few dozen
-- bytes. PostgreSQL keeps long values in the row until the row passes 2 kB, so a typical article
-- kept one text inline, compressed, and the table was ~1.9 kB a row: every list sorted or searched
-- over articles (title and outlet search, "Most claims") read 94 MB for 50,000 articles. With the
-- target at its minimum, the texts of any row over the threshold move out of line and a row is a
-- few hundred bytes (8.5 MB for the same articles); reading one article fetches its texts from
-- the TOAST table, which costs an index lookup. The numbering trigger's update on every new claim
-- copies the smaller row too. Rows written before this move when they are next updated.
ALTER TABLE "Article" SET (toast_tuple_target = 128);
