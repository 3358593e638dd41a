"""Check claims against the warehouse.

A claim is checked when it is about something the warehouse measures:

=========================  =====================================================
claim                      data (SQL over ``flows`` / ``national_series``)
=========================  =====================================================
share of X's exports       ``goods_exports`` of X to the partner over all
going to a partner         partners, all products, in the claim's year (or the
                           latest year with data)
share of X's energy        the same for HS chapter 27 (mineral fuels, oil, gas)
exports
share of X's imports       ``goods_imports`` from the partner
defence spending as % of   ``national_series.milex_share_gdp`` (SIPRI)
GDP (a measured level)
share of X's arms imports  SIPRI TIV from the partner over the five years to
                           the claim's year (SIPRI's own convention)
share of defence spending  **not comparable**: procurement spending (contracts,
going to a partner         services, sustainment) is not the arms-import TIV;
                           the TIV share is shown beside it for context
=========================  =====================================================

Verdicts: ``supported`` when the data value is within the tolerance of the
claim, ``contradicted`` when it is not, ``not_comparable`` for a different
measure, ``unverifiable`` when the claim is a target or pledge (a future
level, not a measurement), when the claim's sentence does not say which
country it is about, or when the warehouse has no data for it. Every verdict
carries the data value, its year and the source's citation.

A wrong ``contradicted`` is the worst answer the verifier can give, so it
prefers ``unverifiable`` to a guess: the country is read from the claim's own
sentence (:func:`claim_country`: "of our GDP" in a quotation is its
speaker's, else the clause's subject), never from the country the article
names most; and a figure whose own clause speaks of the future or a goal
("will", "going to", "by 2035", "target"), or that the sentence points back to
with one ("..., and that's what we are going to do"), is a pledge
(:func:`pledge`). Other claims (tariff rates, money, counts,
poll results, growth factors) get no verdict.

Tolerances (absolute, in percentage points) allow for rounding in the news
("roughly 75%") and for customs versus balance-of-payments bases:
:data:`SHARE_TOLERANCE` for trade shares, :data:`ARMS_TOLERANCE` for TIV shares
(lumpy deliveries), :data:`GDP_TOLERANCE` for % of GDP (SIPRI and NATO
definitions differ by about a tenth of a point).

The year checked is the claim's year, or for a figure told as current the
publication year: the data of that year, or the latest year before it with data.
Data more than :data:`MAX_DATA_AGE` years older than that year judge nothing (the
verdict is ``unverifiable``, with the old figure and its year for context): an
article of 2025 is not contradicted by trade shares of 2014.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, cast

from diversify.news.document import Document
from diversify.news.model import Check, CheckKind, Claim, Verdict

if TYPE_CHECKING:
    from diversify.store.warehouse import Warehouse

SHARE_TOLERANCE = 3.0
ARMS_TOLERANCE = 5.0
GDP_TOLERANCE = 0.15
ARMS_WINDOW = 5
MAX_DATA_AGE = 5

_EXPORT = re.compile(r"\bof\s+(?:(?:the\s+country's|its|our|their|total|all|[A-Z]\w+(?:'s)?|"
                     r"canadian|american|goods|merchandise|energy|oil|gas)\s+){0,3}exports\b", re.IGNORECASE)
_IMPORT = re.compile(r"\bof\s+(?:(?:the\s+country's|its|our|their|total|all|[A-Z]\w+(?:'s)?|"
                     r"goods|merchandise)\s+){0,3}imports\b", re.IGNORECASE)
_ARMS = re.compile(r"\b(?:arms|weapons?|military equipment|major arms)\s+(?:imports|purchases|deliveries)\b", re.IGNORECASE)
_ENERGY = re.compile(r"\b(?:energy|oil|gas|crude|petroleum|lng|fuel)\b", re.IGNORECASE)
_DEFENCE_SPEND = re.compile(r"\b(?:defen[cs]e|military)\b.{0,40}\b(?:spending|budget|expenditure|"
                            r"dollars?|capital|procurement|outlays?)\b|\bcents\s+of\s+every\b", re.IGNORECASE)
_TARGET = re.compile(r"\b(?:target|goal|pledge[ds]?|promise[ds]?|vow\w*|commit\w*|aim\w*|achieve|reach|"
                     r"will|would|shall|should|must|plans?|planned|intends?|going\s+to|gonna|agreed\s+to|"
                     r"by\s+(?:the\s+end\s+of\s+)?20\d\d|ramp\s+up|raise|increase|boost|hike)\b|'ll\b",
                     re.IGNORECASE)
_COORDINATION = re.compile(r",\s+(?:and|but|while|whereas|yet)\s+|\s*;\s*")
# "..., and that's what we are going to do": a later part of the sentence that makes the figure a goal
_POINTS_BACK = re.compile(r"\b(?:that|this|which|so)(?:'s|\s+is|\s+was)?\s+(?:[\w']+\s+){0,4}?(?:what\s+)?"
                          r"(?:[\w']+\s+){0,3}?(?:will|would|going\s+to|aim\w*|target|goal|pledge\w*|"
                          r"commit\w*|plan\w*|intend\w*)\b", re.IGNORECASE)
_TARIFF_AFTER = re.compile(r"^\S*\s+(?:\w+\s+){0,2}(?:tariffs?|dut(?:y|ies)|levy|levies|surcharge|tax)\b",
                           re.IGNORECASE)
_MEASURED = re.compile(r"\s+of\s+(?:(?:the|all|total)\s+)?(?:[\w.'\u2019-]+\s+){0,3}?"
                       r"(?:gdp|gross domestic product|economic output|economy|economies|exports|imports|"
                       r"trade|defen[cs]e|military|spending)\b", re.IGNORECASE)
_POSSESSOR_BEFORE = re.compile(r"[\w.]+(?:'s|s')\s+(?:(?:new|current|own|proposed|planned|agreed|"
                               r"target|overall|total)\s+)*$")
_PLURAL_OWNER = re.compile(r"\b(?:their|each|members?'?|allies'?|countries'?|nations'?|states'?)\b",
                           re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:we|our|us|I|my)\b", re.IGNORECASE)
_SOUTH = re.compile(r"\bsouth of the border\b|\bAmerica\b|\bto the (?:U\.S\.|US)\b", re.IGNORECASE)


def _sentence(doc: Document, pos: int) -> tuple[int, int]:
    for s in doc.sentences:
        if s.start <= pos < s.end:
            return s.start, s.end
    return max(0, pos - 200), min(len(doc.text), pos + 200)


def _parties(doc: Document, claim: Claim) -> tuple[str | None, str | None]:
    """(reporter, partner) of a share claim: whose flows, to or from whom."""
    s0, s1 = _sentence(doc, claim.start)
    ms = [m for m in doc.mentions_between(s0, s1) if len(m.code) == 3 or m.code == "EU"]
    reporter = claim_country(doc, claim)
    others = [m for m in ms if m.code != reporter]
    partner = None
    if others:
        partner = min(others, key=lambda m: abs(m.start - claim.start)).code
    elif reporter == "CAN" and _SOUTH.search(doc.norm[s0:s1]):
        partner = "USA"
    return reporter, partner


def claim_country(doc: Document, claim: Claim) -> str | None:
    """The country a claim is about, read from the claim's own sentence, or ``None``.

    In order: a possessor right before the figure ("Canada's 2% pledge"; "the
    alliance's 5% target" names no country); the owner named in the measured phrase ("of Canada's exports",
    "of Canadian exports", "of our GDP" inside a quotation = its speaker); the
    speaker of a quotation the figure is in, when it speaks in the first
    person; the subject of the figure's clause, else of its sentence (the
    first actor before the figure that no preposition governs). "Their GDP"
    with no single subject, or no actor at all, gives ``None``: the verifier
    never falls back to the country the article names most.
    """
    from diversify.news.clauses import clauses

    s0, s1 = _sentence(doc, claim.start)
    end = claim.start + len(claim.text)
    owner = _POSSESSOR_BEFORE.search(doc.norm, max(s0, claim.start - 50), claim.start)
    if owner:  # "Canada's 2% pledge", "the alliance's new 5% target"
        ms = [m for m in doc.mentions_between(owner.start(), owner.end()) if m.possessive]
        return ms[-1].code if ms and len(ms[-1].code) == 3 else None
    phrase = _MEASURED.match(doc.norm, end, min(s1, end + 60))
    if phrase:
        owners = [m for m in doc.mentions_between(end, phrase.end()) if len(m.code) == 3
                  and (m.possessive or m.kind in ("adjective", "pronoun"))]
        if owners:
            return owners[0].code
        if _PLURAL_OWNER.search(phrase.group(0)):
            return None
    for q0, q1, speaker in doc.quotes:
        if q0 <= claim.start < q1 and speaker and len(speaker) == 3 and \
                _FIRST_PERSON.search(doc.norm, q0, q1):
            return speaker
    clause = next((c for c in clauses(doc, s0, s1) if c.start <= claim.start < c.end), None)
    for a in ((clause.start,) if clause else ()) + (s0,):
        subjects = [m for m in doc.mentions_between(a, claim.start) if len(m.code) == 3
                    and m.prep is None and not m.compound and m.kind != "weak"]
        if subjects:
            return subjects[0].code
    return None


def pledge(doc: Document, claim: Claim) -> bool:
    """A target or pledge (a future level), not a measured one.

    The figure's own clause (cut also at ", and", ", but" and ";") speaks of
    the future or of a goal ("will", "going to", "by 2035", "target",
    "pledged"), or another part of the sentence points back to it with one
    ("2.1% of our GDP, and that's what we are going to do"). A figure whose
    own clause has no such word is a stated level even beside a plan
    ("Canada currently spends 1.3% of GDP, but it will reach 2% by 2030").
    """
    from diversify.news.clauses import clauses

    s0, s1 = _sentence(doc, claim.start)
    if not _TARGET.search(doc.norm, s0, s1):
        return False
    clause = next((c for c in clauses(doc, s0, s1) if c.start <= claim.start < c.end), None)
    a, b = (clause.start, clause.end) if clause else (s0, s1)
    for cut in _COORDINATION.finditer(doc.norm, a, b):
        if cut.end() <= claim.start:
            a = cut.end()
        elif cut.start() >= claim.start + len(claim.text):
            b = cut.start()
            break
    if _TARGET.search(doc.norm, a, b):
        return True
    return _POINTS_BACK.search(doc.norm[b:s1]) is not None


def _measure(doc: Document, claim: Claim) -> str | None:
    s0, s1 = _sentence(doc, claim.start)
    sentence = doc.norm[s0:s1]
    after = doc.norm[claim.start:min(s1, claim.start + len(claim.text) + 60)]
    if claim.unit == "percent_gdp":
        return "milex_gdp" if re.search(r"defen[cs]e|military|nato", sentence, re.IGNORECASE) else None
    if claim.unit != "percent" or _TARIFF_AFTER.match(after):
        return None  # "a 15% tariff rate for EU exports" is a rate, not a share
    if _ARMS.search(sentence):
        return "arms_share"
    if _EXPORT.search(after):
        return "energy_export_share" if _ENERGY.search(after) else "export_share"
    if _IMPORT.search(after):
        return "import_share"
    if _DEFENCE_SPEND.search(sentence) and re.search(
            r"\b(?:to|in|from)\s+(?:the\s+)?(?:United States|U\.S\.|US|America)\b", sentence):
        return "procurement_share"
    return None


def verify_claims(claims: list[Claim], doc: Document, wh: Warehouse | None) -> list[Claim]:
    """The claims with a :class:`Verdict` attached where one can be reached."""
    out = []
    for c in claims:
        kind = _measure(doc, c)
        if kind is None:
            out.append(c)
            continue
        out.append(replace(c, verdict=_check(kind, c, doc, wh)))
    return out


def _has_table(wh: Warehouse, name: str) -> bool:
    return bool(wh.query("SELECT 1 FROM information_schema.tables WHERE table_name = ?", [name]))


def _check(kind: str, c: Claim, doc: Document, wh: Warehouse | None) -> Verdict:
    if c.year is None and doc.published is not None:
        c = replace(c, year=doc.published.year)  # a figure told as current: the publication year's
    if kind == "milex_gdp":
        country = claim_country(doc, c)
        label = f"{country} defence spending, % of GDP" if country else "defence spending, % of GDP"
        if pledge(doc, c):
            return Verdict("unverifiable", label, note="a target or pledge, not a measured level")
        if country is None:
            return Verdict("unverifiable", label, note="country not identified in the claim's sentence")
        if wh is None:
            return Verdict("unverifiable", label, note="no warehouse data")
        return check_data(wh, Check("milex_gdp", country), c.quantity, c.year)
    if kind != "procurement_share" and pledge(doc, c):
        return Verdict("unverifiable", kind.replace("_", " "), note="a target or pledge, not a measured level")
    reporter, partner = _parties(doc, c)
    if wh is None or reporter is None or partner is None:
        return Verdict("unverifiable", kind.replace("_", " "), note="country or partner not identified"
                       if wh is not None else "no warehouse data")
    return check_data(wh, Check(cast(CheckKind, kind), reporter, partner), c.quantity, c.year)


def check_data(wh: Warehouse, check: Check, quantity: float, year: int | None) -> Verdict:
    """The verdict on a figure of ``quantity`` for ``year`` checked as ``check`` against ``wh``.

    The part of verification that reads the data, not the article: what a
    stored claim is checked against again when the data it was checked
    against are replaced (see :func:`diversify.news.store.refresh_verdicts`).
    """
    return replace(_check_data(wh, check, quantity, year), check=check)


def _check_data(wh: Warehouse, check: Check, quantity: float, year: int | None) -> Verdict:
    kind, reporter, partner = check.kind, check.reporter, check.partner
    if kind == "milex_gdp":
        return _milex(wh, reporter, quantity, year)
    if partner is None:
        return Verdict("unverifiable", kind.replace("_", " "), note="country or partner not identified")
    if kind == "procurement_share":
        tiv = _arms_share(wh, reporter, partner, year)
        note = ("procurement spending (contracts, services, sustainment) is not comparable with "
                "SIPRI arms-import TIV; the TIV share of the partner is shown for context")
        if tiv is None:
            return Verdict("not_comparable", "share of defence procurement spending", note=note)
        value, data_year, sid, cit = tiv
        return Verdict("not_comparable", f"share of {reporter} arms imports from {partner} (TIV, "
                       f"{data_year - ARMS_WINDOW + 1}-{data_year})", value, data_year, cit, sid, note)
    if kind == "arms_share":
        tiv = _arms_share(wh, reporter, partner, year)
        label = f"share of {reporter} arms imports from {partner} (SIPRI TIV, 5 years)"
        if tiv is None:
            return Verdict("unverifiable", label, note="no arms-transfer data in the warehouse")
        return _judge(quantity, year, label, *tiv, ARMS_TOLERANCE)
    domain = "goods_imports" if kind == "import_share" else "goods_exports"
    product = "27" if kind == "energy_export_share" else "_ALL"
    row = _trade_share(wh, reporter, partner, domain, product, year)
    label = (f"share of {reporter} {'energy ' if product == '27' else ''}"
             f"{'imports from' if domain == 'goods_imports' else 'exports to'} {partner}")
    if row is None:
        return Verdict("unverifiable", label, note="no trade data in the warehouse")
    return _judge(quantity, year, label, *row, SHARE_TOLERANCE)


def _judge(quantity: float, claim_year: int | None, label: str, value: float, year: int, sid: str,
           cit: str, tol: float) -> Verdict:
    if claim_year and claim_year - year > MAX_DATA_AGE:
        return Verdict("unverifiable", label, value, year, cit, sid,
                       f"latest data year {year}, more than {MAX_DATA_AGE} years before {claim_year}")
    ok = abs(quantity - value) <= tol
    note = f"tolerance {tol:g} percentage points"
    if claim_year and year < claim_year:
        note += f"; latest data year {year}"
    return Verdict("supported" if ok else "contradicted", label, value, year, cit, sid, note)


def _trade_share(wh: Warehouse, reporter: str, partner: str, domain: str, product: str,
                 year: int | None) -> tuple[float, int, str, str] | None:
    if not _has_table(wh, "flows"):
        return None
    # the preferred source, and its latest year at or before the claim's (its latest for a claim of no year)
    src = wh.query(
        "SELECT f.source_id, max(f.year) FILTER (WHERE f.year <= coalesce(?, f.year)) "
        "FROM flows f JOIN sources s USING (source_id) "
        "WHERE f.reporter = ? AND f.domain = ? AND f.product = ? "
        "GROUP BY f.source_id, s.priority ORDER BY s.priority, max(f.year) DESC LIMIT 1",
        [year, reporter, domain, product])
    if not src or src[0][1] is None:
        return None
    sid, y = src[0][0], int(src[0][1])
    members = _members(partner)
    row = wh.query(
        f"SELECT sum(value) FILTER (WHERE partner IN ({members})), sum(value) FROM flows "
        "WHERE source_id = ? AND reporter = ? AND domain = ? AND product = ? AND year = ?",
        [partner, partner, partner, y, y, sid, reporter, domain, product, y])
    if not row or not row[0][1]:
        return None
    return 100.0 * float(row[0][0] or 0.0) / float(row[0][1]), int(y), sid, wh.citation(sid)


def _members(partner: str) -> str:
    """SQL for the partner's codes: itself, or a bloc's members on 1 July of the year."""
    return ("SELECT ? UNION SELECT country FROM bloc_membership WHERE bloc = CASE WHEN ? = 'EU' "
            "THEN 'EU27' ELSE ? END AND joined <= make_date(?, 7, 1) "
            "AND (left_on IS NULL OR left_on >= make_date(?, 7, 1))")


def _arms_share(wh: Warehouse, reporter: str, partner: str, year: int | None
                ) -> tuple[float, int, str, str] | None:
    if not _has_table(wh, "flows"):
        return None
    last = wh.query("SELECT max(year), any_value(source_id) FROM flows WHERE reporter = ? "
                    "AND domain = 'arms_imports'", [reporter])
    if not last or last[0][0] is None:
        return None
    y = min(year, last[0][0]) if year else last[0][0]
    row = wh.query(
        "SELECT sum(value) FILTER (WHERE partner = ?), sum(value), any_value(source_id) FROM flows "
        "WHERE reporter = ? AND domain = 'arms_imports' AND year BETWEEN ? AND ?",
        [partner, reporter, y - ARMS_WINDOW + 1, y])
    if not row or not row[0][1]:
        return None
    sid = row[0][2]
    return 100.0 * float(row[0][0] or 0.0) / float(row[0][1]), int(y), sid, wh.citation(sid)


def _milex(wh: Warehouse, country: str, quantity: float, claim_year: int | None) -> Verdict:
    label = f"{country} military expenditure, % of GDP"
    if not _has_table(wh, "national_series"):
        return Verdict("unverifiable", label, note="no data in the warehouse")
    rows = wh.query(
        "SELECT n.year, n.value, n.source_id FROM national_series n JOIN sources s USING (source_id) "
        "WHERE n.country = ? AND n.indicator = 'milex_share_gdp' AND n.year <= coalesce(?, 9999) "
        "ORDER BY n.year DESC, s.priority LIMIT 1", [country, claim_year])
    if not rows:
        return Verdict("unverifiable", label, note="no military-expenditure data in the warehouse")
    year, value, sid = rows[0]
    return _judge(quantity, claim_year, label, float(value), int(year), sid, wh.citation(sid),
                  GDP_TOLERANCE)
