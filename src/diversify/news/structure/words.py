"""Word lists that rules in several modules share: modal and planning words, verbs of saying,
describing, demanding, refusing, vowing and responding, nouns of measures, demands, talks, arms
and forces, and the dependency relations of a verb's objects and of nested clauses."""

from __future__ import annotations

from diversify.news.triggers import inflect

_MODALS = frozenset({"will", "would", "could", "might", "may", "should", "must", "shall", "can",
                     "'ll", "wo", "ca", "'d"})

_INTENT_NOUNS = frozenset({"push", "bid", "drive", "effort", "efforts", "attempt", "attempts",
                           "ambition", "ambitions", "campaign", "quest", "desire"})
"""Nouns of an aim whose possessor is the one who would act: "his push to acquire Greenland"."""

_PLANNING = frozenset({
    "plan", "plans", "planned", "planning", "expect", "expects", "expected", "set", "aim", "aims",
    "aimed", "aiming", "hope", "hopes", "hoped", "hoping", "want", "wants", "wanted", "seek", "seeks",
    "sought", "seeking", "try", "tries", "tried", "trying", "consider", "considers", "considered",
    "considering", "look", "looking", "threaten", "threatens", "threatened", "threatening", "ready",
    "poised", "likely", "able", "going", "scheduled", "due", "eager", "willing", "open", "need", "needs",
    "needed", "call", "called", "calls", "push", "pushed", "pushing", "reject", "rejected", "fail",
    "failed", "move", "agree", "agreed", "agrees", "decide", "decided", "would", "must", "have", "has",
    "had", "seem", "seems", "appear", "appears", "allow", "allowed", "enable", "warn", "warned",
    "pressure", "pressured", "force", "forced", "obliged", "obligated", "required", "supposed", "bound",
    "hopeful", "confident", "optimistic", "confidence", "optimism"}) | (
    _INTENT_NOUNS - {"bid"}) | frozenset(  # a "bid" is also an offer: "raised the submarine bid with Carney"
    w for v in ("vow", "promise", "pledge", "wait", "urge", "ask", "press", "demand", "refuse", "decline",
                "prepare", "intend", "propose", "encourage", "invite", "lobby", "offer", "volunteer")
    for w in inflect(v))  # every form of these: "vowing to raise tariffs", "waited for Trump to sign"

_CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj", "pcomp"})

_ARMS = frozenset({"flotilla", "guards", "bombers", "jets", "warplanes", "aircraft", "fighters", "helicopters", "navy",
                   "army", "warships", "warship", "artillery", "missiles", "drones", "rockets",
                   "troops", "forces", "soldiers", "military", "militia", "gunboats", "tanks",
                   "sniper", "snipers", "submarine", "submarines", "gunners", "missile", "drone"})

_DOCUMENTS = frozenset({"letter", "letters", "statement", "statements", "post", "posts", "communique",
                        "communiqué", "declaration", "note", "memo", "message", "order", "proclamation"})
"""What speaks for its author: "a letter posted on social media that blamed Ottawa"."""


_DIRECT = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})
"""Object relations whose actors are the target."""

_CAPITAL_PLACE = frozenset({"capital", "body"})

_TALKS = frozenset({"talks", "negotiations", "negotiation", "dialogue"})

_FORCE_WORDS = _ARMS | frozenset({"divisions", "division", "units", "unit", "battalion", "battalions",
                                   "brigade", "brigades", "battlegroup", "reservists", "personnel",
                                   "marines", "sailors", "frigates", "frigate", "destroyers",
                                   "submarines", "carrier", "group", "vessels", "ships", "squadron",
                                   "squadrons", "contingent", "planes", "destroyer", "submarine", "warship",
                                   "corvette", "corvettes", "cruiser", "vessel", "ship"})
"""Heads of a phrase naming a state's forces: "Canadian troops were deployed" (the owner deploys)."""

_CAUSING = frozenset({"prompted", "prompting", "prompts", "prompt", "forced", "forcing", "forces", "force",
                      "compelled", "compelling", "compels", "led", "leading", "leads", "caused", "causing",
                      "causes", "spurred", "spurring", "spurs", "drove", "driving", "drives"})
"""Verbs whose object does what follows: "prompting Seoul to lodge a protest"."""

_MEASURE_HEADS = frozenset({"rate", "rates", "tariff", "tariffs", "duty", "duties", "levy", "levies",
                            "countermeasures", "counter-tariffs", "sanctions", "surcharge"})

_JOIN_VERBS = frozenset({"join", "joins", "joined", "joining"})

_ASKING_THAT = frozenset(w for v in ("demand", "request", "urge", "ask", "propose", "suggest", "recommend",
                                      "require") for w in inflect(v))
"""Verbs whose "that" clause is what is asked for, not what was done."""

_DESCRIBE = frozenset({"described", "describes", "describe", "describing", "called", "calls", "call",
                       "calling", "labelled", "labeled", "branded", "termed", "dubbed", "deemed", "cited",
                       "cites", "cite", "citing"})

_SAYING = frozenset({"said", "says", "say", "declared", "declares", "insisted", "insists",
                     "told", "tells", "telling", "stressed", "stresses", "reiterated", "reiterates",
                     "warned", "warns", "argued", "argues", "stated", "states", "added", "adds",
                     "wrote", "writes", "posted", "posts", "demanded", "demands", "informed", "informs",
                     "notified", "notifies"})

_PURPOSED = frozenset({"SUPPORT", "REQUEST", "ACCUSE"})
"""Acts a visit or call may be made for: "called Zelensky to express support"."""

_DEMAND_NOUNS = frozenset({"demand", "demands", "call", "calls", "request", "requests", "ultimatum",
                           "conditions", "condition", "insistence"})

_DEMANDING = frozenset({"demanded", "requested", "sought", "wanted", "proposed", "asked", "pushed", "pressed",
                        "urged", "insisted"})


_DRAWING = frozenset({"draw", "draws", "drew", "drawing", "drawn", "prompt", "prompts", "prompted", "prompting",
                      "spark", "sparks", "sparked", "sparking", "trigger", "triggers", "triggered",
                      "triggering", "provoke", "provokes", "provoked", "provoking", "earn", "earns",
                      "earned", "earning"})

_RESERVING = frozenset({"reserve", "reserves", "reserved", "reserving"})

_RESPONSE_NOUNS = frozenset({"response", "retaliation", "answer", "reply", "riposte", "counterattack",
                             "counter-attack", "rebuff", "consequences", "revenge", "retribution", "vengeance",
                             "reprisal", "reprisals"})

_FACE = frozenset({"face", "faces", "faced", "facing", "pay", "pays", "paying", "lose", "loses", "losing", "suffer",
                   "suffers", "suffering", "bear", "bears", "bearing", "risk", "risks", "risking"})

_MEASURES = frozenset({"tariff", "tariffs", "duties", "duty", "levy", "levies", "surcharge", "surcharges",
                       "sanctions", "consequences",
                       "retaliation", "countermeasures", "penalties", "embargo", "price",
                       "repercussions", "pressure", "defeat", "punishment", "blow", "blockade", "strikes",
                       "responsibility",
                       "action", "force", "attack", "attacks"})

_SPECULATION = frozenset({"fear", "fears", "risk", "risks", "threat", "possibility", "prospect", "prospects",
                          "idea", "notion", "suggestion",
                          "spectre", "specter", "danger", "likelihood", "chance", "chances", "scenario",
                          "scenarios", "talk", "speculation", "worries", "concerns"})

_REFUSING = frozenset({"refused", "refuses", "refuse", "declined", "declines", "rejected", "rejects",
                       "denied", "denies", "dismissed", "dismisses", "rebuffed", "rebuffs", "turned"})
_VOWING = frozenset({"vowed", "vows", "vow", "vowing", "promised", "promises", "pledged", "pledges"})
_RESPONSES = frozenset({"respond", "responds", "responded", "retaliate", "retaliates", "retaliated",
                        "reciprocate", "reciprocates", "react", "reacts", "answer", "hit", "strike"})

_TAKING = frozenset({"take", "takes", "taking", "took", "adopt", "adopts", "use", "uses"})
_STEPS = frozenset({"measures", "actions", "action", "steps", "countermeasures", "counter-measures",
                    "tools", "means"})

_REGARDING = frozenset({"treat", "treated", "regard", "regarded", "consider", "considered", "see", "seen",
                        "view", "viewed", "deem", "deemed"})

_JUDGING_AS = _REGARDING | frozenset({"considers", "regards", "deems", "views", "treats"})

_DENYING = frozenset(w for v in ("deny", "dispute", "reject", "refute", "contest") for w in inflect(v))
