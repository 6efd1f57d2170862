-- Live updates: an ordered log of everything that changes what a person on an article sees. Its
-- ids are the Server-Sent Events ids, so a client that reconnects with Last-Event-ID is sent
-- exactly what it missed. Rows are written by triggers in the transaction that makes the change,
-- so no code path can forget one, and each commit wakes every instance's listener (NOTIFY).

-- CreateTable
CREATE TABLE "DeskEvent" (
    "id" BIGSERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "claimId" TEXT,
    "actorId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DeskEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DeskEvent_articleId_id_idx" ON "DeskEvent"("articleId", "id");

-- Commit order = id order. BIGSERIAL hands out ids when a row is inserted, not when it commits,
-- so without this a reader could see id 8 and only later find 7 committed, and a cursor past 8
-- would skip 7 for good. Every append takes one transaction-scoped advisory lock first: the
-- next writer waits until this one has committed, so ids become visible in order. The price is
-- that event writers serialize on commit; the source triggers below are deferred to commit time,
-- so the lock is held only for the commit itself (milliseconds, fine at newsroom scale) and is
-- never held while waiting for a row lock (no deadlock with claim or article locks).
CREATE FUNCTION "desk_event_append"(article_id TEXT, event_type TEXT, claim_id TEXT, actor_id TEXT, event_data JSONB)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7746522301); -- fixed key: "DeskEvent order"
  INSERT INTO "DeskEvent" ("articleId", "type", "claimId", "actorId", "data")
    VALUES (article_id, event_type, claim_id, actor_id, COALESCE(event_data, '{}'::jsonb));
END;
$$;

-- ClaimEvent (the audit log) -> desk event. The claim's number is read at commit; a deleted
-- claim's row is gone by then, so claim.deleted carries no number (clients know it by claimId).
CREATE FUNCTION "desk_event_from_claim_event"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_type TEXT;
  event_data JSONB;
BEGIN
  event_type := CASE NEW."action"::text
    WHEN 'CREATED' THEN 'claim.created'
    WHEN 'UPDATED' THEN 'claim.updated'
    WHEN 'DELETED' THEN 'claim.deleted'
    WHEN 'SUBMITTED' THEN 'claim.status'
    WHEN 'CHANGES_REQUESTED' THEN 'claim.status'
    WHEN 'APPROVED' THEN 'claim.status'
    WHEN 'REOPENED' THEN 'claim.status'
    WHEN 'REANCHORED' THEN 'claim.reanchored'
    WHEN 'ANCHOR_CONFIRMED' THEN 'claim.reanchored'
    WHEN 'SOURCE_ADDED' THEN 'source.added'
    WHEN 'SOURCE_REMOVED' THEN 'source.removed'
    WHEN 'COMMENTED' THEN 'comment.added'
    ELSE 'claim.' || lower(NEW."action"::text)
  END;
  event_data := jsonb_build_object(
    'action', lower(NEW."action"::text),
    'number', (SELECT "number" FROM "Claim" WHERE "id" = NEW."claimId"));
  IF event_type = 'claim.updated' THEN
    event_data := event_data || jsonb_build_object('fields',
      COALESCE((SELECT jsonb_agg(k ORDER BY k) FROM jsonb_object_keys(NEW."changes") AS k), '[]'::jsonb));
  ELSIF event_type = 'claim.status' THEN
    event_data := event_data || jsonb_build_object('status', NEW."changes" -> 'status' ->> 'after');
  ELSIF event_type = 'claim.reanchored' AND NEW."changes" ? 'revision' THEN
    event_data := event_data || jsonb_build_object('revision', NEW."changes" -> 'revision' -> 'after');
  END IF;
  PERFORM "desk_event_append"(NEW."articleId", event_type, NEW."claimId", NEW."actorId", jsonb_strip_nulls(event_data));
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "ClaimEvent_desk_event" AFTER INSERT ON "ClaimEvent"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "desk_event_from_claim_event"();

-- A new revision of the text (revision 1 is the article's creation, which no one is watching yet).
CREATE FUNCTION "desk_event_from_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."number" > 1 THEN
    PERFORM "desk_event_append"(NEW."articleId", 'revision.created', NULL, NEW."createdById",
      jsonb_build_object('revision', NEW."number"));
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "ArticleRevision_desk_event" AFTER INSERT ON "ArticleRevision"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "desk_event_from_revision"();

-- Publishing and unpublishing. Unpublishing records no actor on the article, so it has none here.
CREATE FUNCTION "desk_event_from_publication"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."publicSlug" IS DISTINCT FROM OLD."publicSlug" THEN
    IF NEW."publicSlug" IS NULL THEN
      PERFORM "desk_event_append"(NEW."id", 'article.unpublished', NULL, NULL, '{}'::jsonb);
    ELSE
      PERFORM "desk_event_append"(NEW."id", 'article.published', NULL, NEW."publishedById",
        jsonb_build_object('slug', NEW."publicSlug"));
    END IF;
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Article_desk_event" AFTER UPDATE OF "publicSlug" ON "Article"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "desk_event_from_publication"();

-- Ids only: each listener reads the rows from the log, so a payload never nears NOTIFY's
-- 8,000-byte limit and a missed notification costs nothing but latency.
CREATE FUNCTION "desk_event_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('desk_events',
    json_build_object('id', NEW."id", 'articleId', NEW."articleId", 'type', NEW."type")::text);
  RETURN NULL;
END;
$$;

CREATE TRIGGER "DeskEvent_notify" AFTER INSERT ON "DeskEvent"
  FOR EACH ROW EXECUTE FUNCTION "desk_event_notify"();
