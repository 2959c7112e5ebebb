"""The library's schema, as numbered steps.

Each step runs in its own transaction together with the record that it was applied
(sqlite-utils ``Migrations``); ``PRAGMA user_version`` holds the number of the last step, so
a database from a newer reader (a higher number, or a step this version does not know) is
refused before anything is written. Never edit a step that has shipped: add a new one.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

MIGRATIONS = Migrations("reader")


@MIGRATIONS(name="0001_documents_annotations_search")
def _m0001(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            sha256 TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            outlet TEXT NOT NULL DEFAULT '',
            date TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            source_path TEXT NOT NULL DEFAULT '',
            format TEXT NOT NULL DEFAULT 'txt',
            encoding TEXT NOT NULL DEFAULT 'utf-8',
            text TEXT NOT NULL,
            noise TEXT NOT NULL DEFAULT '[]',
            words INTEGER NOT NULL DEFAULT 0,
            imported TEXT NOT NULL,
            updated TEXT NOT NULL,
            revision INTEGER NOT NULL DEFAULT 1,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX documents_sha256 ON documents(sha256);
        CREATE INDEX documents_source_path ON documents(source_path);

        -- Earlier texts of a document, kept when a revised version is imported.
        CREATE TABLE document_revisions (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            revision INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            text TEXT NOT NULL,
            noise TEXT NOT NULL DEFAULT '[]',
            imported TEXT NOT NULL,
            PRIMARY KEY (doc_id, revision)
        );

        CREATE TABLE annotations (
            uuid TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            kind TEXT NOT NULL DEFAULT 'highlight',
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            color TEXT NOT NULL DEFAULT 'yellow',
            note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '[]',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            orphan INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX annotations_doc ON annotations(doc_id, start);

        -- Full-text search over normalised words (diacritics, tatweel and letter variants
        -- folded) and their clitic-free bases; see reader.core.text.search_terms.
        CREATE VIRTUAL TABLE search_index USING fts5(
            words, bases, kind UNINDEXED, ref UNINDEXED, doc_id UNINDEXED,
            tokenize = "unicode61 remove_diacritics 0"
        );
        """
    )


@MIGRATIONS(name="0002_reading_state")
def _m0002(db: Database) -> None:
    db.executescript(
        """
        -- Where the reader was in each article, and small per-user settings.
        CREATE TABLE reading_positions (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id),
            position INTEGER NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@MIGRATIONS(name="0003_analysis_reviews_teachings")
def _m0003(db: Database) -> None:
    db.executescript(
        """
        -- Analysis results, keyed by the text's hash and the analyser's version.
        CREATE TABLE analysis_cache (
            sha256 TEXT NOT NULL,
            analyzer TEXT NOT NULL,
            result TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (sha256, analyzer)
        );

        -- The editor's review of each claim: the current state and every change (the trail).
        CREATE TABLE claim_reviews (
            doc_id TEXT NOT NULL REFERENCES documents(id),
            claim_key TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'unreviewed',
            note TEXT NOT NULL DEFAULT '',
            exact TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            updated TEXT NOT NULL,
            PRIMARY KEY (doc_id, claim_key)
        );
        CREATE TABLE claim_review_trail (
            id INTEGER PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            claim_key TEXT NOT NULL,
            status TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        );
        CREATE INDEX claim_review_trail_claim ON claim_review_trail(doc_id, claim_key);

        -- What the user taught the entity recogniser, applied to every later analysis.
        CREATE TABLE entity_decisions (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL,
            form TEXT NOT NULL,
            value TEXT NOT NULL DEFAULT '',
            type TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            at TEXT NOT NULL
        );
        """
    )


@MIGRATIONS(name="0004_search_refs")
def _m0004(db: Database) -> None:
    db.executescript(
        """
        -- Where each document's and note's entry is in search_index. FTS5 cannot index its
        -- UNINDEXED columns, so "DELETE ... WHERE ref = ?" scanned the whole index once per
        -- saved note (20,000 imported notes took over a minute); entries are now removed by
        -- rowid.
        CREATE TABLE search_refs (
            kind TEXT NOT NULL,
            ref TEXT NOT NULL,
            doc_id TEXT NOT NULL,
            fts_rowid INTEGER NOT NULL,
            PRIMARY KEY (kind, ref)
        ) WITHOUT ROWID;
        CREATE INDEX search_refs_doc ON search_refs(doc_id);
        INSERT OR REPLACE INTO search_refs (kind, ref, doc_id, fts_rowid)
            SELECT kind, ref, doc_id, rowid FROM search_index;
        """
    )


@MIGRATIONS(name="0005_vocabulary")
def _m0005(db: Database) -> None:
    db.executescript(
        """
        -- The learner's status of each word, keyed on its folded lemma so that every form
        -- of a word shares it: new (no row), learning1..learning4, known, ignored.
        CREATE TABLE vocab_status (
            lemma_key TEXT PRIMARY KEY,
            lemma TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        -- Saved words and terms, with the sentence they were met in and a link back to it,
        -- and their spaced-repetition card (FSRS, as JSON). Deleting keeps a tombstone.
        CREATE TABLE vocab_saved (
            uuid TEXT PRIMARY KEY,
            lemma_key TEXT NOT NULL,
            word TEXT NOT NULL,
            lemma TEXT NOT NULL DEFAULT '',
            vowelled TEXT NOT NULL DEFAULT '',
            root TEXT NOT NULL DEFAULT '',
            pos TEXT NOT NULL DEFAULT '',
            gloss TEXT NOT NULL DEFAULT '',
            domain TEXT NOT NULL DEFAULT '',
            sentence TEXT NOT NULL DEFAULT '',
            doc_id TEXT NOT NULL DEFAULT '',
            doc_title TEXT NOT NULL DEFAULT '',
            start INTEGER NOT NULL DEFAULT -1,
            "end" INTEGER NOT NULL DEFAULT -1,
            card TEXT NOT NULL DEFAULT '{}',
            due TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX vocab_saved_key ON vocab_saved(lemma_key, deleted);
        CREATE INDEX vocab_saved_due ON vocab_saved(deleted, due);
        -- Every review: the rating and the card before and after (undo restores "before").
        CREATE TABLE vocab_reviews (
            id INTEGER PRIMARY KEY,
            saved_uuid TEXT NOT NULL,
            rating INTEGER NOT NULL,
            reviewed TEXT NOT NULL,
            card_before TEXT NOT NULL,
            card_after TEXT NOT NULL
        );
        CREATE INDEX vocab_reviews_saved ON vocab_reviews(saved_uuid);
        -- Word analyses (lemma, root, part of speech, vowelled form) by written form and
        -- analyser version: a word looked up once is answered at once ever after.
        CREATE TABLE vocab_analyses (
            word TEXT NOT NULL,
            analyser TEXT NOT NULL,
            result TEXT NOT NULL,
            PRIMARY KEY (word, analyser)
        ) WITHOUT ROWID;
        -- Per article text: the lemma keys of its words and the glossary terms in it, for
        -- the library's counts of unknown words and new finance terms.
        CREATE TABLE vocab_articles (
            sha256 TEXT NOT NULL,
            analyser TEXT NOT NULL,
            lemmas TEXT NOT NULL,
            terms TEXT NOT NULL,
            PRIMARY KEY (sha256, analyser)
        );
        """
    )


@MIGRATIONS(name="0006_translation")
def _m0006(db: Database) -> None:
    db.executescript(
        """
        -- A document's translation: its languages (the target's direction follows it).
        CREATE TABLE translations (
            doc_id TEXT PRIMARY KEY REFERENCES documents(id),
            source_lang TEXT NOT NULL DEFAULT 'ar',
            target_lang TEXT NOT NULL DEFAULT 'en',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );

        -- Segments of a document (sentences, merged or split by hand) and their translation.
        -- The source is anchored like an annotation (range, quote and context) so that it
        -- re-attaches to a revised text; merged-away segments are tombstones (deleted).
        CREATE TABLE segments (
            uuid TEXT PRIMARY KEY,
            doc_id TEXT NOT NULL REFERENCES documents(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            exact TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            suffix TEXT NOT NULL DEFAULT '',
            target TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft',
            note TEXT NOT NULL DEFAULT '',
            needs_review INTEGER NOT NULL DEFAULT 0,
            previous_source TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            orphan INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX segments_doc ON segments(doc_id, start);
        CREATE INDEX segments_updated ON segments(updated);

        -- Translation units brought in from elsewhere (TMX); the library's own confirmed
        -- segments are the rest of the translation memory.
        CREATE TABLE tm_units (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            source_lang TEXT NOT NULL,
            target_lang TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            UNIQUE (source, target, source_lang, target_lang)
        );

        -- The translator's own terms.
        CREATE TABLE terms (
            uuid TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            target TEXT NOT NULL,
            source_lang TEXT NOT NULL DEFAULT 'ar',
            target_lang TEXT NOT NULL DEFAULT 'en',
            note TEXT NOT NULL DEFAULT '',
            domain TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0
        );
        """
    )


@MIGRATIONS(name="0007_desk")
def _m0007(db: Database) -> None:
    db.executescript(
        """
        -- The editorial desk (reader.core.desk): what this library shares through a
        -- PostgreSQL desk. Empty and unused until the library joins a desk.

        -- Settings of the desk link: its address (never a password), this library's node id,
        -- the desk user, the last change pulled, the last sync and its outcome.
        CREATE TABLE desk_state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        -- The hybrid logical clock (milliseconds, counter) and the flag that keeps changes
        -- pulled from the desk out of the outbox. One row.
        CREATE TABLE desk_clock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            l INTEGER NOT NULL DEFAULT 0,
            c INTEGER NOT NULL DEFAULT 0,
            applying INTEGER NOT NULL DEFAULT 0
        );
        INSERT INTO desk_clock (id) VALUES (1);
        -- Rows changed locally since the last sync, one per row (filled by triggers on the
        -- tables that travel; see reader.core.desk.capture): the entity, the row's local
        -- key as JSON, and the clock of its latest change.
        CREATE TABLE desk_outbox (
            entity TEXT NOT NULL,
            rowkey TEXT NOT NULL,
            hlc TEXT NOT NULL,
            PRIMARY KEY (entity, rowkey)
        ) WITHOUT ROWID;
        -- Changes made ready to send (each with its id), kept until the desk has them; a
        -- change the desk refused stays here with the reason.
        CREATE TABLE desk_pending (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            change_id TEXT NOT NULL UNIQUE,
            entity TEXT NOT NULL,
            desk_key TEXT NOT NULL,
            hlc TEXT NOT NULL,
            base TEXT NOT NULL DEFAULT '{}',
            fields TEXT NOT NULL,
            refused TEXT
        );
        -- What the desk holds for each shared row as far as this library knows: every
        -- field's value, clock and author (the merge's memory), and the local row it is.
        CREATE TABLE desk_shadow (
            entity TEXT NOT NULL,
            desk_key TEXT NOT NULL,
            local_key TEXT NOT NULL,
            vals TEXT NOT NULL DEFAULT '{}',
            clocks TEXT NOT NULL DEFAULT '{}',
            authors TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (entity, desk_key)
        );
        CREATE INDEX desk_shadow_local ON desk_shadow(entity, local_key);
        -- Changes pulled before what they refer to (an annotation of an article not yet
        -- here), applied when it arrives.
        CREATE TABLE desk_parked (
            change_id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            payload TEXT NOT NULL
        );
        -- Values that lost a conflict (the same field changed on two machines): shown to
        -- the user, who may restore one.
        CREATE TABLE desk_conflicts (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL,
            desk_key TEXT NOT NULL,
            field TEXT NOT NULL,
            lost_value TEXT NOT NULL,
            lost_hlc TEXT NOT NULL,
            lost_author TEXT NOT NULL DEFAULT '',
            won_value TEXT NOT NULL,
            won_hlc TEXT NOT NULL,
            won_author TEXT NOT NULL DEFAULT '',
            noticed TEXT NOT NULL,
            restored TEXT,
            UNIQUE (entity, desk_key, field, lost_hlc, won_hlc)
        );
        """
    )


@MIGRATIONS(name="0008_document_chars")
def _m0008(db: Database) -> None:
    db.executescript(
        """
        -- The length of each text, kept beside it: the library list read every text in full
        -- to count its characters.
        ALTER TABLE documents ADD COLUMN chars INTEGER NOT NULL DEFAULT -1;
        UPDATE documents SET chars = length(text);
        """
    )


SCHEMA_VERSION = len(MIGRATIONS._migrations)
STEPS = tuple(m.name for m in MIGRATIONS._migrations)
