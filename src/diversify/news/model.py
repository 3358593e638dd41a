"""Records of the news pipeline: articles, events, claims, verdicts.

All frozen dataclasses; ``to_json`` gives the shapes of the output contract
(``diversify news extract``), which match the labels files of ``shared/news``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

EVENT_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
"""The 16 PLOVER event types used by the labels (``shared/news/README.md``)."""

RECIPROCAL_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
"""Types labelled as a pair A->B and B->A whoever is the grammatical subject."""
JUDGING_TYPES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
"""Types whose target may be the author of the act judged ("welcomed the decision of Ottawa")."""
BLOC_CODES = ("EU", "NATO", "UN", "WTO", "G7")
"""The bloc and IGO actor codes beside ISO 3166-1 alpha-3 (``shared/news/README.md``)."""

VerdictKind = Literal["supported", "contradicted", "not_comparable", "unverifiable"]


def text_hash(text: str) -> str:
    """SHA-256 of the text after Unicode NFC and whitespace normalisation.

    Two copies of an article that differ only in spacing or line breaks hash
    the same, which makes ingest idempotent across re-downloads.
    """
    norm = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article as read from a file or feed.

    ``origin`` is where it came from (file and line, or feed entry), for
    messages; ``source`` is the publisher (domain of the URL, feed title).
    ``id_given`` is false for an id the reader made (from a file name, a feed
    entry's link, or the text of a JSONL line without one): such an id may be
    given a suffix when another article has it, an id written in the input may not.
    """

    id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    source: str | None = None
    origin: str | None = None
    id_given: bool = field(default=True, compare=False)

    @property
    def text_hash(self) -> str:
        return text_hash(self.text)


@dataclass(frozen=True)
class Event:
    """A coded event: ``source`` does ``type`` to ``target`` (``None`` for MOBILIZE)."""

    source: str
    type: str
    target: str | None
    date: dt.date | None
    evidence: str
    weight: float

    def key(self) -> tuple[str, str, str | None]:
        return (self.source, self.type, self.target)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "type": self.type,
            "target": self.target,
            "date": self.date.isoformat() if self.date else None,
            "evidence": self.evidence,
        }


CheckKind = Literal["export_share", "energy_export_share", "import_share", "arms_share",
                    "procurement_share", "milex_gdp"]


@dataclass(frozen=True)
class Check:
    """What a claim is checked against, once its article has been read.

    ``reporter`` is the country whose figure it is (whose exports, imports,
    arms imports or spending), ``partner`` the other country or bloc of a
    share (``None`` for ``milex_gdp``). With the claim's quantity and year this
    is all :func:`diversify.news.verify.check_data` needs, so a stored claim can
    be checked again when the data change, without its article.
    """

    kind: CheckKind
    reporter: str
    partner: str | None = None


@dataclass(frozen=True)
class Verdict:
    """The outcome of checking a claim against the warehouse.

    ``value`` is the data value in the claim's unit (percent for shares),
    ``year`` the data year, ``citation`` the source's citation and
    ``source_id`` its id in the warehouse. ``check`` is what was looked up
    (``None`` when the article alone settled the verdict: a pledge, no country);
    it is stored, not part of the output.
    """

    verdict: VerdictKind
    measure: str
    value: float | None = None
    year: int | None = None
    citation: str | None = None
    source_id: str | None = None
    note: str = ""
    check: Check | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "measure": self.measure,
            "data_value": None if self.value is None else round(self.value, 2),
            "data_year": self.year,
            "source": self.citation,
            "source_id": self.source_id,
            "note": self.note,
        }


@dataclass(frozen=True)
class Claim:
    """A quantitative statement: ``quantity`` in ``unit`` about ``subject``."""

    quantity: float
    unit: str
    subject: str
    year: int | None
    text: str
    start: int = field(default=0, compare=False)
    context: str = field(default="", compare=False)
    verdict: Verdict | None = field(default=None, compare=False)

    def to_json(self) -> dict[str, Any]:
        q: float | int = self.quantity
        if float(q).is_integer():
            q = int(q)
        out: dict[str, Any] = {
            "quantity": q,
            "unit": self.unit,
            "subject": self.subject,
            "year": self.year,
            "text": self.text,
        }
        if self.verdict is not None:
            out["verdict"] = self.verdict.verdict
            out["check"] = self.verdict.to_json()
        return out


@dataclass(frozen=True)
class ArticleResult:
    """Everything extracted from one article."""

    article: Article
    story: str
    events: tuple[Event, ...]
    claims: tuple[Claim, ...]
    removed_paragraphs: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.article.id,
            "events": [e.to_json() for e in self.events],
            "claims": [c.to_json() for c in self.claims],
            "story": self.story,
        }
