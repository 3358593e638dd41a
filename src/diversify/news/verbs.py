"""The event lexicon: PLOVER type of a verb or noun in its context.

Two layers, read once per process:

* ``data/event_lexicon.tsv``, derived from the public PETRARCH2 CAMEO verb
  dictionary and the CAMEO to PLOVER table by :mod:`diversify.news.lexicon_build`
  (about 2,000 verbs in 400 blocks, 3,500 object patterns);
* ``data/event_review.toml``, the reviewed corrections for this domain: codes
  the labels read otherwise, verbs the public dictionary lacks or codes for
  another sense, object words that decide the type, and event nouns.

:meth:`Lexicon.verb_type` decides in this order: an object rule of the review
(an imposing verb with "tariffs" sanctions, a removing verb retreats), the
reviewed verb, the most specific PETRARCH pattern that the words after the
verb satisfy, the verb's default code.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from diversify.news.model import EVENT_TYPES
from diversify.news.triggers import inflect

EASING_NOUNS = frozenset({"pause", "reprieve", "exemption", "exemptions", "relief", "truce", "waiver",
                          "suspension", "rollback"})
"""Nouns that make a measure named beside them an easing: "the tariff pause"."""
VICTIM_NOUNS = frozenset({"arrest", "arrests", "detention", "detentions", "expulsion", "expulsions", "seizure",
                          "seizures", "abduction", "abductions", "kidnapping", "kidnappings", "killing", "killings",
                          "jailing", "sentencing", "imprisonment", "death", "deaths", "invasion", "invasions",
                          "occupation", "annexation", "bombing", "shelling", "bombardment", "blockade"})
"""Acts whose "of" names those they were done to, not their authors ("the arrest of two Japanese
nationals", "the invasion of Ukraine"): those are not the ones a judgement of the act is aimed at."""
CRITICISING = ("denounc", "condemn", "criticis", "criticiz", "decr", "protest", "slam", "lambast", "blast")
"""Stems of verbs of public criticism: what they take as object is criticised, not reported as done
("denounced Washington's support for Israel's war")."""
PRAISING = frozenset(w for v in ("praise", "hail", "welcome", "applaud", "commend", "laud", "thank", "salute",
                                 "congratulate") for w in inflect(v))
"""Forms of verbs of praise: the money a praised act names is the praised one's, not the praiser's aid
("praised Canada's commitment to allocate $500 million")."""
CONCLUSIONS = frozenset({"conclusion", "completion", "finalisation", "finalization", "culmination"})
"""Nouns of talks brought to an agreement: "the conclusion of negotiations with Ecuador"."""
LEVEL_VERBS = frozenset({"peaked", "stood", "stand", "stands", "remained", "remain", "remains", "averaged",
                         "average", "averages", "hovered", "hover", "hovers"})
"""Verbs that tell a measure's level, not an act: "U.S. tariffs on Chinese goods had peaked at 145%"."""
_IMPOSING = frozenset({"impose", "slap", "levy", "announce", "unveil", "put", "place", "apply", "hit",
                       "target", "retaliate", "add", "raise", "increase", "double", "triple", "hike",
                       "implement", "introduce", "enact", "expand", "extend", "reimpose", "sign",
                       "order", "authorize", "authorise", "adopt", "approve", "set", "answer",
                       "respond", "reply", "counter", "hit back", "strike back", "confirm", "finalize", "finalise",
                       "charge", "designate", "reinstate", "relist"})


ACTS_JUDGED = frozenset({
    "drills", "drill", "exercise", "exercises", "manoeuvres", "maneuvers", "penalty", "penalties",
    "move", "moves", "decision", "decisions", "duties", "duty", "tariffs", "tariff", "levies", "levy",
    "measure", "measures", "step", "steps", "sanctions", "ban", "statement", "remarks", "comments",
    "announcement", "ruling", "transfer", "outcome", "proposal", "offer", "overture", "strikes",
    "strike", "attack", "attacks", "incursion", "incursions", "seizure", "expulsion", "expulsions",
    "action", "actions", "order", "restrictions", "probe", "investigation", "accusation",
    "accusations", "threat", "threats", "demand", "demands", "deployment", "surcharge",
    "retaliation", "countermeasures", "counter-tariffs", "closure", "suspension", "pause", "deal",
    "agreement", "budget", "vote", "pledge", "plan", "commitment", "surtax", "surtaxes", "controls",
    "curbs", "quota", "quotas", "embargo", "policy", "policies", "increase", "increases", "hike",
    "hikes", "escalation", "incidents", "incident", "sale", "purchase", "recognition", "criticism",
    "de-escalation", "ceasefire", "truce", "snapback", "concession", "concessions", "visit",
    "approval", "exemption", "reprieve", "rollback", "raid", "raids", "airstrike", "airstrikes", "shelling",
    "bombing", "bombardment", "barrage", "detention", "arrest", "arrests", "accord", "pact", "relief"})
"""Nouns naming an act already reported: "welcomed the move", "called the decision unjustified"."""


TALKS_SHUNNED = ("shun", "snub", "boycott", "rebuff", "spurn", "avoid")
"""Verbs whose object is talks not held: "has been shunning talks with South Korea"."""
TALKS_GOING_ON = frozenset({"ongoing", "continuing", "protracted", "long-running", "drawn-out", "faltering",
                            "deadlocked"})
"""Talks mentioned only as going on, no round reported: "encouraged by ongoing discussions with U.S. officials"."""


SITES = frozenset({"facility", "facilities", "plant", "plants", "factory", "factories", "shipyard", "shipyards",
                   "site", "sites", "company", "companies", "firm", "headquarters", "troops", "soldiers", "museum",
                   "memorial", "mine", "mines", "port", "refinery", "university", "school", "hospital", "laboratory",
                   "lab", "exhibition", "expo", "fair"})
"""Sites and units one visits that are no government: "visited a submarine facility in Kiel, Germany"."""


MEASURE_IDEAS = frozenset({"prospect", "possibility", "spectre", "specter", "idea", "threat", "threats", "risk"})
"""Nouns that name a measure as an idea raised, not imposed: "raised the prospect of sanctions"."""


def _names_an_idea(words: Collection[str], measures: Collection[str] = ()) -> bool:
    """The verb's object is the idea of a measure, not the measure: "raised the prospect of
    tariffs", "floated the idea of a levy", "answered the controls with a threat of an additional
    100% tariff"."""
    ws = list(words)
    if any(w in MEASURE_IDEAS for w in ws[:3]):
        return True
    # "with a threat of": what the verb answers with is the idea, whatever measure it answers
    return any(w in MEASURE_IDEAS and ws[i + 1] == "of" and "with" in ws[max(0, i - 2):i]
               and any(x in measures for x in ws[i + 2:]) for i, w in enumerate(ws) if i + 1 < len(ws))


_MONEY_WORDS = frozenset({"$", "billion", "million", "euros", "dollars", "c$", "us$", "\u20ac", "bn", "pounds",
                          "sterling", "yen", "yuan", "renminbi", "crowns", "kroner", "krone", "kronor", "krona",
                          "francs", "zlotys", "zloty", "won", "rupees", "riyals", "dirhams", "pesos", "reais",
                          "rupiah", "lira", "\u00a3", "\u00a5"})
_MONEY_PREFIXES = ("$", "\u20ac", "c$", "us$", "a$", "nz$", "hk$", "r$", "\u00a3", "\u00a5")


def _peoples(words: Collection[str]) -> bool:
    """Whether the words name a country's people ("six detained Americans")."""
    from diversify.news.actors import lexicon as actor_lexicon

    people = actor_lexicon().peoples
    return any(w in people for w in words)


SERVICE_MEMBERS = frozenset({"troops", "soldiers", "personnel", "marines", "sailors", "airmen", "reservists",
                             "contingent", "contingents", "battalion", "battalions", "brigade", "brigades",
                             "battlegroup", "crews", "pilots", "party", "forces"})
"""People sent: with them, arms or equipment are the deployment's, not aid ("sent 200 soldiers and two
F-35 jets to Greenland", "flew troops and equipment to Nuuk")."""


_ON_DEFENCE = re.compile(r"\b(?:on|for|in|to|into)\s+(?:its\s+|the\s+|their\s+|national\s+|core\s+)?"
                         r"(?:defen[cs]e|military|armed forces)\b")
"""Money put "on defence", "into the military": the spender's own forces."""


def words_money(words: Collection[str]) -> bool:
    """Whether the words name an amount of money (in any currency: "10 billion crowns", "A$600 million")."""
    return any(w in _MONEY_WORDS or w.startswith(_MONEY_PREFIXES) for w in words)


@dataclass(frozen=True)
class Pattern:
    slots: tuple[str, ...]
    type: str


@dataclass(frozen=True)
class Verb:
    lemma: str
    particle: str
    type: str
    block: str


@dataclass
class Lexicon:
    forms: dict[str, list[Verb]] = field(default_factory=dict)
    patterns: dict[str, list[Pattern]] = field(default_factory=dict)
    sets: dict[str, frozenset[str]] = field(default_factory=dict)
    reviewed: dict[str, str] = field(default_factory=dict)
    objects: dict[str, frozenset[str]] = field(default_factory=dict)
    nouns: dict[str, str] = field(default_factory=dict)

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """Words that start an event on their own: forms of verbs whose default (public or
        reviewed) reading is an event type, and event nouns."""
        out = set(self.nouns)
        for form, verbs in self.forms.items():
            for v in verbs:
                reviewed = self.reviewed.get(v.lemma)
                if reviewed or (reviewed is None and v.type and not v.particle):
                    out.add(form)
                    break
        return frozenset(out)

    @cached_property
    def reviewed_types(self) -> dict[str, frozenset[str]]:
        """Forms of the reviewed verbs that name an act by themselves ("praised", "stands
        with", "urged") -> their types; the public dictionary's readings are left out (it types
        "trade", "order", "march" as acts)."""
        out: dict[str, set[str]] = {}
        for form, verbs in self.forms.items():
            for v in verbs:
                typ = self.reviewed.get(v.lemma)
                if typ:
                    out.setdefault(form, set()).add(typ)
        return {w: frozenset(ts) for w, ts in out.items()}

    @cached_property
    def object_lemmas(self) -> dict[str, str]:
        """Form -> lemma of the verbs that start an event only with an object word
        ("imposed tariffs", "tripled duties")."""
        lemmas = {w for k, ws in self.objects.items() if k.endswith("_VERBS") for w in ws}
        lemmas |= _IMPOSING
        return {f: lemma for lemma in sorted(lemmas) for f in inflect(lemma.split(" ")[0])}

    @cached_property
    def object_phrasal(self) -> frozenset[str]:
        """Object verbs written with their particle ("carry out", "cut off")."""
        return frozenset(w for k, ws in self.objects.items() if k.endswith("_VERBS") for w in ws
                         if " " in w) | frozenset(w for w in _IMPOSING if " " in w)

    @cached_property
    def object_verbs(self) -> frozenset[str]:
        return frozenset(self.object_lemmas)

    @cached_property
    def object_words(self) -> frozenset[str]:
        return frozenset(w for k, ws in self.objects.items() if not k.endswith("_VERBS")
                         for phrase in ws for w in phrase.split())

    def may_hold_event(self, words: Collection[str]) -> bool:
        """Whether a sentence with these words may hold an event worth parsing."""
        ws = set(words)
        if not self.trigger_words.isdisjoint(ws):
            return True
        return not self.object_verbs.isdisjoint(ws) and not self.object_words.isdisjoint(ws)

    def verbs_for(self, form: str) -> list[Verb]:
        return self.forms.get(form, [])

    def _slot_ok(self, slot: str, words: Collection[str], text: str) -> bool:
        if slot.startswith("("):
            return slot[1:-1] in words
        options = self.sets.get(slot, frozenset()) if slot.startswith("&") else slot.split("|")
        for o in options:
            if " " in o:
                if f" {o} " in text:
                    return True
            elif o in words or o + "s" in words:
                return True
        return False

    def object_type(self, lemma: str, words: Collection[str]) -> str | None:
        """A reviewed object rule for this verb and the words after it, if one applies."""
        o = self.objects
        base = lemma.split(" ")[0]

        def has(key: str) -> bool:
            return any((w in words) if " " not in w else False for w in o[key]) or any(
                " " in w and all(p in words for p in w.split()) for w in o[key])

        if base in ("conclude", "complete", "finalize", "finalise") and has("TALKS") \
                and {"without", "no"}.isdisjoint(words):
            return "AGREE"  # "concluded negotiations on Ottawa's participation in SAFE": agreement reached
        if base in o["CRAFT_VERBS"] and _craft_coerced(base, list(words)[:6], o["CRAFT"]):
            return "COERCE"  # "blocked a Philippine resupply mission", "intercepted a Turkish aid ship": a blockade
        if base in ("block", "veto", "torpedo") and not _BLOCKED_DECISIONS.isdisjoint(list(words)[:7]):
            return "REJECT"  # "Belgium blocked the EU's plan to lend Ukraine the frozen Russian assets"
        released = lemma in o["RELEASE_VERBS"] or base in o["RELEASE_VERBS"] or (
            base == "set" and "free" in list(words)[:1])  # "set free 14 prisoners"
        if released and (has("DETAINEES") or _peoples(words) or not _HELD.isdisjoint(words)):
            return "CONCEDE"  # "released two Canadian citizens", "freed six Americans": freed to the other side
        if (lemma in o["RETREAT_VERBS"] or base in o["RETREAT_VERBS"]) and has("OWN_MEASURES") \
                and not has("SANCTION"):
            return "RETREAT"  # "rescinded its digital services tax" (structure decides whom it yields to)
        if base in o["CONCEDE_VERBS"] and has("CONCEDE_OBJECTS"):
            return "CONCEDE"  # "dropped two legal challenges of U.S. duties": yields, lifts nothing
        if base in ("put", "place") and "on" in words and not {"hold", "ice"}.isdisjoint(words):
            return "RETREAT"  # "put the countermeasures on ice", "put on hold a tariff"
        if has("SANCTION"):
            if lemma in o["RETREAT_VERBS"] or base in o["RETREAT_VERBS"] or (
                    base in _IMPOSING and not EASING_NOUNS.isdisjoint(words)):
                return "RETREAT"  # "lifted the tariffs"; "extended the tariff pause for Mexico"
            if lemma in o["THREATEN_MEASURE_VERBS"] or base in o["THREATEN_MEASURE_VERBS"]:
                return "THREATEN"
            if base in _IMPOSING and _names_an_idea(words, o["SANCTION"]):
                return "THREATEN"  # "raised the prospect of sanctions on Indian refiners"
            if base in _IMPOSING or lemma in _IMPOSING:
                return "SANCTION"
        if base in o["ASSETS_VERBS"] and has("ASSETS") and not has("AID_OBJECTS"):
            return "SANCTION"  # "froze the assets of two Iranian state banks"
        if (lemma in o["TIES_VERBS"] or base in o["TIES_VERBS"]) and has("TIES"):
            return "SANCTION"  # "severed diplomatic relations with"
        if base in o["COERCE_VERBS"] and has("CLOSED_TO") and ("to" in words or "with" in words):
            return "SANCTION"  # "closed its ports to Israeli ships", "shut the crossings with Belarus"
        if base in o["REOPEN_VERBS"] and has("CLOSED_TO") and ("to" in words or "with" in words):
            return "RETREAT"  # "reopened its border crossings with Belarus": the closure lifted
        if (lemma in o["HALT_VERBS"] or base in o["HALT_VERBS"]) and has("TALKS"):
            return "SANCTION"
        if (lemma in o["HALT_VERBS"] or base in o["HALT_VERBS"]) and has("TRADE"):
            return "SANCTION"  # "China suspended imports of Japanese seafood"
        if base in ("order", "tell", "instruct", "give") and ("leave" in words or "hours" in words) and any(
                w in words for w in ("diplomat", "diplomats", "ambassador", "envoy", "consul", "attache",
                                     "charge", "chargé", "staff", "embassy", "consular")):
            return "COERCE"  # "ordered a Russian diplomat to leave the country within 72 hours": expelled
        if base in ("pull", "strip", "remove", "take", "clear") and ("shelves" in words or "shelf" in words):
            return "SANCTION"  # "began pulling American liquor off the shelves": a boycott of the goods' origin
        if base in o["VISA_VERBS"] and not o["VISA"].isdisjoint(list(words)[:6]):
            return "SANCTION"  # "revoked Petro's U.S. visa": a punishment of the visa holder's government
        if base in ("revoke", "withdraw", "strip", "cancel") and "accreditation" in words:
            return "COERCE"  # "revoked the accreditation of a second secretary of the British embassy": expelled
        if base in ("order", "announce", "close", "shut") and ("closure" in words or base in ("close", "shut")) and any(
                w in words for w in ("consulate", "consulates", "embassy", "embassies", "consulate-general")):
            # "ordered the closure of Russia's last remaining consulate": relations cut; with its staff
            # told to leave, an expulsion
            return "COERCE" if "leave" in words else "SANCTION"
        if base in ("withdraw", "rescind", "cancel", "revoke") and ("invitation" in words or "invite" in words):
            return "SANCTION"  # "Tokyo withdrew its invitation to Chinese coast guard officials": a snub
        if base in ("resume", "restart", "restore") and has("AID_OBJECTS") and not has("TALKS") and not has("TIES"):
            return "AID"  # "Washington resumed shipments of artillery shells to Ukraine": aid given again
        if base in ("resume", "restart", "reopen", "restore") and (has("TRADE") or has("TALKS") or has("TIES")):
            return "RETREAT"  # "China resumed imports of Japanese seafood": a halt eased
        if base in o["TARGET_VERBS"] and has("TARGETS") and has("TARGET_WORDS"):
            return "MOBILIZE"  # "endorsing a new target of spending 5% of GDP on defence"
        if base in ("reach", "hit", "exceed", "surpass", "meet") and "spending" in words and has("TARGETS") \
                and any(w in words for w in ("%", "cent", "percent")):
            return "MOBILIZE"  # "had already hit the alliance's new 3.5% core spending benchmark"
        if base in ("reach", "hit", "exceed", "surpass", "top", "meet") and "gdp" in words and any(
                w in words for w in ("spending", "defence", "defense", "military", "outlays")):
            return "MOBILIZE"  # "Spain had reached 2 per cent of GDP in military spending"
        if base in ("unveil", "approve", "pass", "adopt", "announce", "present", "table") and not {
                "budget", "investments", "investment", "outlays"}.isdisjoint(words) \
                and any(w in words for w in ("defence", "defense", "military")) and not any(
                    w in words for w in ("cut", "cuts", "reduced", "lower", "smaller")):
            return "MOBILIZE"  # "unveiled a special defence budget of NT$1.25 trillion": forces funded
        if base in ("spend", "invest", "allocate", "earmark", "devote") and "gdp" in words and has("TARGET_WORDS"):
            return "MOBILIZE"  # "pledged to spend between 5% and 6% of GDP on defence"
        if (lemma in o["HALT_VERBS"] or base in o["HALT_VERBS"]) and has("AID_OBJECTS"):
            return "SANCTION"  # "cut off financial assistance to South Africa" punishes
        if base in o["AID_VERBS"] and words_money(words) and any(
                w in words for w in ("support", "aid", "assistance", "help", "funding")):
            return "AID"  # "announced $500 million in new support for Ukraine"
        if (lemma in o["FORCE_MOVE_VERBS"] or base in o["FORCE_MOVE_VERBS"]) and has("FORCE_UNITS") \
                and (not has("AID_OBJECTS") or not SERVICE_MEMBERS.isdisjoint(list(words)[:8])):
            return "MOBILIZE"  # "dispatched two frigates", "called up reservists", "flew troops and equipment"
        if base in ("spend", "invest", "allocate", "earmark", "devote") and words_money(words) \
                and _ON_DEFENCE.search(" ".join(words)) \
                and not any(w in words for w in ("support", "aid", "assistance", "help", "donations")):
            return "MOBILIZE"  # "will spend an extra 6.5 billion euros on defence": forces funded
        if base in o["ASSAULT_TARGET_VERBS"] and has("ASSAULT_TARGETS"):
            return "ASSAULT"  # "struck three Iranian nuclear sites"; not "struck a deal"
        if base in ("use", "wield", "exercise", "cast") and "veto" not in list(words)[:4]:
            return None  # "cast its veto", not "used the visit to demand that ...": the demand is another act
        for kind in ("COOPERATE", "ASSAULT", "AGREE", "AID", "MOBILIZE", "ACCUSE", "SUPPORT", "THREATEN", "REQUEST",
                     "REJECT", "COERCE"):
            if (lemma in o[f"{kind}_VERBS"] or base in o[f"{kind}_VERBS"]) and has(f"{kind}_OBJECTS"):
                return kind
        return None

    def verb_type(self, verb: Verb, words: Collection[str]) -> str | None:
        """The type of ``verb`` followed by ``words`` (lower-case), or ``None``."""
        by_object = self.object_type(verb.lemma, words)
        if by_object:
            return by_object
        if verb.lemma in self.reviewed:
            return self.reviewed[verb.lemma] or None
        base = verb.lemma.split(" ")[0]
        if base in self.reviewed and not verb.particle:
            return self.reviewed[base] or None
        text = " " + " ".join(words) + " "
        best: Pattern | None = None
        for p in self.patterns.get(verb.block, ()):
            if (best is None or len(p.slots) > len(best.slots)) and all(
                    self._slot_ok(s, words, text) for s in p.slots):
                best = p
        code_type = best.type if best is not None else verb.type
        return code_type or None

    def noun_type(self, word: str) -> str | None:
        return self.nouns.get(word)


def _review_code(code: str, public: str, cameo: dict[str, str]) -> str:
    for k in range(len(code), 1, -1):
        if code[:k] in cameo:
            return cameo[code[:k]]
    return public


def parse_lexicon(tsv: str, review: dict[str, object]) -> Lexicon:
    cameo = {str(k): str(v) for k, v in dict(review.get("cameo", {})).items()}  # type: ignore[call-overload]
    lex = Lexicon()
    for line in tsv.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, lemma, forms, slots, code, plover, block = line.split("\t")
        typ = _review_code(code, plover, cameo) if code else ""
        if typ and typ not in EVENT_TYPES:
            typ = ""
        if kind == "set":
            lex.sets["&" + lemma.lstrip("&")] = frozenset(forms.split(","))
            lex.sets[lemma] = lex.sets["&" + lemma.lstrip("&")]
        elif kind == "verb":
            v = Verb(lemma, slots, typ, block)
            for f in forms.split(","):
                lex.forms.setdefault(f, []).append(v)
                british = _BRITISH.sub(lambda m: "is" + m.group(1), f)
                if british != f and v not in lex.forms.get(british, []):
                    lex.forms.setdefault(british, []).append(v)  # "immobilised", "criticised", "penalise"
                if _SINGLE_L.search(lemma) and f in (lemma + "ed", lemma + "ing"):
                    doubled = lemma + "l" + f[len(lemma):]  # "travelled", "cancelling", "labelled"
                    if v not in lex.forms.get(doubled, []):
                        lex.forms.setdefault(doubled, []).append(v)
        elif kind == "pattern":
            lex.patterns.setdefault(block, []).append(Pattern(tuple(slots.split()), typ))
    for lemma, typ in dict(review.get("verbs", {})).items():  # type: ignore[call-overload]
        lex.reviewed[str(lemma)] = str(typ)
        first, _, particle = str(lemma).partition(" ")
        v = Verb(str(lemma), particle, str(typ), "")
        for f in inflect(first):
            if not any(x.lemma == lemma for x in lex.forms.get(f, [])):
                lex.forms.setdefault(f, []).append(v)
    lex.objects = {str(k): frozenset(map(str, v))
                   for k, v in dict(review.get("objects", {})).items()}  # type: ignore[call-overload]
    for typ, words in dict(review.get("nouns", {})).items():  # type: ignore[call-overload]
        for w in words:
            lex.nouns[str(w)] = str(typ)
    return lex


_HELD = frozenset({"detained", "held", "jailed", "imprisoned", "arrested", "captured", "abducted", "seized"})
"""A person said to be held: "released a French cyclist detained since last June"."""
_BLOCKED_DECISIONS = frozenset({"plan", "proposal", "proposals", "resolution", "resolutions", "package", "deal",
                                "agreement", "bid", "opening", "decision", "motion", "statement", "draft",
                                "initiative", "measures", "accession", "declaration", "loan", "nomination"})
"""What blocking or vetoing refuses (another's decision), unlike "blocked imports" (a measure)."""
def _craft_coerced(base: str, first: list[str], craft_words: Collection[str]) -> bool:
    """Craft among the first words after a blocking verb; one boards a ferry to travel, so boarding
    coerces only another's craft, named with a modifier ("a Taiwanese fishing boat")."""
    craft = next((k for k, w in enumerate(first) if w in craft_words), None)
    return craft is not None and (base != "board" or (
        craft > 0 and first[craft - 1] not in ("a", "an", "the", "its", "their")))


_SINGLE_L = re.compile(r"[^aeiou][aeiou]l$")
"""A verb ending in one vowel and "l" (travel, cancel, label), whose British past and -ing forms double it."""
_BRITISH = re.compile(r"iz(e|es|ed|ing)$")
"""The -ize forms of the (American-spelt) public dictionary, spelt -ise as British and Canadian outlets do."""


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The built-in event lexicon (derived table + review), cached."""
    data = resources.files("diversify.news").joinpath("data")
    tsv = data.joinpath("event_lexicon.tsv").read_text("utf-8")
    review = tomllib.loads(data.joinpath("event_review.toml").read_text("utf-8"))
    return parse_lexicon(tsv, review)
