-- Articles appearing and going: the articles list on every instance updates live. Deferred to
-- commit like the other desk event triggers (migration 20261201170000_desk_events).
CREATE FUNCTION "desk_event_from_article"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "desk_event_append"(NEW."id", 'article.created', NULL, NEW."createdById", '{}'::jsonb);
  ELSE
    PERFORM "desk_event_append"(OLD."id", 'article.deleted', NULL, NULL, '{}'::jsonb);
  END IF;
  RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER "Article_created_desk_event" AFTER INSERT ON "Article"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "desk_event_from_article"();

CREATE CONSTRAINT TRIGGER "Article_deleted_desk_event" AFTER DELETE ON "Article"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "desk_event_from_article"();
