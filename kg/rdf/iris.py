"""Deterministic IRIs: the same input always yields the same names."""

from __future__ import annotations

import hashlib
import re

BASE = "https://w3id.org/kg-news/"
ONTOLOGY = BASE + "ontology#"
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
#: Every document IRI (and document graph name) starts with this.
DOCUMENT_PREFIX = BASE + "doc/"

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str, separator: str = "-", empty: str = "x") -> str:
    """A readable name for an IRI or an id: ``text`` lower-cased, each run of characters other than
    ASCII letters and digits one ``separator`` (none at either end); ``empty`` when nothing is left."""
    return _NOT_SLUG.sub(separator, text.lower()).strip(separator) or empty


def content_hash(text: str) -> str:
    """The SHA-256 (hex) of a text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def document_iri(doc_id: str, text: str) -> str:
    """A document's IRI (also the name of its graph), derived from its id and content.

    The id takes part so that two input files with the same text stay two documents.
    """
    return f"{DOCUMENT_PREFIX}{content_hash(doc_id + chr(10) + text)[:24]}"


def span_iri(document: str, kind: str, start: int, end: int, discriminator: str = "") -> str:
    """The IRI of something anchored at a span of a document (mention, zone, claim, ...)."""
    suffix = f"-{slug(discriminator)}" if discriminator else ""
    return f"{document}/{kind}/{start}-{end}{suffix}"


def local_iri(document: str, kind: str, local_id: str) -> str:
    """The IRI of a record that has a deterministic id within its document (event, claim, figure)."""
    return f"{document}/{kind}/{slug(local_id)}"


def entity_iri(key: str, gazetteer_id: str | None) -> str:
    """An entity's IRI: its gazetteer id, else a readable slug of its key plus a short hash."""
    if gazetteer_id:
        return f"{BASE}entity/{gazetteer_id}"
    return f"{BASE}entity/name/{slug(key.removeprefix('name:'))[:60]}-{content_hash(key)[:8]}"


def wikidata_iri(qid: str) -> str:
    return WIKIDATA_ENTITY + qid

