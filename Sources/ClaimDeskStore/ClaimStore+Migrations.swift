import ClaimDeskModel
import ClaimDeskText
import GRDB

extension ClaimStore {
    /// The schema, as named, append-only migrations. Never edit a migration after it has shipped.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-core") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        sha256 TEXT NOT NULL UNIQUE,
                        origin TEXT NOT NULL,
                        url TEXT,
                        title TEXT,
                        lang TEXT NOT NULL,
                        published TEXT,
                        publisher TEXT,
                        author TEXT,
                        size INTEGER NOT NULL,
                        ingestedAt TEXT NOT NULL,
                        toolVersion TEXT NOT NULL,
                        text TEXT NOT NULL,
                        previousVersionId INTEGER REFERENCES document(id),
                        captureId INTEGER
                    );
                    CREATE TABLE claim (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        text TEXT NOT NULL,
                        originalText TEXT NOT NULL,
                        type TEXT NOT NULL,
                        status TEXT NOT NULL DEFAULT 'unverified',
                        score REAL NOT NULL,
                        hedged BOOLEAN NOT NULL,
                        speaker TEXT,
                        numbers TEXT NOT NULL,
                        dates TEXT NOT NULL,
                        signals TEXT NOT NULL,
                        fingerprint TEXT NOT NULL,
                        method TEXT NOT NULL,
                        mergedIntoId INTEGER REFERENCES claim(id),
                        createdAt TEXT NOT NULL
                    );
                    CREATE INDEX claim_document ON claim(documentId);
                    CREATE INDEX claim_fingerprint ON claim(fingerprint);
                    CREATE INDEX claim_status ON claim(status);
                    CREATE TABLE occurrence (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        claimId INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        documentId INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                        start INTEGER NOT NULL,
                        "end" INTEGER NOT NULL,
                        exact TEXT NOT NULL,
                        prefix TEXT NOT NULL,
                        suffix TEXT NOT NULL,
                        CHECK (start >= 0 AND "end" >= start)
                    );
                    CREATE INDEX occurrence_claim ON occurrence(claimId);
                    CREATE INDEX occurrence_document ON occurrence(documentId, start);
                    CREATE TABLE claimKey (
                        claimId INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        key TEXT NOT NULL
                    );
                    CREATE INDEX claimKey_key ON claimKey(key);
                    CREATE TABLE claimLink (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        claimId INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        linkedClaimId INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        reason TEXT NOT NULL,
                        score REAL NOT NULL
                    );
                    CREATE INDEX claimLink_claim ON claimLink(claimId);
                    CREATE INDEX claimLink_linked ON claimLink(linkedClaimId);
                    CREATE TABLE source (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        claimId INTEGER NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
                        url TEXT NOT NULL,
                        normalizedUrl TEXT NOT NULL,
                        stance TEXT NOT NULL,
                        excerpt TEXT,
                        title TEXT,
                        publisher TEXT,
                        note TEXT,
                        addedAt TEXT NOT NULL,
                        addedBy TEXT NOT NULL,
                        removed BOOLEAN NOT NULL DEFAULT 0
                    );
                    CREATE INDEX source_claim ON source(claimId);
                    CREATE TABLE capture (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        sourceId INTEGER REFERENCES source(id) ON DELETE CASCADE,
                        requestedUrl TEXT NOT NULL,
                        fetchedAt TEXT NOT NULL,
                        httpStatus INTEGER,
                        redirects TEXT NOT NULL,
                        finalUrl TEXT,
                        contentType TEXT,
                        charset TEXT,
                        size INTEGER,
                        sha256 TEXT,
                        seconds REAL,
                        error TEXT,
                        errorDetail TEXT,
                        warcFile TEXT,
                        warcOffset INTEGER,
                        excerptFound TEXT,
                        excerptScore REAL
                    );
                    CREATE INDEX capture_source ON capture(sourceId);
                    CREATE TABLE event (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        claimId INTEGER,
                        documentId INTEGER,
                        sourceId INTEGER,
                        at TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL,
                        field TEXT,
                        fromValue TEXT,
                        toValue TEXT,
                        note TEXT,
                        evidence TEXT,
                        isOverride BOOLEAN NOT NULL DEFAULT 0,
                        prevHash TEXT NOT NULL,
                        hash TEXT NOT NULL UNIQUE
                    );
                    CREATE INDEX event_claim ON event(claimId);
                    CREATE INDEX event_document ON event(documentId);
                    CREATE TRIGGER event_no_update BEFORE UPDATE ON event
                    BEGIN SELECT RAISE(ABORT, 'history is append-only: events cannot be changed'); END;
                    CREATE TRIGGER event_no_delete BEFORE DELETE ON event
                    BEGIN SELECT RAISE(ABORT, 'history is append-only: events cannot be deleted'); END;
                    CREATE TABLE setting (
                        key TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    );
                    """
            )
            try db.create(virtualTable: "claimFts", using: FTS5()) { t in
                t.synchronize(withTable: "claim")
                t.tokenizer = .unicode61(diacritics: .remove)
                t.column("text")
                t.column("originalText")
                t.column("speaker")
            }
        }
        migrator.registerMigration("v2-merged-index") { db in
            // Claim details look up the claims merged into a claim; without this index that is a full scan. Queries
            // that filter on `mergedIntoId IS NULL` (nearly every row) write `+mergedIntoId` so they never pick it.
            try db.execute(sql: "CREATE INDEX claim_merged ON claim(mergedIntoId)")
        }
        migrator.registerMigration("v3-claim-attribution") { db in
            // What the speaker is and which words hedge the claim (issue 12); NULL for claims stored before.
            try db.execute(sql: "ALTER TABLE claim ADD COLUMN speakerKind TEXT")
            try db.execute(sql: "ALTER TABLE claim ADD COLUMN hedge TEXT")
        }
        migrator.registerMigration("v4-ledger-head") { db in
            // Ledger format 2: the record each event created, the stored text's hash and the slug fixed at ingest,
            // and the history's head (event count and last hash), moved by every append.
            try db.execute(
                sql: """
                    ALTER TABLE event ADD COLUMN record TEXT;
                    ALTER TABLE document ADD COLUMN textSha256 TEXT;
                    ALTER TABLE document ADD COLUMN slug TEXT;
                    CREATE UNIQUE INDEX document_slug ON document(slug);
                    CREATE TABLE head (
                        id INTEGER PRIMARY KEY CHECK (id = 1),
                        count INTEGER NOT NULL,
                        hash TEXT NOT NULL,
                        publicKey TEXT,
                        signature TEXT
                    );
                    INSERT INTO head(id, count, hash)
                        SELECT 1, COUNT(*), COALESCE((SELECT hash FROM event ORDER BY id DESC LIMIT 1), '\(EventChain.genesis)')
                        FROM event;
                    """
            )
            // Documents stored before keep the file name they had: fix it now, by the format-1 rule.
            // (Raw rows, not the record type: a later migration may add document columns this one predates.)
            let documents = try Row.fetchAll(db, sql: "SELECT id, origin, title, published FROM document ORDER BY id")
                .map { row in
                    Document(
                        id: row["id"],
                        sha256: "",
                        origin: row["origin"],
                        title: row["title"],
                        lang: .en,
                        published: row["published"],
                        size: 0,
                        ingestedAt: "",
                        toolVersion: "",
                        text: ""
                    )
                }
            for (document, slug) in zip(documents, DocumentSlug.uniqueSlugs(for: documents)) {
                try db.execute(sql: "UPDATE document SET slug = ? WHERE id = ?", arguments: [slug, document.id])
            }
        }
        migrator.registerMigration("v5-users") { db in
            // Team mode's accounts (issue 11): the bcrypt hash only, never a password. Accounts are local to this
            // database, not part of the ledger. `userAction` is their append-only log: each add and disable, who
            // did it and when; the `user` row's role and `disabled` are what that log implies.
            try db.execute(
                sql: """
                    CREATE TABLE user (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                        role TEXT NOT NULL CHECK (role IN ('reviewer', 'editor', 'admin')),
                        passwordHash TEXT NOT NULL CHECK (passwordHash LIKE '$2%'),
                        disabled BOOLEAN NOT NULL DEFAULT 0,
                        createdAt TEXT NOT NULL,
                        createdBy TEXT NOT NULL
                    );
                    CREATE TABLE userAction (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        userId INTEGER NOT NULL REFERENCES user(id),
                        at TEXT NOT NULL,
                        actor TEXT NOT NULL,
                        action TEXT NOT NULL CHECK (action IN ('add', 'disable')),
                        role TEXT
                    );
                    CREATE INDEX userAction_user ON userAction(userId);
                    CREATE TRIGGER userAction_no_update BEFORE UPDATE ON userAction
                    BEGIN SELECT RAISE(ABORT, 'the account log is append-only'); END;
                    CREATE TRIGGER userAction_no_delete BEFORE DELETE ON userAction
                    BEGIN SELECT RAISE(ABORT, 'the account log is append-only'); END;
                    CREATE TRIGGER user_no_delete BEFORE DELETE ON user
                    BEGIN SELECT RAISE(ABORT, 'accounts are disabled, never deleted'); END;
                    """
            )
        }
        migrator.registerMigration("v6-no-fingerprint-index") { db in
            // No query reads claim.fingerprint by index (links find candidates through claimKey), and a fingerprint
            // is a hash: each insert lands on a random page of this index, a cost that grows with the workspace.
            try db.execute(sql: "DROP INDEX IF EXISTS claim_fingerprint")
        }
        migrator.registerMigration("v7-queue-index") { db in
            // The review queue, in its order, as a partial index: a page of it (or the claim after one) is read in
            // order without sorting every unverified claim; only unverified claims not merged away are in it.
            try db.execute(
                sql: """
                    CREATE INDEX claim_queue ON claim(score DESC, id)
                    WHERE status = 'unverified' AND mergedIntoId IS NULL
                    """
            )
        }
        migrator.registerMigration("v8-claim-key-covering-index") { db in
            // The link lookups read up to 200 claim ids per key, newest first. With an index on `key` alone each id
            // was a seek into the claimKey table on a random page (about half the ingest's time at 10 000 articles,
            // and growing with the workspace); an index on (key, claimId) answers them from one run of index pages.
            try db.execute(
                sql: """
                    CREATE INDEX claimKey_key_claim ON claimKey(key, claimId);
                    DROP INDEX claimKey_key;
                    """
            )
        }
        return migrator
    }
}
