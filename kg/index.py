"""The store's index: a SQLite file inside the store folder, staged and swapped with it.

It holds what an incremental build needs without SPARQL over the whole store:
the documents (id, IRI, content, model) to skip unchanged ones, their MinHash
signatures and LSH band buckets for near-duplicate detection, and each
document's compact rows (``kg.rdf.rows``): entity descriptions, events, figures
and claims, indexed by entity and by cross-document block.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path

from kg.errors import StoreError
from kg.rdf.rows import ClaimRow, DocumentRows, EntityDescription, EntityRow, EventRow, FigureRow

#: The index file inside a store folder.
INDEX_FILE = "kg-index.sqlite"
#: Bumped when the tables change; a store with another version must be rebuilt.
SCHEMA_VERSION = "4"
_SEP = "\x1f"  # joins tuples of IRIs and names in one column
#: Signatures of the documents added through one index object kept in memory (the latest ones):
#: near-duplicate candidates then read only the band table (the candidates of templated text grow
#: with the corpus, and reading their signature rows made each check grow with it too). About 1 kB each.
SIGNATURE_CACHE = 20_000
#: Most IRIs in one ``IN (...)`` list (SQLite allows 32,766 host parameters).
_IN_CHUNK = 900

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  iri TEXT PRIMARY KEY, doc_id TEXT NOT NULL, seq INTEGER NOT NULL, model TEXT NOT NULL,
  shingles INTEGER NOT NULL, signature BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS documents_doc_id ON documents (doc_id);
CREATE INDEX IF NOT EXISTS documents_seq ON documents (seq);
CREATE TABLE IF NOT EXISTS bands (
  band INTEGER NOT NULL, bucket BLOB NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (band, bucket, seq)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS bands_seq ON bands (seq);
CREATE TABLE IF NOT EXISTS entities (
  doc TEXT NOT NULL, iri TEXT NOT NULL, key TEXT NOT NULL, kind TEXT NOT NULL, label TEXT NOT NULL,
  wikidata TEXT, part_of TEXT, aliases TEXT NOT NULL, lat TEXT, lon TEXT);
CREATE INDEX IF NOT EXISTS entities_iri ON entities (iri);
CREATE INDEX IF NOT EXISTS entities_doc ON entities (doc);
CREATE TABLE IF NOT EXISTS events (
  doc TEXT NOT NULL, iri TEXT NOT NULL, block TEXT NOT NULL, type TEXT NOT NULL, date TEXT, published TEXT,
  anchors TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_block ON events (block);
CREATE INDEX IF NOT EXISTS events_doc ON events (doc);
CREATE TABLE IF NOT EXISTS figures (
  doc TEXT NOT NULL, iri TEXT NOT NULL, block TEXT NOT NULL, kind TEXT NOT NULL, value INTEGER NOT NULL,
  qualifier TEXT NOT NULL, event TEXT NOT NULL, counted TEXT NOT NULL, owner TEXT, upper INTEGER);
CREATE INDEX IF NOT EXISTS figures_block ON figures (block);
CREATE INDEX IF NOT EXISTS figures_doc ON figures (doc);
CREATE TABLE IF NOT EXISTS claims (
  doc TEXT NOT NULL, iri TEXT NOT NULL, block TEXT NOT NULL, kind TEXT NOT NULL, speakers TEXT NOT NULL,
  event TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS claims_block ON claims (block);
CREATE INDEX IF NOT EXISTS claims_doc ON claims (doc);
"""


class StoreIndex:
    """The index of one store (or, with ``":memory:"``, of an in-memory build).

    Raises:
        StoreError: The file is not an index of this version.
    """

    def __init__(self, path: Path | str) -> None:
        self.connection = sqlite3.connect(str(path), isolation_level=None)
        self.connection.execute("PRAGMA journal_mode = OFF" if str(path) == ":memory:" else "PRAGMA journal_mode = WAL")
        try:
            version = self.connection.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError as error:
            if "no such table" not in str(error):
                raise  # the file cannot be read: the writer reports it
            version = None  # a new index
        except sqlite3.DatabaseError as error:
            raise StoreError(f"{path}: not a kg store index: {error}") from error
        if version is not None and version[0] != SCHEMA_VERSION:
            raise StoreError(f"{path}: index version {version[0]}, this kg reads version {SCHEMA_VERSION}; rebuild the store")
        self.connection.executescript(_SCHEMA)  # a failure (a full disk) is reported by the writer
        if version is None:
            self.connection.execute("INSERT INTO meta VALUES ('version', ?)", (SCHEMA_VERSION,))
        self.connection.execute("BEGIN")
        self._signatures: OrderedDict[int, tuple[str, int, bytes]] = OrderedDict()  # seq -> (id, shingles, signature)

    @property
    def quad_count(self) -> int | None:
        """The quads of the store, as the last writer that counted them left them; ``None`` when unknown."""
        found = self.connection.execute("SELECT value FROM meta WHERE key = 'quads'").fetchone()
        return int(found[0]) if found is not None else None

    @quad_count.setter
    def quad_count(self, count: int | None) -> None:
        self.connection.execute("DELETE FROM meta WHERE key = 'quads'")
        if count is not None:
            self.connection.execute("INSERT INTO meta VALUES ('quads', ?)", (str(count),))

    @staticmethod
    def forget_quad_count(path: Path) -> None:
        """Make the quad count of the index file at ``path`` unknown, whatever its version."""
        connection = sqlite3.connect(str(path))
        try:
            with connection:
                connection.execute("DELETE FROM meta WHERE key = 'quads'")
        except sqlite3.OperationalError as error:
            if "no such table" not in str(error):
                raise
        finally:
            connection.close()

    def commit(self) -> None:
        """Make the changes so far durable."""
        self.connection.execute("COMMIT")
        self.connection.execute("BEGIN")

    def close(self, *, keep: bool = True) -> None:
        """Close the index, committing what is pending (``keep``) or dropping it."""
        if self.connection.in_transaction:
            self.connection.execute("COMMIT" if keep else "ROLLBACK")
        self.connection.close()

    @staticmethod
    def copy(source: Path, target: Path) -> None:
        """Copy the index of a live store to ``target`` without writing beside it.

        The source is opened as immutable (no journal files, no locks): the
        caller holds the store's writer lock, so nothing changes it meanwhile,
        and readers of the live store folder never see a file appear in it.
        """
        live = sqlite3.connect(f"{source.resolve().as_uri()}?immutable=1", uri=True)
        copy = sqlite3.connect(str(target))
        try:
            with copy:
                live.backup(copy)
        finally:
            copy.close()
            live.close()

    # -- documents ---------------------------------------------------------

    def document(self, doc_id: str) -> tuple[str, str] | None:
        """The (IRI, model) of the latest document with this id."""
        row = self.connection.execute(
            "SELECT iri, model FROM documents WHERE doc_id = ? ORDER BY seq DESC LIMIT 1", (doc_id,)
        ).fetchone()
        return (row[0], row[1]) if row else None

    def versions(self, doc_id: str) -> list[str]:
        """The IRIs of every version of a document the index holds, oldest first."""
        return [row[0] for row in self.connection.execute("SELECT iri FROM documents WHERE doc_id = ? ORDER BY seq", (doc_id,))]

    def doc_id(self, iri: str) -> str | None:
        row = self.connection.execute("SELECT doc_id FROM documents WHERE iri = ?", (iri,)).fetchone()
        return row[0] if row else None

    def document_count(self) -> int:
        return self.connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def add_document(
        self,
        doc_id: str,
        iri: str,
        model: str,
        shingles: int = 0,
        signature: bytes = b"",
        buckets: Iterable[tuple[int, bytes]] = (),
    ) -> None:
        """Record a document with its MinHash signature and LSH buckets (after the documents already there).

        A build records a document before it is analysed, without a signature (``b""``): its
        worker computes it, and :meth:`sign` records it.
        """
        seq = self.connection.execute("SELECT COALESCE(MAX(seq), 0) + 1 FROM documents").fetchone()[0]
        self.connection.execute("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?)", (iri, doc_id, seq, model, shingles, signature))
        if signature:
            self._add_signature(seq, doc_id, shingles, signature, buckets)

    def sign(self, iri: str, shingles: int, signature: bytes, buckets: Iterable[tuple[int, bytes]]) -> None:
        """Record the MinHash signature and LSH buckets of a document recorded without them."""
        seq, doc_id = self.connection.execute("SELECT seq, doc_id FROM documents WHERE iri = ?", (iri,)).fetchone()
        self.connection.execute("UPDATE documents SET shingles = ?, signature = ? WHERE seq = ?", (shingles, signature, seq))
        self._add_signature(seq, doc_id, shingles, signature, buckets)

    def signed_document(self, doc_id: str) -> str | None:
        """The IRI of the latest version of a document that has its signature (its analysis is done)."""
        row = self.connection.execute(
            "SELECT iri FROM documents WHERE doc_id = ? AND length(signature) > 0 ORDER BY seq DESC LIMIT 1", (doc_id,)
        ).fetchone()
        return row[0] if row else None

    def _add_signature(
        self, seq: int, doc_id: str, shingles: int, signature: bytes, buckets: Iterable[tuple[int, bytes]]
    ) -> None:
        self.connection.executemany("INSERT INTO bands VALUES (?, ?, ?)", ((band, bucket, seq) for band, bucket in buckets))
        self._signatures[seq] = (doc_id, shingles, signature)
        if len(self._signatures) > SIGNATURE_CACHE:
            self._signatures.popitem(last=False)

    def candidates(self, buckets: Iterable[tuple[int, bytes]]) -> list[tuple[str, int, bytes]]:
        """(doc id, shingle count, signature) of the documents sharing a bucket, earliest first."""
        pairs = [value for band, bucket in buckets for value in (band, bucket)]
        if not pairs:
            return []
        bands = " UNION ALL ".join(["SELECT seq FROM bands WHERE band = ? AND bucket = ?"] * (len(pairs) // 2))
        seqs = sorted({row[0] for row in self.connection.execute(bands, pairs)})  # one query, not one per band
        found = list(map(self._signatures.get, seqs))  # one pass at C speed: templated text has hundreds of candidates
        if None not in found:
            return found  # type: ignore[return-value]
        missing = [seq for seq, entry in zip(seqs, found, strict=True) if entry is None]
        fetched: dict[int, tuple[str, int, bytes]] = {}
        for start in range(0, len(missing), _IN_CHUNK):
            chunk = missing[start : start + _IN_CHUNK]
            query = f"SELECT seq, doc_id, shingles, signature FROM documents WHERE seq IN ({', '.join('?' * len(chunk))})"
            for seq, doc_id, shingles, signature in self.connection.execute(query, chunk):
                fetched[seq] = (doc_id, shingles, signature)
        return [entry or fetched[seq] for seq, entry in zip(seqs, found, strict=True)]

    def remove_document(self, iri: str) -> tuple[set[str], set[str]]:
        """Forget a document and its rows; returns the entities and blocks it touched."""
        entities = {row[0] for row in self.connection.execute("SELECT iri FROM entities WHERE doc = ?", (iri,))}
        blocks = {row[0] for row in self.connection.execute("SELECT block FROM events WHERE doc = ?", (iri,))}
        for table in ("entities", "events", "figures", "claims"):
            self.connection.execute(f"DELETE FROM {table} WHERE doc = ?", (iri,))
        for (seq,) in self.connection.execute("SELECT seq FROM documents WHERE iri = ?", (iri,)).fetchall():
            self.connection.execute("DELETE FROM bands WHERE seq = ?", (seq,))
            self._signatures.pop(seq, None)
        self.connection.execute("DELETE FROM documents WHERE iri = ?", (iri,))
        return entities, blocks

    # -- rows --------------------------------------------------------------

    def add_rows(self, rows: DocumentRows) -> None:
        """Keep a document's rows."""
        doc = rows.doc
        self.connection.executemany(
            "INSERT INTO entities VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((doc, e.iri, e.key, *_entity_columns(e)) for e in rows.entities),
        )
        self.connection.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)",
            ((doc, e.iri, e.block, e.type, e.date, e.published, _SEP.join(e.anchors)) for e in rows.events),
        )
        block_of = {event.iri: event.block for event in rows.events}
        self.connection.executemany(
            "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ((doc, f.iri, block_of[f.event], f.kind, f.value, f.qualifier, f.event, f.counted, f.owner, f.upper) for f in rows.figures),
        )
        self.connection.executemany(
            "INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?)",
            ((doc, c.iri, block_of[c.event], c.kind, _SEP.join(c.speakers), c.event) for c in rows.claims),
        )

    def entity_rows(self, iri: str) -> list[EntityRow]:
        """How every document that refers to entity ``iri`` describes it."""
        return [
            EntityRow(iri, key, EntityDescription(kind, label, wikidata, part_of, (lat, lon) if lat and lon else None), _split(aliases))
            for key, kind, label, wikidata, part_of, aliases, lat, lon in self.connection.execute(
                "SELECT key, kind, label, wikidata, part_of, aliases, lat, lon FROM entities WHERE iri = ? ORDER BY doc", (iri,)
            )
        ]

    def block_rows(
        self, block: str
    ) -> tuple[list[tuple[str, EventRow]], list[tuple[str, FigureRow]], list[tuple[str, ClaimRow]]]:
        """The (document, row) pairs of a block's events, figures and claims."""
        events = [
            (doc, EventRow(iri, type_, date, published, _split(anchors)))
            for doc, iri, type_, date, published, anchors in self.connection.execute(
                "SELECT doc, iri, type, date, published, anchors FROM events WHERE block = ?", (block,)
            )
        ]
        figures = [
            (doc, FigureRow(iri, kind, value, qualifier, event, counted, owner, upper))
            for doc, iri, kind, value, qualifier, event, counted, owner, upper in self.connection.execute(
                "SELECT doc, iri, kind, value, qualifier, event, counted, owner, upper FROM figures WHERE block = ?", (block,)
            )
        ]
        claims = [
            (doc, ClaimRow(iri, kind, _split(speakers), event))
            for doc, iri, kind, speakers, event in self.connection.execute(
                "SELECT doc, iri, kind, speakers, event FROM claims WHERE block = ?", (block,)
            )
        ]
        return events, figures, claims


def _entity_columns(row: EntityRow) -> tuple[str | None, ...]:
    """An entity row's columns after ``doc, iri, key`` in the ``entities`` table."""
    description = row.description
    lat, lon = description.coordinates or (None, None)
    return description.kind, description.label, description.wikidata, description.part_of, _SEP.join(row.aliases), lat, lon


def _split(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(_SEP)) if joined else ()
