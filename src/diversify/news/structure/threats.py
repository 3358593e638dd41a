"""Threats (THREATEN) read from constructions: warnings of what another side would suffer or of
what the warner's side would do if it acts, options kept on the table, idioms of warning,
threats an act drew, another's threat named as a noun, what a speaker would treat as legitimate
targets or a cause of war, harm held over another unless it acts, and force held out in reported
speech."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diversify.news.actors import Mention
from diversify.news.structure.modality import (
    _ancestor_conditional,
    _condition_subjects,
    _held_in_readiness,
    _is_condition,
    _not_hesitating,
    _on_condition,
    _readiness_head,
    _told_by_analysts,
    _unreal,
)
from diversify.news.structure.subjects import (
    _act_authors,
    _actors_under,
    _codes,
    _own_side_acts,
    _pronoun_subject,
    _reporter,
    _speaker_and_subject,
    _subject,
    _subject_codes,
)
from diversify.news.structure.tokens import _clause_verb, _is_verb, _saying_verb, _will
from diversify.news.structure.words import (
    _ARMS,
    _CAUSING,
    _DIRECT,
    _DRAWING,
    _FACE,
    _MEASURE_HEADS,
    _MEASURES,
    _MODALS,
    _REGARDING,
    _RESPONSE_NOUNS,
    _RESPONSES,
    _SAYING,
    _STEPS,
    _TAKING,
    _TALKS,
)
from diversify.news.triggers import inflect
from diversify.news.verbs import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def _kept_on_the_table(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """An option kept open: "nothing is off the table regarding Greenland", "I never take military
    force off the table", "all options remain on the table". The speaker threatens the one the
    sentence names besides its own side."""
    if t.lower_ != "table" or t.dep_ != "pobj" or t.head.lower_ not in ("off", "on"):
        return []
    v = t.head.head
    if not _is_verb(v):
        return []
    subj, _ = _subject(v)
    words = {w.lower_ for w in v.children} | ({subj.lower_} if subj is not None else set())
    if t.head.lower_ == "off":
        kept = bool(words & {"not", "n't", "never", "nothing"}) or any(c.dep_ == "neg" for c in v.children)
    else:
        kept = subj is not None and subj.lower_ in ("options", "everything", "option", "all")
    if not kept:
        return []
    speaker = v.head if v.dep_ == "ccomp" and _is_verb(v.head) else v
    src = _subject_codes(speaker, heads) or []
    if speaker is v and subj is not None and subj.lower_ in ("i", "we", "nothing", "options", "everything"):
        src = []
    if not src:
        return []
    named = [m.code for w in v.subtree for m in heads.get(w.i, ()) if m.code not in src and not m.weak]
    named = named or [m.code for w in t.sent for m in heads.get(w.i, ())
                      if m.code not in src and not m.weak and w.i not in {x.i for x in speaker.subtree
                                                                          if x.i < v.i}]
    return [(a, named[0]) for a in src] if named else []


_WARNING_VERBS = frozenset({"warned", "warns", "warn", "warning", "cautioned", "cautions", "caution"})
_HINTING = _WARNING_VERBS | frozenset({"hinted", "hints", "hint", "hinting", "signalled", "signaled",
                                       "signals", "signalling", "signaling"})
_MODAL_FUTURE = frozenset({"would", "could", "will", "might", "may", "'ll", "can"})
_SEEING = frozenset({"see", "sees", "seeing"})

_SUFFERING = frozenset({"burn", "regret", "perish", "bleed"})
"""What a warning says another side will do to its cost: "warned that Tehran will burn"."""
_HARMED = frozenset({"shut", "cut", "taxed", "hit", "blocked", "banned", "slashed", "frozen", "halted", "barred",
                     "excluded", "closed", "sanctioned", "targeted", "curbed", "capped", "penalised", "penalized"})


_ESCALATION = frozenset({"escalation", "war", "conflict", "confrontation", "response", "retaliation",
                         "consequences", "countermeasures", "reprisals"})
"""What a warned act would bring on: "would open a new stage of escalation"."""


def _consequence_warned(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """A warning of what another side would suffer, or of what the warner's side would do if another
    acts: "cautioned that Mexico could see its exports shut out", "warned that any Greek vessel
    ... would be met by the Turkish navy", "hinted that his army could finish the job if Yerevan
    kept stalling"."""
    if t.lower_ not in _WARNING_OR_SAYING or not t.tag_.startswith("VB") or any(
            c.dep_ == "neg" for c in t.children):
        return []
    src = _subject_codes(t, heads)
    if not src:
        return []
    clauses = [c for c in t.children if c.dep_ == "ccomp"]
    if t.lower_ in _SAYING and t.lower_ not in _HINTING:
        # said: only a measure that could rise or take effect if another acts ("the White House said
        # the UK rate could rise to 50% on 9 July if London failed to meet the terms")
        for c in clauses:
            who, _ = _subject(c)
            other = _other_side_warned(c, who, src, heads, harm=any(  # "more penalties on India could follow"
                a.dep_ == "aux" and a.lower_ in ("could", "might") for a in c.children))
            if other:
                return [(a, other[0]) for a in src]
            if who is None or who.lower_ not in _MEASURE_HEADS or not any(
                    a.dep_ == "aux" and a.lower_ in _MODAL_FUTURE for a in c.children):
                continue
            named = [x for x in _condition_subjects(c, heads) if x not in src]
            if named:
                return [(a, named[0]) for a in src]
        return []
    if t.dep_ == "ROOT":  # "Mexico could see its exports shut out, Lutnick cautioned"
        clauses += [c for c in t.children if c.dep_ == "parataxis"]
    for c in clauses:
        if not any(a.dep_ in ("aux", "auxpass") and a.lower_ in _MODAL_FUTURE for a in c.children):
            continue
        if _own_side_acts(c, src, heads):
            named = [x for v in c.subtree if _is_verb(v) for x in _condition_subjects(v, heads) if x not in src]
            if named:
                return [(a, named[0]) for a in src]
            continue
        who, passive = _subject(c)
        other = _other_side_warned(c, who, src, heads)
        if other:
            return [(a, other[0]) for a in src]
        if who is None:
            continue
        them = [x for x in _codes(_actors_under(who, heads, skip_preps=False), acting=False) if x not in src]
        if not them:
            continue
        # ("would face tariffs", "would pay a heavy price": _pairs_faced reads those at their verb)
        suffers = (c.lower_ in _SEEING and any(d.dep_ in ("dobj", "ccomp", "xcomp") and any(
            g.lower_ in _HARMED for g in d.subtree) for d in c.children)) or (
            c.lower_ in _SUFFERING and not passive)  # "warned that Tehran will burn if ..."
        met = passive and any(p.dep_ == "pobj" and (set(_codes(_actors_under(p, heads, skip_preps=True),
                                                                acting=True)) & set(src) or p.lower_ in _ARMS)
                              for a in c.children if a.dep_ == "agent" for p in a.children)
        if suffers or met:
            return [(a, them[0]) for a in src]
    return []


_HARMS = _MEASURE_HEADS | frozenset({"penalties", "penalty", "consequences", "costs", "price", "measures",
                                      "retaliation", "reprisals", "restrictions", "steps", "action"})
"""What a warning says will befall another: "warned that further penalties could follow"."""


def _other_side_warned(c: Token, who: Token | None, src: list[str], heads: dict[int, list[Mention]],
                       harm: bool = True) -> list[str]:
    """The other side a warned clause names: the one its harm falls on (when ``harm`` is read), else
    the one whose act it answers ("any retaliatory steps by London would be met with a response")."""
    harmed = _harm_warned(c, who, src, heads) if harm else []
    return harmed or (_any_act_answered(c, who, src, heads) if who is not None else [])


def _any_act_answered(c: Token, who: Token, src: list[str], heads: dict[int, list[Mention]]) -> list[str]:
    """"any delivery of Tomahawks to Kyiv by Washington would open a new stage of escalation", "any
    retaliatory steps by London would be met with a tough response": the one who might act."""
    if not any(d.lower_ == "any" for d in who.children) or _ESCALATION.isdisjoint(
            w.lower_ for w in c.subtree if w.i > c.i) or not any(
            a.dep_ in ("aux", "auxpass") and a.lower_ in _MODAL_FUTURE for a in c.children):
        return []
    return [x for x in _codes((m for p in who.children if p.dep_ in ("poss", "prep") and (
        p.dep_ == "poss" or p.lower_ in ("by", "from")) for m in _actors_under(p, heads, skip_preps=True)),
                              acting=False) if x not in src]


def _harm_warned(clause: Token, who: Token | None, src: list[str],
                 heads: dict[int, list[Mention]]) -> list[str]:
    """The one a warned harm would fall on: "warned that tariffs could rise again if Tokyo failed to
    deliver", "warned that there would be consequences for the Maduro government if Venezuela
    attacked Guyana", "warned that further penalties on India could follow". The harm is the
    clause's subject (or what "there" would be); it falls on the subject of the clause's condition,
    else on the one it is "on", "for" or "against"."""
    if who is None and any(d.dep_ == "expl" for d in clause.children):
        who = next((d for d in clause.children if d.dep_ == "attr"), None)
    if who is None or who.lower_ not in _HARMS:
        return []
    named = [x for v in clause.subtree if _is_verb(v) for x in _condition_subjects(v, heads) if x not in src]
    if named:
        return named
    if any(_is_condition(c) and _pronoun_subject(c) for v in clause.subtree if _is_verb(v) for c in v.children):
        # "demanded that Russia accept a ceasefire, warning that new sanctions would follow if it
        # refused": "it" is the one other actor the sentence names
        others = {m.code for w in clause.sent for m in heads.get(w.i, ()) if not m.weak and m.code not in src}
        if len(others) == 1:
            return list(others)
    return [x for p in who.children if p.dep_ == "prep" and p.lower_ in ("on", "for", "against")
            for x in _codes(_actors_under(p, heads, skip_preps=True), acting=False) if x not in src]


_THREATENING = _WARNING_VERBS | frozenset({"threaten", "threatens", "threatened", "vowed", "vows", "vow", "vowing"})


def _threat_drawn(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"A and B began drills, prompting Pyongyang to warn of merciless retaliation", "..., drawing
    threats of retaliation from Beijing": the one prompted threatens the ones whose act it was."""
    if t.lower_ not in _DRAWING or not t.tag_.startswith("VB"):
        return []
    drawn: list[Mention] = []
    for x in t.children:
        if x.dep_ == "xcomp" and x.lower_ in _THREATENING and (x.lower_.startswith("threat") or any(
                (p.dep_ == "prep" and p.lower_ == "of" and any(g.lower_ in _RESPONSE_NOUNS | _MEASURES
                                                               for g in p.children))
                or (p.dep_ in ("xcomp", "ccomp") and p.lower_ in _RESPONSES) for p in x.children)):
            drawn += [m for c in t.children if c.dep_ == "dobj" for m in _actors_under(c, heads, skip_preps=True)]
        if x.dep_ == "dobj" and x.lower_ in _THREAT_NOUNS:
            drawn += [m for c in (*x.subtree, t) for p in c.children if p.dep_ == "prep" and p.lower_ == "from"
                      for m in _actors_under(p, heads, skip_preps=True, allow=frozenset({"from"}))]
    if not drawn:
        return []
    tgt = _act_authors(t, heads)
    return [(a, b) for a in _codes(drawn, acting=True) for b in tgt if a != b]


_FORCE = frozenset({"strike", "attack", "bomb", "invade", "shoot", "hit", "target", "destroy", "sink"})
_FORCE_TAKEN = frozenset({"use", "take", "launch"})
_FORCE_OBJECTS = frozenset({"force", "action", "strikes"})


def _is_force(t: Token) -> bool:
    """A verb of force, or force named as its object: "strike", "use force", "take military action"."""
    return t.lower_ in _FORCE or (t.lower_ in _FORCE_TAKEN and any(
        c.dep_ == "dobj" and c.lower_ in _FORCE_OBJECTS and (c.lower_ != "action" or any(
            a.lower_ == "military" for a in c.children)) for c in t.children))


def _force_warned(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X said (warned) Y would (could) strike Z", "could strike Finland if Helsinki ...": force
    held out in reported speech or on a condition threatens Z (or the condition's subject)."""
    held = _held_in_readiness(t)  # "reserved the right to hit back at American bases"
    if not _is_force(t) or not (held or any(c.dep_ == "aux" and c.lower_ in _MODALS for c in t.children)):
        return []
    anchor = _readiness_head(t) if held else t
    if any(c.dep_ == "neg" for c in (*t.children, *(() if _not_hesitating(anchor) else anchor.children))) or (
            _saying_verb(anchor) is None and not _on_condition(anchor) and not _on_condition(t)):
        return []
    subj, passive = _subject(anchor)
    if subj is None or passive:
        return []
    speaker = _codes(_reporter(anchor, heads), acting=False)  # "former president Medvedev, now ..."
    src = _codes(_actors_under(subj, heads, skip_preps=True), acting=True) or (
        speaker if subj.lower_ in ("it", "they", "we") else [])
    if _saying_verb(anchor) is not None and not set(speaker) & set(src):
        return []  # "analysts said Russia could attack Lithuania": not Russia's words
    places = frozenset({"in", "on", "against", "at"})  # "strike decision-making centres in Kyiv"
    tgt = _codes((m for c in t.children if c.dep_ in _DIRECT or c.dep_ == "prt" or (
                  c.dep_ == "prep" and c.lower_ in places)
                  for m in _actors_under(c, heads, skip_preps=True, allow=places)), acting=False)
    tgt = [c for c in tgt if c not in src]
    tgt += [c for c in _condition_subjects(t, heads) if c not in tgt]
    return [(a, b) for a in src for b in tgt if a != b]


_WAR_ACTS = frozenset({"act", "cause", "declaration", "casus"})


def _marked_as_a_cause_of_war(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """What a speaker says it would treat as legitimate targets or as an act (cause) of war
    threatens its owner or the one whose condition it is: "the Kremlin said British soldiers sent to
    Ukraine would be treated as legitimate targets", "Ankara told Athens it would regard any
    extension of Greek territorial waters as a cause for war"."""
    if t.lower_ not in _REGARDING or not any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "would", "'ll")
                                             for c in t.children) or any(c.dep_ == "neg" for c in t.children):
        return []
    holders = (*t.children, *(g for c in t.children if c.dep_ == "dobj" for g in c.children))
    marked = [p for c in holders if c.dep_ == "prep" and c.lower_ == "as" for p in c.children
              if p.dep_ == "pobj" and (p.lower_ in ("target", "targets") or (p.lower_ in _WAR_ACTS and any(
                  w.lower_ in ("war", "belli") for w in p.subtree)))]
    if not marked:
        return []
    subj, passive = _subject(t)
    saying = _saying_verb(t)
    if saying is None:
        return []
    speaker = _subject_codes(saying, heads) or []
    owners = frozenset({"of", "by", "from"})  # "any extension of Greek waters", not "soldiers sent to Ukraine"
    if passive and subj is not None:
        them = _codes(_actors_under(subj, heads, skip_preps=True, allow=owners), acting=False)
    else:
        them = _codes((m for c in t.children if c.dep_ == "dobj"
                       for m in _actors_under(c, heads, skip_preps=True, allow=owners)), acting=False)
        if subj is not None and subj.lower_ in ("it", "we", "they") and not speaker:
            speaker = _codes(_reporter(t, heads), acting=True)
    them += [c for c in _condition_subjects(t, heads) if c not in them]
    if not them:  # "told Athens it would regard ...": the one told
        them = _codes((m for c in saying.children if c.dep_ in ("dobj", "dative")
                       for m in _actors_under(c, heads, skip_preps=True)), acting=False)
    return [(a, b) for a in speaker for b in them if a != b]


_ADVERSE = frozenset({"hit", "targeted", "lapse", "end", "terminate", "scrap", "withdraw", "pull", "cut", "impose", "raise", "hike",
                      "block", "veto", "halt", "suspend", "expel", "punish", "retaliate", "respond", "strike",
                      "attack", "sink", "shoot", "seize", "close", "shut", "ban", "freeze", "sever", "quit",
                      "leave", "abandon", "double", "triple", "walk"})
"""Words of a step that hurts the other side, in the clause a condition hangs on."""


def _unless_another_acts(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """What one side says it will (could, is ready to) do to the other's harm unless, or if, the
    other does something is held over the other: "Trump said he could let the agreement lapse unless
    Canada treated American farmers fairly", "could terminate the agreement if Canada kept treating
    our farmers like dirt", "was ready to impose countermeasures if talks with Washington failed"."""
    if not t.tag_.startswith("VB") or t.lower_ in _FACE or not any(
            c.dep_ == "advcl" for c in (*t.children, *t.head.children, *t.head.head.children)):
        return []  # (no clause hangs on the verb or the one above it: no condition, the usual case)
    held = _held_in_readiness(t)
    anchor = _readiness_head(t) if held else t
    if not held and not any(c.dep_ == "aux" and c.lower_ in _MODAL_FUTURE for c in t.children):
        return []
    if t.lower_ in ("be", "become", "have") or _unreal(t)[1] or _ancestor_conditional(anchor.head) \
            or _told_by_analysts(t):
        return []
    conditions = [(c, m.lower_) for v in {t, anchor} for c in v.children if c.dep_ == "advcl"
                  for m in c.children if m.dep_ == "mark" and m.lower_ in ("unless", "if")]
    if not conditions:
        return []
    kept = {w.lower_ for w in t.subtree if not any(w.i in range(c.left_edge.i, c.right_edge.i + 1)
                                                 for c, _ in conditions)}
    steps = t.lower_ in _TAKING and any(o.dep_ == "dobj" and o.lower_ in _STEPS for o in t.children)
    if not steps and _ADVERSE.isdisjoint(kept) and _MEASURES.isdisjoint(kept) \
            and lexicon().objects["SANCTION"].isdisjoint(kept):
        return []  # "Canada would join the programme unless the EU objected": nothing held over the EU
    lex = lexicon()
    if lex.object_lemmas.get(t.lower_, "").split(" ")[0] in lex.objects["RETREAT_VERBS"] and any(
            c.dep_ == "dobj" and c.lower_ in lex.objects["SANCTION"] for c in t.children):
        return []  # "would lift its tariffs if Washington dropped the levy": an offer, not a threat
    subj, passive = _subject(anchor)
    if subj is None:
        return []
    if passive and not any(c.dep_ == "agent" for c in anchor.children):
        # "Ottawa has said a second list of products will be hit in 21 days if Washington does not back
        # down": the speaker's measure
        src = _codes(_reporter(anchor, heads), acting=True)
    elif passive:
        return []
    else:
        src = _codes(_actors_under(subj, heads, skip_preps=True) or (
            _reporter(anchor, heads) if subj.lower_ in ("it", "we", "they", "he", "she") else []), acting=True)
    if not src:
        return []
    them: list[str] = []
    for c, _mark in conditions:
        who, passive = _subject(c)
        if who is not None and not passive:
            # "if talks with Washington failed": the other side of the talks
            them += _codes(_actors_under(who, heads, skip_preps=True,
                                         allow=frozenset({"with"}) if who.lower_ in _TALKS else frozenset()),
                           acting=False)
    return [(a, b) for a in src for b in dict.fromkeys(them) if a != b]


def _marked_as_targets(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"X said any Y troops would be legitimate targets": X threatens Y (the subject's owner)."""
    if t.lower_ not in ("be", "become") or t.dep_ != "ccomp" or t.head.lower_ not in _SAYING:
        return []
    if not any(c.dep_ == "attr" and c.lower_ in ("target", "targets") for c in t.children):
        return []
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in t.children):
        return []
    src, tgt = _speaker_and_subject(t, heads)
    if not tgt and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
        src = _subject_codes(t.head, heads) or []
        # "warned that British troops deployed to Ukraine would be legitimate targets", parsed as two
        # clauses: the subject went to the participle before
        tgt = _codes((m for v in t.head.children if v.dep_ == "ccomp" and v.i < t.i for c in v.children
                      if c.dep_ in ("nsubj", "nsubjpass") for m in _actors_under(c, heads, skip_preps=True)),
                     acting=False)
    return [(a, b) for a in src for b in tgt if a != b]


_MORE = frozenset({"more", "further", "additional", "new", "fresh", "higher", "tougher"})


def _more_warned(t: Token, heads: dict[int, list[Mention]],
                 prior: tuple[list[str] | None, list[str] | None]) -> tuple[str, list[tuple[str, str]]] | None:
    """"Trump told reporters that more penalties could follow": more of a measure the speaker's side
    took just before threatens the one it hit (named nowhere in the sentence)."""
    if t.lower_ not in _WARNING_OR_SAYING or not t.tag_.startswith("VB") or not prior[0] \
            or prior[0][2] != "SANCTION":
        return None
    src = _subject_codes(t, heads) or []
    if prior[0][0] not in src:
        return None
    for c in t.children:
        who, _ = _subject(c) if c.dep_ == "ccomp" else (None, False)
        if who is None or who.lower_ not in _HARMS or not any(d.lower_ in _MORE for d in who.children) \
                or not any(a.dep_ == "aux" and a.lower_ in _MODAL_FUTURE for a in c.children) \
                or any(a.dep_ == "neg" for a in c.children) or _harm_warned(c, who, src, heads):
            continue
        return "THREATEN", [(a, prior[0][1]) for a in src if a != prior[0][1]]
    return None


_PREVENTING = frozenset({"prevent", "stop", "keep", "deter", "block"})


def _acting_to_prevent(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Action promised to stop another from something threatens it: "Israel would act alone, if
    necessary, to prevent Iran from rebuilding its nuclear sites"."""
    if t.lower_ not in ("act", "intervene", "strike", "move") or not _will(t) or any(
            c.dep_ == "neg" for c in t.children):
        return []
    stopped = [m for c in t.children if c.dep_ in ("advcl", "xcomp") and c.lower_ in _PREVENTING
               for o in c.children if o.dep_ == "dobj" for m in _actors_under(o, heads, skip_preps=True)]
    src = _subject_codes(t, heads) or []
    return [(a, b) for a in src for b in _codes(stopped, acting=False) if a != b]


_WARNING_IDIOMS = (("playing", "with", "fire"), ("play", "with", "fire"), ("would", "regret"),
                   ("will", "regret"), ("go", "unpunished"), ("go", "unanswered"), ("held", "accountable"))
"""Warnings said of another that hold out a reprisal: "said Manila was playing with fire"."""
_IDIOM_ENDS = frozenset(i[-1] for i in _WARNING_IDIOMS)


def _warned_in_idiom(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """"China said the Philippines was playing with fire", "warned that Tokyo would regret it": the
    speaker threatens the one the warning is said of (the clause's subject)."""
    if t.lower_ not in _SAYING or not t.tag_.startswith("VB"):
        return []
    warned = []
    for c in t.children:
        if c.dep_ != "ccomp":
            continue
        words = [w.lower_ for w in c.subtree]
        if _IDIOM_ENDS.isdisjoint(words) or not any(
                tuple(words[k:k + len(i)]) == i for i in _WARNING_IDIOMS for k in range(len(words))):
            continue
        warned.append(c)
    if not warned or any(c.dep_ == "neg" for c in t.children) or _told_by_analysts(t) or any(_unreal(t)[:2]):
        return []
    src = _subject_codes(t, heads) or []
    out: list[tuple[str, str]] = []
    for c in warned:
        who, _ = _subject(c)
        if who is None:
            continue
        tgt = _codes(_actors_under(who, heads, skip_preps=True), acting=False)
        out += [(a, b) for a in src for b in tgt if a != b]
    return out


_THREAT_NOUNS = frozenset({"threat", "threats", "ultimatum", "warning", "warnings"})


def _threat_answered(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Another's threat named as a noun that its target answers or that aims at the one a "that"
    clause names: "Lula lambasted Trump's threatened 50% tariff", "sought to head off Trump's
    tariff threat", "Trump's warning that Nigeria could face American military action" (the
    labels count a threat told as background)."""
    if t.tag_[:2] != "NN" or (t.lower_ not in _THREAT_NOUNS and t.lower_ not in lexicon().objects["SANCTION"]):
        return []
    threatened = t.lower_ not in _THREAT_NOUNS and any(c.dep_ == "amod" and c.lower_ == "threatened"
                                                        for c in t.children)
    if t.lower_ not in _THREAT_NOUNS and not threatened:
        return []
    if any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in t.children):
        return []
    src = _codes((m for c in t.children if c.dep_ == "poss" for m in _actors_under(c, heads, skip_preps=True)),
                 acting=True)
    if not src or any(c.dep_ == "prep" and c.lower_ in ("against", "on", "to") for c in t.children):
        return []  # (an explicit target: the phrase rules read it)
    tgt: list[str] = []
    for c in t.children:  # "Trump's warning that Nigeria could face ..."
        if c.dep_ in ("acl", "ccomp") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            who, passive = _subject(c)
            if who is not None and not passive:
                tgt += _codes(_actors_under(who, heads, skip_preps=True), acting=False)
    if not tgt and t.dep_ == "nsubj" and t.head.lower_ in _CAUSING:
        # "Trump's threat forced Bogota to accept the flights": the one it forced
        tgt = _codes((m for c in t.head.children if c.dep_ == "dobj"
                      for m in _actors_under(c, heads, skip_preps=True)), acting=False)
    if not tgt and t.dep_ in ("dobj", "pobj"):
        verb = _clause_verb(t)  # "lambasted Trump's threatened tariff": the one answering it
        if verb is not None and verb.lower_ not in _SAYING and not any(c.dep_ == "neg" for c in verb.children):
            tgt = _subject_codes(verb, heads, acting=False) or []
    return [(a, b) for a in src for b in dict.fromkeys(tgt) if a != b]


_WARNING_OR_SAYING = _HINTING | _SAYING


_TRIGGERING = frozenset(w for v in ("trigger", "provoke", "prompt", "invite", "draw", "bring", "spark", "meet")
                        for w in inflect(v))


def _response_warned(t: Token, heads: dict[int, list[Mention]]) -> list[tuple[str, str]]:
    """Another's act said to be able to trigger a response from the one who says so warns of it: "Takaichi
    said a Chinese attack on Taiwan could trigger a military response from Tokyo"."""
    if t.lower_ not in _TRIGGERING or not _is_verb(t) or not any(
            a.dep_ == "aux" and a.lower_ in _MODALS for a in t.children):
        return []
    if _told_by_analysts(t) or any(c.dep_ == "neg" for c in t.children) or t.sent.text.rstrip().endswith("?"):
        return []
    saying = _saying_verb(t)
    if saying is None or saying.lower_ not in _SAYING or any(c.dep_ == "neg" for c in saying.children):
        return []  # told as the speaker's own warning ("said ... would trigger"), not denied or asked
    speaker = _subject_codes(saying, heads) or []
    answers = [c for c in t.children if c.dep_ == "dobj" and c.lower_ in _RESPONSE_NOUNS]
    if not answers:
        return []
    responders = _codes((m for a in answers for p in a.children if p.dep_ == "prep" and p.lower_ in ("from", "by")
                         for m in _actors_under(p, heads, skip_preps=True)), acting=True)
    subj, passive = _subject(t)
    if not responders or subj is None or passive:
        return []
    # whose act: the owner named on the subject ("a Chinese attack", "Beijing's blockade")
    owners = _codes((m for x in subj.children if x.dep_ in ("amod", "poss", "compound", "nmod")
                     for m in heads.get(x.i, ())), acting=False) or _codes(
        _actors_under(subj, heads, skip_preps=True), acting=False)
    # the one who warns is the one who would respond ("... from Tokyo", Takaichi said), not a third party
    return [(a, b) for a in responders if a in speaker for b in owners[:1] if a != b]
