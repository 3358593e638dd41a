"""Claims: the quantities an article states, normalised, with subject and year.

Recognised (``unit`` in brackets):

* money with its currency [``CAD``, ``USD``, ``EUR``, ``GBP``, ``AUD``, ``NZD``, ``BRL`` ("R$44
  billion"), and ``JPY``, ``CNY``, ``KRW``, ``INR``, ``RUB``, ``BRL`` when named after a scale word,
  "60 trillion won"; pesos in the currency of the one peso country named in or just before their
  sentence]: explicit
  markers decide (``C$``, ``CA$``, ``Canadian $``, ``US$``, ``Aus$``, ``euros``, ``€``);
  a bare ``$`` in parentheses right after an amount in another currency is the
  wire services' US-dollar conversion; any other bare ``$`` takes the currency
  of the actor whose figure it is (the clause's first actor, else the nearest
  one before it in the sentence, else the article's most-named country);
* percentages [``percent``], and shares of GDP [``percent_gdp``] when "of
  GDP" / "of economic output" follows, when the figure is a (NATO or
  defence) spending target, or when it continues a list of GDP shares ("3.5%
  of GDP ... plus up to 1.5%"); "three-quarters of" = 75, "seventy-five cents
  of every dollar" = 75;
* growth factors [``multiple``]: double = 2, triple = 3, quadruple = 4, "N-fold";
* counts written in digits [``count``]: "88 fighter jets", "22 of its 32
  members", "a 27-member bloc", "1 million Ukrainians";
* physical quantities [``km``, ``miles``, ``nautical_miles``, ``sq_km``, ``sq_mi``, ``tonnes``,
  ``short_tons``, ``kg``, ``barrels``, ``GW``, ``MW``].

Never claims: dates and years, ordinals (21st, 51st), durations ("for 30
days", "over 20 years"), ages ("Carney, 60,"), numbers inside names (G7,
F-35, Article 5, No. 1), year ranges (2025-2028) and counts written in words.

A figure restated later in the article with the same unit and quantity (and,
for percentages, a subject sharing its key words) is reported once.
"""

from __future__ import annotations

import bisect
import re

from diversify.news.currency import bare_dollar, convention, home_currency
from diversify.news.dates import MONTHS
from diversify.news.document import Document
from diversify.news.model import Claim

_DECIMAL = re.compile(r"\d+(?:\.\d+)?")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")
_HYPHEN_OR_SPACE = re.compile(r"[- ]")
_UNIT_GAP = re.compile(r"[\s.-]+")
_KEYWORD = re.compile(r"[a-z][\w.'-]*")
_PHRASE_AFTER = re.compile(r"[^.;:!?()\"\n]{0,70}")
_TARIFF_WORD = re.compile(r"tariff|dut(?:y|ies)|levy|surcharge")
_ORDINAL_SUFFIX = re.compile(r"^(?:st|nd|rd|th)\b")
_RANGE_AFTER = re.compile(r"^-\d")
_RANGE_BEFORE = re.compile(r"\d-$")
_COMMA_AFTER = re.compile(r"^,")
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][a-z]+,\s$")
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|no)\s+(?:\w+\s+)?$")
_OTHER_CURRENCY_BEFORE = re.compile(
    r"(?:(C\$|CA\$|Can\$|Canadian \$|€|£|A\$|AU\$|Aus\$|NZ\$|euros?|pounds)\s?[\d.,]+(?:\s?\w+)?|"
    r"[\d.,]+(?:\s?\w+)?[\s-](?:Canadian dollars|Australian dollars|New Zealand dollars|euros?|pounds(?: sterling)?|"
    r"won|yen|yuan|renminbi|rupees|roubles|rubles|CAD|EUR|GBP|AUD|NZD|JPY|CNY|KRW|INR))\s*\(\s*$")
_GDP_WORD_AFTER = re.compile(r"^\s*(?:gdp|gross domestic product)\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"^\s*of\s", re.IGNORECASE)
_NATO_WORD = re.compile(r"\bnato\b")
_SPENDING_WORD = re.compile(r"spend|defen[cs]e|military")
_OF_NEXT = re.compile(r"\bof\s")
_GROWTH_OBJECT = re.compile(r"^\s+(?:its|their|the|our|his|her|canada's|\w+'s)?\s*(?:[\w.-]+\s+){0,3}?"
                   r"(?:exports?|imports?|trade|spending|budget|investment|production|output|"
                   r"capacity|sales|size|number|share|funding|presence|contribution|deliveries|"
                   r"tariffs?|duties|duty|levies|levy|rates?|prices?|costs?|revenues?|income|debt|"
                   r"deficit|surplus|troops|forces|personnel|amount|value|volume|orders|purchases|"
                   r"shipments|supply|stockpiles?|reserves|aid|assistance|support|payments?|fees?)\b")
_GROWTH_INTRANSITIVE = re.compile(r"^\s+(?:to|from|since|in\s+(?:size|value|number|volume)|over|by)\s+"
                                  r"(?:\d|the|a|an|about|nearly|more|over|just|20\d\d|last|this)")
_YEARLIKE = re.compile(r"(?:19|20)\d\d")

_SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6,
          "mn": 1e6, "m": 1e6, "mln": 1e6, "bln": 1e9, "thousand": 1e3, "k": 1e3}
_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# "27,5 %", "2,5 billion": a decimal comma (one or two digits after it) before a unit or scale
_DEC_COMMA = r"\d+,\d{1,2}(?=\s?(?:%|per[\s-]?cent|percent|pct|trillion|billion|million|bn|mn|tn|m|b)\b|\s?%)"
_NUM_UNIT = _DEC_COMMA + "|" + _NUM
# the first end of a range whose second end is a percentage ("between 25 and 35%")
_RANGE_LEAD = re.compile(r"(?<![\w.,$:-])(?P<a>" + _NUM + r")\s*(?:-|\u2013|to|and)\s*$")
_SCALE_RX = (r"(?:[\s-]?(?P<scale>trillion|billion|million|thousand|Trillion|Billion|Million|Thousand|"
             r"bn|bln|tn|mln|mn)\b|(?P<short>[bmkBMK])\b)?")
_CUR_PREFIX = (r"(?P<cur>C\$|CA\$|CAD\s?\$?|Can\$|CDN\$|C\$|Canadian\s\$|US\$|U\.S\.\s?\$|USD\s?\$?|"
               r"A\$|AU\$|Aus\$|AUS\$|AUD\s?|NZ\$|NZD\s?|R\$|BRL\s?|€|EUR\s?|£|GBP\s?|\$)")
_MONEY = re.compile(r"(?<![\w$])(?=R\$|[^R])" + _CUR_PREFIX + r"\s?(?P<num>" + _NUM_UNIT + r")" + _SCALE_RX)
_CODE_AFTER = re.compile(r"\s?(CAD|USD|EUR|AUD|GBP|NZD)\b")
"""A currency code written after a bare "$" figure: "$276 billion CAD"."""
_MONEY_SUFFIX = re.compile(
    r"(?<![\w$.,])(?P<num>" + _NUM_UNIT + r")" + r"(?:[\s-]?(?P<scale>trillion|billion|million|thousand|bn|bln|mn|mln|tn))?"
    r"[\s-](?P<cur>Canadian dollars|U\.S\. dollars|US dollars|American dollars|euros?|pounds sterling|"
    r"Australian dollars|EUR|USD|CAD|GBP|AUD|NZD|JPY|CNY|KRW|INR)\b"
)
_MONEY_NAMED = re.compile(
    r"(?<![\w$.,])(?P<num>" + _NUM_UNIT + r")[\s-]?(?P<scale>trillion|billion|million|bn|mn|tn)[\s-]"
    r"(?P<cur>pounds(?! of\b| worth\b)(?: sterling)?|yen|yuan|renminbi|won|roubles|rubles|reais|reals)\b"
)
_PESOS = re.compile(
    r"(?<![\w$.,])(?P<num>" + _NUM_UNIT + r")(?:[\s-]?(?P<scale>trillion|billion|million|bn|mn|tn))?[\s-]"
    r"(?P<cur>pesos)\b"
)
"""A sum in pesos, the money of several countries: that of the peso country named in its sentence or
the one before ("Argentina's central bank let the peso trade at 1,475 pesos per dollar"); none
named, no claim."""
PESO_CURRENCY = {"MEX": "MXN", "ARG": "ARS", "COL": "COP", "CHL": "CLP", "PHL": "PHP", "URY": "UYU",
                 "CUB": "CUP", "DOM": "DOP"}
_PESO_DEMONYMS = {"Mexican": "MXN", "Argentine": "ARS", "Argentinian": "ARS", "Argentinean": "ARS", "Colombian": "COP",
                  "Chilean": "CLP", "Philippine": "PHP", "Uruguayan": "UYU", "Cuban": "CUP", "Dominican": "DOP"}
_PESO_NAMED = re.compile(r"\b(" + "|".join(_PESO_DEMONYMS) + r") pesos?\b")
"""A sum in a currency named after its scale: "8 billion pounds", "60 trillion won" (a scale word is
needed: "won" and "pounds" are also a verb and a weight). Pounds count as sterling only in a sentence
that names Britain ("The UK pledged 8 billion pounds"): other countries' pounds and weights are not
guessed, nor are rupees (several countries')."""
_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
            r"five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
_PERCENT = re.compile(
    r"(?<![\w.,$:])(?P<num>" + _NUM_UNIT + r"|" + _WORDNUM + r")(?:\s?%|[\s-](?:per[\s-]?cent|percent|pct)\b|pc\b)",
    re.IGNORECASE,
)
_FRACTION = re.compile(
    r"\b(?P<frac>three[- ]quarters|two[- ]thirds|one[- ]third|a third|one[- ]quarter|a quarter|"
    r"one[- ]half|half|one[- ]fifth|a fifth|one[- ]tenth|a tenth)\s+of\b", re.IGNORECASE)
_FRACTIONS = {"three quarters": 75.0, "two thirds": 66.67, "one third": 33.33, "a third": 33.33,
              "one quarter": 25.0, "a quarter": 25.0, "one half": 50.0, "half": 50.0,
              "one fifth": 20.0, "a fifth": 20.0, "one tenth": 10.0, "a tenth": 10.0}
_PERIOD_BEFORE = re.compile(r"\b(?:first|second|third|fourth|last|latter|other|final|past|next|same)\s+$",
                            re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"\s+(?:(?:a|an|the|this|that|last|next)\s+)?(?:century|centuries|decade|year|"
                           r"month|week|day|hour|season|quarter|term|(?:19|20)\d\d)\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock\b|GMT\b|UTC\b|ET\b)", re.IGNORECASE)
_CENTS = re.compile(
    r"(?:(?P<hedge>more than|over|nearly|almost|about|roughly|around)\s+)?(?P<num>\d{1,2}|" + _WORDNUM
    + r")\s+cents\s+(?:out\s+)?of\s+every\s+(?:\[?[\w\s]{0,20}?\]?\s*)?(?:defen[cs]e\s+)?dollars?\b",
    re.IGNORECASE,
)
_MULTIPLE = re.compile(
    r"\b(?P<word>double|doubles|doubled|doubling|triple|triples|tripled|tripling|quadruple|"
    r"quadruples|quadrupled|quadrupling)\b(?![- ](?:digit|down|check|standard|taxation|edged|agent|as\b))"
    r"|\b(?P<num>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)[- ]?fold\b", re.IGNORECASE)
_MULT = {"doub": 2.0, "trip": 3.0, "quad": 4.0}
# "twice as much", "four times higher than", "3 times the": a comparison factor
_TIMES = re.compile(
    r"\b(?:(?P<twice>twice)|(?P<num>\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)\s+times)"
    r"\s+(?:as\s+(?:much|many|large|high|big|long|great|likely)\b|(?:higher|more|larger|greater|bigger|"
    r"lower|less|fewer|smaller|faster|longer|the)\b)", re.IGNORECASE)
_PAST_GROWTH = re.compile(r"^(?:doubled|tripled|quadrupled)$", re.IGNORECASE)
_PHYSICAL = re.compile(
    r"(?<![\w.,$:])(?P<num>" + _NUM_UNIT + r")(?:\s?(?P<scale>million|billion|thousand|mn|bn))?[\s-]?"
    r"(?P<unit>(?:sq|square)[\s.-]+(?:kilometres|kilometers|kilometre|kilometer|km|miles|mile|mi)|"
    r"nautical[\s-]miles?|kilometres|kilometers|kilometre|kilometer|km|miles|mile|short[\s-]tons?|"
    r"metric[\s-]tons?|metric[\s-]tonnes?|tonnes|tonne|tons|ton|barrels per day|barrels|bpd|"
    r"kilograms|kilogrammes|kilogram|kg|gigawatts|gigawatt|GW|megawatts|megawatt|MW)\b", re.IGNORECASE)
_PHYS_UNIT = {"kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km", "km": "km",
              "miles": "miles", "mile": "miles", "short tons": "short_tons", "short ton": "short_tons",
              # a bare "tons" is read as tonnes, as every annotated set reads it (canola, soybeans, LNG);
              # only "short tons" are short tons
              "tons": "tonnes", "ton": "tonnes", "metric tons": "tonnes", "metric ton": "tonnes",
              "metric tonnes": "tonnes", "metric tonne": "tonnes", "tonnes": "tonnes", "tonne": "tonnes",
              "barrels": "barrels", "barrels per day": "barrels_per_day", "bpd": "barrels_per_day",
              "nautical miles": "nautical_miles", "nautical mile": "nautical_miles",
              "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kg": "kg",
              "gigawatts": "GW", "gigawatt": "GW", "gw": "GW", "megawatts": "MW", "megawatt": "MW", "mw": "MW"}
for _area, _unit in (("kilometres", "sq_km"), ("kilometers", "sq_km"), ("kilometre", "sq_km"),
                     ("kilometer", "sq_km"), ("km", "sq_km"), ("miles", "sq_mi"), ("mile", "sq_mi"), ("mi", "sq_mi")):
    _PHYS_UNIT["sq " + _area] = _PHYS_UNIT["square " + _area] = _unit
_COUNT = re.compile(r"(?<![\w.,$#/:-])(?P<num>" + _NUM + r")(?:\s(?P<scale>million|billion|thousand))?"
                    r"(?P<member>-(?:member|nation|country|state))?(?![\w%:-]|\.\d|,\d)")
_COUNT_NOUN_GAP = re.compile(r"(?:\s+(?:[A-Za-z][\w.'-]*|[\w-]*\d[\w-]*),?){0,5}?\s+(?P<noun>[A-Za-z][\w'-]*s|people|"
                             r"personnel|staff|police|cattle|aircraft|children|women|men)\b")
_OF_COUNT = re.compile(r"\s+of\s+(?:its|the|their|all|his|her|our)\s+(?P<num>\d[\d,]*)\s+(?P<noun>[A-Za-z][\w'-]*s)\b")
_TIME = re.compile(r"^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|"
                   r"times|percentage|points?|per|cents?|kilomet\w+|km|miles?|tonnes|tons|barrels|"
                   r"pesos|rupees|reais|reals|rand|dinars|riyals|dirhams|lira|shekels|francs|kroner|kronor|crowns|"
                   r"rubles|roubles|yuan|won|yen|euros|dollars)$", re.IGNORECASE)
"""Words after a number that make it no count: times, measures and money ("10 billion pesos" in an
unnamed country's pesos is money, not ten billion things)."""
_MONTH = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s*$")
_NAMEISH = re.compile(r"(?:\b(?:article|section|no|chapter|bill|flight|highway|route|number|"
                      r"phase|level|grade|category|page|item|hs|cusma|usmca)\.?|[A-Za-z]-)\s*$", re.IGNORECASE)
_GDP_AFTER = re.compile(
    r"^\s*(?:of\s+(?:(?:its|their|the|each|a|our|annual|national|member|state's|countries'|"
    r"country's|nation's|members'|[A-Z][\w']*|\w+'s?)\s+){0,4}(?:gdp|gdps|gross domestic products?|"
    r"gross national product|gnp|economic output|national output|economy|economies|national income)\b|"
    r"(?:gdp|gross domestic product)\b|(?:\w+\s+){0,2}(?:spending\s+)?(?:target|goal|"
    r"benchmark|threshold|guideline|commitment)\b)", re.IGNORECASE)
_GDP_BEFORE = re.compile(r"(?:defen[cs]e|military|security|security-related)\s+(?:spending|budgets?|expenditures?|outlays?)\s+"
                         r"(?:to|of|at|reach(?:ed|es|ing)?|hit|hits|above|below|near)\s+(?:at least\s+|about\s+|"
                         r"around\s+|roughly\s+|nearly\s+)?$", re.IGNORECASE)
_GDP_LIST = re.compile(r"\b(?:plus|and|with|another|additional|further|up from|down from|from|"
                       r"compared with|compared to|versus|vs\.?|than)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:more than|nearly|almost|roughly|about|over|close to|at least)\s+$")
"""A comparison that makes "double" a factor: "more than double the previous 7.66 per cent"."""
_FOR_SPENDING = re.compile(r"\s*(?:for|on)\s+(?:[\w-]+\s+){0,2}(?:military|defen[cs]e|security|security-related)\b",
                           re.IGNORECASE)
_GDP_NAMED = re.compile(r"\bgdp\b|gross domestic product")
_SPENDING_TARGET_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:defen[cs]e\s+|military\s+)?spending\s+"
                                    r"(?:target|goal|benchmark|threshold|pledge|commitment)\b", re.IGNORECASE)
_TARGET_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:target|goal|benchmark|threshold|guideline|"
                           r"commitment|pledge)\b", re.IGNORECASE)
_BACK_REFERENCE = re.compile(r"\b(?:this|that|the same|these|those|the\s+(?:latest|new|current|higher|"
                             r"proposed|planned|announced|threatened|additional))\s+$", re.IGNORECASE)
_CHANGE_AFTER = re.compile(r"^\W*(?:increase|rise|jump|growth|hike|cut|decline|drop|reduction|gain|fall)\b", re.IGNORECASE)
_YEAR_BY = re.compile(r"\b(?:by|until|through|in|for|before|of)\s+(?:the\s+end\s+of\s+)?(?:fiscal\s+)?"
                      r"(?P<year>(?:19|20)\d\d)\b(?![\d-])")
_DECADE_END = re.compile(r"\bend of the decade\b", re.IGNORECASE)
_NOW = re.compile(r"\b(?:currently|this year|now|today|at present|so far this year)\b", re.IGNORECASE)
_STOP = frozenset(["the", "a", "an", "of", "to", "on", "in", "for", "by", "and", "or", "with", "from", "at", "as", "is", "are", "was", "were", "be", "been", "that", "this", "its", "their", "his", "her", "our", "it", "they", "he", "she", "which", "who", "than", "more", "less", "about", "nearly", "over", "under", "some", "all", "any", "up", "down", "into", "per"])


def _number(text: str) -> float:
    if _DECIMAL_COMMA.fullmatch(text):
        return float(text.replace(",", "."))
    t = text.lower().replace(",", "")
    if _DECIMAL.fullmatch(t):
        return float(t)
    parts = _HYPHEN_OR_SPACE.split(t)
    return float(sum(_WORDS.get(p, 0) for p in parts))


def _currency(cur: str) -> str | None:
    c = cur.replace(" ", "").upper()
    if c in ("C$", "CA$", "CAD", "CAD$", "CAN$", "CDN$", "CANADIAN$", "CANADIANDOLLARS"):
        return "CAD"
    if c in ("US$", "U.S.$", "USD", "USD$", "U.S.DOLLARS", "USDOLLARS", "AMERICANDOLLARS"):
        return "USD"
    if c in ("A$", "AU$", "AUS$", "AUD", "AUD$", "AUSTRALIANDOLLARS"):
        return "AUD"
    if c in ("NZ$", "NZD", "NZD$"):
        return "NZD"
    if c in ("JPY", "YEN"):
        return "JPY"
    if c in ("CNY", "YUAN", "RENMINBI"):
        return "CNY"
    if c in ("KRW", "WON"):
        return "KRW"
    if c == "INR":
        return "INR"
    if c in ("ROUBLES", "RUBLES"):
        return "RUB"
    if c in ("R$", "BRL", "REAIS", "REALS"):
        return "BRL"
    if c in ("POUNDS", "POUNDSSTERLING"):
        return "GBP"
    if c in ("€", "EUR", "EURO", "EUROS"):
        return "EUR"
    if c in ("£", "GBP", "POUNDSSTERLING"):
        return "GBP"
    return None


def _peso_country(doc: Document, pos: int) -> str | None:
    """The currency of the pesos at ``pos``: the peso named by its country ("the Colombian peso"), else
    the one peso country named in the sentence, else in the sentence before."""
    a, b = _sentence_at(doc, pos)
    named = {_PESO_DEMONYMS[m.group(1)] for m in _PESO_NAMED.finditer(doc.norm, a, b)}
    if len(named) == 1:
        return named.pop()
    k = doc.sentence_at(a)
    for start, end in ((a, b), (doc.sentences[k - 1].start, a) if k > 0 else (a, a)):
        named = {PESO_CURRENCY[m.code] for m in doc.mentions_between(start, end) if m.code in PESO_CURRENCY}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _sentence_at(doc: Document, pos: int) -> tuple[int, int]:
    starts: list[int] | None = doc.cache.get("sentence_starts")
    if starts is None:
        starts = doc.cache["sentence_starts"] = [s.start for s in doc.sentences]
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and pos < doc.sentences[i].end:
        return doc.sentences[i].start, doc.sentences[i].end
    return max(0, pos - 200), min(len(doc.text), pos + 200)


def _bare_dollar(doc: Document, pos: int, end: int, outlet: str | None) -> str:
    """The currency of a bare ``$`` (:func:`diversify.news.currency.bare_dollar`)."""
    from diversify.news.clauses import clauses

    s0, s1 = _sentence_at(doc, pos)
    clause = next(((c.start, c.end) for c in clauses(doc, s0, s1) if c.start <= pos < c.end), (s0, s1))
    home = doc.cache.get("home_currency")
    if home is None:
        home = doc.cache["home_currency"] = home_currency(doc, outlet)
    return bare_dollar(doc, pos, end, clause, (s0, s1), home)


def _keys(doc: Document, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """Key words of what a figure measures (mostly the words after it) and the actors named there."""
    s0, s1 = _sentence_at(doc, start)
    after_end = min(s1, end + 60)
    def norm(words: list[str]) -> list[str]:
        words = [w.rstrip(".'-") for w in words]
        return [w.rstrip("s") for w in words if w not in _STOP and len(w) > 2]

    after = norm(_KEYWORD.findall(doc.lower[end:after_end])[:6])
    if len(after) < 2:
        after += norm(_KEYWORD.findall(doc.lower[max(s0, start - 50):start])[-5:])
    codes = frozenset(m.code for m in doc.mentions_between(end, after_end) if m.kind != "pronoun")
    return frozenset(after), codes


def _subject(doc: Document, start: int, end: int) -> str:
    """A short description of what is measured: the words around the figure."""
    s0, s1 = _sentence_at(doc, start)
    after = _PHRASE_AFTER.match(doc.text[end:s1])
    words = (after.group(0) if after else "").split()
    cut: list[str] = []
    for w in words:
        if w.lower() in ("said", "says", "according", "while", "but", "which", "who", "as") and cut:
            break
        cut.append(w)
    text = " ".join(cut[:9]).strip(" ,")
    if len(text.split()) < 2:
        before = doc.text[max(s0, start - 70):start].split()[-7:]
        text = (" ".join(before) + " ... " + text).strip(" .")
    return text


def _year(doc: Document, start: int, end: int, unit: str) -> int | None:
    from diversify.news.clauses import clauses

    s0, s1 = _sentence_at(doc, start)
    clause = next((c for c in clauses(doc, s0, s1) if c.start <= start < c.end), None)
    a, b = (clause.start, clause.end) if clause else (s0, s1)
    window = doc.norm[a:b]
    m = _YEAR_BY.search(window)
    if m:
        return int(m.group("year"))
    pub = doc.published
    if _DECADE_END.search(window):
        base = pub.year if pub else doc.year
        return (base // 10) * 10 + 10 if base else None
    if pub is not None and (_NOW.search(window) or unit in ("CAD", "USD", "EUR", "GBP", "AUD")
                            or (unit == "percent" and _TARIFF_WORD.search(doc.lower[a:b]))):
        return pub.year
    return None


_MONTH_AFTER = re.compile(r"\s(?:" + "|".join(sorted((m.title() for m in MONTHS), key=len, reverse=True))
                          + r")\b(?!-)\.?")
"""A day written before its month: "on 30 May 2025"."""
_PROVISIONS = frozenset({"232", "301", "201", "122"})
_PROVISION_AFTER = re.compile(r"\s+(?:tariffs?|duties|investigations?|probes?|measures|actions?|cases?)\b")
"""The trade-law sections tariffs are named by: "the 232 tariffs" (Section 232), "a 301 probe"."""
_MODELS_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?\d+)+,?\s+(?:models?|series|variants?|versions?)\b")
_MODEL_AFTER = re.compile(r"\s+(?:models?|series|variants?|versions?)\b")
_LISTED_BEFORE = re.compile(r"\d,?\s+(?:and\s+|or\s+)?$")
"""Model numbers, a list of them: "the Gulfstream 500, 600, 700, and 800 models" (not "builds 14 models")."""


def _named(doc: Document, start: int) -> bool:
    """A day of a month or a number in a name ("Article 5", "Bill C-5")."""
    before = doc.norm[max(0, start - 12):start]
    return bool(_MONTH.search(before) or _NAMEISH.search(before))


def _excluded(doc: Document, start: int, end: int) -> bool:
    """Dates, ages, names and ranges: digits that are not claims."""
    before = doc.norm[max(0, start - 12):start]
    after = doc.norm[end:end + 3]
    if _named(doc, start):
        return True
    if _ORDINAL_SUFFIX.match(after) or _RANGE_AFTER.match(after) or _RANGE_BEFORE.search(before):
        return True
    number = doc.norm[start:end]
    if (number.isdigit() and 1 <= int(number) <= 31 and _MONTH_AFTER.match(doc.norm, end)) \
            or (number in _PROVISIONS and _PROVISION_AFTER.match(doc.norm, end)) \
            or _MODELS_AFTER.match(doc.norm, end) or (_LISTED_BEFORE.search(doc.norm, max(0, start - 12), start)
                                                      and _MODEL_AFTER.match(doc.norm, end)):
        return True  # "on 30 May 2025", "the 232 tariffs" (Section 232), "the 500, 600 and 800 models"
    # "Carney, 60, ..." is an age
    return bool(_COMMA_AFTER.match(after) and _NAME_COMMA_BEFORE.search(before))


def extract_claims(doc: Document, *, outlet: str | None = None) -> list[Claim]:
    """Claims of one analysed article in text order, restatements removed.

    ``outlet`` is the currency of the publisher's country (from its web domain,
    :func:`diversify.news.currency.outlet_currency`), the last resort for a bare ``$``.
    """
    raw: list[tuple[int, int, float, str]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    def add(a: int, b: int, q: float, unit: str) -> None:
        if free(a, b) and q > 0:
            raw.append((a, b, q, unit))
            taken.append((a, b))

    text = doc.norm
    bare = convention(doc, outlet) if "$" in text else None
    inferred: set[int] = set()
    for m in _MONEY.finditer(text):
        scale = _SCALE.get((m.group("scale") or m.group("short") or "").lower(), 1.0)
        q = _number(m.group("num")) * scale
        cur = _currency(m.group("cur"))
        if cur is None and (code := _CODE_AFTER.match(text, m.end())) is not None:
            cur = code.group(1).upper()  # "$200 billion USD ($276 billion CAD)": the code written after
        if cur is None:
            cur = _paren_usd(text, m.start()) or bare
        if cur is None:
            cur = _bare_dollar(doc, m.start(), m.end(), outlet)
            inferred.add(m.start())
        add(m.start(), m.end(), q, cur)
    for m in (*_MONEY_SUFFIX.finditer(text), *_MONEY_NAMED.finditer(text)):
        if m.group("cur") == "pounds" and not any(
                x.code == "GBR" for x in doc.mentions_between(*_sentence_at(doc, m.start()))):
            continue  # "exports fell to 200 million pounds": a weight, or another country's pounds
        scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
        add(m.start(), m.end(), _number(m.group("num")) * scale,
            _currency(m.group("cur")) or "USD")
    for m in (_PESOS.finditer(text) if "pesos" in text else ()):
        peso = _peso_country(doc, m.start())
        if peso is not None:
            scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
            add(m.start(), m.end(), _number(m.group("num")) * scale, peso)
    low = doc.lower
    for m in (_CENTS.finditer(text) if " cents " in low else ()):
        add(m.start("num"), m.end(), _number(m.group("num")), "percent")
    fractions = any(w in low for w in ("quarter", "third", "half", "fifth", "tenth"))
    for m in (_FRACTION.finditer(text) if fractions else ()):
        if _PERIOD_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _PERIOD_AFTER.match(text, m.end()):
            continue  # "the first half of 2025", "a quarter of a century": periods, not shares
        key = _HYPHEN_OR_SPACE.sub(" ", m.group("frac").lower())
        add(m.start(), m.end(), _FRACTIONS[key], "percent")
    gdp_until = -1
    percents: list[tuple[int, int, float, str]] = []
    for m in _PERCENT.finditer(text):
        lead = _RANGE_LEAD.search(text, max(0, m.start() - 30), m.start())
        if lead and (_YEARLIKE.fullmatch(lead.group("a")) or _named(doc, lead.start("a"))):
            lead = None
        if lead is None and _excluded(doc, m.start(), m.end()):
            continue
        unit = _percent_unit(doc, m.start(), m.end(), gdp_until)
        if unit == "percent_gdp":
            gdp_until = _sentence_at(doc, m.start())[1]
        if lead:  # "from 1.4 to 2 per cent of GDP", "between 25 and 35%", "3-3.5%": both ends
            percents.append((lead.start("a"), lead.end("a"), _number(lead.group("a")), unit))
        percents.append((m.start(), m.end(), _number(m.group("num")), unit))
    # "the 5% target" restates a GDP target the article names elsewhere ("5% of GDP by 2035")
    gdp_targets = {q for _, _, q, u in percents if u == "percent_gdp"}
    restated = -1  # the end of the sentence of the latest GDP target restated
    for a, b, q, unit in percents:
        if unit == "percent" and q in gdp_targets and _TARGET_AFTER.match(text, b):
            unit = "percent_gdp"
            restated = _sentence_at(doc, a)[1]
        elif unit == "percent" and a < restated and _GDP_LIST.search(doc.norm[max(0, a - 40):a]):
            unit = "percent_gdp"  # "refused to commit to the 5% target, ... meet its obligations with 2.1%"
        add(a, b, q, unit)
    multiples = any(w in low for w in ("doubl", "tripl", "quadrupl", "fold"))
    for m in (_MULTIPLE.finditer(text) if multiples else ()):
        if _NEGATED_BEFORE.search(doc.lower[max(0, m.start() - 20):m.start()]):
            continue
        word = (m.group("word") or "").lower()
        q = _MULT[word[:4]] if word else _number(m.group("num"))
        if word and not (_growth(doc, m.end()) or _PAST_GROWTH.match(word)
                         or _COMPARED.search(doc.lower[max(0, m.start() - 16):m.start()])):
            continue
        add(m.start(), m.end(), q, "multiple")
    for m in (_TIMES.finditer(text) if "times" in low or "twice" in low else ()):
        if _NEGATED_BEFORE.search(doc.lower[max(0, m.start() - 20):m.start()]):
            continue
        add(m.start(), m.end(), 2.0 if m.group("twice") else _number(m.group("num")), "multiple")
    for m in _PHYSICAL.finditer(text):
        if not _excluded(doc, m.start(), m.end()):
            unit = _PHYS_UNIT[_UNIT_GAP.sub(" ", m.group("unit").lower())]
            scale = _SCALE.get((m.group("scale") or "").lower(), 1.0)
            add(m.start(), m.end(), _number(m.group("num")) * scale, unit)
    for a, b, q in _counts(doc):
        add(a, b, q, "count")
    raw.sort()
    return _dedupe(doc, raw, inferred)


def _paren_usd(text: str, pos: int) -> str | None:
    """``C$6 billion ($4.2 billion)``: the bare ``$`` in brackets is US dollars."""
    before = text[max(0, pos - 60):pos]
    m = _OTHER_CURRENCY_BEFORE.search(before)
    return "USD" if m else None


_SPENT = re.compile(r"\b(?:spen[dt]s?|spending|contribut\w+|devot\w+|allocat\w+|budget\w*|earmark\w*)\s+"
                    r"(?:\w+\s+){0,3}$")
"""A spending verb right before a figure: a share like the one the sentence before gave of GDP."""


def _percent_unit(doc: Document, start: int, end: int, gdp_until: int) -> str:
    after = doc.norm[end:end + 70]
    if _CHANGE_AFTER.match(after):
        return "percent"
    s0, s1 = _sentence_at(doc, start)
    if _GDP_AFTER.match(after) and (_OF_AFTER.match(after) or _GDP_WORD_AFTER.match(after) or re.search(
            r"nato|defen[cs]e|military|spending", doc.lower[s0:s1])
            or any(m.code == "NATO" for m in doc.mentions_between(s0, s1))):  # "Rutte praised ... the 2 per cent threshold"
        return "percent_gdp"
    if _GDP_BEFORE.search(doc.norm[max(0, start - 60):start]):
        return "percent_gdp"
    if _FOR_SPENDING.match(after) and _GDP_NAMED.search(doc.lower):
        return "percent_gdp"  # "the target splits into 3.5% for core military spending and 1.5% ..."
    if start < gdp_until and _GDP_LIST.search(doc.norm[max(0, start - 40):start]):
        return "percent_gdp"
    if gdp_until > 0 and 0 <= s0 - gdp_until <= 2 and _SPENT.search(doc.lower, max(s0, start - 40), start) \
            and not _OF_NEXT.search(doc.lower[end:end + 4]):
        return "percent_gdp"  # "Canada devoted 1.37% of GDP to defence. The US contributed 3.38%."
    sent = doc.lower[s0:s1]
    if _NATO_WORD.search(sent) and _SPENDING_WORD.search(sent) and \
            not _OF_NEXT.search(doc.lower[end:end + 4]):
        return "percent_gdp"
    if _SPENDING_TARGET_AFTER.match(after) and _GDP_NAMED.search(doc.lower):
        return "percent_gdp"  # "the comprehensive 5% spending goal", the article naming GDP elsewhere
    return "percent"


def _growth(doc: Document, end: int) -> bool:
    """"double its exports", "doubling Canada's trade", "will triple to 20%": a growth factor,
    not "double-digit"."""
    after = doc.lower[end:end + 60]
    return _GROWTH_OBJECT.match(after) is not None or _GROWTH_INTRANSITIVE.match(after) is not None


def _counts(doc: Document) -> list[tuple[int, int, float]]:
    out = []
    text = doc.norm
    for m in _COUNT.finditer(text):
        a, b = m.start(), m.end()
        num = m.group("num")
        q = float(num.replace(",", "")) * _SCALE.get((m.group("scale") or "").lower(), 1.0)
        if _excluded(doc, a, b):
            continue
        if m.group("member"):
            out.append((a, b, q))
            continue
        if _YEARLIKE.fullmatch(num) and not m.group("scale"):
            continue
        of = _OF_COUNT.match(text, b)
        if of:
            out.append((a, b, q))
            out.append((of.start("num"), of.end("num"), float(of.group("num").replace(",", ""))))
            continue
        gap = _COUNT_NOUN_GAP.match(text, b)
        if gap is None or _CLOCK_AFTER.match(text, b):
            continue
        words = text[b:gap.end()].split()
        if any(_TIME.match(w.strip(",")) for w in words):
            continue
        out.append((a, b, q))
    return out


_MONEY_UNITS = frozenset({"CAD", "USD", "EUR", "GBP", "AUD", "NZD", "JPY", "CNY", "KRW", "INR", "RUB", "BRL",
                          *PESO_CURRENCY.values()})


def _dedupe(doc: Document, raw: list[tuple[int, int, float, str]], inferred: set[int]) -> list[Claim]:
    claims: list[Claim] = []
    seen: list[tuple[str, float, tuple[frozenset[str], frozenset[str]]]] = []
    for a, b, q, unit in raw:
        keys, codes = _keys(doc, a, b)
        dup = False
        for u, q2, (k2, c2) in seen:
            if abs(q - q2) > 1e-9 * max(1.0, abs(q)):
                continue
            if u != unit and not (a in inferred and u in _MONEY_UNITS and unit in _MONEY_UNITS):
                continue
            if unit != "percent":
                dup = True
            elif codes and c2 and not codes & c2:
                continue  # "tariffs on American goods" vs "tariffs on Canadian goods"
            elif _BACK_REFERENCE.search(doc.norm[max(0, a - 20):a]):
                dup = True  # "This 15% is a clear ceiling", "the latest 35% rate" restate it
            elif keys and k2 and (keys <= k2 or k2 <= keys
                                  or len(keys & k2) / len(keys | k2) >= 0.4):
                dup = True
            if dup:
                break
        seen.append((unit, q, (keys, codes)))
        if dup:
            continue
        claims.append(Claim(quantity=q, unit=unit, subject=_subject(doc, a, b),
                            year=_year(doc, a, b, unit), text=doc.text[a:b], start=a,
                            context=doc.text[slice(*_sentence_at(doc, a))]))
    return claims
