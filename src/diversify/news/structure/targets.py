"""The targets of an act: actors inside a verb's or an event noun's object or inside a
prepositional phrase its type allows ("lashed out at Washington", "tariffs on Canadian goods"),
never inside a nested clause, with the exceptions each type needs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.model import JUDGING_TYPES, RECIPROCAL_TYPES
from diversify.news.structure.aid import _GOODS, _TRADE_FLOWS
from diversify.news.structure.measures import _EASING_NOUNS
from diversify.news.structure.subjects import (
    _actors_under,
    _codes,
    _owner_or_all,
    _subject_codes,
    _victim_act_authors,
)
from diversify.news.structure.threats import _MODAL_FUTURE
from diversify.news.structure.tokens import _prep_as_dative, _what_called
from diversify.news.structure.words import (
    _CAPITAL_PLACE,
    _CLAUSAL,
    _DIRECT,
    _FACE,
    _MEASURES,
    _RESPONSE_NOUNS,
    _RESPONSES,
    _TALKS,
)
from diversify.news.verbs import EASING_NOUNS, VICTIM_NOUNS, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


_PREPS: dict[str, frozenset[str]] = {
    "AGREE": frozenset({"with", "between", "to"}),
    "CONSULT": frozenset({"with", "to", "between", "alongside", "including"}),   # "met several leaders, including"
    "COOPERATE": frozenset({"with", "between"}),
    "SUPPORT": frozenset({"for", "to", "of", "with", "behind"}),
    "CONCEDE": frozenset({"to"}),
    "AID": frozenset({"to", "for"}),
    "RETREAT": frozenset({"on", "for", "against", "from", "to"}),
    "REQUEST": frozenset({"to", "on", "from"}),
    "ACCUSE": frozenset({"at", "of", "against", "on", "toward", "towards", "into"}),
    "REJECT": frozenset({"from", "by", "of", "against"}),
    "THREATEN": frozenset({"against", "on", "to", "with"}),
    "PROTEST": frozenset({"against"}),
    "SANCTION": frozenset({"on", "against", "from", "to"}),
    "MOBILIZE": frozenset(),
    "COERCE": frozenset({"on", "against", "from", "to"}),
    "ASSAULT": frozenset({"on", "against", "at", "into", "in"}),
}
_NOUN_AIMS: dict[str, frozenset[str]] = {"praise": frozenset({"on"})}
"""Prepositions an event noun aims with beyond its type's: "lavished praise on Carney"."""

_NO_DIRECT = frozenset({"AGREE", "MOBILIZE", "PROTEST"})

_COMPLAINTS = frozenset({"protest", "protests", "complaint", "complaints", "objection", "objections",
                         "request", "disappointment", "displeasure", "dismay", "concerns", "concern", "outrage",
                         "regret", "dissatisfaction", "anger", "indignation", "disapproval", "alarm", "frustration",
                         "representations", "unease", "disquiet", "discontent", "consultations"})
_RELATIONS_HELD = frozenset({"ties", "relations", "relationship", "partnership", "cooperation", "co-operation",
                             "friendship", "alliance"})
_ABOUT = frozenset({"over", "about", "regarding", "concerning"})
_AID_NOUNS = frozenset({"aid", "assistance", "funding", "support", "loans", "loan", "grants"})

_CLOSABLE = frozenset({"border", "borders", "airspace", "ports", "crossings", "crossing", "waters"})
"""What a government shuts against a neighbour: "shut its border with Belarus"."""

_VENUES = frozenset({"WTO", "UN"})
"""Bodies a complaint is lodged with or filed at, not against; its target is the other actor named."""

_CHANGES = frozenset({"increase", "increases", "hike", "hikes", "rise", "jump", "doubling", "tripling",
                      "expansion", "escalation", "change", "changes", "cut", "cuts"})
"""Nouns of a change in something: "the increase in U.S. duties" is the duties' author's act."""
_BUYING = frozenset({"buy", "purchase", "acquire", "procure"})

_WITH_TO = frozenset({"with", "to"})

_IDEAS = frozenset({"idea", "notion", "suggestion", "prospect", "possibility", "proposal", "plan",
                    "offer", "call", "calls"})

_TRAVEL = frozenset({"visit", "visits", "stop", "stopover", "arrived", "arrives", "arrive", "arriving"})
"""Nouns of travel: the country (or capital) visited is the other party of the meeting."""
_JOINING = frozenset({"join", "joins", "joined", "joining", "become", "becomes", "became",
                      "becoming"})

_DISCUSSING = frozenset({"discuss", "discussed", "discusses", "discussing", "debate", "debated", "debates",
                         "debating", "review", "reviewed", "reviewing"})

_ACTS_ON_OF = frozenset({"shelling", "bombing", "bombardment", "bombardments", "blockade", "seizure", "strafing"})
"""Nouns of force whose "of" names what is hit: "the shelling of Indian villages"."""


_FORCE_HELD = frozenset({"action", "force", "strikes", "operations", "intervention", "attacks", "raids"})
"""Force held out whose place names its target: "did not rule out action inside Venezuela"."""


_ASKING_FOR = ("call", "push", "press", "appeal", "plead", "lobb", "ask", "advocat", "campaign")
"""Verbs that ask "for" another to act: "called for Russia to withdraw", "pushed for Ottawa to drop"."""


def _acted_upon(v: Token) -> bool:
    """An infinitive whose subject is acted upon, not asked to act: "called for Belarus to face new
    sanctions", "called for Azerbaijan to be sanctioned"."""
    return any(c.dep_ == "auxpass" for c in v.children) or v.lower_ in _FACE or v.lower_ in (
        "receive", "get", "suffer", "undergo")


def _targets(t: Token, typ: str, heads: dict[int, list[Mention]], exclude: set[int]) -> list[str]:
    preps = _PREPS.get(typ, frozenset())
    if typ == "AGREE" and t.lower_ in _JOINING:
        preps = preps | {"in"}  # "became a participant in the EU fund"
    if typ in ("ASSAULT", "COERCE") and t.lower_ in _ACTS_ON_OF:
        preps = preps | {"of"}  # "heavy shelling of Indian border villages", "the invasion of Ukraine"
    preps = preps | _NOUN_AIMS.get(t.lower_, frozenset())
    travel = typ == "CONSULT" and t.lower_ in _TRAVEL
    if travel:
        preps = preps | {"in", "to"}  # "during a stop in Warsaw", "a visit to Kyiv": the host
    found: list[Mention] = []
    for c in t.children:
        if c.i in exclude:
            continue
        if c.dep_ in _DIRECT and _relative_pronoun_of(c, t):
            # "Lula, whom von der Leyen met on Friday": the relative pronoun stands for what it follows
            found.extend(heads.get(t.head.i, ()))
            continue
        if typ == "RETREAT" and c.dep_ == "prep" and c.lower_ == "with" and any(
                d.dep_ == "dobj" and d.lower_ in EASING_NOUNS for d in t.children):
            # "extended the tariff truce with China": the parser may hang the partner on the verb
            found.extend(_actors_under(c, heads, skip_preps=True))
            continue
        if typ == "AID" and c.dep_ == "prep" and c.lower_ == "in":
            # "pledged 2 billion Canadian dollars in new military aid to Ukraine": the aid's recipient
            found.extend(m for p in c.children if p.dep_ == "pobj" and p.lower_ in _AID_NOUNS
                         for q in p.children if q.dep_ == "prep" and q.lower_ in ("to", "for")
                         for m in _actors_under(q, heads, skip_preps=True))
            continue
        if typ == "AID" and c.lower_ == "worth" and c.dep_ in ("advcl", "amod", "acomp"):
            # "supplies worth 100 million yuan to Myanmar": the parser may hang the recipient on "worth"
            found.extend(m for p in c.children if p.dep_ == "prep" and p.lower_ == "to"
                         for m in _actors_under(p, heads, skip_preps=True))
            continue
        if typ in ("SANCTION", "THREATEN") and c.dep_ == "prep" and c.lower_ == "by" and t.lower_ in _RESPONSES \
                and any(a.dep_ == "aux" and a.lower_ in _MODAL_FUTURE for a in t.children):
            # "would retaliate by banning American firms from its tenders": whom the means hits
            found.extend(m for g in c.children if g.dep_ == "pcomp" for d in g.children if d.dep_ in _DIRECT
                         for m in _actors_under(d, heads, skip_preps=True))
            continue
        if "to" in preps and c.dep_ in ("advcl", "xcomp") and c.tag_.startswith("VB") and heads.get(c.i) \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            found.extend(heads[c.i])  # "sent equipment and specialists to Denmark", "Denmark" parsed as a verb
            continue
        named = _what_called(c) if c.dep_ == "ccomp" and typ in JUDGING_TYPES else []
        if named:  # "criticised what he called the militarisation of the Arctic by NATO"
            direct = [m for x in named for m in _actors_under(x, heads, skip_preps=True, allow=preps | {"by", "of"})]
            # "what he described as crimes committed by the Israeli regime": the author of the act named
            direct += [m for x in named for y in (x, *x.conjuncts) for a in y.children
                       if a.dep_ == "acl" and a.tag_ == "VBN" for g in a.children if g.dep_ == "agent"
                       for m in _actors_under(g, heads, skip_preps=True)]
            found.extend([m for m in direct if m.possessive] or direct)
            continue
        if c.dep_ in _DIRECT and typ == "CONSULT" and t.lower_ in _DISCUSSING:
            # "the two leaders discussed Ukraine, trade and the Arctic": topics, not partners; but
            # "discussed tariffs with Trump" (the parser hangs "with" on the topic)
            found.extend(m for p in c.children if p.dep_ == "prep" and p.lower_ in ("with", "between")
                         for q in p.children for m in _actors_under(q, heads, skip_preps=True))
            continue
        if c.dep_ in _DIRECT and typ == "CONSULT":
            # "met Macron", "visited Kyiv and Warsaw": the object itself is the other party
            for o in (c, *_coordinated(c)):
                found.extend(heads.get(o.i, ()))
            for p in c.children:  # "met his Latvian counterpart", "negotiated terms with X"
                if p.dep_ in ("poss", "amod", "compound"):
                    found.extend(heads.get(p.i, ()))
                elif p.dep_ == "prep" and p.lower_ in ("with", "between", "from", "of"):
                    for q in p.children:
                        found.extend(_actors_under(q, heads, skip_preps=True))
        elif c.dep_ in _DIRECT and not _prep_as_dative(c):
            # "negotiating trade relations with the US", "imposed tariffs on Canadian steel"
            allow = preps | {"with"} if c.lower_ in _TALKS | _COMPLAINTS | _CLOSABLE | _EASING_NOUNS | EASING_NOUNS \
                else preps  # "froze talks with X", "extended the tariff truce with China"; "froze talks
            if typ == "REQUEST" and c.lower_ in _TALKS:
                allow = allow | {"between"}  # "Ukraine proposed direct talks between Zelensky and Putin"
            if typ == "ACCUSE" and c.lower_ in _COMPLAINTS:
                allow = allow | {"to"}  # "conveyed its disappointment to Washington"
                # "lodged a protest over remarks on Taiwan made by Takaichi", "concern over India's
                # record": the author of what it is about, not its topic
                found.extend(m for p in (*c.children, *t.children) if p.dep_ == "prep" and p.lower_ in _ABOUT
                             for q in p.children if q.dep_ == "pobj"
                             for m in (_victim_act_authors(q, heads) if q.lower_ in VICTIM_NOUNS else
                                       _owner_or_all(q, heads)))
                # ("deep regret over the detention of its nationals in a U.S. raid": who detained, not who was)
            # with X", "lodged a protest with Beijing"
            if typ == "SANCTION" and c.lower_ in _AID_NOUNS:
                preps = preps | {"to"}  # "cut off assistance to South Africa"
            if typ == "SANCTION" and c.lower_ in _CLOSABLE:
                # "closed its airspace to flights to and from Mali", "to Indian airlines": whoever the
                # closure keeps out
                found.extend(m for p in (*c.children, *t.children) if p.dep_ == "prep" and p.lower_ == "to"
                             for w in p.subtree for m in heads.get(w.i, ()))
            if typ == "AID" or (typ == "SANCTION" and any(w.lower_ in lexicon().objects["ASSETS"] for w in c.subtree)):
                allow = allow | {"in"}  # "$500 million in support for Ukraine", "€210 billion in Russian assets"
            if typ == "THREATEN" and c.lower_ in _FORCE_HELD and any(x.dep_ == "neg" for x in t.children):
                allow = allow | {"in", "inside", "within"}  # "did not rule out action inside Venezuela"
            if typ in JUDGING_TYPES:
                allow = allow | {"by", "of"}  # "condemned the strikes by Russia": their author
                if c.lower_ in _CHANGES:
                    allow = allow | {"in"}  # "called the increase in U.S. duties unjustified"
            if typ in ("COERCE", "ASSAULT", "SANCTION", "THREATEN"):
                # "detained 475 people, including 317 South Koreans", "tariffs on goods from nearly 20 countries,
                # including the Philippines"
                allow = allow | {"including", "among"}
            victims = typ in JUDGING_TYPES and c.lower_ in VICTIM_NOUNS
            if victims:  # "condemned the arrest of two Japanese nationals": not those arrested
                allow = allow - {"of"}
            direct = _actors_under(c, heads, skip_preps=True, allow=allow, allow_of=not victims)
            if typ == "SANCTION" and c.lower_ in lexicon().objects["SANCTION"]:
                # "reimpose United Nations sanctions on Iran", "extended EU tariffs to ...": the one named
                # as the measure's modifier owns it; the target is whom it is "on"
                own = {id(m) for x in c.children if x.dep_ in ("compound", "amod", "nmod") for m in heads.get(x.i, ())}
                direct = [m for m in direct if id(m) not in own]
            if typ in JUDGING_TYPES and lexicon().noun_type(c.lower_) in ("ASSAULT", "COERCE", "SANCTION"):
                # "condemned Israeli attacks on Iran": the author judged, not the one attacked
                authors = [m for x in c.children if x.dep_ in ("amod", "compound", "poss", "nmod")
                           for m in heads.get(x.i, ())]
                direct = authors or direct
            if typ in JUDGING_TYPES:
                # "welcomed the willingness shown by Bangkok and Phnom Penh", "hailed the ties as well as the
                # leadership of President Xi": the authors of the acts judged, and what is coordinated with them
                direct += [m for y in (c, *c.conjuncts) for a in y.children
                           if a.dep_ == "acl" and a.tag_ == "VBN" for g in a.children if g.dep_ == "agent"
                           for m in _actors_under(g, heads, skip_preps=True)]
                if typ == "SUPPORT":  # (not "the killing of civilians and the blockade of Gaza": victims)
                    direct += [m for y in c.conjuncts if y.lower_ not in VICTIM_NOUNS and lexicon().noun_type(
                        y.lower_) is None for m in heads.get(y.i, ()) or _actors_under(
                        y, heads, skip_preps=True, allow=frozenset({"of"}))]
            # (the judge's own possession is no owner judged: "hailed Canada's improving ties with China")
            # (but praise of one's own deal or ties is a pleasantry: "Carney praised Canada's trade deal with
            # Indonesia" names no one praised)
            own_side = set(_subject_codes(t, heads) or []) if typ in ("ACCUSE", "SUPPORT") and not (
                lexicon().noun_type(c.lower_) == "AGREE" or c.lower_ in _RELATIONS_HELD) else set()
            owners = [m for m in direct if m.possessive and m.code not in own_side]
            if typ == "AGREE" and t.lower_ in _JOINING:
                # "became a participant in the EU fund", "joined the NATO mission": its owner
                found.extend(_actors_under(c, heads, skip_preps=True, allow=preps))
            elif typ in _NO_DIRECT:
                found.extend(owners)  # "joined Canada's partnership": Canada is the partner
            else:
                found.extend(owners or direct)
            if typ in RECIPROCAL_TYPES:
                found.extend(_partners_within(c, heads))
            if typ == "REJECT" and c.lower_ in _IDEAS:
                found.extend(_idea_parties(c, heads))
        elif typ in ("THREATEN", "REQUEST") and (c.dep_ in ("xcomp", "acl") or (
                c.dep_ == "advcl" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children))):
            # "renewed his threats to annex Greenland" (the parser may hang "to annex" on the verb)
            if typ == "REQUEST" and any(d.dep_ in _DIRECT and _actors_under(d, heads, skip_preps=True)
                                        for d in t.children):
                continue  # "asked the Security Council to declare U.S. strikes illegal": the one asked
            for g in c.children:  # "threatened to annex Greenland", "urged Ottawa to act"
                if g.dep_ in _DIRECT:
                    found.extend(_actors_under(g, heads, skip_preps=True))
            if typ == "REQUEST" and t.lower_.startswith(_ASKING_FOR) and not _acted_upon(c):
                # "called for Russia to withdraw its troops": the one asked is the subject "for" marks
                found.extend(m for g in c.children if g.dep_ == "nsubj" and any(
                    x.dep_ == "mark" and x.lower_ == "for" for x in c.children)
                    for m in _actors_under(g, heads, skip_preps=True))
                # (the parser may hang that subject on the verb: "called for Pakistan to stop ...")
                found.extend(m for p in t.children if p.dep_ == "prep" and p.lower_ == "for" and p.i < c.i
                             for q in p.children if q.dep_ == "pobj" for m in heads.get(q.i, ()))
        if typ == "THREATEN" and c.dep_ == "dobj" and c.lower_ in ("right", "option"):
            for a in c.children:  # "reserves the right to impose duties on U.S. goods"
                if a.dep_ == "acl":
                    found.extend(m for g in a.children if g.dep_ in _DIRECT
                                 for m in _actors_under(g, heads, skip_preps=True,
                                                        allow=frozenset({"on", "against"})))
        elif c.dep_ == "xcomp" and typ == "AGREE" and c.lower_ in ("invest", "investing"):
            for g in (*c.children, *(x for o in c.children if o.dep_ == "dobj" for x in o.children)):
                # "committed to invest C$70 billion in Canada under a framework"
                if g.dep_ == "prep" and g.lower_ == "in":
                    found.extend(_actors_under(g, heads, skip_preps=True, allow=frozenset({"in"})))
        elif c.dep_ == "xcomp" and typ == "AGREE" and c.lower_ in _BUYING:
            for g in c.children:  # "agreed to buy a radar system from Australia": the seller
                if (g.dep_ == "prep" and g.lower_ == "from") or g.dep_ in _DIRECT:
                    found.extend(_actors_under(g, heads, skip_preps=True, allow=frozenset({"from"})))
        elif c.dep_ == "xcomp" and typ == "REJECT":
            for g in c.children:  # "declined to set a date for talks with Poland": refuses Poland
                if g.dep_ in _DIRECT and any(w.lower_ in _TRADE_FLOWS | _GOODS for w in (g, *g.children)):
                    continue  # "refused to halt its purchases of Russian crude": the goods' origin refuses no one
                if g.dep_ in _DIRECT or (g.dep_ == "prep" and g.lower_ in ("with", "to", "for")):
                    found.extend(_actors_under(g, heads, skip_preps=True, allow=_WITH_TO))
                elif g.dep_ == "prep" and g.lower_ == "despite":  # "... despite U.S. pressure"
                    found.extend(m for p in g.children if p.dep_ == "pobj" and p.lower_ in _PRESSURE
                                 for m in _actors_under(p, heads, skip_preps=True, allow=frozenset({"from"})))
        elif c.dep_ == "ccomp" and typ == "REQUEST":
            for g in c.children:  # "demanded that Moscow withdraw its troops"
                if g.dep_ in ("nsubj", "nsubjpass"):
                    found.extend(_actors_under(g, heads, skip_preps=True))
        elif c.dep_ == "dep" and typ in RECIPROCAL_TYPES and c.tag_.startswith("NN") \
                and c.left_edge.i > 0 and c.doc[c.left_edge.i - 1].lower_ == "as" \
                and c.doc[c.left_edge.i - 1].dep_ == "cc":
            # "met with the prime minister of Laos, as well as the President of the Philippines"
            found.extend(_actors_under(c, heads, skip_preps=True))
        elif c.dep_ == "prep" and c.lower_ == "by" and typ in JUDGING_TYPES \
                and any(x.dep_ == "nsubj" for x in t.children):
            for p in c.children:  # an active verb's "by": the object's author, as the parser
                if p.dep_ == "pobj":  # attaches it ("called the move by X hostile")
                    found.extend(_actors_under(p, heads, skip_preps=True))
        elif c.dep_ == "prep" and c.lower_ == "despite" and typ == "REJECT":
            for p in c.children:  # "refused to drop its quotas despite U.S. pressure": who pressed
                if p.dep_ == "pobj" and p.lower_ in _PRESSURE:
                    found.extend(_actors_under(p, heads, skip_preps=True, allow=frozenset({"from"})))
        elif c.dep_ == "prep" and c.lower_ == "of" and typ == "THREATEN":
            for p in c.children:  # "warned of merciless retaliation against South Korea"
                if p.dep_ == "pobj" and (p.lower_ in _RESPONSE_NOUNS or p.lower_ in _MEASURES):
                    found.extend(_actors_under(p, heads, skip_preps=True,
                                               allow=frozenset({"on", "against", "at", "for"})))
        elif c.dep_ == "prep" and c.lower_ in ("with", "to") and typ in ("SANCTION", "THREATEN") and any(
                d.dep_ == "dobj" and d.lower_ in _CLOSABLE for d in t.children):
            for p in c.children:  # "shut its border with Belarus", "closed its airspace to Indian airlines"
                if p.dep_ == "pobj":
                    found.extend(_actors_under(p, heads, skip_preps=True))
        elif c.dep_ == "prep" and c.lower_ == "with" and typ == "SANCTION":
            for p in c.children:  # "answered with counter-duties on Canadian canola"
                if p.dep_ == "pobj" and any(w.lower_ in _MEASURES for w in p.subtree):
                    found.extend(_actors_under(p, heads, skip_preps=True,
                                               allow=frozenset({"on", "against"})))
        elif (c.dep_ == "prep" or _prep_as_dative(c)) and (c.lower_ in preps or (
                typ == "ACCUSE" and c.lower_ == "to" and t.tag_.startswith("VB"))):
            # "complained to Beijing": the verb's own "to" (not "criticised X's visit to Nuuk");
            # "struck targets in and around Caracas": the object of the joined preposition too
            for p in (*c.children, *(g for x in c.children if x.dep_ == "conj" and x.tag_ == "IN"
                                     for g in x.children)):
                if p.dep_ == "pcomp" and _what_called(p):  # "would respond to what she called ..."
                    found.extend(m for x in _what_called(p) for m in _actors_under(x, heads, skip_preps=True))
                elif p.dep_ == "pobj" and _relative_pronoun_of(p, t):
                    found.extend(heads.get(t.head.i, ()))  # "Trump, with whom Carney spoke": the antecedent
                elif p.dep_ == "pobj":
                    # a capital after "in"/"at" is a place, except "lashed out at Washington"
                    place = not travel and typ != "ASSAULT" and (
                        c.lower_ == "in" or (c.lower_ == "at" and typ != "ACCUSE"))
                    # "strikes on camps in Pakistan": the country the place lies in is hit
                    within = frozenset({"in", "around", "near", "outside"}) if typ in ("ASSAULT", "COERCE") \
                        else frozenset()
                    found.extend(m for m in _actors_under(p, heads, skip_preps=True, allow=within)
                                 if not (m.kind in _CAPITAL_PLACE and place))
        elif c.dep_ == "prep" and c.lower_ == "for" and typ == "REQUEST" and t.lower_.startswith(_ASKING_FOR):
            for p in c.children:  # "advocated for a trade agreement between Japan and Mercosur": its other side
                if p.dep_ == "pobj" and (p.lower_ in _TALKS or lexicon().noun_type(p.lower_) == "AGREE"):
                    found.extend(_actors_under(p, heads, skip_preps=True, allow=frozenset({"with", "between"})))
        elif c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back"):
            for p in c.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    for q in p.children:
                        found.extend(_actors_under(q, heads, skip_preps=False))
    if typ == "RETREAT":  # "backed down on his tariff threat against Canada": whom it threatened
        for w in t.subtree:
            if w.lower_ in ("threat", "threats", "ultimatum") and w.i != t.i:
                found.extend(_actors_under(w, heads, skip_preps=True, allow=frozenset({"against", "on", "to"})))
                for a in w.children:
                    if a.dep_ == "acl":
                        found.extend(m for g in a.children if g.dep_ in _DIRECT or g.dep_ == "prep"
                                     for m in _actors_under(g, heads, skip_preps=True,
                                                            allow=frozenset({"on", "against"})))
    if not found and typ in ("ASSAULT", "COERCE") and t.tag_.startswith("VB") and not any(
            c.dep_ in _DIRECT for c in t.children):
        # "rammed and disabled a Philippine supply boat": the object the two verbs share
        found.extend(m for v in t.children if v.dep_ == "conj" and v.tag_.startswith("VB") and not any(
            g.dep_ in ("nsubj", "nsubjpass") for g in v.children)
            for c in v.children if c.dep_ in _DIRECT for m in _actors_under(c, heads, skip_preps=True, allow=preps))
    codes = _codes(found, acting=False)
    if travel and t.tag_.startswith("VB"):
        # "arrived in Brussels for the NATO summit": a seat of international bodies is no host
        codes = [c for c in codes if len(c) == 3]
    if typ == "ACCUSE" and any(c not in _VENUES for c in codes):
        codes = [c for c in codes if c not in _VENUES]  # "filed a complaint ... at the WTO": the venue
    return codes


def _relative_pronoun_of(w: Token, verb: Token) -> bool:
    """Whether ``w`` is a relative pronoun ("whom", "which") of the relative clause headed by ``verb``:
    it stands for the word the clause follows."""
    return w.tag_ in ("WP", "WDT") and verb.dep_ == "relcl"


def _coordinated(c: Token) -> list[Token]:
    """The words joined to ``c`` by coordination or apposition ("met Macron, Merz and Tusk"), not those
    joined deeper inside it ("talks on jets from Qatar and Oman": the jets' origins)."""
    out: list[Token] = []
    stack = [c]
    while stack:
        for y in stack.pop().children:
            if y.dep_ in ("conj", "appos"):
                out.append(y)
                stack.append(y)
    return out


_PRESSURE = frozenset({"pressure", "demands", "demand", "calls", "requests", "objections", "threats"})
"""What one side puts on another to make it act: "under pressure from Washington"."""


def _idea_parties(idea: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """The other party of the act an idea names: "the idea of joining talks with Russia"."""
    found: list[Mention] = []
    for p in idea.children:
        if p.dep_ != "prep" or p.lower_ != "of":
            continue
        for g in p.children:
            if g.dep_ == "pobj":
                found.extend(_actors_under(g, heads, skip_preps=True, allow=_WITH_TO))
            elif g.dep_ == "pcomp":
                for x in g.children:
                    if x.dep_ in _DIRECT or (x.dep_ == "prep" and x.lower_ in _WITH_TO):
                        found.extend(_actors_under(x, heads, skip_preps=True, allow=_WITH_TO))
    return found


def _partners_within(obj: Token, heads: dict[int, list[Mention]]) -> list[Mention]:
    """Actors after "with"/"between" anywhere inside an object, within its clause: "signed
    new agreements on trade and defence cooperation with Prime Minister Carney"."""
    found: list[Mention] = []
    stack = [obj]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in _CLAUSAL or c.dep_ in ("punct", "cc", "mark", "appos", "conj"):
                continue
            if c.dep_ == "prep" and c.lower_ in ("with", "between") and c.head.i != obj.i:
                for p in c.children:
                    if p.dep_ == "pobj":
                        found.extend(_actors_under(p, heads, skip_preps=True))
                continue
            stack.append(c)
    return found
