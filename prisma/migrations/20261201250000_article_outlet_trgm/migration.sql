-- The articles list's search matches the title or the outlet (ILIKE '%…%'). The title had a
-- trigram index; without one on the outlet the OR made PostgreSQL read every article.
CREATE INDEX "Article_outlet_trgm_idx" ON "Article" USING GIN ("outlet" gin_trgm_ops);
