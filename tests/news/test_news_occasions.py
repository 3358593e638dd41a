"""How often one (source, type, target) counts in an article: once per real-world occasion.

Invented articles (not the labelled ones): restatements fold, and a later mention counts again
only on evidence of another occasion (another act said so, other sums, another day, another
person acting for the same source).
"""

from __future__ import annotations

from collections import Counter

import pytest
from news_helpers import analysed

from diversify.news.events import extract_events


def counted(text: str, published: str = "2025-06-25") -> Counter[tuple[str, str, str | None]]:
    return Counter(e.key() for e in extract_events(analysed(text, published)))


@pytest.mark.parametrize(("text", "key", "n"), [
    # two rounds of talks on two days written out are two meetings; the same day restated is one
    (("Ukrainian and Russian delegations met in Istanbul on May 16. "
      "The delegations of Ukraine and Russia met again in Istanbul on June 2."), ("UKR", "CONSULT", "RUS"), 2),
    (("Ukrainian and Russian delegations met in Istanbul on June 2. "
      "The delegations of Ukraine and Russia met for an hour on June 2."), ("UKR", "CONSULT", "RUS"), 1),
    # a restatement of the same meeting is one event
    (("Chancellor Olaf Scholz met Prime Minister Fumio Kishida in Tokyo on Monday. "
     "The two leaders also discussed semiconductors. Scholz met Kishida for two hours."),
     ("DEU", "CONSULT", "JPN"), 1),
    # "also" adds an act of the same kind
    (("Norway announced $300 million in military aid to Ukraine on Monday. "
     "Norway also announced humanitarian aid to Ukraine."), ("NOR", "AID", "UKR"), 2),
    # other sums are other packages
    (("Sweden pledged $500 million in military aid to Ukraine. "
     "Sweden pledged $20 million in humanitarian aid to Ukraine."), ("SWE", "AID", "UKR"), 2),
    # the same sum restated is the same package
    (("Sweden pledged $500 million in military aid to Ukraine. "
     "Sweden pledged $500 million in aid to Ukraine, the minister said."), ("SWE", "AID", "UKR"), 1),
    # two people acting for one government on two occasions
    (("U.S. Secretary of State Marco Rubio praised Mexico for its co-operation. "
     "Treasury Secretary Scott Bessent praised Mexico in a separate interview."),
     ("USA", "SUPPORT", "MEX"), 2),
    # one minister meeting two counterparts: two meetings, counted for both sides alike
    (("Trade Minister Maninder Sidhu met Indian Commerce Minister Piyush Goyal in New Delhi on "
      "Thursday. Sidhu also met External Affairs Minister Subrahmanyam Jaishankar on Friday."),
     ("CAN", "CONSULT", "IND"), 2),
    (("Trade Minister Maninder Sidhu met Indian Commerce Minister Piyush Goyal in New Delhi on "
      "Thursday. Sidhu also met External Affairs Minister Subrahmanyam Jaishankar on Friday."),
     ("IND", "CONSULT", "CAN"), 2),
    # the same two people again: the same meeting
    (("Trade Minister Maninder Sidhu met Indian Commerce Minister Piyush Goyal in New Delhi on "
      "Thursday. Sidhu and Goyal met for three hours."), ("CAN", "CONSULT", "IND"), 1),
    # criticism and a formal complaint are two events (the labels' counting rule)
    (("Seoul criticised the Japanese export curbs on Monday. "
      "South Korea filed a complaint against Japan at the World Trade Organization."),
     ("KOR", "ACCUSE", "JPN"), 2),
    # tariffs and a ban are two measures; the same tariffs restated are one
    (("India imposed 20% duties on Turkish apples. On Friday India banned Turkish firms from public tenders."),
     ("IND", "SANCTION", "TUR"), 2),
    (("India imposed 20% duties on Turkish apples. The duties on Turkish apples were imposed by India "
      "on Friday."), ("IND", "SANCTION", "TUR"), 1),
    # a meeting placed in another month is another meeting; the same month restated is one
    (("Trump hosted Saudi Crown Prince Mohammed bin Salman at the White House on Tuesday. "
      "The crown prince raised his investment pledge, up from $600 billion announced during Trump's "
      "visit to Riyadh in May."), ("USA", "CONSULT", "SAU"), 2),
    (("Trump hosted Saudi Crown Prince Mohammed bin Salman at the White House on Tuesday. "
      "The crown prince thanked Trump for the visit to the White House in June."), ("USA", "CONSULT", "SAU"), 1),
    # agreements on other matters are other agreements; the same matter restated is one
    (("Canada and Japan signed a defence agreement in Tokyo on Monday. The two countries "
      "concluded an agreement on critical minerals."), ("CAN", "AGREE", "JPN"), 2),
    (("Canada and Japan signed a defence agreement in Tokyo on Monday. The defence agreement "
      "was signed by Canada and Japan after two years of talks."), ("CAN", "AGREE", "JPN"), 1),
    # a meeting "last month" is not the one "on the 24th" of this month; "earlier this month" and a
    # weekday of this month can be the same one
    (("On the 24th in Oslo, Prime Minister Mark Carney met with Norwegian Prime Minister Jonas Gahr "
      "Store. Carney visited Norway last month and met Store."), ("CAN", "CONSULT", "NOR"), 2),
    (("Prime Minister Mark Carney met with Norwegian Prime Minister Jonas Gahr Store on Monday. "
      "Carney met Store earlier this month in Oslo."), ("CAN", "CONSULT", "NOR"), 1),
    # agreeing to one thing and to another are two agreements; "agreed on Monday" names no thing agreed
    (("Canada and India agreed to restore their high commissioners on Monday. Carney and Modi agreed to "
      "reopen talks on a trade pact, officials said."), ("CAN", "AGREE", "IND"), 2),
    (("Indonesia and Vietnam agreed to launch talks on a maritime pact. Indonesia and Vietnam agreed on "
      "Monday, the ministers said."), ("IDN", "AGREE", "VNM"), 1),
    # the same thing agreed to, told with a noun or a verb of the same act, is one agreement
    (("Russia and Ukraine agreed to an immediate ceasefire on Monday. Both sides agreed to the ceasefire after "
      "talks."), ("RUS", "AGREE", "UKR"), 1),
    (("Canada and India agreed to launch talks on a trade pact. Carney and Modi agreed to begin the negotiations "
      "in March."), ("CAN", "AGREE", "IND"), 1),
    # criticism and a formal protest are two events
    (("Manila accused Beijing of provocative actions on Tuesday. The Philippines later lodged a formal "
      "diplomatic protest against China over the reserve."), ("PHL", "ACCUSE", "CHN"), 2),
    # a truce is a ceasefire: accepting it restates the agreement
    (("Thailand and Cambodia have agreed to an immediate ceasefire. Malaysia confirmed that both "
      "countries accepted an immediate truce during talks in Putrajaya."), ("THA", "AGREE", "KHM"), 1),
])
def test_occasions(text: str, key: tuple[str, str, str | None], n: int) -> None:
    assert counted(text)[key] == n
