"""Build the event-verb lexicon from the public PETRARCH2 and PLOVER dictionaries.

Reads two published files and writes ``data/event_lexicon.tsv``, the derived
table the extractor uses (the raw files are not shipped)::

    python -m diversify.news.lexicon_build ../shared/data/events/event_coding

* ``petrarch2_CAMEO.2.0.verbs.txt``: the PETRARCH2 CAMEO verb dictionary
  (Open Event Data Alliance, MIT): verb blocks, each with synonyms (their
  irregular forms in braces), a default CAMEO code, and patterns ``- * OBJECT
  (PREP WORDS) [code]`` that refine the code by what follows the verb.
  Patterns with words before the ``*`` (a subject such as ``&MILITARY``) are
  left out: in this project the subject is always a coded actor.
* ``plover_CAMEO2PLOVER-2021.txt``: the CAMEO to PLOVER conversion table
  (PLOVER manual draft 0.8, CC BY-SA 4.0), by longest code prefix.

Each row of the table is a verb (``kind = verb``: its inflected forms and its
default code) or a pattern of its verb block (``kind = pattern``, ``lemma`` = the
block: the slots that must follow any verb of the block). A slot is ``a|b|c`` (any of these words, synonym sets expanded) or
``(prep)``; ``&name`` stands for a synonym set (``kind = set`` rows list
its members); multi-word verbs such as ``ask for`` keep their particle. Where
this project's labels read a code differently (an intent is not an act, a
signed agreement is AGREE), ``data/event_review.toml`` says so; the table
keeps the public reading.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from diversify.news.triggers import inflect

VERBS_FILE = "petrarch2_CAMEO.2.0.verbs.txt"
PLOVER_FILE = "plover_CAMEO2PLOVER-2021.txt"
OUTPUT = Path(__file__).parent / "data" / "event_lexicon.tsv"

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_VERB = re.compile(r"^(\+?[A-Z][A-Z_'-]*)\s*(\{[^}]*\})?\s*(?:\[([^\]]*)\])?")
_PATTERN = re.compile(r"^-\s+(.*?)\s*\[([^\]]*)\]")
_CODE = re.compile(r"^\s*(\d{2,4})\s*:\s*([A-Z]+)")


@dataclass(frozen=True)
class Row:
    kind: str
    lemma: str
    forms: str
    slots: str
    cameo: str
    plover: str
    block: str

    def line(self) -> str:
        return f"{self.kind}\t{self.lemma}\t{self.forms}\t{self.slots}\t{self.cameo}\t{self.plover}\t{self.block}"


def _word(raw: str) -> str:
    return raw.strip("+").strip("_").replace("_", " ").lower()


def read_plover(path: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type, as the conversion table gives them."""
    out: dict[str, str] = {}
    for line in path.read_text("utf-8").splitlines():
        m = _CODE.match(line)
        if m:
            out.setdefault(m.group(1), m.group(2))
    return out


def plover_type(code: str, table: dict[str, str]) -> str:
    """PLOVER type of a CAMEO code by its longest listed prefix ('' when none)."""
    for k in range(len(code), 1, -1):
        if code[:k] in table:
            return table[code[:k]]
    return ""


def _clean_code(raw: str) -> str:
    code = raw.split(":")[0].strip()
    return code if code.isdigit() else ""


def _slots(body: str, sets: dict[str, list[str]]) -> str | None:
    """The words after ``*`` as slots; ``None`` if the pattern needs a subject or is empty."""
    if "*" not in body:
        return None
    pre, post = body.split("*", 1)
    if pre.strip():
        return None
    out: list[str] = []
    for tok in re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", post):
        if tok.startswith("("):
            words = tok[1:-1].split()
            if words:
                out.append(f"({_word(words[0])})")
                out.extend(_slot(w, sets) for w in words[1:] if _slot(w, sets))
        elif tok.startswith("{"):
            out.extend(s for s in (_slot(w, sets) for w in tok[1:-1].split()) if s)
        else:
            s = _slot(tok, sets)
            if s:
                out.append(s)
    return " ".join(out) if out else None


def _slot(tok: str, sets: dict[str, list[str]]) -> str:
    tok = tok.strip(",")
    if tok in ("$", "%", "^", "+", "") or tok.startswith("&AUX") or tok == "&TOBEVERB_":
        return ""
    if tok.startswith("&"):
        name = tok.rstrip("_")
        return name.lower() if sets.get(name) else ""
    return _word(tok)


def read_verbs(path: Path, plover: dict[str, str]) -> list[Row]:
    """Rows of the derived table from the PETRARCH2 verb dictionary."""
    lines = path.read_text("latin-1").splitlines()
    sets: dict[str, list[str]] = {}
    rows: list[Row] = []
    current: str | None = None
    block, block_code = "", ""
    in_patterns = False
    lemmas: list[str] = []
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if "VERB PATTERNS" in raw:
            in_patterns = True
            continue
        if not line.strip():
            continue
        if not in_patterns:
            if line.startswith("&"):
                current = line.strip().rstrip("_")
                sets[current] = []
            elif line.startswith("+") and current:
                sets[current].append(_word(line.split()[0]))
            continue
        head = _HEADER.match(line)
        if head:
            block, block_code = head.group(1).lower(), _clean_code(head.group(2))
            lemmas = []
            continue
        if line.startswith("-"):
            m = _PATTERN.match(line)
            if not m or not lemmas:
                continue
            slots = _slots(m.group(1), sets)
            code = _clean_code(m.group(2))
            if slots is None:
                continue
            rows.append(Row("pattern", block, "", slots, code,
                            plover_type(code, plover) if code else "", block))
            continue
        v = _VERB.match(line.strip())
        if not v:
            continue
        lemma = _word(v.group(1))
        first, _, particle = lemma.partition(" ")
        if v.group(2):
            irregular = [_word(f) for f in re.split(r"[\s,]+", v.group(2).strip("{}")) if f.strip(",")]
            irregular = [f.split(" ")[0] for f in irregular]
            forms = [first, *irregular]
        else:
            forms = list(inflect(first))
        code = _clean_code(v.group(3) or "") or block_code
        lemmas.append(lemma)
        rows.append(Row("verb", lemma, ",".join(dict.fromkeys(forms)), particle, code,
                        plover_type(code, plover) if code else "", block))
    for name, words in sets.items():
        if words and not name.startswith(("&AUX", "&TOBE", "&PREPOSIT")):
            rows.append(Row("set", name.lower(), ",".join(dict.fromkeys(words)), "", "", "", ""))
    return rows


def build(source_dir: Path, out: Path = OUTPUT) -> int:
    """Write the derived table; returns the number of rows."""
    verbs, conv = source_dir / VERBS_FILE, source_dir / PLOVER_FILE
    for p in (verbs, conv):
        if not p.is_file():
            raise SystemExit(f"{p}: not found (expected the published file)")
    rows = read_verbs(verbs, read_plover(conv))
    digest = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (verbs, conv)}
    header = [
        "# Event-verb lexicon derived by diversify.news.lexicon_build; do not edit by hand.",
        "# Sources:",
        f"#   {VERBS_FILE} sha256 {digest[VERBS_FILE]}",
        "#     Open Event Data Alliance, PETRARCH2 CAMEO verb dictionary (CAMEO 2.0; Schrodt,",
        "#     CAMEO manual), MIT licence, Copyright (c) 2015 Open Event Data Alliance.",
        f"#   {PLOVER_FILE} sha256 {digest[PLOVER_FILE]}",
        "#     CAMEO to PLOVER conversion table, PLOVER manual draft 0.8 (17 Sep 2021),",
        "#     Open Event Data Alliance, CC BY-SA 4.0: the plover column of this table is",
        "#     shared under the same licence.",
        ("# Columns: kind, lemma, forms (verb rows; members of set rows), slots (particle for verb rows),"
        " cameo, plover, block"),
    ]
    out.write_text("\n".join(header + [r.line() for r in rows]) + "\n", "utf-8")
    return len(rows)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        raise SystemExit("usage: python -m diversify.news.lexicon_build DIR_WITH_PUBLISHED_FILES")
    n = build(Path(args[0]))
    print(f"{OUTPUT.name}: {n} rows")


if __name__ == "__main__":
    main()
