"""The desk's schema in PostgreSQL, as numbered steps (``desk.meta`` holds the version).

Everything lives in the schema ``desk`` of a database of its own:

- ``desk.changes``: every change any library pushed, in the order the desk received them
  (``seq``); a change's id is unique, so pushing it again adds nothing. Pushes take a
  transaction-level advisory lock, so ``seq`` order is commit order and a library that pulls
  "everything after seq N" never skips a change still being written.
- ``desk.owners``: who created each row (filled by a trigger), for the ``owner`` rule.
- ``desk.entity_rules``: which rule protects each kind of change (from the client's registry,
  written by `reader desk init`).

Roles (the engine enforces them, with row-level security, not the client):

- ``desk_reader`` may pull (read the changes);
- ``desk_writer`` (a reader too) may push articles, teachings, translations (segments,
  terms, memory units), its own personal changes, and annotations it owns: a change to an
  annotation someone else created is refused; personal changes (word statuses, saved words
  and their reviews) are pulled by their author only (step 2);
- ``desk_reviewer`` (a writer too) may also push claim reviews and their trail, of every
  article.

Every change's ``author`` is the database user who pushed it (``current_user``, checked by
the policy), so no one can push in someone else's name.
"""

from __future__ import annotations

APPLICATION = "arabic-news-reader desk"
READER, WRITER, REVIEWER = "desk_reader", "desk_writer", "desk_reviewer"
#: The advisory lock every push holds until it commits.
PUSH_LOCK = 0x52444B50  # "RDKP"

_ROLES = f"""
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{READER}') THEN
        CREATE ROLE {READER} NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{WRITER}') THEN
        CREATE ROLE {WRITER} NOLOGIN IN ROLE {READER};
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{REVIEWER}') THEN
        CREATE ROLE {REVIEWER} NOLOGIN IN ROLE {WRITER};
    END IF;
END $$;
"""

STEP_1 = f"""
CREATE SCHEMA desk;
CREATE TABLE desk.meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO desk.meta VALUES ('application', '{APPLICATION}'),
                             ('desk_id', gen_random_uuid()::text);
CREATE TABLE desk.changes (
    seq bigserial PRIMARY KEY,
    change_id uuid NOT NULL UNIQUE,
    entity text NOT NULL,
    key text NOT NULL,
    node text NOT NULL,
    author name NOT NULL DEFAULT current_user,
    hlc text NOT NULL,
    base jsonb NOT NULL DEFAULT '{{}}',
    fields jsonb NOT NULL,
    received timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_entity_key ON desk.changes (entity, key);
CREATE TABLE desk.owners (
    entity text NOT NULL,
    key text NOT NULL,
    owner name NOT NULL,
    PRIMARY KEY (entity, key)
);
CREATE TABLE desk.entity_rules (
    entity text PRIMARY KEY,
    rule text NOT NULL CHECK (rule IN ('shared', 'owner', 'reviewer'))
);
CREATE FUNCTION desk.note_owner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
    INSERT INTO desk.owners (entity, key, owner) VALUES (NEW.entity, NEW.key, NEW.author)
        ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER changes_owner AFTER INSERT ON desk.changes
    FOR EACH ROW EXECUTE FUNCTION desk.note_owner();

ALTER TABLE desk.changes ENABLE ROW LEVEL SECURITY;
CREATE POLICY pull ON desk.changes FOR SELECT TO {READER} USING (true);
CREATE POLICY push ON desk.changes FOR INSERT TO {WRITER} WITH CHECK (
    author = current_user AND
    CASE (SELECT r.rule FROM desk.entity_rules r WHERE r.entity = changes.entity)
        WHEN 'shared' THEN true
        WHEN 'owner' THEN NOT EXISTS (
            SELECT 1 FROM desk.owners o
            WHERE o.entity = changes.entity AND o.key = changes.key AND o.owner <> current_user)
        WHEN 'reviewer' THEN pg_has_role(current_user, '{REVIEWER}', 'MEMBER')
        ELSE false
    END);

REVOKE ALL ON SCHEMA desk FROM PUBLIC;
GRANT USAGE ON SCHEMA desk TO {READER};
GRANT SELECT ON desk.meta, desk.changes, desk.entity_rules TO {READER};
GRANT SELECT ON desk.owners TO {WRITER};
GRANT INSERT ON desk.changes TO {WRITER};
GRANT USAGE ON SEQUENCE desk.changes_seq_seq TO {WRITER};
REVOKE EXECUTE ON FUNCTION desk.note_owner() FROM PUBLIC;
"""

# Personal changes (a learner's word statuses and saved words): each desk user's own. The
# desk shows them to their author only (every pull goes through this policy), records no
# owner for them (desk.owners is readable by writers) and lets a writer push them under any
# key: what someone else pushes under my key is invisible to me.
STEP_2 = f"""
ALTER TABLE desk.entity_rules DROP CONSTRAINT entity_rules_rule_check;
ALTER TABLE desk.entity_rules ADD CONSTRAINT entity_rules_rule_check
    CHECK (rule IN ('shared', 'owner', 'reviewer', 'personal'));
DROP POLICY pull ON desk.changes;
CREATE POLICY pull ON desk.changes FOR SELECT TO {READER} USING (
    author = current_user OR
    entity NOT IN (SELECT r.entity FROM desk.entity_rules r WHERE r.rule = 'personal'));
DROP POLICY push ON desk.changes;
CREATE POLICY push ON desk.changes FOR INSERT TO {WRITER} WITH CHECK (
    author = current_user AND
    CASE (SELECT r.rule FROM desk.entity_rules r WHERE r.entity = changes.entity)
        WHEN 'shared' THEN true
        WHEN 'personal' THEN true
        WHEN 'owner' THEN NOT EXISTS (
            SELECT 1 FROM desk.owners o
            WHERE o.entity = changes.entity AND o.key = changes.key AND o.owner <> current_user)
        WHEN 'reviewer' THEN pg_has_role(current_user, '{REVIEWER}', 'MEMBER')
        ELSE false
    END);
CREATE OR REPLACE FUNCTION desk.note_owner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk.entity_rules r
                   WHERE r.entity = NEW.entity AND r.rule = 'personal') THEN
        INSERT INTO desk.owners (entity, key, owner) VALUES (NEW.entity, NEW.key, NEW.author)
            ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
REVOKE EXECUTE ON FUNCTION desk.note_owner() FROM PUBLIC;
"""

#: (version, SQL) in order. Never edit a step that has shipped: add one.
STEPS = ((1, STEP_1), (2, STEP_2))
VERSION = STEPS[-1][0]


def roles_sql() -> str:
    return _ROLES


def database_grants(dbname: str) -> str:
    """Only desk members may connect to the desk's database."""
    quoted = '"' + dbname.replace('"', '""') + '"'
    return (f"REVOKE CONNECT ON DATABASE {quoted} FROM PUBLIC; "
            f"GRANT CONNECT ON DATABASE {quoted} TO {READER};")
