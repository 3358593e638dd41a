"""The constructions the news issue names, each in an invented sentence (none is taken from the
labelled articles): criticism in other words, refusals, meetings and agreements as nouns and
phrases, retaliation and easing, several sources of one measure, title + name.

Each case asserts the event it should give (and, where it matters, one it must not give), through
both passes as ``news extract`` runs them.
"""

from __future__ import annotations

import pytest
from news_helpers import events_of

FOUND = [
    ("Australia lashed out at Beijing over the new barley duties on Tuesday.", ("AUS", "ACCUSE", "CHN")),
    ("Japan called the South Korean duties unjustified.", ("JPN", "ACCUSE", "KOR")),
    ("Brazil filed a complaint against the United States at the WTO.", ("BRA", "ACCUSE", "USA")),
    ("Germany declined to set a date for talks with Poland.", ("DEU", "REJECT", "POL")),
    ("Trump would not exclude the use of military force against Panama.", ("USA", "THREATEN", "PAN")),
    ("Kenya became a participant in the EU fund on Monday.", ("KEN", "AGREE", "EU")),
    ("France and Germany renewed their backing for Ukraine.", ("FRA", "SUPPORT", "UKR")),
    ("Beijing answered with counter-duties on Canadian canola.", ("CHN", "SANCTION", "CAN")),
    ("The tariffs prompted retaliation from Ottawa against U.S. goods.", ("CAN", "SANCTION", "USA")),
    ("The European Union is suspending the planned levies on American whiskey.", ("EU", "RETREAT", "USA")),
    ("Washington pushes the tariff increase on Mexican goods back by three months.",
     ("USA", "RETREAT", "MEX")),
    ("The levies adopted by Washington and Brussels against Chinese cars took effect on Friday.",
     ("USA", "SANCTION", "CHN")),
    ("The levies adopted by Washington and Brussels against Chinese cars took effect on Friday.",
     ("EU", "SANCTION", "CHN")),
    ("The Canadian prime minister, Jane Doe, met President Emmanuel Macron in Paris.",
     ("CAN", "CONSULT", "FRA")),
    ("Trump threatened to impose 50% tariffs on Brazil unless Brasilia dropped the case.",
     ("USA", "THREATEN", "BRA")),
    ("India said it would impose retaliatory duties on U.S. almonds from next month.",
     ("IND", "THREATEN", "USA")),
    ("Trump said Canada would pay a 35% tariff from August 1.", ("USA", "THREATEN", "CAN")),
    ("Denmark summoned the U.S. ambassador over the Greenland remarks.", ("DNK", "ACCUSE", "USA")),
    ("Mexico rejected the U.S. proposal to send troops across the border.", ("MEX", "REJECT", "USA")),
    ("Sweden dismissed the idea of joining talks with Russia.", ("SWE", "REJECT", "RUS")),
    ("Trump's tariffs prompted swift retaliation from Beijing.", ("CHN", "SANCTION", "USA")),
    ("Canada and Japan promised closer co-operation on critical minerals.", ("JPN", "AGREE", "CAN")),
    ("Beijing launched an anti-dumping probe into Canadian canola.", ("CHN", "ACCUSE", "CAN")),
    ("The EU warned it would retaliate against any U.S. tariffs.", ("EU", "THREATEN", "USA")),
    ("Canada joined the EU's SAFE defence procurement programme.", ("CAN", "AGREE", "EU")),
    ("Russia launched 400 drones at Ukrainian cities overnight.", ("RUS", "ASSAULT", "UKR")),
    ("During a stop in Warsaw, Carney spoke to reporters.", ("CAN", "CONSULT", "POL")),
    ("Trump floated the idea of annexing parts of Canada.", ("USA", "THREATEN", "CAN")),
    ("The coast guards of Chile and Peru held a joint search-and-rescue drill on Monday.",
     ("CHL", "COOPERATE", "PER")),
    ("Canada stood firmly with the Philippines.", ("CAN", "SUPPORT", "PHL")),
    # a second act in a sentence the phrase rules decided for the first
    (("Defence Minister David McGuinty, who signed the pact with Chile's defence minister, said "
      "Canada \"stands firmly with Peru\"."), ("CAN", "SUPPORT", "PER")),
    ("Japan lodged a diplomatic protest with Beijing over the incident.", ("JPN", "ACCUSE", "CHN")),
    ("Washington cut off financial assistance to South Africa.", ("USA", "SANCTION", "ZAF")),
    ("Chinese coast guard ships fired water cannon at a Philippine supply boat.",
     ("CHN", "ASSAULT", "PHL")),
    ("Israel carried out an air strike on Doha.", ("ISR", "ASSAULT", "QAT")),
    ("Riyadh extended a $1.2 billion oil facility to Islamabad.", ("SAU", "AID", "PAK")),
    ("Brussels said no to Washington's request to exempt American tech firms.", ("EU", "REJECT", "USA")),
    ("Chinese coast guard vessels blocked a Philippine resupply mission to the shoal.", ("CHN", "COERCE", "PHL")),
    ("Russia blocked Ukrainian grain ships in the Black Sea.", ("RUS", "COERCE", "UKR")),
    ("Japan agreed to buy more American rice under pressure from Washington.", ("JPN", "CONCEDE", "USA")),
    ("Under pressure from Washington, Seoul decided to raise its share of the troop costs.",
     ("KOR", "CONCEDE", "USA")),
    ("Beijing will not yield to US pressure, the ministry said.", ("CHN", "REJECT", "USA")),
    ("Modi said India would never bend to American tariffs.", ("IND", "REJECT", "USA")),
    ("Beijing refused to retract the consul general's remarks despite Tokyo's protests.", ("CHN", "REJECT", "JPN")),
    ("Islamabad declared an Indian official persona non grata.", ("PAK", "COERCE", "IND")),
    ("The Chinese coast guard boarded a Taiwanese fishing boat and detained its crew.", ("CHN", "COERCE", "TWN")),
    ("Seoul agreed to pay more for US troops in Korea after months of pressure from Trump.", ("KOR", "CONCEDE", "USA")),
    ("Mexico raised its tariffs on Chinese cars after pressure from Washington.", ("MEX", "CONCEDE", "USA")),
    ("China's defence ministry said the Philippines was \"playing with fire\" over its plans.",
     ("CHN", "THREATEN", "PHL")),
    ("Medvedev warned that Britain would regret its decision.", ("RUS", "THREATEN", "GBR")),
    ("Tehran said the Israeli attack would not go unanswered.", ("IRN", "THREATEN", "ISR")),
    ("Sheinbaum said Mexico would never accept a US military presence on its territory.", ("MEX", "REJECT", "USA")),
    # the pressure a concession yields to is a demand (the dev labels: "following months of pressure
    # from Donald Trump" is a REQUEST; the README's "pressing allies to spend more")
    ("Panama quit the initiative, bowing to pressure from Washington.", ("USA", "REQUEST", "PAN")),
    ("Kyiv yielded to U.S. pressure on Tuesday and agreed to the ceasefire.", ("USA", "REQUEST", "UKR")),
    ("India cut import duties on bourbon whiskey, as Washington had demanded.", ("IND", "CONCEDE", "USA")),
    ("Japan raised its defence budget, as Trump had requested.", ("JPN", "CONCEDE", "USA")),
    ("Poland reopened its border crossings with Belarus on Thursday.", ("POL", "RETREAT", "BLR")),
    ("The White House told Carney that Canadian goods would face a 35 per cent levy from Aug. 1.",
     ("USA", "THREATEN", "CAN")),
    # another's threat named as a noun, answered by its target or aimed at the one a "that" clause names
    ("Trump's warning that Nigeria could face American military action drew a sharp response.",
     ("USA", "THREATEN", "NGA")),
    ("Lula on Thursday lambasted Trump's threatened 50 per cent tariff as blackmail.", ("USA", "THREATEN", "BRA")),
    ("Trump refused on Tuesday to rule out military or economic coercion to gain control of Greenland.",
     ("USA", "THREATEN", "GRL")),
    # an expulsion, arrest or seizure named as a noun with its author; a foreigner jailed by a court
    ("France retaliated for Algeria's expulsion of French embassy staff.", ("DZA", "COERCE", "FRA")),
    ("Iran's seizure of an Indian tanker angered New Delhi.", ("IRN", "COERCE", "IND")),
    ("A Russian court sentenced an American soldier to four years in prison.", ("RUS", "COERCE", "USA")),
    ("Canada condemned the invasion of Ukraine by Russia.", ("CAN", "ACCUSE", "RUS")),
    ("Authorities in Beijing have detained a Taiwanese publisher.", ("CHN", "COERCE", "TWN")),
    # marches and rallies a leader heads or joins against another government; walk-outs as another speaks
    ("Sheinbaum led a march against Washington on Sunday.", ("MEX", "PROTEST", "USA")),
    ("Iran's president marched with crowds in Tehran on Friday in an anti-Israeli rally.", ("IRN", "PROTEST", "ISR")),
    ("Greenland's premier marched with a crowd through Nuuk in a protest aimed squarely at Washington.",
     ("GRL", "PROTEST", "USA")),
    ("Canada's foreign minister walked out of a G20 session when Russian Foreign Minister Sergei Lavrov began to speak.",
     ("CAN", "PROTEST", "RUS")),
    ("British diplomats walked out during Netanyahu's speech.", ("GBR", "PROTEST", "ISR")),
    # talks held "after" which the main subject acted; a measure not gone ahead with; a list ending
    # "and five other countries"
    ("Trump said he would drop the tariffs, after talks with NATO Secretary-General Mark Rutte.",
     ("USA", "CONSULT", "NATO")),
    ("DAVOS, Switzerland, Jan 22 (Reuters) - Trump said he would drop the tariffs, after talks with Rutte.",
     ("USA", "CONSULT", "NATO")),
    ("Trump will not proceed with the tariffs on Mexico, the White House said.", ("USA", "RETREAT", "MEX")),
    ("Trump imposed tariffs on Denmark, Germany, France and five other European countries.",
     ("USA", "SANCTION", "FRA")),
    ("EU foreign ministers agreed on Tuesday to lift the bloc's remaining economic sanctions on Syria.",
     ("EU", "RETREAT", "SYR")),
    # an arms sale cleared is a purchase deal between the governments (AGREE), not aid
    ("The U.S. State Department approved the sale of weapons worth $11.1 billion to Taiwan.",
     ("TWN", "AGREE", "USA")),
    ("Moscow warned that London would bear responsibility for any incidents at sea.", ("RUS", "THREATEN", "GBR")),
    ("Trump said he could impose devastating financial measures on Russia if it did not agree.",
     ("USA", "THREATEN", "RUS")),
    ("China does not accept the Philippine protest, the spokesman added.", ("CHN", "REJECT", "PHL")),
    ("Xi came to Washington on Tuesday.", ("CHN", "CONSULT", "USA")),
    ("Beijing shrugged off Washington's demand.", ("CHN", "REJECT", "USA")),
    (("Washington demanded that India stop buying Russian oil. India refused on Wednesday to halt its "
      "purchases of Russian crude."), ("IND", "REJECT", "USA")),
    ("Britain supplied Ukraine with 100,000 drones.", ("GBR", "AID", "UKR")),
    ("China dispatched a rescue team and emergency supplies worth 100 million yuan to Myanmar.",
     ("CHN", "AID", "MMR")),
    ("U.S. agents detained 300 South Korean workers, prompting Seoul to lodge a formal protest.",
     ("KOR", "ACCUSE", "USA")),
    ("Trump's threat forced Bogota to accept the flights.", ("USA", "THREATEN", "COL")),
    ("Trump said Spain should be punished, calling Madrid's stance very disloyal.", ("USA", "ACCUSE", "ESP")),
    ("Seoul shelved the platform law on Monday, yielding to complaints from Washington.", ("USA", "ACCUSE", "KOR")),
    ("Ukraine restored the agencies on Thursday, backing down after sharp criticism from Brussels.",
     ("EU", "ACCUSE", "UKR")),
    # aid and deployments a government says it will give or make are pledged
    ("Japan said on Tuesday it would provide five more patrol vessels to the Philippine coast guard.",
     ("JPN", "AID", "PHL")),
    ("Norway said it would contribute 1.5 billion kroner to buy American weapons for Ukraine.", ("NOR", "AID", "UKR")),
    ("Sheinbaum said Mexico would immediately send 10,000 National Guard troops to its northern border.",
     ("MEX", "MOBILIZE", None)),
    ("The Sejm approved a 2026 budget that raises defence spending to a record 200 billion zloty.",
     ("POL", "MOBILIZE", None)),
    ("Denmark's and Greenland's top diplomats met Vice President JD Vance at the White House.",
     ("DNK", "CONSULT", "USA")),
    ("Macron said France stood \"shoulder to shoulder\" with Denmark and Greenland.", ("FRA", "SUPPORT", "GRL")),
    ("Malaysia will press ahead with gas exploration off Sarawak despite objections from China.",
     ("MYS", "REJECT", "CHN")),
    ("India kept buying Russian oil despite American objections.", ("IND", "REJECT", "USA")),
    ("Beijing urged the United States to stop arming Taiwan and warned that China would take resolute measures.",
     ("CHN", "THREATEN", "USA")),
    ("Estonia detained a Russian tanker. Russia would use \"all available means\" to protect its shipping, Moscow said.",
     ("RUS", "THREATEN", "EST")),
    ("The bombardment of Kyiv by Russian missiles drew swift condemnation from London.", ("GBR", "ACCUSE", "RUS")),
    ("Egypt's foreign minister, Badr Abdelatty, visited Asmara on Tuesday.", ("EGY", "CONSULT", "ERI")),
    ("Moscow accused Tbilisi of provocations.", ("RUS", "ACCUSE", "GEO")),
    ("CIA Director John Ratcliffe said he had spoken by phone with Sergei Naryshkin, head of Russia's SVR.",
     ("USA", "CONSULT", "RUS")),
    ("Iran seized a British tanker. The US Navy condemned Iran's seizure.", ("USA", "ACCUSE", "IRN")),
    ("Carney raised concerns about the killing with Modi on the sidelines of the summit.", ("CAN", "CONSULT", "IND")),
    ("The moves follow Trump's announcement on Monday, a day before he met Syrian President Ahmed al-Sharaa.",
     ("USA", "CONSULT", "SYR")),
    ("Norway has doubled its defence budget. Last week it pledged a further 7bn kroner to help Kyiv buy air defence.",
     ("NOR", "AID", "UKR")),
    ("Two Estonian diplomats were ordered out of Moscow on Wednesday.", ("RUS", "COERCE", "EST")),
    ("Trump extended the tariff truce with China by another 90 days on Monday.", ("USA", "RETREAT", "CHN")),
    ("Lula met Xi in Beijing on Tuesday. The two heads of state witnessed the signing of 20 cooperation documents.",
     ("BRA", "AGREE", "CHN")),
    ("Iranian and US delegations held talks in Muscat. The two delegations agreed to hold a second round next week.",
     ("IRN", "AGREE", "USA")),
    ("Erdogan and Pakistani Prime Minister Shehbaz Sharif co-chaired the strategic council in Ankara.",
     ("TUR", "CONSULT", "PAK")),
    ("UAE President Sheikh Mohamed bin Zayed received a phone call on Tuesday from French President Macron.",
     ("FRA", "CONSULT", "ARE")),
    ("Carney arrived in Beijing on Tuesday, his first visit to China as prime minister.", ("CAN", "CONSULT", "CHN")),
    ("Itamaraty summoned the US charge d'affaires in Brasilia on Wednesday.", ("BRA", "ACCUSE", "USA")),
    ("On Monday, Brazil formally requested consultations with the United States at the World Trade Organization.",
     ("BRA", "ACCUSE", "USA")),
    ("South Korean President Lee Jae-myung presented Trump with the Grand Order of Mugunghwa.", ("KOR", "SUPPORT", "USA")),
    ("Moscow considers the U.S. threats illegitimate.", ("RUS", "ACCUSE", "USA")),
    ("The Maritime Self-Defense Force and the Philippine Navy held a joint exercise west of Palawan.",
     ("JPN", "COOPERATE", "PHL")),
    # force and trade measures held out as ready, or in reported speech
    ("The EU stood ready to impose safeguard measures on Chinese steel.", ("EU", "THREATEN", "CHN")),
    ("The EU imposed safeguard measures on Chinese steel.", ("EU", "SANCTION", "CHN")),
    ("The United States is prepared to use force against Panama, Hegseth said.", ("USA", "THREATEN", "PAN")),
    ("Hegseth said the United States was prepared to take military action against Panama.",
     ("USA", "THREATEN", "PAN")),
    ("China's foreign ministry told Manila to stop its provocations.", ("CHN", "REQUEST", "PHL")),
    ("NATO ambassadors met on Tuesday and condemned Russia's escalatory behaviour.",
     ("NATO", "ACCUSE", "RUS")),
    # "he" in a clause before the main subject is that subject; a Korean family name comes first
    (("Polish Prime Minister Donald Tusk spoke on Saturday. In Kyiv on Sunday, where he attended "
      "talks with President Volodymyr Zelenskyy, Carney announced new aid."),
     ("CAN", "CONSULT", "UKR")),
    (("South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba on Saturday. "
      "It was Lee's first trip to Tokyo. He went on to meet U.S. President Donald Trump on Monday."),
     ("KOR", "CONSULT", "USA")),
    ("Prime Minister Mark Carney received President Emmanuel Macron in Ottawa.",
     ("CAN", "CONSULT", "FRA")),
    ("China's embassy in Manila criticised the deal, saying Ottawa and Manila were ganging up.",
     ("CHN", "ACCUSE", "CAN")),
    (("India launched missile strikes on camps in Pakistan on Wednesday. Guterres urged both "
      "governments to exercise restraint."), ("UN", "REQUEST", "PAK")),
    # a response promised on a condition threatens the one the condition names
    ("Peskov said Russia would respond with appropriate measures if Finland allowed more NATO troops.",
     ("RUS", "THREATEN", "FIN")),
    ("China said it would retaliate if Japan imposed the duties.", ("CHN", "THREATEN", "JPN")),
    ("If Washington imposes tariffs on Canada, Ottawa will retaliate.", ("CAN", "THREATEN", "USA")),
    # the parties of the article's latest event, named by number as agent or object
    (("Rwanda accused Burundi of backing rebels on Monday. The deal was signed in Washington on "
      "Friday by the two countries' foreign ministers."), ("BDI", "AGREE", "RWA")),
    (("Rwanda accused Burundi of backing rebels on Monday. President Donald Trump received both "
      "ministers at the White House."), ("USA", "CONSULT", "BDI")),
    ("Norway and Sweden froze the talks with Belarus in May.", ("SWE", "SANCTION", "BLR")),
    # a group named by number: the latest list of exactly that many actors
    (("Norway, Sweden and Finland froze the talks with Belarus in May. On Monday the three "
      "countries' defence ministers accused Minsk of staging provocations."), ("SWE", "ACCUSE", "BLR")),
    (("Norway, Sweden and Finland froze the talks with Belarus in May. Minsk called the move by "
      "the three Nordic governments hostile."), ("BLR", "ACCUSE", "FIN")),
    # "the move", "the threat": the act or statement of the sentence before, and its author
    ("China cut its duties on Canadian canola on Sunday. Ottawa welcomed the move.",
     ("CAN", "SUPPORT", "CHN")),
    ("Trump threatened to annex Greenland on Monday. Greenland's government rejected the threat.",
     ("GRL", "REJECT", "USA")),
    # the actor inside a relative clause is not the main verb's actor
    (("Portugal's Prime Minister Rui Ferreira, whose country is the largest EU wine exporter to "
      "China, urged Beijing to show flexibility."), ("PRT", "REQUEST", "CHN")),
    # a clause joined by "and" has its own actor and its own money
    (("Norway and Japan reaffirmed their support for Ukraine, and the EU announced a further "
      "€2 billion for Ukraine's power grid."), ("NOR", "SUPPORT", "UKR")),
    (("Norway and Japan reaffirmed their support for Ukraine, and the EU announced a further "
      "€2 billion for Ukraine's power grid."), ("EU", "AID", "UKR")),
    # a Chinese name of the lexicon followed by its family name
    (("Commerce Minister Wang Wentao arrived in Brussels on Tuesday. Wang urged Brussels to drop "
      "the duties."), ("CHN", "REQUEST", "EU")),
    # the single market's goods are the EU's; a threatened measure is a threat
    ("Trump threatened to raise tariffs on European cars to 25%.", ("USA", "THREATEN", "EU")),
    # warnings of a loss or a measure, to the one warned or told
    ("Trump warned that Canadian-assembled vehicles could lose their trade benefits.",
     ("USA", "THREATEN", "CAN")),
    ("Trump told Brazil on Monday that its exports would face a 50% tariff from August.",
     ("USA", "THREATEN", "BRA")),
    # a vow to respond answers the act aimed at the one who vows
    ("Norway expelled two Russian diplomats on Monday. Moscow vowed to respond in kind.",
     ("RUS", "THREATEN", "NOR")),
    # a purchase agreed with a government; a measure judged in a relative clause
    ("Poland has agreed to buy 96 attack helicopters from the United States.", ("POL", "AGREE", "USA")),
    ("The U.S. duties, which Sheinbaum called unjust, took effect on Monday.", ("MEX", "ACCUSE", "USA")),
    # mobilising: a pledge announced, patrols stepped up, money for one's own defence
    ("Oslo announced it would station two more fighter jets in the Arctic.", ("NOR", "MOBILIZE", None)),
    ("NATO said it had stepped up air patrols along its eastern flank.", ("NATO", "MOBILIZE", None)),
    ("Macron announced an additional 6 billion euros for air defence and ammunition.", ("FRA", "MOBILIZE", None)),
    # a refusal answers the demand or accusation aimed at the one who refuses
    (("Washington demanded that Ottawa scrap its dairy quotas. LeBlanc turned down both "
      "demands."), ("CAN", "REJECT", "USA")),
    # easing: a cut to a rate, measures replaced, measures removed in the passive
    ("Washington cut its tariff on Korean goods to 15% from 25%.", ("USA", "RETREAT", "KOR")),
    ("The deal replaces Washington's 50% tariffs on Brazilian steel with a quota.",
     ("USA", "RETREAT", "BRA")),
    ("Mexico's counter-tariffs on U.S. pork were removed at midnight.", ("MEX", "RETREAT", "USA")),
    # "the two countries" are the two just named in the sentence; a WTO filing accuses the other party
    (("Mexican Economy Minister Marcelo Ebrard, who spoke with LeBlanc by phone, said the two "
      "countries had agreed to share information."), ("MEX", "AGREE", "CAN")),
    ("The EU filed a request for consultations with China at the World Trade Organization.",
     ("EU", "ACCUSE", "CHN")),
    # a measure threatened on a condition targets the condition's actor; deciding to ease is easing
    ("Quebec could slap a 25% surcharge on power it sells to Vermont if Washington did not back down.",
     ("CAN", "THREATEN", "USA")),
    ("Trump decided to postpone by 90 days the implementation of a 30% tariff on Brazilian goods.",
     ("USA", "RETREAT", "BRA")),
    ("Trump renewed his threats to annex Greenland, a self-governing territory of Denmark.",
     ("USA", "THREATEN", "GRL")),
    # a sentence opening with "Trump" (which the small model reads as the verb) and a halt of talks
    ("Trump froze negotiations with Canada after the advertisement aired.", ("USA", "SANCTION", "CAN")),
    ("Trump imposed tariffs on Brazilian coffee.", ("USA", "SANCTION", "BRA")),
    # a year naming a thing ("the 2019 fisheries agreement") does not date the act
    (("Spain, Italy and Portugal wrote to the European Commission on Monday. The three countries' "
      "ministers accused Morocco of breaking the 2019 fisheries agreement."), ("ITA", "ACCUSE", "MAR")),
    # a meeting named in a phrase, its partner by "with" elsewhere in the clause
    ("President Lee Jae-myung raised the submarine bid with Prime Minister Mark Carney in a phone call.",
     ("KOR", "CONSULT", "CAN")),
    # a reprieve or waiver granted eases the measure for the one it is given to
    ("Trump granted Brazil a 90-day reprieve from the tariffs.", ("USA", "RETREAT", "BRA")),
    # threats in other forms: a measure dated after the article, floated, readied, or stood ready to
    ("Trump floated a 25% tariff on Brazilian goods.", ("USA", "THREATEN", "BRA")),
    ("The EU readied countermeasures against U.S. goods worth 93 billion euros.", ("EU", "THREATEN", "USA")),
    ("Ottawa stands ready to retaliate against U.S. tariffs.", ("CAN", "THREATEN", "USA")),
    # agreements named by their parties, investments under a framework, terms finalised
    ("The deal between Chile and Japan was signed on Monday.", ("CHL", "AGREE", "JPN")),
    ("Qatar committed to invest $10 billion in Chile under an economic partnership framework.",
     ("QAT", "AGREE", "CHL")),
    ("Brussels and Oslo finalised the terms of Norway's participation in SAFE.", ("NOR", "AGREE", "EU")),
    # backing down eases what was threatened; a pause extended is an easing; export controls eased
    ("Trump backed down on his tariff threat against Brazil.", ("USA", "RETREAT", "BRA")),
    ("Trump walked back his threat to impose tariffs on Brazil.", ("USA", "RETREAT", "BRA")),
    ("Trump extended the tariff pause for Mexico by 90 days.", ("USA", "RETREAT", "MEX")),
    ("Washington eased export controls on Chinese chipmakers.", ("USA", "RETREAT", "CHN")),
    # refusals despite pressure, and denials of what one is accused of
    ("Norway refused to drop its fishing quotas despite pressure from Brussels.", ("NOR", "REJECT", "EU")),
    ("The Kremlin denied the Polish accusations.", ("RUS", "REJECT", "POL")),
    ("Poland accused Russia of sabotage on Monday. Moscow denied any involvement.", ("RUS", "REJECT", "POL")),
    # a warning or threat on a condition threatens the condition's actor
    ("Beijing warned of consequences if Manila continued its provocations.", ("CHN", "THREATEN", "PHL")),
    ("Trump threatened to act if Ottawa did not move on dairy.", ("USA", "THREATEN", "CAN")),
    # an official named by title alone acts for the country of the dateline
    (("OSLO (Reuters) - Norway will close its border crossing, Prime Minister Ola Nordmann said "
      "on Tuesday. Nordmann accused Moscow of using migrants as a weapon."), ("NOR", "ACCUSE", "RUS")),
    # threats: a measure named as an idea raised, a possible measure, an answer to any act, force kept open
    ("Brussels raised the prospect of sanctions on Chinese banks.", ("EU", "THREATEN", "CHN")),
    ("Trump said he might hit Mexico with a 30% tariff over the water dispute.", ("USA", "THREATEN", "MEX")),
    ("Seoul could curb exports of chips to China, the trade minister warned.", ("KOR", "THREATEN", "CHN")),
    ("India said it would respond in kind to any U.S. levy.", ("IND", "THREATEN", "USA")),
    ("Trump did not rule out using military force against Venezuela.", ("USA", "THREATEN", "VEN")),
    ("Trump told reporters that Colombia would pay a heavy price if it refused the flights.",
     ("USA", "THREATEN", "COL")),
    # easing in other verbs and nouns
    ("Washington granted Mexico a 90-day pause on the duties.", ("USA", "RETREAT", "MEX")),
    ("The EU shelved its planned countermeasures against Washington.", ("EU", "RETREAT", "USA")),
    ("The U.S. halved the tariff on Swiss goods after the deal.", ("USA", "RETREAT", "CHE")),
    ("Beijing eased export restrictions on gallium to the United States.", ("CHN", "RETREAT", "USA")),
    ("Trump backed away from his threat to hit Spain with tariffs.", ("USA", "RETREAT", "ESP")),
    # refusals, alerts, budgets, hosting, complaints and arms in idioms
    ("The Kremlin brushed off the EU's ultimatum.", ("RUS", "REJECT", "EU")),
    ("Taiwan put its air force on high alert after the Chinese drills.", ("TWN", "MOBILIZE", None)),
    ("Australia's cabinet approved a record defence budget on Friday.", ("AUS", "MOBILIZE", None)),
    ("Scholz welcomed Albanese to the Chancellery on Monday.", ("DEU", "CONSULT", "AUS")),
    ("Manila protested to Beijing over the water cannon attack.", ("PHL", "ACCUSE", "CHN")),
    ("Lula took aim at Washington over the coffee tariffs.", ("BRA", "ACCUSE", "USA")),
    ("Brazil hit back at the United States over its tariff decision.", ("BRA", "ACCUSE", "USA")),
    ("Norway sent two more NASAMS systems to Ukraine.", ("NOR", "AID", "UKR")),
    ("Following a meeting with Zelensky in Kyiv, Starmer announced new aid.", ("GBR", "CONSULT", "UKR")),
    ("Washington and Seoul settled on a 15% tariff rate for Korean cars.", ("USA", "AGREE", "KOR")),
    # a second verb the parser joins to the reported clause is the speaker's
    ("Beijing's coast guard said the Vietnamese boats had entered its waters and accused Hanoi of provocation.",
     ("CHN", "ACCUSE", "VNM")),
    # a ministry with no country acts for the dateline's
    ("MANILA (Reuters) - The Department of Foreign Affairs summoned Beijing's ambassador on Friday.",
     ("PHL", "ACCUSE", "CHN")),
    ("Ottawa's trade minister called the latest increase in U.S. steel duties unjustified.", ("CAN", "ACCUSE", "USA")),
    ("Trump called Venezuela a destructive force in the region.", ("USA", "ACCUSE", "VEN")),
    # an easing promised as a deal's term; halted trade; spending targets and assets committed
    ("Under the deal, Washington will cut its tariff on Swiss watches to 15%.", ("USA", "RETREAT", "CHE")),
    ("Beijing suspended imports of Australian beef on Tuesday.", ("CHN", "SANCTION", "AUS")),
    ("Spain pledged to reach NATO's benchmark of 2% of GDP on defence this year.", ("ESP", "MOBILIZE", None)),
    ("Norway has committed fighter jets to the Baltic air policing mission.", ("NOR", "MOBILIZE", None)),
    # the standard official threat answers the act suffered, three sentences back
    (("Ottawa imposed a 100% surtax on Chinese electric vehicles on Monday. The surtax takes effect in "
      "October. Officials said it protects jobs. Beijing warned that it would take all necessary measures "
      "to protect its companies."), ("CHN", "THREATEN", "CAN")),
    ("Mexico approved tariffs on Chinese cars on Wednesday. Washington welcomed the vote.",
     ("USA", "SUPPORT", "MEX")),
    # a subjunctive demand; "the two" and "the two men" as the parties just named
    ("The European Commission insisted that Britain pay a share of the fund's costs.", ("EU", "REQUEST", "GBR")),
    ("Albanese met Macron in Paris on Monday. The two signed a memorandum on critical minerals.",
     ("AUS", "AGREE", "FRA")),
    ("Albanese met Macron in Paris on Monday. The two men then signed a strategic partnership.",
     ("FRA", "AGREE", "AUS")),
    ("Tokyo and Washington reached consensus on chip export controls.", ("JPN", "AGREE", "USA")),
    # a measure judged in reported speech is its author's, found sentences back; "called on Monday"
    (("Seoul imposed a 30% surtax on Japanese steel on Monday. Tokyo said the surtax was "
      "discriminatory."), ("JPN", "ACCUSE", "KOR")),
    ("Mexico's economy minister on Monday called the new U.S. duties on tomatoes unjustified.",
     ("MEX", "ACCUSE", "USA")),
    # "the island" once Greenland (or Taiwan) is named; pressure faced; the alliance's "necessary tools"
    ("Greenland's premier met Danish officials. Trump repeated his push to acquire the island on Monday.",
     ("USA", "THREATEN", "GRL")),
    ("Trump warned Caracas that it would face massive pressure if it rejected the deal.", ("USA", "THREATEN", "VEN")),
    (("Russia expelled two Estonian diplomats on Monday. Tallinn warned that it would use all necessary "
      "tools to respond."), ("EST", "THREATEN", "RUS")),
    # a participle phrase's own history is not the act's; the federal government of the dateline
    (("Tokyo announced duties on steel from South Korea on Thursday, concluding an investigation "
      "launched two years ago."), ("JPN", "SANCTION", "KOR")),
    ("CANBERRA (AAP) - The federal government on Friday summoned China's ambassador.", ("AUS", "ACCUSE", "CHN")),
    # goods named by their origin; measures confirmed; "the Commission" once the EU is named
    ("Tokyo on Friday confirmed anti-dumping duties on steel imported from South Korea.", ("JPN", "SANCTION", "KOR")),
    ("India imposed a provisional anti-dumping deposit on imports of Chinese solar glass.", ("IND", "SANCTION", "CHN")),
    ("The EU imposed duties on Chinese cars. Meloni criticised the Commission for pressing ahead.",
     ("ITA", "ACCUSE", "EU")),
    ("Beijing cut its duties on Canadian canola. Ottawa called the decision \"deeply disappointing\".",
     ("CAN", "ACCUSE", "CHN")),
    # put on notice; troops called legitimate targets; a named measure that "could" come
    ("Trump put Seoul on notice that auto duties could double.", ("USA", "THREATEN", "KOR")),
    ("Moscow said any German troops sent to Ukraine would be legitimate targets.", ("RUS", "THREATEN", "DEU")),
    ("The U.S. tariffs on Brazilian coffee could rise to 50% next month, Trump warned.", ("USA", "THREATEN", "BRA")),
    # force kept on the table; exports halted to a country
    ("Trump said he never takes military force off the table with Venezuela.", ("USA", "THREATEN", "VEN")),
    ("Beijing halted rare earth exports to Japan on Monday.", ("CHN", "SANCTION", "JPN")),
    # "the two countries" are the pair named just before, not the place of the signing
    (("Mediators announced a border agreement between Kenya and Somalia. The deal was signed in Washington "
      "on Friday by the two countries' foreign ministers."), ("KEN", "AGREE", "SOM")),
    # a warning in the second of two reported clauses
    ("Putin said talks had stalled and that Finland would pay a heavy price for its choice.",
     ("RUS", "THREATEN", "FIN")),
    # the subjunctive after a singular name, tagged as a plain present form
    ("Brussels agreed to the fee after Washington insisted that Norway pay its share.",
     ("USA", "REQUEST", "NOR")),
    # participles of agreeing with the parties as agents, whatever the agreement is called
    ("Under the road map agreed by Japan and Australia in May, tariffs on beef fall to 5%.",
     ("AUS", "AGREE", "JPN")),
    # talks named in a phrase: those who act held them
    ("The plan was announced by Chile and Peru after talks in Lima.", ("PER", "CONSULT", "CHL")),
    ("President Lula raised the beef quota with Prime Minister Anthony Albanese in a phone call.",
     ("BRA", "CONSULT", "AUS")),
    # a title after a person's name starts the next person
    ("Trump and Commission President Ursula von der Leyen met in Scotland.", ("USA", "CONSULT", "EU")),
    # the author of the measure judged, named by its participle
    ("Brazil condemned the new duty imposed by Washington on imports of Chinese steel.",
     ("BRA", "ACCUSE", "USA")),
    # the standard official warning with its condition
    ("Tehran would take reciprocal measures if London went ahead with the seizure.", ("IRN", "THREATEN", "GBR")),
    # an obligation without "must"
    ("Trump said Japan had to open its rice market.", ("USA", "REQUEST", "JPN")),
    ("Brussels said Hungary needs to restore judicial independence.", ("EU", "REQUEST", "HUN")),
    # a deal that cuts the other side's tariffs eases them
    ("Seoul and Washington reached a deal that cuts U.S. tariffs on Korean cars to 15%.",
     ("USA", "RETREAT", "KOR")),
    # joint action without the word "joint", and joint missions by name
    ("Estonian and Finnish troops conducted a river-crossing exercise on Tuesday.", ("EST", "COOPERATE", "FIN")),
    ("Australia held naval drills with India in the Bay of Bengal.", ("IND", "COOPERATE", "AUS")),
    ("Dutch and Belgian warships began a joint sail in the North Sea.", ("NLD", "COOPERATE", "BEL")),
    # a phone call, and what it was made for
    ("Germany's foreign minister phoned his Czech counterpart on Monday.", ("DEU", "CONSULT", "CZE")),
    ("Germany's foreign minister phoned his Czech counterpart on Monday to express solidarity.",
     ("DEU", "SUPPORT", "CZE")),
    ("Albanese travelled to Manila to reaffirm support.", ("AUS", "SUPPORT", "PHL")),
    # "the two" right after a meeting in the same sentence are its parties
    ("Rutte met Albanese for an hour, and the two signed a memorandum on research.", ("NATO", "AGREE", "AUS")),
    # mutual acts: each to the other
    ("Armenia and Azerbaijan accused each other of violating the ceasefire.", ("AZE", "ACCUSE", "ARM")),
    ("Ghana and Nigeria named new high commissioners to each other's capitals.", ("GHA", "SUPPORT", "NGA")),
    ("Brazil and Argentina began charging each other's ships special port fees.", ("ARG", "SANCTION", "BRA")),
    # a gerund after a preposition shares its verb's subject
    ("Premier Eby spoke to reporters after meeting U.S. Ambassador Pete Hoekstra in Vancouver.",
     ("CAN", "CONSULT", "USA")),
    # answering an act: the one who did it
    ("Washington raised duties on Brazilian steel. Brazil responded by filing a complaint at the WTO.",
     ("BRA", "ACCUSE", "USA")),
    (("Mexico launched a challenge under the trade pact on Thursday, a day after the U.S. Commerce "
      "Department finalized duties on Mexican tomatoes."), ("MEX", "ACCUSE", "USA")),
    # threats in other words
    ("The Swiss president said the country stood ready to hit back with countermeasures against India.",
     ("CHE", "THREATEN", "IND")),
    ("Seoul warned that it would deliver a firm response to any North Korean provocation.",
     ("KOR", "THREATEN", "PRK")),
    ("Brazil told the WTO it reserves the right to impose retaliatory duties on Mexican goods.",
     ("BRA", "THREATEN", "MEX")),
    ("Ankara demanded that Athens withdraw the ships within a week or face sanctions.", ("TUR", "THREATEN", "GRC")),
    ("Latvian Prime Minister Evika Silina said Riga would shoot down Russian drones over its territory.",
     ("LVA", "THREATEN", "RUS")),
    ("Tehran warned that it could strike Bahrain if Manama hosted the American bombers.",
     ("IRN", "THREATEN", "BHR")),
    # easing put on hold or on ice
    ("Trump put on hold a threatened 40% tariff on Vietnamese goods.", ("USA", "RETREAT", "VNM")),
    ("The European Commission put its countermeasures against U.S. whiskey on ice for 90 days.",
     ("EU", "RETREAT", "USA")),
    # meetings named by "their" and by the counterpart told
    ("Lula congratulated Sheinbaum at their meeting in Brasilia.", ("BRA", "CONSULT", "MEX")),
    ("Wang Yi told his Egyptian counterpart that Beijing backs Cairo.", ("EGY", "CONSULT", "CHN")),
    # a demand refused or granted: the refusal or concession, and the demand it names
    ("Kenya shot down Washington's demand that Nairobi expel the envoy.", ("KEN", "REJECT", "USA")),
    ("Kenya shot down Washington's demand that Nairobi expel the envoy.", ("USA", "REQUEST", "KEN")),
    ("Chile dismissed a Bolivian demand for access to the sea.", ("BOL", "REQUEST", "CHL")),
    ("Serbia refused to sign the declaration, turning down a demand that Brussels had made in March.",
     ("SRB", "REJECT", "EU")),
    ("Colombia extradited 12 suspects to the United States, meeting a key demand from Washington.",
     ("COL", "CONCEDE", "USA")),
    ("Colombia extradited 12 suspects to the United States, meeting a key demand from Washington.",
     ("USA", "REQUEST", "COL")),
    ("Thailand lifted its ban on U.S. pork, bowing to Washington's demand.", ("THA", "CONCEDE", "USA")),
    ("Cambodia gave in to a central demand of Beijing's negotiators.", ("KHM", "CONCEDE", "CHN")),
    # members listed as one side agree with the other side, not with each other
    ("The EU and the Mercosur bloc of Brazil, Argentina, Uruguay and Paraguay signed a trade agreement.",
     ("EU", "AGREE", "ARG")),
    # expulsions coerce; clashes of armed guards; a body named with a country's possessive is that country's
    ("Latvia expelled two Russian diplomats on Friday.", ("LVA", "COERCE", "RUS")),
    ("Lithuania ordered a Belarusian diplomat to leave the country within 48 hours.", ("LTU", "COERCE", "BLR")),
    ("Indian and Chinese border guards clashed in Ladakh.", ("IND", "ASSAULT", "CHN")),
    ("Mexico's Congress approved tariffs on cars from China.", ("MEX", "SANCTION", "CHN")),
    ("Slovakia vetoed new EU sanctions on Russia.", ("SVK", "REJECT", "EU")),
    # a participle after a reported clause is the speaker's; topics discussed are no partners, but
    # "with" under the topic is; a warning against something is a caution; an invitation withdrawn snubs
    ("Sheinbaum said Mexico is not a colony, rejecting the latest remarks from Washington.",
     ("MEX", "REJECT", "USA")),
    ("Carney discussed tariffs with Trump on Tuesday.", ("CAN", "CONSULT", "USA")),
    ("Beijing warned Washington against any move to arm Taiwan.", ("CHN", "REQUEST", "USA")),
    ("Canberra withdrew its invitation to Chinese officials to attend the forum.", ("AUS", "SANCTION", "CHN")),
    # meetings: a deal signed in one side's capital or agreed on a summit's sidelines; an arrival in a
    # foreign capital; a guest with a long title welcomed to the host's venue
    ("Carney and Prabowo signed a trade agreement in Jakarta on Thursday.", ("CAN", "CONSULT", "IDN")),
    ("Albanese and Carney agreed on the sidelines of the G20 to deepen cooperation.", ("AUS", "CONSULT", "CAN")),
    ("Canada's defence minister, David McGuinty, arrived in Riga on Monday.", ("CAN", "CONSULT", "LVA")),
    ("Trump welcomed Saudi Crown Prince Mohammed bin Salman to the White House on Tuesday.",
     ("SAU", "CONSULT", "USA")),
    # "not for sale" said to the one met or told refuses that one; sitting with another is meeting
    ("Frederiksen told Trump at the White House that Greenland is not for sale.", ("DNK", "REJECT", "USA")),
    ("Sitting in the Oval Office with Trump on Tuesday, Carney said the country's water was off limits.",
     ("CAN", "CONSULT", "USA")),
    # a demand named as a noun asks the one it is put to or the one who answers it; a release
    # another had sought is granted to it
    ("Moscow issued an ultimatum to Moldova on Friday.", ("RUS", "REQUEST", "MDA")),
    ("Beijing's call for a truce on export controls was turned down by Washington.", ("CHN", "REQUEST", "USA")),
    ("Merz pledged two Patriot systems after a direct plea from Zelensky.", ("UKR", "REQUEST", "DEU")),
    ("Iran freed the French teacher, a release Paris had sought for years.", ("FRA", "REQUEST", "IRN")),
    # trade halted "with" another; goods of another's origin pulled from the shelves
    ("India suspended all trade with Pakistan on Thursday.", ("IND", "SANCTION", "PAK")),
    ("Manitoba began pulling American wine off the shelves of its liquor stores.", ("CAN", "SANCTION", "USA")),
    # disapproval conveyed: to another, or over what another did (its author, not its topic)
    ("Ottawa conveyed its deep disappointment to Washington.", ("CAN", "ACCUSE", "USA")),
    ("Canada expressed concern over India's human rights record.", ("CAN", "ACCUSE", "IND")),
    ("Seoul lodged a protest over a post by Japan's defence ministry.", ("KOR", "ACCUSE", "JPN")),
    ("Beijing's commerce ministry shot back that Washington was applying double standards.",
     ("CHN", "ACCUSE", "USA")),
    # mobilising: a decision whose owner acts; a spending share of GDP reached
    ("Rutte welcomed Norway's decision to deploy two frigates to the Baltic.", ("NOR", "MOBILIZE", None)),
    ("Ottawa said Canada had reached 2 per cent of GDP in defence spending this year.", ("CAN", "MOBILIZE", None)),
    # easing: trade resumed after a halt; a measure called off, with the target in the relative clause
    # that names it; the removal of a measure approved
    ("Beijing resumed imports of Canadian beef on Friday.", ("CHN", "RETREAT", "CAN")),
    ("Trump called off the levies he had threatened to impose on Spain and Italy.", ("USA", "RETREAT", "ESP")),
    ("Washington approved the removal of duties on Canadian lumber.", ("USA", "RETREAT", "CAN")),
    # force: a state striking a physical target with no arms named; a force noun armed by its weapon;
    # a place joined to another preposition
    ("Turkey struck the headquarters of the militia in Qamishli, Syria, on Sunday.", ("TUR", "ASSAULT", "SYR")),
    ("Israel hit a residential building in Beirut on Tuesday.", ("ISR", "ASSAULT", "LBN")),
    ("A Russian drone attack hit a hospital in Ukraine's Sumy region overnight.", ("RUS", "ASSAULT", "UKR")),
    ("Pakistani jets struck camps in and around Kabul.", ("PAK", "ASSAULT", "AFG")),
    # concessions: people handed over or freed without a nationality, to the one they go to, who
    # appealed, who eased in return or who met just before; giving ground with the other named in
    # the participle that follows; a concession or climbdown described after a comma; placating
    ("Colombia handed over 14 suspects wanted on smuggling charges to the United States.",
     ("COL", "CONCEDE", "USA")),
    ("Iran pardoned the writer after an appeal from France's president.", ("IRN", "CONCEDE", "FRA")),
    ("Washington eased sanctions on Minsk's potash exports after Belarus freed 14 prisoners.",
     ("BLR", "CONCEDE", "USA")),
    ("Caracas freed six detainees hours after Trump's envoy met Maduro in Caracas.", ("VEN", "CONCEDE", "USA")),
    ("India gave ground on dairy on Friday, opening its market to American cheese.", ("IND", "CONCEDE", "USA")),
    ("Thailand backed down, ordering its exporters to stop rerouting goods to the United States.",
     ("THA", "CONCEDE", "USA")),
    ("Seoul lifted its ban on Japanese seafood, a climbdown in its dispute with Tokyo.", ("KOR", "CONCEDE", "JPN")),
    ("Panama expelled two Chinese port operators, the latest in a series of gestures toward Washington.",
     ("PAN", "CONCEDE", "USA")),
    ("Mexico deployed 10,000 troops to the border, one of several steps it has taken to placate Washington.",
     ("MEX", "CONCEDE", "USA")),
    # aid: a sum extended "to" another (the parser's dative), placed "with" another's bank, released
    # from a fund "for" another; cargo sent to another; a donation approved
    ("Tokyo extended a $300 million credit line to Manila after the typhoon.", ("JPN", "AID", "PHL")),
    ("Qatar deposited $2 billion with Egypt's central bank.", ("QAT", "AID", "EGY")),
    ("The EU released 50 million euros from its crisis reserve for Haiti.", ("EU", "AID", "HTI")),
    ("Turkey sent three ships loaded with tents and flour to Syria.", ("TUR", "AID", "SYR")),
    ("Canada's defence minister approved the donation of 40 armoured vehicles to the Ukrainian army.",
     ("CAN", "AID", "UKR")),
    # threats: a response held ready or as a right, answering any act of another or a named one;
    # another side's penalty in reported speech (also said after the clause); what would be treated
    # as targets or as an act of war; a threat an act draws; ruling out retaliation on a condition;
    # a harm held over another unless it acts
    ("Ankara said it stood ready to hit Greek exports with counter-duties.", ("TUR", "THREATEN", "GRC")),
    ("Tehran reserved the right to strike Israeli ports, the foreign ministry said.", ("IRN", "THREATEN", "ISR")),
    ("Caracas will answer any new American sanctions in kind, Maduro said.", ("VEN", "THREATEN", "USA")),
    ("Lithuania vowed to respond to Belarus's closure of the border.", ("LTU", "THREATEN", "BLR")),
    ("Beijing said Tokyo would bear the consequences if it sent warships through the strait.",
     ("CHN", "THREATEN", "JPN")),
    ("Manila could face a blockade if it resupplies the outpost, a senior Chinese official said.",
     ("CHN", "THREATEN", "PHL")),
    ("Moscow said any Finnish troops in Estonia would be treated as legitimate targets.",
     ("RUS", "THREATEN", "FIN")),
    ("Islamabad told New Delhi it would regard any diversion of the rivers as an act of war.",
     ("PAK", "THREATEN", "IND")),
    ("Tokyo and Manila began joint patrols, prompting Beijing to warn of countermeasures.",
     ("CHN", "THREATEN", "PHL")),
    ("Japan expanded its missile deployment, drawing threats of retaliation from Pyongyang.",
     ("PRK", "THREATEN", "JPN")),
    ("Ottawa would not rule out counter-tariffs if Washington's levy took effect.", ("CAN", "THREATEN", "USA")),
    ("Trump said he would end the trade agreement unless Mexico stopped the flow of migrants.",
     ("USA", "THREATEN", "MEX")),
    # a demand granted by whoever lets it happen, by an act described after a comma as another's
    # demand, by accepting it, or by giving up what a relative clause says another demanded
    ("Vietnam agreed to let American inspectors visit its ports, meeting a key demand of Washington.",
     ("VNM", "CONCEDE", "USA")),
    ("Japan agreed to cut its rice tariffs, a step Washington had sought for years.", ("JPN", "CONCEDE", "USA")),
    ("Japan agreed to cut its rice tariffs, a step Washington had sought for years.", ("USA", "REQUEST", "JPN")),
    ("Brussels approved a permit waiver for Ukrainian truckers, a long-standing request from Kyiv.",
     ("EU", "CONCEDE", "UKR")),
    ("Mexico accepted Washington's demand for tighter border checks.", ("MEX", "CONCEDE", "USA")),
    ("Ottawa agreed to repeal a streaming levy that Washington had demanded it scrap.", ("CAN", "CONCEDE", "USA")),
    # a refusal in a participle is made though its clause is negated or modal
    ("Seoul said it would not sign the deal, rebuffing Washington's calls to open its beef market.",
     ("KOR", "REJECT", "USA")),
    # approvals: what is approved is done
    ("Norway's government gave the green light on Monday to raise defence spending to 3% of GDP.",
     ("NOR", "MOBILIZE", None)),
    # joining another's forces for an exercise is joint action
    ("Swedish troops joined Norwegian forces for a winter exercise in Lapland.", ("SWE", "COOPERATE", "NOR")),
    # extending a mission that trains another country's forces is aid to it (the labels' clarification)
    ("Denmark extended its programme to train Ukrainian pilots until 2026.", ("DNK", "AID", "UKR")),
    # warned of retaliation against someone
    ("Pyongyang warned of merciless retaliation against Seoul over the drills.", ("PRK", "THREATEN", "KOR")),
    # a demand told to someone about itself
    ("Rutte met the allies, telling Belgium that it had to show a credible path to 5%.",
     ("NATO", "REQUEST", "BEL")),
    ("Beijing challenged Manila to withdraw its ship.", ("CHN", "REQUEST", "PHL")),
    # a warning in a letter, a defeat suffered, force against a place
    ("Trump warned in a letter posted online that Indian goods would face a 40% tariff unless New Delhi acted.",
     ("USA", "THREATEN", "IND")),
    ("Beijing warned that Manila would suffer a crushing defeat if it dared to intervene.", ("CHN", "THREATEN", "PHL")),
    ("Medvedev warned that Russia could strike military sites in Warsaw if the missiles were fired.",
     ("RUS", "THREATEN", "POL")),
    # a threat answering an act told in an "after" clause
    ("Beijing vowed to take resolute countermeasures after Tokyo blacklisted Chinese firms.", ("CHN", "THREATEN", "JPN")),
    # a border shut against a neighbour
    ("Warsaw said it was prepared to shut its border with Belarus if the incursions continued.",
     ("POL", "THREATEN", "BLR")),
    ("Pakistan closed its airspace to Indian airlines on Thursday.", ("PAK", "SANCTION", "IND")),
    # criticism an act drew
    ("Chile's Senate approved tariffs on steel from China, drawing a sharp rebuke from Beijing.",
     ("CHN", "ACCUSE", "CHL")),
    ("Japanese and U.S. forces began their annual drills, drawing condemnation from Pyongyang.",
     ("PRK", "ACCUSE", "JPN")),
    # spending pledged as a share of GDP
    ("Estonia's government pledged to spend 5.4% of GDP on defence from 2026.", ("EST", "MOBILIZE", None)),
    ("Starmer pledged to lift Britain's defence spending to 3% of GDP by 2030.", ("GBR", "MOBILIZE", None)),
    # an agreement named as what was welcomed, agreed by its parties
    ("Guterres welcomed the truce agreed by Armenia and Azerbaijan in Abu Dhabi.", ("ARM", "AGREE", "AZE")),
    # accepting an offer, and co-signatories with a third party
    ("Sweden's prime minister accepted an offer from Olaf Scholz to host the talks.", ("SWE", "AGREE", "DEU")),
    ("Poland and Lithuania signed a declaration with Ukraine on Tuesday.", ("POL", "AGREE", "LTU")),
    # "the first country to join" joined
    ("Norway became the first non-EU country to join the EU's drone programme.", ("NOR", "AGREE", "EU")),
    # words of blame beyond the reviewed lists, from VADER's valence lexicon
    ("Chile called the Argentine duties a scam.", ("CHL", "ACCUSE", "ARG")),
    ("The Kenyan minister described Uganda's ban as a farce.", ("KEN", "ACCUSE", "UGA")),
    # "A joined B in doing": both do it
    ("Germany joined its European partners in condemning Iran on Monday.", ("DEU", "ACCUSE", "IRN")),
    ("Germany joined France in criticising Russia.", ("FRA", "ACCUSE", "RUS")),
    ("Sweden joined Norway on Tuesday in endorsing a target of 3.5% of GDP for defence.",
     ("NOR", "MOBILIZE", None)),
    # a second act joined to a verb of describing is no plan of it
    ("The Kenyan president called the vote a farce and lashed out at Uganda as reckless.",
     ("KEN", "ACCUSE", "UGA")),
    # force: arms as the subject, physical targets as the object, mutual fire, nouns of force
    ("Russian drones and missiles battered Ukrainian power plants on Friday.", ("RUS", "ASSAULT", "UKR")),
    ("American warplanes hit two Iranian missile depots before dawn.", ("USA", "ASSAULT", "IRN")),
    ("Thai and Cambodian soldiers exchanged fire near the temple on Sunday.", ("THA", "ASSAULT", "KHM")),
    ("Thai and Cambodian soldiers exchanged fire near the temple on Sunday.", ("KHM", "ASSAULT", "THA")),
    ("Armenian troops clashed with Azerbaijani forces on the border.", ("ARM", "ASSAULT", "AZE")),
    ("Turkey condemned an Israeli airstrike on Damascus on Wednesday.", ("ISR", "ASSAULT", "SYR")),
    ("A Pakistani missile attack on Indian airbases followed on Saturday.", ("PAK", "ASSAULT", "IND")),
    # forces moved, readied or called up, also in the passive; one side's drills; conscription back
    ("Norway dispatched three frigates and a patrol aircraft to the Barents Sea.", ("NOR", "MOBILIZE", None)),
    ("Two more Polish army divisions were moved to the Belarusian border.", ("POL", "MOBILIZE", None)),
    ("Estonian reservists were called up on Monday for snap exercises.", ("EST", "MOBILIZE", None)),
    ("Lithuania's parliament voted to bring back compulsory military service.", ("LTU", "MOBILIZE", None)),
    ("Hundreds of Russian troops held exercises near the Finnish border.", ("RUS", "MOBILIZE", None)),
    ("The Pentagon ordered a carrier strike group to the Gulf of Oman.", ("USA", "MOBILIZE", None)),
    # aid by what is handed over, and sums sent "to" or deposited "with" another state
    ("Poland handed over two retired corvettes to the Ukrainian navy.", ("POL", "AID", "UKR")),
    ("Japan committed $400 million to the Philippine coast guard on Friday.", ("JPN", "AID", "PHL")),
    ("The IMF aside, Qatar extended a $2 billion credit line to Egypt's central bank.", ("QAT", "AID", "EGY")),
    ("Turkey airlifted 50 tonnes of medical supplies to Lebanon.", ("TUR", "AID", "LBN")),
    # freeing another side's people yields to it; forces pulled back retreat from the place's state
    ("Venezuela released three American oil workers on Friday.", ("VEN", "CONCEDE", "USA")),
    ("Minsk freed two Lithuanian nationals after talks.", ("BLR", "CONCEDE", "LTU")),
    ("Azerbaijan withdrew its troops from three villages in Armenia's Syunik province.", ("AZE", "RETREAT", "ARM")),
    ("Indian and Chinese troops pulled back from the disputed ridge on Monday.", ("IND", "RETREAT", "CHN")),
    ("Moscow pulled its forces out of Syria's Latakia province.", ("RUS", "RETREAT", "SYR")),
    # threats on a condition: an inverted "should", a warning whose clause says what the warner's side
    # would do, a response vowed after an act told in an "after" clause, a passage closed to the other
    (("Tehran said it would shut the Strait of Hormuz to Western shipping should Washington strike "
      "Iranian soil."), ("IRN", "THREATEN", "USA")),
    ("Sefcovic warned that the EU stood ready to hit U.S. exports if Washington raised its duties.",
     ("EU", "THREATEN", "USA")),
    ("India vowed to respond firmly after Pakistani drones struck two Indian air bases.", ("IND", "THREATEN", "PAK")),
    ("India vowed to respond firmly after Pakistani drones struck two Indian air bases.", ("PAK", "ASSAULT", "IND")),
    ("Iran closed the strait to Israeli ships on Sunday.", ("IRN", "COERCE", "ISR")),
    ("Poland shut the border crossings with Belarus on Friday.", ("POL", "SANCTION", "BLR")),
    # sanctions by assets frozen, ties cut, ports closed, bans imposed, the verb "sanction" itself
    ("Canada froze the assets of three Russian state banks.", ("CAN", "SANCTION", "RUS")),
    ("Niger severed diplomatic ties with Ukraine on Tuesday.", ("NER", "SANCTION", "UKR")),
    ("Malaysia closed its ports to Israeli vessels.", ("MYS", "SANCTION", "ISR")),
    ("Slovenia imposed entry bans on two Israeli ministers.", ("SVN", "SANCTION", "ISR")),
    ("Washington sanctioned Brazil's Supreme Court justice on Wednesday.", ("USA", "SANCTION", "BRA")),
    ("Ottawa struck back with counter-tariffs on American steel.", ("CAN", "SANCTION", "USA")),
    # refusals: a deal with another party not accepted, what another demanded not committed to, a veto
    ("Seoul would not accept any deal with Washington that capped its steel exports.", ("KOR", "REJECT", "USA")),
    ("Modi refused to sign the trade terms Washington had proposed.", ("IND", "REJECT", "USA")),
    ("Modi refused to sign the trade terms Washington had proposed.", ("USA", "REQUEST", "IND")),
    ("China cast its veto against the UN resolution on Tuesday.", ("CHN", "REJECT", "UN")),
    # an act judged in a relative clause: "a move X called ...", a "which" hung on the act's clause
    ("Tokyo raised duties on Korean steel, a move Seoul called unfair.", ("KOR", "ACCUSE", "JPN")),
    (("Norway and Spain recognised the State of Palestine on Tuesday, which Israeli Foreign Minister "
      "Gideon Sa'ar condemned as a reward for terror."), ("ISR", "ACCUSE", "NOR")),
    # a measure named as a threat; a threat noun beside an act the phrase rules read in the sentence
    ("Washington answered the export curbs with a threat of a 100% tariff on Chinese goods.",
     ("USA", "THREATEN", "CHN")),
    (("Trump responded with a threat of new duties on Indian rice, and Bessent accused New Delhi of "
      "profiteering."), ("USA", "THREATEN", "IND")),
    # yielding to pressure; training another state's forces; ships sunk, batteries struck, a state's strike
    ("Hungary backed down under EU pressure on Friday.", ("HUN", "CONCEDE", "EU")),
    ("Honduras relented and began accepting deportation flights from the United States.", ("HND", "CONCEDE", "USA")),
    (("Ecuador backed down and accepted the flights after Washington threatened tariffs on its bananas."),
     ("ECU", "CONCEDE", "USA")),
    ("Panama quit the initiative, bowing to pressure from Washington.", ("PAN", "CONCEDE", "USA")),
    ("Canada trained 40,000 Ukrainian recruits.", ("CAN", "AID", "UKR")),
    ("About 300 Ukrainian pilots were trained by Dutch instructors this year.", ("NLD", "AID", "UKR")),
    ("Ukrainian sea drones sank a Russian landing ship near Sevastopol.", ("UKR", "ASSAULT", "RUS")),
    ("Israeli jets struck Syrian air-defence batteries near Damascus.", ("ISR", "ASSAULT", "SYR")),
    ("Israel's strike on a compound in Doha drew condemnation.", ("ISR", "ASSAULT", "QAT")),
    # an embassy speaks to its host; dismissing as blame; an increase judged is its author's act
    ("China's embassy in Manila criticised what it called provocations at sea.", ("CHN", "ACCUSE", "PHL")),
    ("The Iranian embassy in London dismissed the arrests as \"a political show\".", ("IRN", "ACCUSE", "GBR")),
    (("Washington raised duties on Mexican tomatoes to 17%. Sheinbaum described the increase as an unfair "
      "blow to farmers."), ("MEX", "ACCUSE", "USA")),
    # a threat rejected was made to the rejecter; refusing to rule out force over a place threatens it
    ("Venezuela rejected Washington's threat of military strikes.", ("USA", "THREATEN", "VEN")),
    ("Putin declined on Friday to rule out force to take back the Baltic coast of Estonia.",
     ("RUS", "THREATEN", "EST")),
    # refusals said as what one will not do; a participle's doer is the main subject, not a goods adjective
    ("Orban said Hungary would not implement the asylum rules of the European Union.", ("HUN", "REJECT", "EU")),
    ("Lula said Brazil would not be bullied by Washington into dropping the case.", ("BRA", "REJECT", "USA")),
    (("India said it would keep buying Russian crude wherever it got the best deal, rebuffing Washington "
      "on Monday."), ("IND", "REJECT", "USA")),
    # one's own measure dropped for another's sake yields to it
    ("Vietnam scrapped its 5% levy on streaming services, removing a tax Washington had demanded Hanoi drop.",
     ("VNM", "CONCEDE", "USA")),
    ("Norway rescinded its new fishing tax in a bid to restart trade talks with Brussels.", ("NOR", "CONCEDE", "EU")),
    # firms put on a blacklist; goods named by where they originate
    ("Beijing added six American defence firms to its export blacklist.", ("CHN", "SANCTION", "USA")),
    ("Turkey banned all imports originating in Israel.", ("TUR", "SANCTION", "ISR")),
    ("Turkey banned all trade with Israel on Thursday.", ("TUR", "SANCTION", "ISR")),
    # a demand refused asks whom its "that" clause names; a demand joined to a summons asks the one summoned
    ("Sweden dismissed Moscow's demand that NATO halt its drills in the Baltic.", ("RUS", "REQUEST", "NATO")),
    ("Norway summoned the Russian ambassador and demanded an explanation.", ("NOR", "REQUEST", "RUS")),
    # a commitment to spend is no purpose clause; forces contributed are deployed
    ("EU leaders committed on Thursday to spend 3% of GDP on defence by 2030.", ("EU", "MOBILIZE", None)),
    ("Norway announced it would contribute a battalion to NATO's forces in Lithuania.", ("NOR", "MOBILIZE", None)),
    # warnings of what another would suffer, or of what the warner's side would do if another acts
    ("Bessent warned that India could see its textile exports cut off.", ("USA", "THREATEN", "IND")),
    (("Greece's defence minister warned that any Turkish drill ship in its waters would be met by the "
      "Greek navy."), ("GRC", "THREATEN", "TUR")),
    ("Aliyev hinted that his army could strike again if Yerevan kept stalling.", ("AZE", "THREATEN", "ARM")),
    # options kept open are threats
    ("Putin said nothing was off the table regarding Moldova.", ("RUS", "THREATEN", "MDA")),
    # the quotation's speaker is the subject nearest its verb, not a place named before it
    ('"We will never take force off the table" in regard to Taiwan, Xi told the party congress.',
     ("CHN", "THREATEN", "TWN")),
    ("Sheinbaum said all options remained on the table in the dispute with Washington.",
     ("MEX", "THREATEN", "USA")),
    # joint action told by an adverb
    ("Swedish and Finnish troops trained alongside each other in Lapland.", ("SWE", "COOPERATE", "FIN")),
    ("Germany and Norway began jointly building submarines in Kiel.", ("NOR", "COOPERATE", "DEU")),
    # taking over a place is annexation, as a wish or a push a threat
    ("Trump's bid to take control of Greenland has alarmed Copenhagen.", ("USA", "THREATEN", "GRL")),
    ("Trump again said he wanted to take over Panama's canal.", ("USA", "THREATEN", "PAN")),
    # a measure said to rise if another fails to act threatens that one
    ("Washington said the Swiss rate could rise to 60% on 1 August if Bern failed to improve its offer.",
     ("USA", "THREATEN", "CHE")),
    # a spending target refused is the alliance's; voting against what others adopted refuses them
    ("Belgium's prime minister refused to commit to the 3.5% target on Tuesday.", ("BEL", "REJECT", "NATO")),
    ("Hungary voted against the package when EU ministers adopted it on Monday.", ("HUN", "REJECT", "EU")),
    # a measure's start put off or pushed back eases it; pushing back against a measure resists it
    ("The White House put off the tariff increase on Brazil for 90 days.", ("USA", "RETREAT", "BRA")),
    ("Trump pushes the increase in tariffs on Vietnam back by two months.", ("USA", "RETREAT", "VNM")),
    ("Brussels deferred the duties on Chinese electric vehicles until next year.", ("EU", "RETREAT", "CHN")),
    ("Mexico pushed back against the U.S. tomato duties on Monday.", ("MEX", "ACCUSE", "USA")),
    # a challenge to another's measure, a case taken to a court, a campaign against another's policy
    ("Australia launched a challenge to the Chinese barley duties on Thursday.", ("AUS", "ACCUSE", "CHN")),
    ("Norway filed a legal challenge to Brussels' fishing rules on Friday.", ("NOR", "ACCUSE", "EU")),
    ("Indonesia took the European Union to the WTO over its nickel rules.", ("IDN", "ACCUSE", "EU")),
    ("Alberta ran a campaign in American newspapers against the Trump administration's energy levies.",
     ("CAN", "ACCUSE", "USA")),
    ("Seoul launched an advertising campaign attacking the Japanese export curbs.", ("KOR", "ACCUSE", "JPN")),
    # an act done to avert another's measure, or to get talks with it going again, yields to it
    ("Colombia deployed 5,000 police to the ports to stave off U.S. tariffs.", ("COL", "CONCEDE", "USA")),
    ("Taipei pledged $100 billion in U.S. chip plants to head off Washington's threat of 32% tariffs.",
     ("TWN", "CONCEDE", "USA")),
    ("Vietnam cut its car tariffs to avoid U.S. sanctions.", ("VNM", "CONCEDE", "USA")),
    ("India dropped its equalisation levy to get trade talks with Washington restarted.", ("IND", "CONCEDE", "USA")),
    # easing refused is a refusal of the eased side
    ("Ottawa ruled out dropping its counter-tariffs on U.S. steel.", ("CAN", "REJECT", "USA")),
    ("Beijing refused to lift its duties on Australian wine.", ("CHN", "REJECT", "AUS")),
    ("The EU declined to suspend its countermeasures against American whiskey.", ("EU", "REJECT", "USA")),
    # arms or relief sent to another; a threat on a condition another would meet, or a measure faced unless
    ("Poland sent 30 tanks to Ukraine on Thursday.", ("POL", "AID", "UKR")),
    ("Saudi Arabia shipped medical supplies to Sudan last week.", ("SAU", "AID", "SDN")),
    ("Tokyo vowed to fight back if Beijing raised its seafood ban again.", ("JPN", "THREATEN", "CHN")),
    ("Venezuela warned it would strike back if provoked by Guyana.", ("VEN", "THREATEN", "GUY")),
    ("Trump told India it faced 50% tariffs unless it stopped buying Russian oil.", ("USA", "THREATEN", "IND")),
    ("U.S. forces struck a Colombian boat in the Pacific on Monday.", ("USA", "ASSAULT", "COL")),
    # support and agreement in other words; a formal complaint lodged with a government; a counterpart received
    ("Poland said it stood shoulder to shoulder with Lithuania.", ("POL", "SUPPORT", "LTU")),
    ("Armenia and Azerbaijan reached a ceasefire on Sunday.", ("ARM", "AGREE", "AZE")),
    ("Chile and Peru concluded their fisheries agreement in Lima on Monday.", ("CHL", "AGREE", "PER")),
    ("Beijing lodged stern representations with Manila over the remarks.", ("CHN", "ACCUSE", "PHL")),
    ("Seoul delivered a formal protest to Tokyo over the textbook.", ("KOR", "ACCUSE", "JPN")),
    ("Macron received his Italian counterpart at the Elysee on Monday.", ("FRA", "CONSULT", "ITA")),
    # a second act of another type in a sentence the phrase rules decided: force beside a protest
    (("Manila lodged a protest with Beijing after a Chinese coast guard ship fired a water cannon at a "
     "Philippine supply boat."), ("CHN", "ASSAULT", "PHL")),
    # force whose target is the state where it struck
    ("Turkey struck Kurdish militants in Iraq on Sunday.", ("TUR", "ASSAULT", "IRQ")),
    ("Israeli jets hit Hezbollah commanders in Beirut overnight.", ("ISR", "ASSAULT", "LBN")),
    # a demand for the release of people another state holds; terms or a presence not accepted
    ("Tokyo called for the release of three Japanese nationals detained in China.", ("JPN", "REQUEST", "CHN")),
    ("Paris demanded the freedom of two French teachers held by Iran.", ("FRA", "REQUEST", "IRN")),
    ("Panama will not accept U.S. troops on its soil, Mulino said.", ("PAN", "REJECT", "USA")),
    ("Ottawa would not accept an American quota on its lumber exports.", ("CAN", "REJECT", "USA")),
    # an act done in exchange for another's act yields to it; an ultimatum with a deadline threatens the
    # one given it; a passive subject forced to act acts; armed craft ram; measures in response to a move
    ("Tokyo agreed to lift its rice quotas in exchange for a cut in U.S. car tariffs.", ("JPN", "CONCEDE", "USA")),
    ("Washington agreed to pause the port fees in return for China suspending its rare earth controls.",
     ("USA", "CONCEDE", "CHN")),
    ("Washington gave Caracas ten days to free the prisoners or face military action.", ("USA", "THREATEN", "VEN")),
    ("Chinese coast guard vessels rammed a Vietnamese fishing boat near the Paracels.", ("CHN", "ASSAULT", "VNM")),
    ("Moscow said it would be forced to take military measures in response to Sweden's move.",
     ("RUS", "THREATEN", "SWE")),
    # force promised against any act that may come; national armed forces named as such; a measure held
    # off on eases it for the one it is aimed at
    ("Dong Jun said the People's Liberation Army would crush any attempt by Manila to occupy the reef.",
     ("CHN", "THREATEN", "PHL")),
    ("The Israel Defense Forces struck Hezbollah positions in Lebanon on Sunday.", ("ISR", "ASSAULT", "LBN")),
    ("Mexico will hold off on its second round of counter-tariffs against U.S. products, Ebrard said.",
     ("MEX", "RETREAT", "USA")),
    # an official introduced with the post's place ("ambassador to the United States, X") acts for the
    # country named first, and "he" refers back to them
    (("Kenya's ambassador to the United States, Otieno Mwangi, spoke at a webinar. In his remarks he accused "
     "President Donald Trump of stoking division."), ("KEN", "ACCUSE", "USA")),
    # a document speaks for its author; a past relative clause tells its own act, whatever the matrix says
    ("Trump told Brazil its goods would face a 50% tariff, in a letter that blamed Brasilia for a 'witch hunt'.",
     ("USA", "ACCUSE", "BRA")),
    ("The European Commission issued a statement that criticised Beijing's export curbs.", ("EU", "ACCUSE", "CHN")),
    ("Tokyo's statement accused Beijing of reckless manoeuvres.", ("JPN", "ACCUSE", "CHN")),
    # a status of friendship conferred, a blessing given; an envoy summoned to a ministry; a request in a
    # letter; a topic kept off the table; a visit hosted beside another act in one sentence
    ("Biden designated Qatar a major non-NATO ally on Monday.", ("USA", "SUPPORT", "QAT")),
    ("Tokyo gave its blessing to Manila's plan to buy Japanese frigates.", ("JPN", "SUPPORT", "PHL")),
    ("The Iranian ambassador was summoned to the German foreign ministry on Tuesday.", ("DEU", "ACCUSE", "IRN")),
    ("Orban wrote to Commission President Ursula von der Leyen on Friday asking for a delay.", ("HUN", "REQUEST", "EU")),
    ("Norway will not put its salmon quotas on the table in the talks with Brussels.", ("NOR", "REJECT", "EU")),
    ("Trump welcomed Emir Tamim to the White House on Tuesday and designated Qatar a major non-NATO ally.",
     ("QAT", "CONSULT", "USA")),
    # travel warnings, border closures, impounding and forfeiture; walking away from talks
    ("Seoul advised South Korean tourists to avoid travelling to Japan on Friday.", ("KOR", "SANCTION", "JPN")),
    ("Norway extended the closure of its northern border with Russia on Tuesday.", ("NOR", "SANCTION", "RUS")),
    ("Vilnius impounded 300 Belarusian trucks on Monday.", ("LTU", "COERCE", "BLR")),
    ("Ottawa ordered the forfeiture of a Russian cargo plane on Thursday.", ("CAN", "COERCE", "RUS")),
    ("Switzerland walked away from its own free trade negotiations with India in May.", ("CHE", "SANCTION", "IND")),
    # clashes between two armed forces, both ways; an alliance clause invoked asks the alliance
    ("Clashes between Armenian and Azerbaijani troops killed four soldiers on Monday.", ("ARM", "ASSAULT", "AZE")),
    ("Clashes between Armenian and Azerbaijani troops killed four soldiers on Monday.", ("AZE", "ASSAULT", "ARM")),
    ("Lithuania invoked Article 4 of NATO's founding treaty on Friday.", ("LTU", "REQUEST", "NATO")),
    # aid in other currencies and shapes: a sum given to a recipient named as an indirect object or helped by
    # it, a loan rolled over or approved for another, debts paid off, a weapon system rushed to another
    ("Sweden pledged 8 billion kronor to help Ukraine buy air defence systems.", ("SWE", "AID", "UKR")),
    ("Australia gave Fiji A$50 million for its police force.", ("AUS", "AID", "FJI")),
    ("Beijing rolled over a $1 billion loan to Sri Lanka on Monday.", ("CHN", "AID", "LKA")),
    ("Kuwait and Qatar paid off Lebanon's arrears to the World Bank.", ("KWT", "AID", "LBN")),
    ("The United States rushed a Patriot battery to Poland on Sunday.", ("USA", "AID", "POL")),
    ("France delivered its first Mirage 2000 jets to Ukraine on Thursday.", ("FRA", "AID", "UKR")),
    # a measure the warner's side would hit another with (passive), a fight to the end promised
    ("Trump warned that Mexican tomatoes would be hit with a 17% duty if Mexico City did not act.",
     ("USA", "THREATEN", "MEX")),
    ("Tehran said it would fight to the end against any Israeli aggression.", ("IRN", "THREATEN", "ISR")),
    # a country's people as the counterpart: freed, detained; an act done under another's pressure
    ("Minsk freed three detained Lithuanians after a visit by Trump's envoy.", ("BLR", "CONCEDE", "LTU")),
    ("Beijing detained two Canadians on Monday.", ("CHN", "COERCE", "CAN")),
    ("Panama withdrew from the Belt and Road Initiative under pressure from Washington.", ("PAN", "CONCEDE", "USA")),
    # mobilising in other words: jets scrambled, readiness raised, money approved for one's own defence
    ("Japan scrambled fighter jets after Chinese aircraft approached its airspace.", ("JPN", "MOBILIZE", None)),
    ("Tokyo raised its military readiness level on Monday.", ("JPN", "MOBILIZE", None)),
    ("Italy's cabinet approved an extra €12 billion for defence on Tuesday.", ("ITA", "MOBILIZE", None)),
    # a wrong a speaker charges another with: criticism of it
    ("Washington said Beijing was cheating on trade.", ("USA", "ACCUSE", "CHN")),
    ("Manila said Beijing had deliberately provoked the collision.", ("PHL", "ACCUSE", "CHN")),
    ("Seoul said the Japanese export curbs violated international law.", ("KOR", "ACCUSE", "JPN")),
    ("Bogota said Washington was trying to interfere in Colombia's elections.", ("COL", "ACCUSE", "USA")),
    # a refusal despite another's pressure refuses the one pressing; a deadline ignored
    ("Ankara refused to stop buying Russian gas despite U.S. pressure.", ("TUR", "REJECT", "USA")),
    ("Caracas ignored the U.S. deadline on Monday.", ("VEN", "REJECT", "USA")),
    # an act named before and judged now: its author, whatever clause follows; the same answer to it
    (("The State Department criticised China's military drills. Beijing rejected the criticism, "
      "saying Taiwan was an internal affair."),
     ("CHN", "REJECT", "USA")),
    (("Iran seized a British tanker on Monday. Britain condemned the seizure and demanded the "
      "release of the crew."),
     ("GBR", "REQUEST", "IRN")),
    (("The European Union adopted new sanctions on Russia on Thursday. Maria Zakharova said "
      "Moscow would retaliate."),
     ("RUS", "THREATEN", "EU")),
    (("Washington put off the increase in lumber duties on Canada on Friday. British Columbia "
      "Premier David Eby welcomed the reprieve."),
     ("CAN", "SUPPORT", "USA")),
    # a ceasefire accepted is agreed, with its other side
    (("Israel and Iran traded strikes for twelve days. Both governments accepted the truce on "
      "Tuesday."),
     ("ISR", "AGREE", "IRN")),
    ("Ukraine accepted a ceasefire with Russia on Friday.", ("UKR", "AGREE", "RUS")),
    # a second verb joined to a first shares its subject, not the first verb's object; "him" is the other person
    (("Dominic LeBlanc held talks with Howard Lutnick in Washington on Tuesday and pressed him to "
      "exempt Canadian steel."),
     ("CAN", "REQUEST", "USA")),
    (("Wang Yi accused Tokyo of \"crossing a red line\" and demanded that Takaichi withdraw her "
      "remarks."),
     ("CHN", "REQUEST", "JPN")),
    (("Macron accused Washington of \"bullying\" an ally and urged the EU to prepare its "
      "anti-coercion instrument."),
     ("FRA", "REQUEST", "EU")),
    (("Shigeru Ishiba held a phone call with Trump on Monday, urging him to exempt Japanese cars."),
     ("JPN", "REQUEST", "USA")),
    (("Lee Jae-myung spoke with Trump on Friday and asked him to lower the tariff on Korean cars."),
     ("KOR", "REQUEST", "USA")),
    # a case filed at a venue answers the act before; a response promised threatens
    (("Washington raised tariffs on Chinese goods to 20%. Beijing filed a case at the World Trade "
      "Organization."),
     ("CHN", "ACCUSE", "USA")),
    (("India struck camps in Pakistan on Wednesday. Islamabad said it reserved the right to "
      "respond."),
     ("PAK", "THREATEN", "IND")),
    (("Canada will answer Washington's decision to double its tariffs on steel, Carney said."),
     ("CAN", "THREATEN", "USA")),
    ("Carney said Canada would respond to the American decision.", ("CAN", "THREATEN", "USA")),
    # aid: a sum whose purpose clause names whom it pays for; a credit line opened; Gaza and its people as the recipient
    ("Qatar has pledged US$60 million to pay the salaries of Lebanese soldiers.", ("QAT", "AID", "LBN")),
    (("The U.S. Treasury opened a $20 billion currency swap line for Argentina's central bank."),
     ("USA", "AID", "ARG")),
    (("Anita Anand announced C$40 million in humanitarian assistance for Palestinians in Gaza."),
     ("CAN", "AID", "PSE")),
    (("Canada announced C$40 million in aid for Palestinians, weeks after Ottawa recognised the "
      "State of Palestine."),
     ("CAN", "SUPPORT", "PSE")),
    # one who joins a meeting consults its parties; "the three leaders" named before in the sentence
    (("Friedrich Merz hosted Volodymyr Zelensky in Berlin on Monday. Italian Prime Minister "
      "Giorgia Meloni joined the talks by video link."),
     ("ITA", "CONSULT", "UKR")),
    (("Friedrich Merz hosted Volodymyr Zelensky in Berlin on Monday. Italian Prime Minister "
      "Giorgia Meloni joined the talks by video link."),
     ("ITA", "CONSULT", "DEU")),
    (("Trump met Syrian President Ahmed al-Sharaa in Riyadh, with the Emir of Qatar joining by "
      "phone."),
     ("QAT", "CONSULT", "USA")),
    (("Trump met al-Sharaa in Riyadh on Wednesday after lifting sanctions on Syria. The meeting "
      "lasted an hour, with Erdogan joining by phone."),
     ("TUR", "CONSULT", "SYR")),
    (("Carney was greeted in Oslo by Norway's Jonas Gahr Store and Iceland's Kristrun "
      "Frostadottir, and the three leaders held talks on Arctic security."),
     ("NOR", "CONSULT", "ISL")),
    # a dateline is not the subject of the first sentence
    (("LONDON (Reuters) \u2014 Keir Starmer welcomed Volodymyr Zelensky to Downing Street on Tuesday."),
     ("GBR", "CONSULT", "UKR")),
    # forces massed or sent with their equipment; acting jointly
    (("Washington has massed 15,000 troops and a dozen warships in the Caribbean since August."),
     ("USA", "MOBILIZE", None)),
    (("France and Germany dispatched small contingents of officers to Greenland for an exercise."),
     ("FRA", "MOBILIZE", None)),
    (("Copenhagen has sent an additional 200 soldiers and two F-35 jets to Greenland this week."),
     ("DNK", "MOBILIZE", None)),
    (("Canadian and American fighter jets jointly intercepted two Russian bombers over the "
      "Arctic."),
     ("CAN", "COOPERATE", "USA")),
    # a proposal turned down is its authors'; a request one acts at; an objection lifted gives way
    ("Moscow turned down a truce proposal put forward by Britain and France.", ("RUS", "REJECT", "GBR")),
    (("Trump lifted sanctions on Syria at the request of Saudi Crown Prince Mohammed bin Salman."),
     ("SAU", "REQUEST", "USA")),
    (("Slovak Prime Minister Robert Fico lifted his objection to the EU sanctions package on "
      "Thursday."),
     ("SVK", "CONCEDE", "EU")),
    ("Hungary dropped its veto of the EU's new sanctions on Russia.", ("HUN", "CONCEDE", "EU")),
    (("Mexico approved tariffs of up to 50% on Chinese cars on Wednesday. China said it firmly "
      "opposes the measures."),
     ("CHN", "ACCUSE", "MEX")),
    # a commitment reaffirmed whoever's it is called; a march led against another government
    (("The State Department said China's drills only worsen tensions, and reaffirmed Washington's "
      "\"enduring commitment\" to Taiwan."),
     ("USA", "SUPPORT", "TWN")),
    (("Maduro led thousands of supporters through central Caracas on Thursday in a march against "
      "what he called U.S. aggression."),
     ("VEN", "PROTEST", "USA")),
    (("Greenland's premier, Jens-Frederik Nielsen, led several thousand people through the snow "
      "to the U.S. consulate on Thursday."),
     ("GRL", "PROTEST", "USA")),
    # those who met or agreed with a partner do so with the partner, not with each other
    (("Lars Lokke Rasmussen and Vivian Motzfeldt spent about an hour with JD Vance and agreed to "
      "set up a working group on Arctic security."),
     ("DNK", "AGREE", "USA")),
    (("Lars Lokke Rasmussen and Vivian Motzfeldt spent about an hour with JD Vance and agreed to "
      "set up a working group on Arctic security."),
     ("GRL", "AGREE", "USA")),
    # agreeing to another's demand gives way; an apology gives way
    (("Copenhagen agreed to a long-standing U.S. request to expand the American presence at "
      "Pituffik."),
     ("DNK", "CONCEDE", "USA")),
    (("Seoul also agreed to Washington's demand that South Korea pay more toward the cost of "
      "American troops."),
     ("KOR", "CONCEDE", "USA")),
    (("Israeli Prime Minister Benjamin Netanyahu apologised to Qatar on Monday for the airstrike "
      "in Doha."),
     ("ISR", "CONCEDE", "QAT")),
    # force answered with, closures that keep another out, a NATO goal refused
    ("Pakistan's army answered with heavy shelling of Indian border villages.", ("PAK", "ASSAULT", "IND")),
    (("Algeria responded on Monday by closing its airspace to flights to and from Mali."),
     ("DZA", "SANCTION", "MLI")),
    (("Madrid again declined to commit to the spending goal agreed at the NATO summit in The "
      "Hague."),
     ("ESP", "REJECT", "NATO")),
    # exercises run jointly or taken part in; missiles fired into the sea
    ("Canada, Denmark and Norway are running the drills jointly.", ("CAN", "COOPERATE", "NOR")),
    (("About 2,600 Canadian soldiers are taking part in a cold-weather exercise in Nunavut."),
     ("CAN", "MOBILIZE", None)),
    ("North Korea fired several cruise missiles into the sea off its west coast.", ("PRK", "MOBILIZE", None)),
    # an act named by its kind ("the seizure", "the water cannon attack") is the latest of that kind, further back
    (("A Chinese coast guard ship fired a water cannon at a Philippine vessel on Monday. "
      "Washington said it stood by Manila. Japan and Australia both condemned the water cannon "
      "attack."),
     ("JPN", "ACCUSE", "CHN")),
    (("U.S. forces seized a Venezuelan tanker on Tuesday. Russia called for restraint. Colombian "
      "President Gustavo Petro condemned the seizure."),
     ("COL", "ACCUSE", "USA")),
    (("Israel carried out airstrikes near Damascus on Sunday. Turkey urged calm. Syria's foreign "
      "ministry denounced the raids as a violation of its sovereignty."),
     ("SYR", "ACCUSE", "ISR")),
    ("Israel carried out airstrikes near Damascus on Sunday.", ("ISR", "ASSAULT", "SYR")),
    # talks after which something was done were held, whatever the main verb
    (("German Chancellor Friedrich Merz promised Ukraine on Monday a further 2 billion euros in "
      "military aid after talks in Berlin with President Volodymyr Zelenskyy."),
     ("DEU", "CONSULT", "UKR")),
    (("German Chancellor Friedrich Merz promised Ukraine on Monday a further 2 billion euros in "
      "military aid after talks in Berlin with President Volodymyr Zelenskyy."),
     ("DEU", "AID", "UKR")),
    (("After a phone call with Claudia Sheinbaum, Trump pushed back the planned tariff increase "
      "on Mexican goods by 90 days."),
     ("USA", "CONSULT", "MEX")),
    # a levy lifted to a higher rate is raised
    (("Canada launched a legal challenge on Tuesday, hours after the Commerce Department lifted "
      "the combined levy on most Canadian producers to 35.19 per cent."),
     ("USA", "SANCTION", "CAN")),
    (("The Commerce Department said it would lift the duty rate on Canadian lumber to 45 per "
      "cent."),
     ("USA", "THREATEN", "CAN")),
    # a response promised to another's threat or accusation is aimed at its author
    (("Trump threatened a 30% tariff on imports from the European Union. Ursula von der Leyen "
      "warned that the bloc would respond firmly to any such tariffs."),
     ("EU", "THREATEN", "USA")),
    (("EU leaders accused Russia of war crimes on Thursday. The Kremlin said Russia would "
      "retaliate against any attempt to seize its frozen assets."),
     ("RUS", "THREATEN", "EU")),
    # a refusal answers the latest demand or accusation aimed at the one refusing; one's own remarks are no target
    (("China demanded that Prime Minister Shigeru Ishiba retract his remarks on Taiwan. Beijing "
      "also summoned Japan's ambassador. Ishiba has refused to retract his remarks."),
     ("JPN", "REJECT", "CHN")),
    (("Trump urged Saudi Arabia to normalise ties with Israel. The Saudi crown prince declined."),
     ("SAU", "REJECT", "USA")),
    # a measure said to hit another is aimed at it
    (("Donald Trump raised his tariffs on foreign steel and aluminum to 50%, a move that hit "
      "Canada hardest."),
     ("USA", "SANCTION", "CAN")),
    (("The United States doubled its levy on imported steel and aluminum to 50 per cent, a "
      "measure that hits Canada."),
     ("USA", "SANCTION", "CAN")),
    (("The higher duty, ordered by U.S. President Donald Trump last week, also hits Mexico and "
      "most other suppliers."),
     ("USA", "SANCTION", "MEX")),
    # more words of blame
    (("The EU adopted a new sanctions package against Russia. Moscow called the EU's new measures "
      "\"illegitimate\"."),
     ("RUS", "ACCUSE", "EU")),
    # suspects handed to another give way to it; an act described as a condition or one of another's demands grants it
    ("Mexico on Tuesday sent 32 alleged cartel figures to the United States.", ("MEX", "CONCEDE", "USA")),
    ("Mexico has transferred 55 alleged cartel members to the U.S. this year.", ("MEX", "CONCEDE", "USA")),
    (("Argentina agreed last week to wind down part of its yuan swap with China, a condition "
      "Bessent had set for U.S. support."),
     ("ARG", "CONCEDE", "USA")),
    (("Venezuela has kept accepting deportation flights from the United States, one of Trump's "
      "main demands."),
     ("VEN", "CONCEDE", "USA")),
    # what one side does in return for the other's act gives way to it, unless it is an easing
    (("Washington and Hanoi reached a trade deal on Wednesday. In return, Vietnam will give "
      "American products tariff-free access to its market."),
     ("VNM", "CONCEDE", "USA")),
    (("Washington cut its tariff on Canadian steel to 25%. In return, Canada agreed to tighten "
      "checks on steel imported from third countries."),
     ("CAN", "CONCEDE", "USA")),
    # a territory one says one will take is a threat to it
    ("Trump said the United States would take Greenland one way or the other.", ("USA", "THREATEN", "GRL")),
    (("Trump said the United States would take Greenland one way or the other. Greenland's "
      "premier Jens-Frederik Nielsen rejected any annexation."),
     ("GRL", "REJECT", "USA")),
    # a capital for its government; an act described after a comma keeps its own parties
    (("Canberra and Port Moresby signed a mutual defence treaty earlier this month, a step "
      "Beijing has watched closely."),
     ("AUS", "AGREE", "PNG")),
    # threats: targets marked through a misparsed participle, a measure another "should" suffer, action to prevent another
    (("The Kremlin warned that British troops deployed to Ukraine would be legitimate targets for "
      "Russian forces."),
     ("RUS", "THREATEN", "GBR")),
    (("Trump told reporters at the White House on Monday that Spain should be punished with "
      "tariffs."),
     ("USA", "THREATEN", "ESP")),
    (("Netanyahu said Israel would act alone, if necessary, to prevent Iran from rebuilding its "
      "nuclear sites."),
     ("ISR", "THREATEN", "IRN")),
    # a future said to be decided by one side, "not" by another, refuses the other
    (("Greenland's premier Jens-Frederik Nielsen said the island's future will be decided in "
      "Nuuk, not in Washington."),
     ("GRL", "REJECT", "USA")),
    # "rejected that": what was just said, not a clause beside it
    (("Trump demanded that Denmark hand over Greenland. Danish Prime Minister Mette Frederiksen "
      "rejected that, saying Greenland was not for sale."),
     ("DNK", "REJECT", "USA")),
    # a halt or an end ordered to measures eases them
    ("Trump ordered a halt to most American sanctions on Syria.", ("USA", "RETREAT", "SYR")),
    # forces built up
    (("The United States has built up a naval force of about 15,000 personnel in the Caribbean "
      "since August."),
     ("USA", "MOBILIZE", None)),
    # what one side says it will not give way on refuses the demand, accusation, threat or measure aimed at it
    (("China demanded that Japanese Prime Minister Sanae Takaichi retract her remarks. Takaichi "
      "told lawmakers on Friday that she would not withdraw the statement."),
     ("JPN", "REJECT", "CHN")),
    (("Trump demanded that Denmark hand Greenland to the United States. Danish Prime Minister "
      "Mette Frederiksen said the kingdom would never negotiate over the island's future."),
     ("DNK", "REJECT", "USA")),
    (("Washington demanded that Mexico scrap its tariffs on Chinese cars. Mexican President "
      "Claudia Sheinbaum said Mexico would not reverse the decision."),
     ("MEX", "REJECT", "USA")),
    (("The European Commission said it would not grant any exemption for Hungarian gas imports "
      "after 2027."),
     ("EU", "REJECT", "HUN")),
    (("Spanish Prime Minister Pedro Sanchez said Spain will not move beyond 2.1% of GDP on "
      "defence."),
     ("ESP", "REJECT", "NATO")),
    (("Trump imposed a 25% penalty tariff on India. Indian Prime Minister Narendra Modi said "
      "India would not compromise on the interests of its farmers."),
     ("IND", "REJECT", "USA")),
    # a step that hurts the other, held out on an "if" the other's conduct meets, threatens the other
    (("Trump wrote on social media that he could \"scrap\" the trade pact if Canada kept \"ripping "
      "off our dairy farmers.\""),
     ("USA", "THREATEN", "CAN")),
    (("The European Commission said on Friday it stood ready to impose counter-duties if talks "
      "with Washington collapsed."),
     ("EU", "THREATEN", "USA")),
    (("British Prime Minister Keir Starmer said Britain would expel more Russian diplomats if "
      "Moscow kept up its sabotage campaign."),
     ("GBR", "THREATEN", "RUS")),
    (("Ontario Premier Doug Ford said Ontario would cut off electricity exports to three states "
      "if Washington raised tariffs again."),
     ("CAN", "THREATEN", "USA")),
    # "what X called Y": the act named is judged, its author the target, and the calling is itself a judgement
    (("Kremlin spokesman Dmitry Peskov said Moscow would retaliate firmly against what he called "
      "the EU's economic war."),
     ("RUS", "THREATEN", "EU")),
    (("Kremlin spokesman Dmitry Peskov said Moscow would retaliate firmly against what he called "
      "the EU's economic war."),
     ("RUS", "ACCUSE", "EU")),
    (("Russian Foreign Minister Sergei Lavrov condemned what he described as the encirclement of "
      "Kaliningrad by NATO."),
     ("RUS", "ACCUSE", "NATO")),
    (("Chinese Foreign Ministry spokesperson Lin Jian denounced what he termed the bullying of "
      "Chinese shipping firms by Washington."),
     ("CHN", "ACCUSE", "USA")),
    # aid pledged is aid given; a sum to buy arms for another aids it; more relief with no recipient named goes to the one just aided
    (("Japan pledged on Monday to deliver four coastal radar systems to the Philippines as part "
      "of a security package."),
     ("JPN", "AID", "PHL")),
    (("France and Italy each committed 200 million euros to buy ammunition for Ukraine."),
     ("FRA", "AID", "UKR")),
    (("France and Italy each committed 200 million euros to buy ammunition for Ukraine."),
     ("ITA", "AID", "UKR")),
    (("Norway committed US$400 million to purchase American air-defence missiles for Ukraine."),
     ("NOR", "AID", "UKR")),
    (("Finland, Sweden and Norway sent anti-drone equipment and specialists to Estonia on Friday."),
     ("FIN", "AID", "EST")),
    (("Germany pledged 500 million euros for Ukraine's energy grid on Monday. Canada followed "
      "with C$180 million for generators and grid repairs."),
     ("CAN", "AID", "UKR")),
    (("The EU announced 40 million euros in humanitarian aid for Sudan. Britain added 15 million "
      "pounds for food and medical supplies, the Foreign Office said."),
     ("GBR", "AID", "SDN")),
    # "asset freezes" misread as a verb still names the measure and its target
    (("The European Union said on Monday it had reimposed its own asset freezes and a ban on "
      "Iranian oil purchases."),
     ("EU", "SANCTION", "IRN")),
    (("Britain announced asset freezes on three Russian banks and two shipping firms."),
     ("GBR", "SANCTION", "RUS")),
    # a measure just told, referred to again, said to hit others
    (("Mexico's Senate approved tariffs of up to 50% on Chinese cars. It also hits imports from "
      "South Korea and India."),
     ("MEX", "SANCTION", "KOR")),
    (("Trump raised tariffs on Canadian steel to 50% on Monday. The levy also hits Mexico and "
      "Brazil."),
     ("USA", "SANCTION", "BRA")),
    # the act a reaction answers is the latest aimed at its actors, not merely the latest
    (("Mexico imposed tariffs of up to 50% on Chinese cars. It also hits imports from Thailand. "
      "China's Commerce Ministry said the decision harmed Chinese interests and that Beijing "
      "would take necessary measures."),
     ("CHN", "THREATEN", "MEX")),
    # a state striking a country or its capital attacks it
    ("India struck Pakistan early on Wednesday, the Indian army said.", ("IND", "ASSAULT", "PAK")),
    ("Russia attacked Kyiv overnight with more than 400 drones.", ("RUS", "ASSAULT", "UKR")),
    # a push to acquire a territory presses for it even when the parser reads it as a purpose
    (("President Donald Trump renewed his push to take control of Greenland on Tuesday."),
     ("USA", "THREATEN", "GRL")),
    # force not ruled out in a country threatens it
    (("Trump did not rule out military action inside Venezuela, the White House said."),
     ("USA", "THREATEN", "VEN")),
    # a right claimed to answer threatens the one answered
    (("India struck Pakistan on Wednesday. Pakistani Prime Minister Shehbaz Sharif said Pakistan "
      "had every right to respond at a time of its choosing."),
     ("PAK", "THREATEN", "IND")),
    # "he" after a sentence naming two people is the first named (most often its subject), not the last
    (("President Donald Trump, who met Turkish President Recep Tayyip Erdogan on Wednesday, "
      "praised Poland for its spending. He then lashed out at Spain, calling it a free rider."),
     ("USA", "ACCUSE", "ESP")),
    (("Canadian Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba at the "
      "summit. He also held a brief conversation with Trump on the margins."),
     ("CAN", "CONSULT", "USA")),
    # "X, who met Y, ..." : X met Y
    (("Brazilian President Luiz Inacio Lula da Silva, who met Chinese President Xi Jinping on the "
      "sidelines, praised Indonesia for its growth."),
     ("BRA", "CONSULT", "CHN")),
    # "urging both" after speaking with two: both are asked
    (("Rubio spoke with Indian Foreign Minister Subrahmanyam Jaishankar and Pakistani Foreign "
      "Minister Ishaq Dar, urging both to avoid escalation."),
     ("USA", "REQUEST", "PAK")),
    (("Rubio spoke with Indian Foreign Minister Subrahmanyam Jaishankar and Pakistani Foreign "
      "Minister Ishaq Dar, urging both to avoid escalation."),
     ("USA", "REQUEST", "IND")),
    # a bare title ("the crown prince") refers back to the last person named with it
    (("Trump hosted Saudi Crown Prince Mohammed bin Salman at the White House. Trump pressed the "
      "crown prince to join the Abraham Accords."),
     ("USA", "REQUEST", "SAU")),
    (("Trump pressed Saudi Crown Prince Mohammed bin Salman to join the Abraham Accords. Prince "
      "Mohammed declined to commit."),
     ("SAU", "REJECT", "USA")),
    # financial support pledged is aid
    (("British Prime Minister Keir Starmer pledged new financial support for South Africa's "
      "energy transition."),
     ("GBR", "AID", "ZAF")),
    # the one asked, not the one the request is about; relief to another's goods eases a measure
    (("Venezuela asked the United Nations Security Council on Monday to declare U.S. strikes on "
      "boats illegal."),
     ("VEN", "REQUEST", "UN")),
    (("Trump later extended the same tariff relief to Canadian goods covered by the agreement."),
     ("USA", "RETREAT", "CAN")),
    ("China criticised the Quad summit between Japan and India on Tuesday.", ("JPN", "CONSULT", "IND")),
    # Jordan is an actor; a letter "informing" of a duty from a date threatens; any act of another warned to bring escalation
    (("Egypt and Jordan rejected Trump's plan to resettle Gaza's population on their territory."),
     ("JOR", "REJECT", "USA")),
    (("In a letter posted on Monday, Trump informed Tokyo that goods from Japan would be charged "
      "a 25% duty from August 1."),
     ("USA", "THREATEN", "JPN")),
    (("Moscow cautioned that any delivery of Taurus missiles to Kyiv by Berlin would open a new "
      "stage of escalation."),
     ("RUS", "THREATEN", "DEU")),
    (("Beijing warned that any visit by Taiwan's president to Washington would have serious "
      "consequences."),
     ("CHN", "THREATEN", "TWN")),
    # aid said to be given, sent or resumed; forces sent with their crews, budgets and benchmarks, deployments named
    (("Germany will give Ukraine four more IRIS-T air-defence systems, Defence Minister Boris "
      "Pistorius said on Thursday."),
     ("DEU", "AID", "UKR")),
    (("Ottawa is sending Kyiv 25 more armoured vehicles, Defence Minister David McGuinty told "
      "reporters."),
     ("CAN", "AID", "UKR")),
    (("Washington resumed shipments of artillery shells and rockets to Ukraine on Tuesday."),
     ("USA", "AID", "UKR")),
    (("Germany and the Netherlands sent fighter jets and air-defence crews to Poland on Friday."),
     ("DEU", "MOBILIZE", None)),
    (("Taiwan's President Lai Ching-te unveiled a special defence budget of NT$1.25 trillion on "
      "Wednesday."),
     ("TWN", "MOBILIZE", None)),
    (("Poland's defence ministry said the country had already hit the alliance's new 3.5% core "
      "spending benchmark."),
     ("POL", "MOBILIZE", None)),
    (("The deployment of 1,500 French soldiers to Romania was completed this week."),
     ("FRA", "MOBILIZE", None)),
    # force named by its arms, on places that lie in or belong to a country
    (("Ukrainian drones struck the Ust-Luga fuel terminal on Russia's Baltic coast, setting it "
      "ablaze."),
     ("UKR", "ASSAULT", "RUS")),
    ("Cambodian rocket fire struck a Thai village in Surin province on Friday.", ("KHM", "ASSAULT", "THA")),
    (("Chinese coast guard ships rammed and disabled a Philippine supply boat on Monday."),
     ("CHN", "ASSAULT", "PHL")),
    (("US forces carried out strikes on military sites around Caracas before dawn on Saturday."),
     ("USA", "ASSAULT", "VEN")),
    # a measure's author is in the passive's "by", not the subject hit
    (("India's shrimp exporters were hit on Wednesday by the doubling of American duties to 50%."),
     ("USA", "SANCTION", "IND")),
    # assets immobilised (British spelling of the public dictionary's verbs too)
    (("EU governments agreed to immobilise \u20ac210 billion in Russian central bank assets "
      "indefinitely."),
     ("EU", "SANCTION", "RUS")),
    # blocking or vetoing another's decision refuses it; a truce "demanded by" others refused; "said no to"
    (("Belgium blocked the EU's plan to lend Ukraine the frozen Russian assets, citing legal "
      "risks."),
     ("BEL", "REJECT", "EU")),
    ("Hungary blocked the EU's new sanctions package for three weeks.", ("HUN", "REJECT", "EU")),
    (("The Kremlin brushed aside the 30-day ceasefire demanded on Saturday by the leaders of "
      "France, Britain, Germany and Poland."),
     ("RUS", "REJECT", "POL")),
    (("The Kremlin brushed aside the 30-day ceasefire demanded on Saturday by the leaders of "
      "France, Britain, Germany and Poland."),
     ("POL", "REQUEST", "RUS")),
    (("South Korea said no to an American demand that it pay $10 billion a year for US troops."),
     ("KOR", "REJECT", "USA")),
    ("Canada ruled out dropping its counter-tariffs on U.S. goods.", ("CAN", "REJECT", "USA")),
    # a person said to be held, freed: a concession to the person's country
    ("Iran has released a French cyclist detained since last June.", ("IRN", "CONCEDE", "FRA")),
    ("Belarus set free 14 prisoners, among them a US citizen, on Saturday.", ("BLR", "CONCEDE", "USA")),
    # an easing named as a noun with its author
    (("Ottawa's scrapping of its planned surtax on US steel derivatives drew praise from "
      "Washington."),
     ("CAN", "RETREAT", "USA")),
    # force reported with arms, answered with arms, by a sentence's own forces
    ("Israeli airstrikes killed at least 17 people in Gaza City on Tuesday.", ("ISR", "ASSAULT", "PSE")),
    (("India struck Pakistan on Wednesday. Pakistan said its forces had hit back with artillery "
      "along the Line of Control."),
     ("PAK", "ASSAULT", "IND")),
    (("India struck Pakistan on Wednesday. Pakistan said its forces had hit back with artillery. "
      "Sharif called the strikes an act of war and said Pakistan reserved the right to respond."),
     ("PAK", "THREATEN", "IND")),
    # armed ships or aircraft sailing or flying: a show of force
    (("Four Chinese coast guard vessels sailed through waters around the Japanese-controlled "
      "Senkaku Islands on Sunday."),
     ("CHN", "MOBILIZE", None)),
    (("The Chinese flotilla has been sailing around the continent for more than a week."),
     ("CHN", "MOBILIZE", None)),
    ("Russian bombers flew near Alaska on Tuesday.", ("RUS", "MOBILIZE", None)),
    # defence investments announced; singled out for criticism
    (("Denmark announced Arctic defence investments of 14.6 billion kroner in January."),
     ("DNK", "MOBILIZE", None)),
    (("Kremlin spokesman Dmitry Peskov singled out Berlin for criticism on Thursday."),
     ("RUS", "ACCUSE", "DEU")),
    # a demand named after a comma as refused; an invitation to meet refused
    (("Washington had asked Ottawa to confirm the full order by the end of March, a request "
      "Canadian officials rebuffed last month."),
     ("CAN", "REJECT", "USA")),
    (("Greenland's government declined an invitation to meet Vance during his visit."),
     ("GRL", "REJECT", "USA")),
    # a warning that the other side will suffer; a response promised to another's exercises
    (("Israel's defence minister, Israel Katz, warned that Tehran will burn if Iranian missiles "
      "keep falling on Israeli cities."),
     ("ISR", "THREATEN", "IRN")),
    (("North Korea promised an overwhelming response to the joint exercises staged this week by "
      "South Korean and American forces."),
     ("PRK", "THREATEN", "USA")),
    (("North Korea promised an overwhelming response to the joint exercises staged this week by "
      "South Korean and American forces."),
     ("PRK", "THREATEN", "KOR")),
    # "could not" and "would not hand over" refuse; the partner of talks may hang deeper; a refusal beside a demand
    (("Danish Prime Minister Mette Frederiksen said Copenhagen could not negotiate on its "
      "sovereignty with the United States."),
     ("DNK", "REJECT", "USA")),
    (("South Africa would not hand over the rotating presidency to a junior U.S. embassy "
      "official."),
     ("ZAF", "REJECT", "USA")),
    ("Canada could not accept the American demands, Carney said.", ("CAN", "REJECT", "USA")),
    # an easing won by the beneficiary's step; a release at another's request; prisoners returned each way
    (("Trump held off on his tariffs against Mexico for a month after Claudia Sheinbaum pledged "
      "to send 10,000 National Guard troops to the border."),
     ("MEX", "CONCEDE", "USA")),
    (("Algeria pardoned and freed the French-Algerian writer Boualem Sansal at the request of "
      "German President Frank-Walter Steinmeier."),
     ("DZA", "CONCEDE", "DEU")),
    ("Russia and Ukraine each returned 390 prisoners of war on Friday.", ("UKR", "CONCEDE", "RUS")),
    # a retaliation promised by a means names whom the means hits; "the province", "the country" speak for the speaker
    (("Ontario Premier Doug Ford said the province would retaliate by banning American firms from "
      "its infrastructure tenders."),
     ("CAN", "THREATEN", "USA")),
    (("Trump imposed tariffs on India. India's foreign ministry said the country would take all "
      "actions necessary to protect its national interests."),
     ("IND", "THREATEN", "USA")),
    # negotiations concluded are an agreement; "the three ministers" are the three named in the sentence before
    (("Canada and the European Union concluded negotiations on Wednesday on Ottawa's "
      "participation in SAFE."),
     ("CAN", "AGREE", "EU")),
    (("Anand held talks with Greenland's premier, Jens-Frederik Nielsen, and Danish Foreign "
      "Minister Lars L\u00f8kke Rasmussen. The three ministers agreed to set up a working group on "
      "Arctic search and rescue."),
     ("GRL", "AGREE", "DNK")),
    # a step "demanded by" another, done: a concession and the demand; meeting a demand is no meeting
    (("Azerbaijan handed four Armenian prisoners back to Yerevan at the border on Tuesday, a step "
      "demanded by Armenia since the peace deal was initialled."),
     ("ARM", "REQUEST", "AZE")),
    (("Belarus freed the Polish-Belarusian journalist Andrzej Poczobut, meeting one of Warsaw's "
      "long-standing demands."),
     ("BLR", "CONCEDE", "POL")),
    # "asset freezes" read as a measure; visas revoked; a veto cast
    (("Britain followed on Tuesday, lifting asset freezes on several Syrian state banks."),
     ("GBR", "RETREAT", "SYR")),
    (("The State Department revoked Colombian President Gustavo Petro's visa on Friday."),
     ("USA", "SANCTION", "COL")),
    # "the two ministers" are the two parties of the meeting just told
    (("McGuinty announced the outcome alongside Sweden's defence minister, P\u00e5l Jonson, who was in "
      "Ottawa for two days of meetings. The two ministers signed a memorandum of understanding on "
      "defence industrial co-operation."),
     ("SWE", "AGREE", "CAN")),
    # a deal "signed with" a partner, even one the purchase is made under
    ("Denmark will buy 16 Caesar howitzers in a deal signed with France last week.", ("DNK", "AGREE", "FRA")),
    (("Belgium will buy 11 more F-35s under a government-to-government deal signed that morning "
      "with Washington."),
     ("BEL", "AGREE", "USA")),
    # complying after another demanded that one do so: a concession to the one who demanded
    (("Israel allowed 600 aid trucks a day into Gaza from Tuesday after U.S. envoy Steve Witkoff "
      "demanded that it honour the terms of the ceasefire."),
     ("ISR", "CONCEDE", "USA")),
    (("Canada lifted its counter-tariffs after Trump demanded that Ottawa drop them."),
     ("CAN", "CONCEDE", "USA")),
    # a sentence opening "It" and an act: the state that was the subject of the sentence before
    (("Hungary had blocked the EU sanctions package for three weeks. It relented on Sunday after "
      "the European Commission insisted it would not grant an exemption."),
     ("HUN", "CONCEDE", "EU")),
    # a harm warned of that would fall on the one of its condition, or the one it is "on" or "for"
    ("U.S. Commerce Secretary Howard Lutnick warned that duties could climb again if Seoul failed to open its market.",
     ("USA", "THREATEN", "KOR")),
    ("Lammy warned that there would be consequences for the junta if Myanmar harmed the detainees.",
     ("GBR", "THREATEN", "MMR")),
    ("Trump told reporters that more tariffs on Brazil could follow.", ("USA", "THREATEN", "BRA")),
    (("Paris demanded that Moscow free the researcher, warning that new sanctions would follow if it "
      "refused."),
     ("FRA", "THREATEN", "RUS")),
    # a response promised "with" measures or "in" a manner to another's act
    ("Beijing warned that China would respond with countermeasures to Canada's new steel quotas.",
     ("CHN", "THREATEN", "CAN")),
    ("Moscow said Russia would respond in a symmetrical way to Finland's closure of the crossings.",
     ("RUS", "THREATEN", "FIN")),
    # steps taken if another acts, and "would not hesitate to" take them
    ("Ankara said Turkey would take further steps if Athens extended its waters.", ("TUR", "THREATEN", "GRC")),
    ("Delhi said India would not hesitate to take tougher measures if Islamabad backed more attacks.",
     ("IND", "THREATEN", "PAK")),
    # a wrong charged in words of blame: adjectives, adverbs, quoted words, the reviewed verbs
    ("Seoul said Pyongyang had conducted reckless missile tests near its waters.", ("KOR", "ACCUSE", "PRK")),
    ("Tokyo said Beijing was acting irresponsibly in the East China Sea.", ("JPN", "ACCUSE", "CHN")),
    ("Madrid said Rabat was \"spreading lies\" about the border incident.", ("ESP", "ACCUSE", "MAR")),
    ("Warsaw told reporters that Minsk was waging a hostile campaign on the border.", ("POL", "ACCUSE", "BLR")),
    # displeasure expressed at an act told before, and an act judged to reporters
    (("Vietnam raised duties on Thai rice on Monday. Bangkok expressed deep regret at the decision."),
     ("THA", "ACCUSE", "VNM")),
    (("Australia banned Chinese-made drones from defence sites. Beijing voiced strong dissatisfaction with "
      "the move."),
     ("CHN", "ACCUSE", "AUS")),
    (("Indonesia halted nickel exports to China on Friday. China's commerce minister told reporters the "
      "move was \"deeply regrettable\"."),
     ("CHN", "ACCUSE", "IDN")),
    ("Mexico raised tariffs on Chinese cars. Beijing slammed the measures.", ("CHN", "ACCUSE", "MEX")),
    # one addressed "in a call" or "during their meeting" is consulted, beside what was asked of them
    (("Australian Foreign Minister Penny Wong asked Wang Yi in a phone call on Friday to help free "
      "the journalist."),
     ("AUS", "CONSULT", "CHN")),
    (("Australian Foreign Minister Penny Wong asked Wang Yi in a phone call on Friday to help free "
      "the journalist."),
     ("AUS", "REQUEST", "CHN")),
    ("Ramaphosa told Lula during their meeting that South Africa would back the plan.",
     ("BRA", "CONSULT", "ZAF")),
    ("Stubb assured Kristersson in a telephone conversation that Finland would keep its pledge.",
     ("FIN", "CONSULT", "SWE")),
    # displeasure at another's act criticises its author
    ("Norway imposed duties on Swedish trucks. Stockholm was deeply disappointed by the decision.",
     ("SWE", "ACCUSE", "NOR")),
    ("Seoul said it was seriously concerned about Tokyo's new export rules.", ("KOR", "ACCUSE", "JPN")),
    ("Brazil is disappointed with the American tariffs on its coffee.", ("BRA", "ACCUSE", "USA")),
    # measures on those who serve another
    ("Britain imposed sanctions on 20 firms linked to Iran's drone programme.", ("GBR", "SANCTION", "IRN")),
    ("Japan froze the assets of 11 people involved in North Korea's missile trade.", ("JPN", "SANCTION", "PRK")),
    # forces sailing or exercising with another's forces
    ("A British frigate sailed through the Strait of Hormuz alongside a French destroyer.",
     ("GBR", "COOPERATE", "FRA")),
    ("The Dutch submarine exercised with the Norwegian navy off Bergen.", ("NOR", "COOPERATE", "NLD")),
    # a measure of another's said to hurt, and ministries by their acronyms
    ("Mexico's economy minister said the U.S. duties were hurting farmers on both sides.",
     ("MEX", "ACCUSE", "USA")),
    ("MOFCOM said Japan's export controls were damaging supply chains.", ("CHN", "ACCUSE", "JPN")),
    # forces flown or sent, told by a ministry; defence money spent; a spending goal agreed
    ("Britain flew additional troops and equipment to Estonia on Monday.", ("GBR", "MOBILIZE", None)),
    ("Italy's defence ministry said the navy had sent two frigates to the Red Sea.", ("ITA", "MOBILIZE", None)),
    ("Japan's defence ministry said a destroyer had been sent to the area.", ("JPN", "MOBILIZE", None)),
    ("Spain will spend an extra 10 billion euros on defence this year, Sanchez announced.",
     ("ESP", "MOBILIZE", None)),
    ("EU leaders meeting in Brussels agreed to a new goal of 3 per cent of GDP for defence.",
     ("EU", "MOBILIZE", None)),
    ("The cabinet in Warsaw approved a special defence budget of 30 billion zlotys on Tuesday.",
     ("POL", "MOBILIZE", None)),
    # more of a measure just taken threatens the one it hit; a release demanded of the detainer
    (("Washington raised tariffs on Brazilian beef to 50% on Monday. Trump told reporters that further "
      "duties could follow."),
     ("USA", "THREATEN", "BRA")),
    (("Iranian guards detained two French teachers in Tehran on Friday. Paris demanded their immediate "
      "release."),
     ("FRA", "REQUEST", "IRN")),
    # a measure judged "considered" in words of blame
    ("China imposed duties on European pork. The EU considered the measures \"unjustified\".",
     ("EU", "ACCUSE", "CHN")),
    # a courtesy call; a signing between two the witness is not party to
    ("Japan's foreign minister, on a two-day visit, also called on President Prabowo.",
     ("JPN", "CONSULT", "IDN")),
    ("Erdogan witnessed the signing of a ceasefire between Armenia and Azerbaijan.", ("ARM", "AGREE", "AZE")),
    # the official of the actor the sentence before opened with, and "he" after that official's name
    (("Vietnam's coast guard gave another account. Its spokesman, Tran Van Nam, said the Chinese ship had "
      "\"illegally intruded\" into the area. He urged Beijing to stop its provocations."),
     ("VNM", "REQUEST", "CHN")),
    (("Vietnam's coast guard gave another account. Its spokesman, Tran Van Nam, said the Chinese ship had "
      "\"illegally intruded\" into the area."),
     ("VNM", "ACCUSE", "CHN")),
    (("The Elysee dismissed the report. Spokeswoman Maud Bregeon said the talks would not resume and "
      "accused Algiers of \"bad faith.\""),
     ("FRA", "ACCUSE", "DZA")),
    # expulsions and closures; charges refused; complaints over what another did to one's people
    ("Lithuania ordered three Belarusian embassy officials to leave the country.", ("LTU", "COERCE", "BLR")),
    ("China revoked the accreditation of a Japanese embassy official in Beijing.", ("CHN", "COERCE", "JPN")),
    ("Estonia ordered the closure of Russia's consulate in Narva.", ("EST", "SANCTION", "RUS")),
    (("Estonia ordered the closure of Russia's consulate in Narva and told its staff to leave within a "
      "week."),
     ("EST", "COERCE", "RUS")),
    (("Iran accused a Swedish diplomat of spying. Sweden's foreign ministry dismissed the accusations as "
      "baseless."),
     ("SWE", "REJECT", "IRN")),
    ("Beijing said it had lodged stern representations with Tokyo over the visit.", ("CHN", "ACCUSE", "JPN")),
    ("India expressed deep regret over the detention of 40 of its nationals in a Russian raid.",
     ("IND", "ACCUSE", "RUS")),
    ("Israeli police detained 60 people, including 12 Turkish nationals.", ("ISR", "COERCE", "TUR")),
    (("Japan's trade ministry launched an anti-dumping investigation into imports of wine originating in "
      "Chile."),
     ("JPN", "ACCUSE", "CHL")),
    # a joint exercise judged is both parties'; "the North" once North Korea is named
    (("Japan and the United States began joint drills on Monday. China condemned the drills as "
      "provocative."),
     ("CHN", "ACCUSE", "JPN")),
    ("North Korea tested a missile on Monday. Tokyo urged the North to stop.", ("JPN", "REQUEST", "PRK")),
    ("Zakharova said any retaliatory steps by Helsinki would be met with a tough response.",
     ("RUS", "THREATEN", "FIN")),
    # a charge or claim told, then named after a comma as denied or rejected
    ("Seoul accuses Pyongyang of hacking its banks, a charge Pyongyang denies.", ("PRK", "REJECT", "KOR")),
    ("Minsk said Vilnius was plotting a coup, a claim Lithuania rejected as absurd.", ("LTU", "REJECT", "BLR")),
    ("Latvia's foreign ministry declared a member of the Belarusian embassy's staff persona non grata.",
     ("LVA", "COERCE", "BLR")),
    # a pause won of another's measure: the owner eases it
    ("Lula secured a 90-day pause of U.S. tariffs on Brazilian beef.", ("USA", "RETREAT", "BRA")),
    # a threat carried out is the act itself
    ("Beijing made good on its threat to impose duties on Australian barley.", ("CHN", "SANCTION", "AUS")),
    # an act with no target named, judged in the next sentence; "it" called a mistake; a penalty judged
    ("Iran seized a tanker in the Gulf of Oman on Thursday. London condemned the seizure.", ("GBR", "ACCUSE", "IRN")),
    ("Canada cut its tariffs on Chinese cars. Greer called it \"a serious mistake\".", ("USA", "ACCUSE", "CAN")),
    (("Washington imposed a 25% penalty on Indian goods. New Delhi called the penalty \"unfair\"."),
     ("IND", "ACCUSE", "USA")),
    ("Japan and Australia held a joint naval drill. Beijing criticized the drill.", ("CHN", "ACCUSE", "AUS")),
    # a deal struck or agreed "with" one party, the other from the clause around it
    (("Under a trade deal struck with Washington in July, Seoul will invest $350 billion in U.S. shipyards."),
     ("KOR", "AGREE", "USA")),
    ("Lavrov said the prisoner exchange had been agreed with Kyiv.", ("RUS", "AGREE", "UKR")),
    # "the two leaders" across a sentence that names no one
    (("Merz met Tusk in Warsaw on Monday. It was their first meeting. The two leaders condemned Russia's "
      "drone incursions."),
     ("POL", "ACCUSE", "RUS")),
    # "the two leaders" as the last two people named, when the sentences between name other actors
    (("Tusk and Merz co-chaired the consultations in Berlin on Monday. Merz said Germany stood by Poland. "
      "He added that Europe faced Russia's aggression and China's pressure. The two leaders announced a "
      "joint declaration."),
     ("DEU", "AGREE", "POL")),
    # "both sides": the two actors of the sentence before, before the last two people named
    (("Trump praised Ecuadorian President Daniel Noboa in Davos. Ecuador and Colombia cut trade ties on Monday. "
      "Both sides blamed each other for the failure."),
     ("ECU", "ACCUSE", "COL")),
    # "the sides", "the parties": the two of the talks told before
    (("Russian and Ukrainian delegations met in Istanbul on Monday. The sides agreed to exchange 1,000 "
      "prisoners, the statement said."),
     ("UKR", "AGREE", "RUS")),
    # ... but this sentence's own two actors come first
    (("Crown Prince Mohammed bin Salman welcomed Trump to Riyadh on Tuesday. On Wednesday, Trump met Syrian "
      "President Ahmed al-Sharaa in Riyadh, the first meeting between the leaders of the two countries in 25 "
      "years."),
     ("USA", "CONSULT", "SYR")),
    # a threat to do one thing and another: both threatened
    (("Trump has threatened to decertify Bombardier jets and impose a 50 per cent tariff on Canadian-made "
      "aircraft."),
     ("USA", "THREATEN", "CAN")),
    # money in a currency named by a demonym; a measure threatened in the passive on a condition
    ("Carney pledged 2 billion Canadian dollars in new military aid to Ukraine.", ("CAN", "AID", "UKR")),
    (("Ottawa said a second list of U.S. goods will be hit in 21 days if Washington does not back down."),
     ("CAN", "THREATEN", "USA")),
    # "the decision" told after a kind of act none was read of
    (("Washington imposed sanctions on Colombia's president on Friday. Petro, a critic of the boat strikes, "
      "called the decision an attack on Colombia's sovereignty."),
     ("COL", "ACCUSE", "USA")),
    # goods by where their metal was melted and poured
    ("Ottawa imposed a 25% surtax on steel products containing metal melted and poured in China.",
     ("CAN", "SANCTION", "CHN")),
    # talks held are still read
    ("Carney held talks with Macron in Paris on Monday.", ("CAN", "CONSULT", "FRA")),
    ("Trump announced he would remove all U.S. sanctions on Havana.", ("USA", "RETREAT", "CUB")),
    ("Washington began applying a lower 15 percent tariff on Japanese cars.", ("USA", "RETREAT", "JPN")),
    ("Beijing advised Chinese citizens to avoid travel to Japan.", ("CHN", "SANCTION", "JPN")),
    # money paid into NATO's fund for Ukraine is aid to Ukraine
    ("Oslo said it would contribute 1.5 billion kroner to NATO's Prioritized Ukraine Requirements List.",
     ("NOR", "AID", "UKR")),
    # "the decision" is an act, not the meeting told last
    (("Washington lifted its sanctions on Syria on Tuesday. During their meeting, Trump urged al-Sharaa to "
      "join the Abraham Accords. Syria's foreign minister hailed the decision."),
     ("SYR", "SUPPORT", "USA")),
    # a call "with" someone is a meeting with them, whatever the speaker then tells reporters
    ("Carney told reporters in a call with Sheinbaum that Canada would act.", ("CAN", "CONSULT", "MEX")),
    # event nouns with a light verb, the aim hung on the noun or on the verb; praise drawn
    ("Japan's prime minister lavished praise on Albanese during the visit.", ("JPN", "SUPPORT", "AUS")),
    ("Lula took a swipe at Washington over the new duties.", ("BRA", "ACCUSE", "USA")),
    ("Brussels put pressure on Budapest to lift its veto.", ("EU", "REQUEST", "HUN")),
    ("Beijing has applied pressure on Manila and Hanoi to halt the patrols.", ("CHN", "REQUEST", "VNM")),
    ("Seoul's decision to join the drills drew praise from Tokyo.", ("JPN", "SUPPORT", "KOR")),
    # a tariff cut in a trade-off eases (RETREAT), as labelled
    ("Tokyo agreed to cut its tariff on American rice to 5% in exchange for a U.S. pledge on chips.",
     ("JPN", "RETREAT", "USA")),
    # a leader called names; a measure cited as a wrong
    ("Lavrov called Sandu \"a puppet\" on Tuesday.", ("RUS", "ACCUSE", "MDA")),
    ("Beijing cited Manila's patrols as \"a blatant provocation\" on Sunday.", ("CHN", "ACCUSE", "PHL")),
    # retaliation promised: answering another's measure, with the answered one named before or after
    ("In reaction to the new U.S. duties, Brussels will introduce countermeasures by mid-May.", ("EU", "THREATEN", "USA")),
    ("Ottawa will impose countermeasures in response to the American tariffs on lumber.", ("CAN", "THREATEN", "USA")),
    ("Tokyo deplored the rise in Chinese duties on seafood and said Japan is prepared to impose countermeasures.",
     ("JPN", "THREATEN", "CHN")),
    # armed aircraft sent into another state's airspace; the intrusion denied
    ("Two Chinese fighter jets violated South Korean airspace on Tuesday.", ("CHN", "ASSAULT", "KOR")),
    ("Belarusian drones crossed into Lithuanian airspace overnight.", ("BLR", "ASSAULT", "LTU")),
    ("Minsk denied that its helicopters had entered Latvian airspace.", ("BLR", "REJECT", "LVA")),
    # a chat held; the parties named after "including"; a roadmap launched; talks concluded are a deal
    ("Albanese chatted with several leaders before the dinner, including Japanese Prime Minister Shigeru Ishiba.",
     ("AUS", "CONSULT", "JPN")),
    ("Modi met Ramaphosa in Pretoria. The leaders launched a roadmap to deepen cooperation on minerals.",
     ("IND", "AGREE", "ZAF")),
    ("Seoul announced the successful conclusion of trade negotiations with Manila on Friday.",
     ("KOR", "AGREE", "PHL")),
    # revenge vowed; a response reserved; envoys recalled; a travel advisory; a package aimed; a treaty suspended
    ("Pyongyang vowed revenge against Seoul on Sunday.", ("PRK", "THREATEN", "KOR")),
    ("Hanoi vowed consequences for Beijing's seizure of the fishing boats.", ("VNM", "THREATEN", "CHN")),
    ("Riyadh said it reserved the right to respond to the Yemeni attack.", ("SAU", "THREATEN", "YEM")),
    ("Algeria recalled its ambassador from Paris on Tuesday.", ("DZA", "SANCTION", "FRA")),
    ("Beijing advised its citizens on Friday to refrain from traveling to Lithuania.", ("CHN", "SANCTION", "LTU")),
    ("London adopted a new sanctions package targeting Tehran's oil and shipping sectors.", ("GBR", "SANCTION", "IRN")),
    ("Pakistan suspended the Simla treaty with India on Thursday.", ("PAK", "SANCTION", "IND")),
    # a meeting "of" the delegations of two states
    ("The third meeting of the delegations of Armenia and Azerbaijan took place in Abu Dhabi.", ("ARM", "CONSULT", "AZE")),
    ("Beijing advised its citizens to avoid visiting Japan.", ("CHN", "SANCTION", "JPN")),
    # consultations asked for under the alliance's Article 4; appreciation expressed; praise of another's money
    ("Lithuania requested consultations under Article 4 of the NATO treaty on Friday.", ("LTU", "REQUEST", "NATO")),
    ("Vilnius has sought to use NATO's Article 4 after the incursion.", ("LTU", "REQUEST", "NATO")),
    ("Sandu expressed her appreciation to Macron for the support.", ("MDA", "SUPPORT", "FRA")),
    ("Zelensky praised Norway's commitment to allocate $300 million to the coalition.", ("UKR", "SUPPORT", "NOR")),
    # "he" doing the act the sentence before gave to someone named after "by"
    (("Sanchez called the tariffs threatened by President Donald Trump unacceptable. He has threatened to "
      "impose 25 per cent tariffs on Spanish goods."), ("USA", "THREATEN", "ESP")),
    # another's wrong cited in words of blame
    ("Brussels suspended the talks, citing Belgrade's repeated failure to comply with the accord.",
     ("EU", "ACCUSE", "SRB")),
    # a relative pronoun as object stands for what it follows; a gerund of a light verb shares its subject
    ("The Peruvian president, whom Albanese met in Lima on Friday, praised the deal.", ("AUS", "CONSULT", "PER")),
    ("Norway, with whom Finland spoke on Monday, said little.", ("FIN", "CONSULT", "NOR")),
    ("Vietnam, which Washington hit with tariffs in April, retaliated.", ("USA", "SANCTION", "VNM")),
    ("Chile, against which Argentina imposed duties in May, protested.", ("ARG", "SANCTION", "CHL")),
    ("After making a surprise visit to Vilnius on Sunday, Merz said Germany would send more troops.",
     ("DEU", "CONSULT", "LTU")),
    ("After paying a visit to Hanoi, Albanese said trade would grow.", ("AUS", "CONSULT", "VNM")),
    # a second partner in a sentence the phrase rules decided for one act of the same type
    ("After making a surprise visit to Vilnius on Sunday, Merz travelled to Warsaw.", ("DEU", "CONSULT", "LTU")),
    ("After making a surprise visit to Vilnius on Sunday, Merz travelled to Warsaw.", ("DEU", "CONSULT", "POL")),
    # an act said to go on is done, not planned; the imposition of a measure names it
    ('"We will continue to firmly urge Seoul to release the crew," the Japanese minister said.',
     ("JPN", "REQUEST", "KOR")),
    ("Spain would continue to support Morocco's reform plan, Sanchez said.", ("ESP", "SUPPORT", "MAR")),
    ("Relations soured after Beijing's imposition of a 15 per cent tariff on Australian wine.",
     ("CHN", "SANCTION", "AUS")),
    # blame laid; concern over an act whose agent is named; a critique as the subject's own stance
    ("Kenya attributed the attack to Somalia.", ("KEN", "ACCUSE", "SOM")),
    ("Seoul pinned the blame on Pyongyang.", ("KOR", "ACCUSE", "PRK")),
    ("Kyiv holds Minsk responsible for the strike.", ("UKR", "ACCUSE", "BLR")),
    ("Wellington raised concerns over live-fire drills conducted by Beijing.", ("NZL", "ACCUSE", "CHN")),
    ("In a pointed critique of Moscow's policy, Finnish diplomats stated their opposition.", ("FIN", "ACCUSE", "RUS")),
    ("Kyiv has conceded to Washington's demand for a share of the revenue.", ("USA", "REQUEST", "UKR")),
    # "he" doing the act named two sentences before with its agent after "by", past a sentence whose
    # subject is someone else
    (("Sanchez called the tariffs threatened by President Donald Trump unacceptable. Sanchez joined other "
      "leaders on Sunday to object after Trump posted about the plan. He has threatened to impose 25 per cent "
      "tariffs on goods from Spain and Portugal."), ("USA", "THREATEN", "PRT")),
    # a meeting named by its venue, hung by the parser on an infinitive: those who announced met
    (("Brazilian President Lula and Chilean President Boric announced a joint deal to build a railway during a Planalto "
      "Palace meeting on Monday."), ("BRA", "CONSULT", "CHL")),
    ("Witkoff held a Kremlin meeting with Putin on Thursday.", ("USA", "CONSULT", "RUS")),
    # talks proposed to be set up or resumed are asked for
    ("Serbia proposed establishing two joint working groups with Kosovo.", ("SRB", "REQUEST", "XKX")),
    ("Armenia proposed on Monday to resume direct negotiations with Azerbaijan.", ("ARM", "REQUEST", "AZE")),
    ("The talks follow a proposal by Erdogan on Sunday to resume direct negotiations with Greece.",
     ("TUR", "REQUEST", "GRC")),
    # a guest delegation received; Kosovo is an actor
    ("The Chilean delegation was received by Peru's trade minister on Monday.", ("PER", "CONSULT", "CHL")),
    ("The Chilean delegation was received by Peru's trade minister on Monday.", ("CHL", "CONSULT", "PER")),
    ("Pristina accused Belgrade of provocations on Monday.", ("XKX", "ACCUSE", "SRB")),
    ("Merz, whom Albanese met on Tuesday, pledged more aid to Ukraine.", ("DEU", "AID", "UKR")),
    # a second verb joined by "and" has the first verb's subject, not its object, and not its negation
    ("Albanese met Ishiba in Tokyo on Monday and later spoke by phone with South Korea's president.",
     ("AUS", "CONSULT", "KOR")),
    ("Albanese did not meet Ishiba in Tokyo and then flew to Seoul.", ("AUS", "CONSULT", "KOR")),
    # British spellings of verbs ending in one "l" (travelled, cancelled) are read by the parse too
    ("Modi, whom Trump criticized on Monday, travelled to Tokyo.", ("IND", "CONSULT", "JPN")),
    # forces of several states named together in one exercise act together
    ("The exercise, involving troops from Estonia, Finland and Sweden, began on Monday.", ("EST", "COOPERATE", "SWE")),
    ("The exercise, involving troops from Estonia, Finland and Sweden, began on Monday.", ("SWE", "COOPERATE", "FIN")),
    ("More than 3,000 troops from Chile and Peru are taking part in Andes Shield this week.",
     ("PER", "COOPERATE", "CHL")),
    # a visit the subject concluded is the subject's; a finite verb after "and" is not under the first's negation
    ("Albanese concluded his visit to Hanoi on Sunday.", ("AUS", "CONSULT", "VNM")),
    ("Troops from Estonia and Finland took part in the annual Hedgehog exercise on Monday.", ("EST", "COOPERATE", "FIN")),
    ("N. Korea threatened Japan with missiles on Monday.", ("PRK", "THREATEN", "JPN")),
    ("Albanese is visiting Japan this week.", ("AUS", "CONSULT", "JPN")),
    # "Korea" alone is the South
    ("Officials from Korea and Canada gathered in Ottawa on Tuesday for talks.", ("KOR", "CONSULT", "CAN")),
    # contact made
    ("Sweden's prime minister reached out to Erdogan on Monday.", ("SWE", "CONSULT", "TUR")),
    # received, greeted: the passive's subject is the guest, and a meeting goes both ways
    ("Lula was received by Ramaphosa at the Union Buildings on Monday.", ("BRA", "CONSULT", "ZAF")),
    ("Lula was received by Ramaphosa at the Union Buildings on Monday.", ("ZAF", "CONSULT", "BRA")),
    # calls by telephone and summits in the plural are meetings; "following" read as a verb is an occasion
    ("Trump announced the truce following phone calls with the Thai and Cambodian prime ministers.",
     ("USA", "CONSULT", "KHM")),
    ("South Korea's president held a series of bilateral summits with the leaders of Chile and Peru.",
     ("KOR", "CONSULT", "PER")),
    # a gathering that brought two together; a host who brought them together met each
    ("The forum in Geneva brought together Armenian and Azerbaijani diplomats.", ("ARM", "CONSULT", "AZE")),
    ("Erdogan brought together Russian and Ukrainian envoys in Istanbul.", ("TUR", "CONSULT", "UKR")),
    # two who agree at a meeting whose sides are not named met there
    ("Leaders of Chile and Peru agreed to expand their cooperation at a bilateral summit on Friday.",
     ("CHL", "CONSULT", "PER")),
    # a joint news conference in another state's capital is given with its host
    ("Lula spoke at a joint press conference in Pretoria on Monday.", ("BRA", "CONSULT", "ZAF")),
    # asking "for" another to act
    ("Egypt called for Israel to open the crossings.", ("EGY", "REQUEST", "ISR")),
    ("Ghana pushed for Nigeria to reopen the border.", ("GHA", "REQUEST", "NGA")),
    # "Europe" beside a party of a signing is the EU; what is finalised with another government was agreed
    ("Chile and Europe signed a trade deal in June.", ("CHL", "AGREE", "EU")),
    ("The United States finalized a currency swap line with Argentina on Monday.", ("USA", "AGREE", "ARG")),
    # a meeting that ended in an agreement
    ("Lula met Xi in Beijing on Monday, culminating in a landmark trade agreement.", ("BRA", "AGREE", "CHN")),
    ("The talks between Chile and Peru ended in a deal on Friday.", ("PER", "AGREE", "CHL")),
    # "what it called X's <wrong>": the one who names it is the clause's subject
    ("Seoul cited what it called Tokyo's erroneous claims over the islands.", ("KOR", "ACCUSE", "JPN")),
    ("Manila responded to what it called Beijing's provocations.", ("PHL", "ACCUSE", "CHN")),
    # measures faced on a condition, with their owner named on them: the owner warns
    ("If no deal is reached by Friday, Vietnam faces U.S. tariffs of 46%.", ("USA", "THREATEN", "VNM")),
    ("Australia would risk retaliation from China if it joined the probe.", ("CHN", "THREATEN", "AUS")),
    # an act done in coordination with others; an exercise joined that another state leads
    ("Japan announced the export curbs in coordination with the Netherlands.", ("JPN", "COOPERATE", "NLD")),
    ("The sanctions announced by Norway are in coordination with Iceland and Denmark.", ("NOR", "COOPERATE", "ISL")),
    ("Chile joined the US-led naval exercise in the Pacific.", ("CHL", "COOPERATE", "USA")),
    ("Estonia took part in the British-led drills on Monday.", ("GBR", "COOPERATE", "EST")),
    # a demand stated as "made it clear that X must"; a wish voiced for another to act; talks proposed
    # "between" the proposer and another; an agreement advocated for asks its other side
    ("Rubio made it clear that Colombia must take back the deportees.", ("USA", "REQUEST", "COL")),
    ("Beijing repeated its wish for Manila to withdraw the vessel.", ("CHN", "REQUEST", "PHL")),
    ("Armenia proposed direct talks between Pashinyan and Aliyev.", ("ARM", "REQUEST", "AZE")),
    ("Lula advocated for a trade agreement between Japan and Brazil.", ("BRA", "REQUEST", "JPN")),
    # exercises begun by other verbs; an exercise and the states it involves, named straight after
    ("Egypt and Greece commenced their joint naval exercises on Sunday.", ("EGY", "COOPERATE", "GRC")),
    ("The Cope Thunder exercise, involving the Philippines, the United States and Japan, began on Monday.",
     ("PHL", "COOPERATE", "JPN")),
    # calls "with" others; a guest of a state welcomed in the host's capital; a visit by a guest to the
    # one who speaks; a news conference given with another, by the agent of a passive
    ("In separate calls with Pakistani Prime Minister Sharif and Indian Prime Minister Modi, Erdogan urged restraint.",
     ("TUR", "CONSULT", "IND")),
    ("Spain's prime minister welcomed Morocco's Aziz Akhannouch in Madrid on Thursday.", ("ESP", "CONSULT", "MAR")),
    ("Macron said on Monday during a visit by Kenyan President William Ruto that France would help.",
     ("FRA", "CONSULT", "KEN")),
    ("The plan was announced by Macron at a press conference with the Kenyan president in Nairobi.",
     ("FRA", "CONSULT", "KEN")),
    ("Norway is co-hosting the conference with Canada and Japan.", ("NOR", "CONSULT", "JPN")),
    # the authors of acts judged ("shown by", "taken by"), and what is coordinated with the judge's own
    ("Indonesia welcomed the restraint shown by Thailand and Cambodia.", ("IDN", "SUPPORT", "KHM")),
    ("Chile praised its own reforms as well as the leadership of Peru's president.", ("CHL", "SUPPORT", "PER")),
    # deals formalised; ties pledged "Monday" to be enhanced; relations restored by both; a joint fact sheet
    ("Spain and Morocco formalised a fisheries deal during talks in Rabat.", ("ESP", "AGREE", "MAR")),
    ("Chile and Peru pledged Monday to further enhance bilateral ties.", ("CHL", "AGREE", "PER")),
    ("Kenya and Somalia have announced the restoration of full diplomatic ties.", ("KEN", "AGREE", "SOM")),
    ("Vietnam and the United States unveiled a joint fact sheet on trade.", ("VNM", "AGREE", "USA")),
    # a wrong said to be coming is still charged
    ("Brussels said the U.S. tariffs would breach WTO rules.", ("EU", "ACCUSE", "USA")),
    # another's act said to be able to trigger a response from the speaker's side warns of it
    ("Manila said a Chinese attack on the shoal could trigger a military response from the Philippines.",
     ("PHL", "THREATEN", "CHN")),
    # measures announced as nouns: a closure "to", a suspension of flights "to", relations downgraded "with"
    ("Ankara announced the closure of its airspace to Israeli aircraft.", ("TUR", "SANCTION", "ISR")),
    ("Moscow announced the suspension of flights to Poland.", ("RUS", "SANCTION", "POL")),
    ("Algiers announced the downgrading of diplomatic relations with Paris on Monday.", ("DZA", "SANCTION", "FRA")),
    # everyone in an exercise another state leads acts together
    ("Thailand joined the US-led Cobra Gold exercise alongside Indonesia.", ("THA", "COOPERATE", "IDN")),
    ("Vance repeated President Donald Trump's desire for each NATO member to raise military outlays.",
     ("USA", "REQUEST", "NATO")),
    # disquiet voiced; consultations requested at the WTO and complaints submitted are formal complaints
    ("Kenya has expressed unease over Uganda's involvement.", ("KEN", "ACCUSE", "UGA")),
    ("Mexico has requested consultations at the World Trade Organization over tariffs imposed by Washington.",
     ("MEX", "ACCUSE", "USA")),
    ("India formally submitted a complaint regarding Turkey's steel duties.", ("IND", "ACCUSE", "TUR")),
    # the Taliban act for Afghanistan; a member named among those acting acts
    ("Taliban officials accused Pakistan of violating the truce.", ("AFG", "ACCUSE", "PAK")),
    ("Gulf states, including Qatar, condemned Israeli strikes on Syria.", ("QAT", "ACCUSE", "ISR")),
    ("Kenya joined several peers, including Ghana, in condemning Russia.", ("GHA", "ACCUSE", "RUS")),
    # the author of an act named in "what he described as ..."
    ("Tehran condemned what it described as crimes committed by the Israeli army.", ("IRN", "ACCUSE", "ISR")),
]

NOT_FOUND = [
    # refusing to hold talks is no meeting; a topic of the talks is not the one refused
    ("Germany declined to set a date for talks with Poland.", ("DEU", "CONSULT", "POL")),
    ("Mexico refused to join the talks on Cuba.", ("MEX", "REJECT", "CUB")),
    ("Sweden dismissed the idea of joining talks with Russia.", ("SWE", "CONSULT", "RUS")),
    # trade flows, attribution, seas named after a country, a status-of-forces agreement
    ("China buys about 32% of Australia's goods exports.", ("CHN", "AGREE", "AUS")),
    ("Three crew members were injured, according to Manila and Beijing.", ("PHL", "AGREE", "CHN")),
    ("Canada signed the pact with the Philippines to uphold law in the South China Sea.",
     ("CAN", "AGREE", "CHN")),
    ("Canada and Japan signed a status of visiting forces agreement.", ("CAN", "CONSULT", "JPN")),
    ("Canada cut off financial assistance to South Africa.", ("CAN", "AID", "ZAF")),
    ("Caputo pressed Brasilia to let Argentina negotiate a trade deal with the United States.",
     ("ARG", "CONSULT", "USA")),
    ("China's embassy in Manila criticised the deal, saying Ottawa and Manila were ganging up.",
     ("PHL", "ACCUSE", "CAN")),
    # receiving a ceremony (not a leader) is no meeting
    ("The Canadian delegation received a welcoming ceremony from Qatar.", ("CAN", "CONSULT", "QAT")),
    ("Rubio said Washington remained open to direct talks with Tehran.", ("USA", "CONSULT", "IRN")),
    ("Carney was due to travel to Berlin on Tuesday for talks with Chancellor Friedrich Merz.",
     ("CAN", "CONSULT", "DEU")),
    ("NATO ambassadors met on Tuesday and condemned Russia's escalatory behaviour.",
     ("NATO", "CONSULT", "RUS")),
    ("Canada would not respond if Mexico raised tariffs.", ("CAN", "THREATEN", "MEX")),
    # the act inside the condition did not happen
    ("If Washington imposes tariffs on Canada, Ottawa will retaliate.", ("USA", "SANCTION", "CAN")),
    # weapons sent to a country are aid, never an attack on it
    ("Sweden sent missiles to Ukraine.", ("SWE", "ASSAULT", "UKR")),
    # joining an alliance told as last year's news is history
    ("Finland became a member of NATO last year.", ("FIN", "AGREE", "NATO")),
    ("Norway and Sweden froze the talks with Belarus in May.", ("SWE", "CONSULT", "BLR")),
    # a party praising its own agreement; a statement is not "the decision"
    ("Canada and Japan signed a trade deal on Monday. Carney hailed the outcome as historic.",
     ("CAN", "SUPPORT", "JPN")),
    ("Russia warned it would retaliate against Canada. Ukraine welcomed the decision.",
     ("UKR", "SUPPORT", "RUS")),
    # a list the act is about is not a list of parties; relations and places "between" hold no meeting
    (("Rutte pressed allies to spend more, singling out Spain, Belgium and Canada at the close of a "
     "two-day summit in Ankara."), ("ESP", "CONSULT", "CAN")),
    ("Carney's visit came as relations between Tokyo and Beijing remain strained.",
     ("JPN", "CONSULT", "CHN")),
    (("Canada and Denmark signed an agreement to run patrols in the waters between Greenland and "
     "Nunavut."), ("CAN", "AGREE", "GRL")),
    (("Portugal's Prime Minister Rui Ferreira, whose country is the largest EU wine exporter to "
      "China, urged Beijing to show flexibility."), ("EU", "REQUEST", "CHN")),
    (("Norway and Japan reaffirmed their support for Ukraine, and the EU announced a further "
      "€2 billion for Ukraine's power grid."), ("NOR", "AID", "UKR")),
    (("Norway and Japan reaffirmed their support for Ukraine, and the EU announced a further "
      "€2 billion for Ukraine's power grid."), ("NOR", "SUPPORT", "EU")),
    ("Trump threatened to raise tariffs on European cars to 25%.", ("USA", "SANCTION", "EU")),
    ("Trump threatened to impose tariffs on Canadian goods.", ("USA", "SANCTION", "CAN")),
    ("European carmakers criticised the U.S. tariffs.", ("EU", "ACCUSE", "USA")),
    ("Trump said Mexican exporters could lose market share.", ("USA", "THREATEN", "MEX")),
    ("Carney announced $9.9 million in funding for UN-led projects in Mexico.", ("CAN", "AID", "UN")),
    ("Canada and Norway signed a deal on Monday. Moscow vowed to respond.", ("RUS", "THREATEN", "NOR")),
    ('"Russia is waging a hybrid war on Norwegian soil," the minister said.', ("RUS", "ASSAULT", "NOR")),
    ("Poland agreed to buy more wheat this year, Washington said.", ("POL", "AGREE", "USA")),
    ("Norway said it would consider stationing fighter jets in the Arctic.", ("NOR", "MOBILIZE", None)),
    ("Macron announced 6 billion euros in military aid for Ukraine.", ("FRA", "MOBILIZE", None)),
    ("Trump praised Carney on Monday. Carney declined to comment.", ("CAN", "REJECT", "USA")),
    ("Mexico's counter-tariffs on U.S. pork were removed at midnight.", ("MEX", "SANCTION", "USA")),
    ("Korean officials praised Japan.", ("KOR", "SUPPORT", "JPN")),
    ("The EU filed a request for consultations with China at the World Trade Organization.",
     ("EU", "CONSULT", "CHN")),
    ("The EU filed a request for consultations with China at the World Trade Organization.",
     ("EU", "ACCUSE", "WTO")),
    ("Denmark asked for talks with the United States.", ("DNK", "CONSULT", "USA")),
    ("Sefcovic and Wang Wentao held a video call on Thursday evening.", ("CHN", "REQUEST", "EU")),
    ("Quebec could slap a 25% surcharge on power it sells to Vermont if Washington did not back down.",
     ("CAN", "SANCTION", "USA")),
    ("Trump plans to postpone the tariff on Brazilian goods.", ("USA", "RETREAT", "BRA")),
    # a description in apposition names no target
    ("Trump renewed his threats to annex Greenland, a self-governing territory of Denmark.",
     ("USA", "THREATEN", "DNK")),
    ("Brazil sought a reprieve from the U.S. tariffs.", ("BRA", "RETREAT", "USA")),
    ("Canada is ready to sign a deal with Mexico.", ("CAN", "AGREE", "MEX")),
    ("The EU readied countermeasures against U.S. goods worth 93 billion euros.", ("EU", "SANCTION", "USA")),
    ("Qatar committed to invest in Chile.", ("QAT", "AGREE", "CHL")),
    ("Trump backed down on his tariff threat against Brazil.", ("USA", "THREATEN", "BRA")),
    ("Trump extended the tariff pause for Mexico by 90 days.", ("USA", "SANCTION", "MEX")),
    ("Trump said he would hold off on raising tariffs on China.", ("USA", "THREATEN", "CHN")),
    ("Seoul sent its trade minister to Washington seeking exemptions from the tariffs.",
     ("KOR", "RETREAT", "USA")),
    ("Canada denied entry to the Russian delegation.", ("CAN", "REJECT", "RUS")),
    # no list of three before: the group stays unresolved
    (("Norway and Sweden froze the talks with Belarus in May. On Monday the three countries' "
      "defence ministers accused Minsk of staging provocations."), ("SWE", "ACCUSE", "BLR")),
    # a dateline of another country's city does not claim an official introduced with a country
    (("OSLO (Reuters) - Finnish Prime Minister Ola Nordmann said on Tuesday that his country "
      "would close its border. Nordmann accused Moscow of using migrants as a weapon."),
     ("NOR", "ACCUSE", "RUS")),
    # an idea refused, a cause named after "over", a visit criticised, force ruled out
    ("Trump dismissed the idea of new tariffs on Canadian lumber.", ("USA", "THREATEN", "CAN")),
    ("Trump imposed tariffs on Canada, raising the prospect of a trade war.", ("USA", "THREATEN", "CAN")),
    ("Brazil hit back at the United States over its tariff decision.", ("BRA", "SANCTION", "USA")),
    ("Danish Foreign Minister Lars Lokke Rasmussen criticised the envoy's visit to Nuuk.", ("DNK", "ACCUSE", "GRL")),
    ("Macron welcomed Canada's decision to join the coalition.", ("FRA", "CONSULT", "CAN")),
    ("Protesters in Ottawa marched to the U.S. embassy.", ("CAN", "ACCUSE", "USA")),
    # a ministry placed in another capital is not the dateline's; resumed trade and expected cuts
    ("OTTAWA - The foreign ministry in Beijing accused Canada of interference.", ("CAN", "ACCUSE", "CHN")),
    ("Beijing resumed imports of Japanese seafood.", ("CHN", "SANCTION", "JPN")),
    ("Washington is expected to cut its tariff on Swiss watches.", ("USA", "RETREAT", "CHE")),
    # a wish that includes the speaker; talks only due, stalled or waited for
    ("Xi said China and the United States should be partners.", ("CHN", "REQUEST", "USA")),
    ("Albanese is due in Berlin on Tuesday for talks with Chancellor Friedrich Merz.", ("AUS", "CONSULT", "DEU")),
    ("Trade talks between Canada and India have stalled, officials said.", ("CAN", "CONSULT", "IND")),
    ("Albanese was ready for talks with Merz.", ("AUS", "CONSULT", "DEU")),
    (("Seoul imposed a 30% surtax on Japanese steel on Monday. Tokyo said the surtax was not "
      "discriminatory."), ("JPN", "ACCUSE", "KOR")),
    ("Mexico's economy minister on Monday called the new U.S. duties on tomatoes unjustified.",
     ("MEX", "REQUEST", "USA")),
    # needing something asks nothing of anyone; "the island of" names a place
    ("The United States needs Greenland for its security, Trump said.", ("USA", "REQUEST", "GRL")),
    ("Ottawa ordered the forfeiture of a Russian cargo plane.", ("CAN", "REQUEST", "RUS")),
    ("Trump put Seoul on notice that auto duties could double.", ("USA", "SANCTION", "KOR")),
    ("NATO said Russian drones were legitimate targets.", ("NATO", "THREATEN", "RUS")),
    ("Tokyo imposed duties on steel from South Korea in 2019, citing dumping.", ("JPN", "SANCTION", "KOR")),
    # the dateline's place is where the report was filed, not an actor
    ("VILNIUS, Lithuania (AP) — Poland and Finland on Wednesday endorsed a target of 5% of GDP for defence.",
     ("LTU", "MOBILIZE", None)),
    ("ROME, Italy (AP) — Spain criticised Argentina on Monday.", ("ITA", "ACCUSE", "ARG")),
    ("BUSAN, South Korea -- President Donald Trump agreed on Thursday to cut tariffs on Chinese goods.",
     ("KOR", "RETREAT", "CHN")),
    # a result clause is no mutual act
    (("Peru and Chile signed a defence agreement, allowing their troops to train in each other's territory."),
     ("PER", "CONCEDE", "CHL")),
    # the body a complaint is lodged with is not its target
    ("Brazil responded by filing a complaint at the World Trade Organization.", ("BRA", "ACCUSE", "WTO")),
    # talks in passing, troops hosted, force held out by others
    ("The rand steadied on Tuesday amid ongoing trade talks between Pretoria and Washington.",
     ("ZAF", "CONSULT", "USA")),
    ("Japan has hosted American troops since 2025.", ("JPN", "CONSULT", "USA")),
    ("Analysts said Russia could attack Lithuania.", ("RUS", "THREATEN", "LTU")),
    ("Trump put 25% tariffs on Canadian steel.", ("USA", "RETREAT", "CAN")),
    # a demand granted is not made by the one who grants it
    ("Colombia extradited 12 suspects to the United States, meeting a key demand from Washington.",
     ("COL", "REQUEST", "USA")),
    # providing, supplying or boosting is no agreement by the verb alone
    ("Beijing dispatched a rescue team and emergency relief to Myanmar.", ("CHN", "AGREE", "MMR")),
    ("Japan boosted its trade with Vietnam.", ("JPN", "AGREE", "VNM")),
    # spending someone calls for is not spent
    ("Merz said Germany backs Trump's call for NATO members to spend 5% of GDP on defence.",
     ("NATO", "MOBILIZE", None)),
    # consultations requested are not held
    ("Estonia formally requested consultations with its NATO allies under Article 4.", ("EST", "CONSULT", "NATO")),
    ("Brazil requested consultations with the United States at the WTO.", ("BRA", "CONSULT", "USA")),
    # a goal met is no meeting
    ("Oslo raised its defence budget to meet NATO's benchmark.", ("NOR", "CONSULT", "NATO")),
    # a purpose clause names its own target where it has one
    ("Russia conducted drills near the Ukrainian border.", ("RUS", "COOPERATE", "UKR")),
    # a word in the middle of the valence scale decides nothing
    ("Seoul called the Japanese offer a frank one.", ("KOR", "SUPPORT", "JPN")),
    ("Seoul called the Japanese offer a frank one.", ("KOR", "ACCUSE", "JPN")),
    # a habit, not a reported act
    ("As usual, Washington helps Ukraine, the envoy said.", ("USA", "AID", "UKR")),
    # refusing to rule something out threatens; it refuses nobody
    ("Moscow has refused to rule out the use of force against Estonia.", ("RUS", "REJECT", "EST")),
    ("The EU imposed duties on Chinese cars. The Commission on Human Rights criticised Beijing.",
     ("EU", "ACCUSE", "CHN")),
    # tariffs hit plants and towns; words, strikes by workers and quarrels are no force
    ("U.S. tariffs hit Canadian aluminum plants hard this spring.", ("USA", "ASSAULT", "CAN")),
    ('Ford called the levy "an attack on Ontario families" from Washington.', ("USA", "ASSAULT", "CAN")),
    ("A strike by Canadian port workers halted exports to China.", ("CAN", "ASSAULT", "CHN")),
    ("Canadian and American negotiators clashed over dairy quotas on Monday.", ("CAN", "ASSAULT", "USA")),
    ("Canada and Mexico exchanged letters on the review.", ("CAN", "ASSAULT", "MEX")),
    # forces sent home, trade shipments, people handed over, and a project raised in talks
    ("Trump ordered U.S. troops out of Syria.", ("USA", "MOBILIZE", None)),
    ("Japan shipped about 500 tonnes of seafood to China last month.", ("JPN", "AID", "CHN")),
    ("Mexico handed over 20 cartel suspects to the United States.", ("MEX", "AID", "USA")),
    ("Lee raised the submarine project with Trump on Monday.", ("KOR", "MOBILIZE", None)),
    ("Carney handed a letter to Trump at the summit.", ("CAN", "AID", "USA")),
    ("Canada raised tariffs on $30 billion of U.S. goods to 25 per cent.", ("CAN", "AID", "USA")),
    # releasing funds is no concession; a warner's clause about the other side is no condition of his
    ("The EU released the frozen funds to Hungary on Monday.", ("EU", "CONCEDE", "HUN")),
    ("Beijing warned that Manila would pay a heavy price if U.S. missiles stayed on Luzon.", ("CHN", "THREATEN", "USA")),
    ("Russian Security Council deputy chairman Dmitry Medvedev warned Finland.", ("UN", "THREATEN", "FIN")),
    ("Canada withdrew its tariff on U.S. steel.", ("CAN", "CONCEDE", "USA")),
    # a conversation held is no sanction; restoring ties is no cut
    ("Carney held a brief conversation with Trump on the margins.", ("CAN", "SANCTION", "USA")),
    ("Canada restored diplomatic relations with India.", ("CAN", "SANCTION", "IND")),
    # the speaker's own side is no target of his judgement
    ("Canada imposed duties on Chinese steel, a move Carney called necessary.", ("CAN", "SUPPORT", "CHN")),
    # the measure a threat names is not imposed
    ("Washington answered the export curbs with a threat of a 100% tariff on Chinese goods.",
     ("USA", "SANCTION", "CHN")),
    # training one's own forces aids no one; a leader's verbal attack is no strike
    ("Canada trained its own recruits alongside Ukrainian troops.", ("CAN", "AID", "UKR")),
    ("Trump's attack on the Fed drew criticism from Canada.", ("USA", "ASSAULT", "CAN")),
    ("The U.S. deal cut tariffs in exchange for $550 billion of Japanese investment.", ("JPN", "CONSULT", "USA")),
    # a refusal to rule out is no refusal; a demand rejected is no threat; analysts' forecasts are no threats
    ("Putin declined on Friday to rule out force to take back the Baltic coast of Estonia.",
     ("RUS", "REJECT", "EST")),
    ("Seoul refused to commit to the investment Washington had demanded.", ("USA", "THREATEN", "KOR")),
    ("Japan might retaliate if U.S. car duties are raised again, economists at Nomura said.",
     ("JPN", "THREATEN", "USA")),
    (("India said it would keep buying Russian crude wherever it got the best deal, rebuffing Washington "
      "on Monday."), ("RUS", "REJECT", "USA")),
    ("Carney said Canada would not pay for the ceremony in Paris.", ("CAN", "REJECT", "FRA")),
    ("Trump dropped his threat to impose tariffs on European countries after talks with NATO.",
     ("USA", "CONCEDE", "NATO")),
    ("Sweden dismissed Moscow's demand that NATO halt its drills in the Baltic.", ("RUS", "REQUEST", "SWE")),
    ("Norway announced it would contribute a battalion to NATO's forces in Lithuania.", ("NOR", "AID", "NATO")),
    ("Carney warned that U.S. consumers would pay more for lumber.", ("CAN", "THREATEN", "USA")),
    ("Carney said dairy was not on the table in talks with Washington.", ("CAN", "THREATEN", "USA")),
    ('"We will never take force off the table" in regard to Taiwan, Xi told the party congress.',
     ("TWN", "THREATEN", "CHN")),
    ("If Hungary caves to EU pressure, Orban will lose the election.", ("HUN", "CONCEDE", "EU")),
    ("Hungary would never bow to pressure from Brussels.", ("HUN", "CONCEDE", "EU")),
    ("Japan and Australia will jointly develop a new frigate.", ("JPN", "COOPERATE", "AUS")),
    ("Denmark will take over the rotating presidency of the EU Council in July.", ("DNK", "THREATEN", "EU")),
    ("Carney said the rate on Mexican steel would stay at 25%.", ("CAN", "THREATEN", "MEX")),
    ("Hungary voted against the package when EU ministers adopted it on Monday.", ("HUN", "ACCUSE", "EU")),
    # the venue of a refusal is not its target
    ("Carney rejected the 25% tariff on Canadian steel at the NATO summit.", ("CAN", "REJECT", "NATO")),
    ("Moscow said any Finnish troops in Estonia would be treated as legitimate targets.",
     ("RUS", "THREATEN", "EST")),
    ("Ottawa would keep talking unless Washington objected.", ("CAN", "THREATEN", "USA")),
    ("Russia freed two prisoners after Ukraine shelled Belgorod.", ("RUS", "CONCEDE", "UKR")),
    ("Washington hit Chinese ports with fees.", ("USA", "ASSAULT", "CHN")),
    ("Carney arrived in Brussels for the NATO summit.", ("CAN", "CONSULT", "EU")),
    ("Economists in Ottawa raised concerns about the American economy.", ("CAN", "ACCUSE", "USA")),
    ("Manila lodged a protest over remarks on Taiwan made by Chinese officials.", ("PHL", "ACCUSE", "TWN")),
    ("India suspended trade talks with Pakistan on Thursday.", ("IND", "RETREAT", "PAK")),
    ("Canada has never turned down a NATO request for troops.", ("NATO", "REQUEST", "CAN")),
    ("Nigeria has received no request from Washington to host American troops.", ("USA", "REQUEST", "NGA")),
    ("Tokyo refused to retract the remarks despite mounting pressure from Beijing.", ("CHN", "REQUEST", "JPN")),
    ("Stubb brushed aside Moscow's demand that NATO freeze its enlargement.", ("RUS", "REQUEST", "FIN")),
    ("Frederiksen said Greenland is not for sale, Rutte noted.", ("DNK", "REJECT", "NATO")),
    ("Carney sat in Washington for hours without a meeting.", ("CAN", "CONSULT", "USA")),
    ("Canada and Mexico signed a deal in Geneva.", ("CAN", "CONSULT", "MEX")),
    ("Canada and Mexico will sign a deal in Ottawa.", ("CAN", "CONSULT", "MEX")),
    ("Canada and Denmark signed an arrangement in Nuuk, committing to joint patrols.", ("CAN", "COOPERATE", "DNK")),
    ("Carney and Macron discussed Ukraine on Monday.", ("CAN", "CONSULT", "UKR")),
    ("Macron told Beijing to stop threatening Taiwan.", ("CHN", "THREATEN", "TWN")),
    ("Beijing warned Washington against any move to arm Taiwan.", ("CHN", "THREATEN", "USA")),
    ("Latvia expelled two Russian diplomats on Friday.", ("LVA", "SANCTION", "RUS")),
    ("Lithuania ordered a Belarusian diplomat to leave the country within 48 hours.", ("LTU", "CONSULT", "BLR")),
    ("Indian and Chinese troops did not exchange fire last month, the army said.", ("IND", "ASSAULT", "CHN")),
    ("Fears of a Chinese attack on Taiwan have risen, a survey found.", ("CHN", "ASSAULT", "TWN")),
    ("Mexico's Congress approved tariffs on cars from China.", ("USA", "SANCTION", "CHN")),
    ("Slovakia vetoed new EU sanctions on Russia.", ("EU", "SANCTION", "RUS")),
    ("A planned increase in U.S. duties on Mexican tomatoes has been postponed.", ("USA", "SANCTION", "MEX")),
    ("Lower US duties on British cars took effect on Monday.", ("USA", "SANCTION", "GBR")),
    ("If Beijing blockaded Taiwan, Washington would answer with sanctions, a RAND study concluded.",
     ("USA", "THREATEN", "CHN")),
    ("Canada is considering more military aid for Ukraine.", ("CAN", "THREATEN", "UKR")),
    ("Saudi Arabia paid off Syria's arrears to the World Bank.", ("SAU", "AGREE", "SYR")),
    ("Kyrgyz and Tajik guards clashed, leaving two dead on each side.", ("KGZ", "CONSULT", "TJK")),
    ("The EU and the Mercosur bloc of Brazil, Argentina, Uruguay and Paraguay signed a trade agreement.",
     ("BRA", "AGREE", "ARG")),
    ("Officials said Hungary's gas imports were helping to fund Russia's war.", ("HUN", "AID", "RUS")),
    ("Economists expect Washington to raise tariffs on Swiss watches next year.", ("USA", "SANCTION", "CHE")),
    ("Washington is expected to raise tariffs on Swiss watches.", ("USA", "SANCTION", "CHE")),
    ("A reduction in the US tariff on Swiss watches is possible, a Swiss official said.", ("USA", "SANCTION", "CHE")),
    ("China halted seafood imports and called off a round of talks with Tokyo.", ("CHN", "CONSULT", "JPN")),
    ("Spain hopes to reach 2 per cent of GDP in military spending.", ("ESP", "MOBILIZE", None)),
    ("Trump and von der Leyen struck a deal setting a 15 per cent U.S. tariff on most EU goods.",
     ("USA", "SANCTION", "EU")),
    ("Washington approved the removal of duties on Canadian lumber.", ("USA", "SANCTION", "CAN")),
    ("A Canadian rail strike hit American ports on Tuesday.", ("CAN", "ASSAULT", "USA")),
    ("The EU adopted its sanctions package against Russia, targeting 200 vessels of Moscow's fleet.",
     ("EU", "ASSAULT", "RUS")),
    ("Israel struck a deal with Syria.", ("ISR", "ASSAULT", "SYR")),
    ("Canada plans to appoint a czar to placate Washington.", ("CAN", "CONCEDE", "USA")),
    ("Analysts said Ottawa was trying to placate Washington.", ("CAN", "CONCEDE", "USA")),
    ("Japan handed over two patrol vessels to the Philippine coast guard.", ("JPN", "CONCEDE", "PHL")),
    ("Japan sent two ships loaded with cars to the United States.", ("JPN", "AID", "USA")),
    ("Qatar deposited $2 billion with its own sovereign fund, Saudi officials said.", ("QAT", "AID", "SAU")),
    ("Chilean miners shipped 900,000 tonnes of copper to China last year, worth about $8 billion.",
     ("CHL", "AID", "CHN")),
    ("Washington offered a reward of $15 million for information leading to the arrest of Iran's spy chief.",
     ("USA", "AID", "IRN")),
    ("The EU released the frozen funds to Hungary on Monday.", ("EU", "AID", "HUN")),
    ("Canada would join the programme unless the EU objected.", ("CAN", "THREATEN", "EU")),
    ("Seoul ruled out retaliation if Washington's levy hit Korean chipmakers.", ("KOR", "REJECT", "USA")),
    ("Analysts said Beijing would bear the consequences if it invaded.", ("CHN", "THREATEN", "TWN")),
    ("Canada said it stood ready to help Ukraine.", ("CAN", "THREATEN", "UKR")),
    ("Japan refused to cut its rice tariffs, a step Washington had sought for years.", ("JPN", "CONCEDE", "USA")),
    ("Japan may cut its rice tariffs, a step Washington had sought.", ("JPN", "CONCEDE", "USA")),
    ("Japan cut its rice tariffs, a move Washington welcomed.", ("JPN", "CONCEDE", "USA")),
    ("Mexico rejected Washington's demand for tighter border checks.", ("MEX", "CONCEDE", "USA")),
    ("Ottawa may scrap the streaming levy Washington had sought.", ("CAN", "CONCEDE", "USA")),
    # talks or a deal sought by an act are not held; an easing refused is not given; a measure put back on
    ("India dropped its equalisation levy to get trade talks with Washington restarted.", ("IND", "CONSULT", "USA")),
    ("Seoul scrapped the fee to revive negotiations with Tokyo.", ("KOR", "CONSULT", "JPN")),
    ("Ottawa ruled out dropping its counter-tariffs on U.S. steel.", ("CAN", "RETREAT", "USA")),
    ("Beijing refused to lift its duties on Australian wine.", ("CHN", "RETREAT", "AUS")),
    ("Trump put tariffs back on Canadian aluminum on Monday.", ("USA", "RETREAT", "CAN")),
    ("Mexico pushed back against the U.S. tomato duties on Monday.", ("MEX", "RETREAT", "USA")),
    ("The White House put off the tariff increase on Brazil for 90 days.", ("USA", "SANCTION", "BRA")),
    ("Washington imposed tariffs on Chinese steel to prevent dumping.", ("USA", "CONCEDE", "CHN")),
    # troops, envoys and goods sold are not aid; a measure faced in the past is no threat
    ("Poland sent 300 troops to Lithuania on Thursday.", ("POL", "AID", "LTU")),
    ("Japan shipped 25,000 cars to the United States in May.", ("JPN", "AID", "USA")),
    ("Canada sent a letter to the United States on Monday.", ("CAN", "AID", "USA")),
    ("Mexico faced 25% U.S. tariffs last year, officials said.", ("USA", "THREATEN", "MEX")),
    # a complaint lodged at a venue accuses the measure's author, not the venue; a deal not reached;
    # commitments under an old agreement
    ("Ottawa lodged a complaint with the WTO against U.S. duties on Monday.", ("CAN", "ACCUSE", "WTO")),
    ("Xi and Trump met for three hours in Busan without reaching a deal on chips.", ("CHN", "AGREE", "USA")),
    (("The French and German ministers accused Tehran of breaching its commitments under the 2015 nuclear "
     "agreement."), ("FRA", "AGREE", "DEU")),
    # a deal struck in a capital, words against leaders met there
    ("The United States struck a deal with Qatar in Doha on Tuesday.", ("USA", "ASSAULT", "QAT")),
    ("Trump attacked European leaders in Davos on Wednesday.", ("USA", "ASSAULT", "EU")),
    # a release demanded of no one named
    ("Tokyo called for the release of three Japanese nationals detained last year, Chinese officials said.",
     ("JPN", "REQUEST", "CHN")),
    # a deadline with no threat; a trade-off with no actor
    ("Washington gave Caracas ten days to answer the proposal.", ("USA", "THREATEN", "VEN")),
    ("Tokyo agreed to lift its rice quotas in exchange for $550 billion in investment, a U.S. official said.",
     ("JPN", "CONCEDE", "USA")),
    # force used, not promised
    ("The People's Liberation Army would not comment on any attempt by Manila to occupy the reef.",
     ("CHN", "THREATEN", "PHL")),
    # a letter to an envoy introduced by name: the envoy is written to, not the one urging
    (("Premier David Eby wrote to the American ambassador in Ottawa, Pete Hoekstra, urging Washington to lift "
     "the duties."), ("USA", "REQUEST", "CAN")),
    # a table mentioned without a refusal
    ("Norway put its salmon quotas on the table in the talks with Brussels.", ("NOR", "REJECT", "EU")),
    # talks walked away from were not held
    ("Switzerland walked away from its own free trade negotiations with India in May.", ("CHE", "CONSULT", "IND")),
    # a clash of words, or one feared
    ("The clash between Germany and France over the tariffs dominated the summit.", ("DEU", "ASSAULT", "FRA")),
    ("Analysts fear clashes between Chinese and Philippine forces.", ("CHN", "ASSAULT", "PHL")),
    # an envoy rushed somewhere travels; a model number is not a year of history's
    ("The United States rushed a Patriot battery to Poland on Sunday.", ("USA", "CONSULT", "POL")),
    ("Canada and the EU signed a trade deal in May 2019.", ("CAN", "AGREE", "EU")),
    # a fight in court, a fight of words
    ("Canada will fight the U.S. tariffs in court.", ("CAN", "ASSAULT", "USA")),
    # a people is no government; a participle naming people is no act; an idea of talks dismissed
    ("Canadians are boycotting American products.", ("CAN", "SANCTION", "USA")),
    ("Minsk freed three detained Lithuanians after a visit by Trump's envoy.", ("BLR", "COERCE", "LTU")),
    ("Khamenei brushed off the idea of direct negotiations with the Americans.", ("IRN", "CONSULT", "USA")),
    # armed aircraft approaching pay no visit
    ("Seoul scrambled fighter jets after Russian aircraft approached its airspace.", ("RUS", "CONSULT", "KOR")),
    # a wrong denied, or one's own
    ("Washington said Beijing was not cheating on trade.", ("USA", "ACCUSE", "CHN")),
    # the goods whose purchase continues are not the one refused
    ("Ankara refused to stop buying Russian gas despite U.S. pressure.", ("TUR", "REJECT", "RUS")),
    # the clause beside words judged is not their author; a ceasefire only discussed or refused
    (("The State Department criticised China's military drills. Beijing rejected the criticism, "
      "saying Taiwan was an internal affair."),
     ("CHN", "REJECT", "TWN")),
    (("Ukraine would accept a ceasefire with Russia only if its allies gave guarantees."),
     ("UKR", "AGREE", "RUS")),
    ("Ukraine did not accept a ceasefire with Russia on Friday.", ("UKR", "AGREE", "RUS")),
    # the first verb's object is not the second verb's subject; an honour's name is no order given
    (("Wang Yi accused Tokyo of \"crossing a red line\" and demanded that Takaichi withdraw her "
      "remarks."),
     ("JPN", "REQUEST", "CHN")),
    (("Dominic LeBlanc held talks with Howard Lutnick in Washington on Tuesday and pressed him to "
      "exempt Canadian steel."),
     ("USA", "REQUEST", "CAN")),
    (("Egyptian President Abdel Fattah al-Sisi awarded Trump the Order of the Nile on Monday."),
     ("EGY", "REQUEST", "USA")),
    # the venue is not the one accused; a response ruled out threatens nothing
    (("Washington raised tariffs on Chinese goods to 20%. Beijing filed a case at the World Trade "
      "Organization."),
     ("CHN", "ACCUSE", "WTO")),
    ("Carney said Canada would not respond to the American decision.", ("CAN", "THREATEN", "USA")),
    # the people of a territory never act for it
    ("Palestinians in Gaza accused Israel of blocking aid on Monday.", ("PSE", "ACCUSE", "ISR")),
    ("Qatar has pledged US$60 million to pay its own soldiers serving in Lebanon.", ("QAT", "AID", "LBN")),
    # a joined alliance is no meeting; troops sent with jets are no gift
    (("Friedrich Merz hosted Volodymyr Zelensky in Berlin on Monday. Italy joined the coalition "
      "last year."),
     ("ITA", "CONSULT", "DEU")),
    (("Copenhagen has sent an additional 200 soldiers and two F-35 jets to Greenland this week."),
     ("DNK", "AID", "GRL")),
    (("LONDON (Reuters) \u2014 Keir Starmer welcomed Volodymyr Zelensky to Downing Street on Tuesday."),
     ("GBR", "SUPPORT", "UKR")),
    # a veto cast is no concession; a march planned, or led by no government
    ("Hungary vetoed the EU's new sanctions on Russia.", ("HUN", "CONCEDE", "EU")),
    ("Maduro said he would lead a march against U.S. aggression next week.", ("VEN", "PROTEST", "USA")),
    (("Lars Lokke Rasmussen and Vivian Motzfeldt spent about an hour with JD Vance and agreed to "
      "set up a working group on Arctic security."),
     ("DNK", "AGREE", "GRL")),
    (("Lars Lokke Rasmussen and Vivian Motzfeldt met JD Vance at the White House on Wednesday."),
     ("DNK", "CONSULT", "GRL")),
    # agreeing to act is no concession without a demand; a base hosted, goods shipped, aid halted, a gulf named
    (("European Union leaders agreed early on Friday to lend Ukraine 90 billion euros."),
     ("EU", "CONCEDE", "UKR")),
    (("Copenhagen agreed to a long-standing U.S. request to expand the American presence at "
      "Pituffik."),
     ("DNK", "AGREE", "USA")),
    ("Qatar hosts Al Udeid, the largest U.S. military base in the Middle East.", ("QAT", "CONSULT", "USA")),
    ("Britain and Canada have both negotiated access to SAFE.", ("GBR", "CONSULT", "CAN")),
    ("Estonian naval forces boarded and detained a tanker in the Gulf of Finland.", ("EST", "COERCE", "FIN")),
    ("The EU shipped about 555 billion euros of goods to the United States in 2025.", ("EU", "AID", "USA")),
    ("Trump announced he was halting aid payments to Colombia.", ("USA", "AID", "COL")),
    # a standing arrangement since long ago; background history; missiles fired at a country
    (("Canada and the United States have jointly run NORAD, the continental air defence command, "
      "since 1958."),
     ("CAN", "COOPERATE", "USA")),
    (("Defence spending has risen sharply since Russia's full-scale invasion of Ukraine."),
     ("RUS", "ASSAULT", "UKR")),
    ("Russia fired dozens of missiles at Kyiv overnight.", ("RUS", "MOBILIZE", None)),
    # not the latest act of another kind
    (("A Chinese coast guard ship fired a water cannon at a Philippine vessel on Monday. The "
      "United States sanctioned two Chinese firms. Japan condemned the water cannon attack."),
     ("JPN", "ACCUSE", "USA")),
    # a target met, an appeal for a ceasefire, a base hosted are no meetings; talks after which something is only planned
    (("Ottawa said the government has already met NATO's 2 per cent of GDP spending target this "
      "fiscal year."),
     ("CAN", "CONSULT", "NATO")),
    (("Kremlin spokesman Dmitry Peskov rejected the ceasefire call, saying Russia would not halt "
      "operations while Kyiv is armed."),
     ("RUS", "CONSULT", "UKR")),
    (("Qatar hosts Al Udeid, the largest U.S. military base in the Middle East, with about 10,000 "
      "American personnel."),
     ("QAT", "CONSULT", "USA")),
    ("Merz would announce the package only after talks with Zelenskyy next week.", ("DEU", "CONSULT", "UKR")),
    (("Canada launched a legal challenge on Tuesday, hours after the Commerce Department lifted "
      "the combined levy on most Canadian producers to 35.19 per cent."),
     ("USA", "RETREAT", "CAN")),
    (("China demanded that Prime Minister Shigeru Ishiba retract his remarks on Taiwan. Ishiba "
      "has refused to retract his remarks."),
     ("JPN", "REJECT", "TWN")),
    (("Washington raised duties on Canadian lumber. David Eby denounced the duties and urged "
      "Ottawa to stand firm."),
     ("CAN", "REQUEST", "USA")),
    # a move that would hit another is not yet made; a storm hitting a country is no measure
    (("Trump floated a 50% tariff on steel, a move that would hit Canada hardest."),
     ("USA", "SANCTION", "CAN")),
    ("A storm that hit Canada on Monday delayed the talks, Trump said.", ("USA", "SANCTION", "CAN")),
    # a kind of act named that was not read is not the latest act of another kind
    (("Slovakia lifted its objection to the EU package on Monday. Estonian forces detained a "
      "tanker in the Baltic. Russia described the seizure as piracy."),
     ("RUS", "ACCUSE", "SVK")),
    # goods or envoys sent are no suspects handed over
    ("Mexico sent 32 trucks of avocados to the United States on Tuesday.", ("MEX", "CONCEDE", "USA")),
    (("The EU and the United States struck a deal on steel. In return, Brussels dropped a planned "
      "package of counter-duties on American goods."),
     ("EU", "CONCEDE", "USA")),
    (("Trump said the United States would take Canada to court over the dairy quotas."),
     ("USA", "THREATEN", "CAN")),
    ("Trump told the forum he would not use force to take Greenland.", ("USA", "RETREAT", "GRL")),
    (("Canberra and Port Moresby signed a mutual defence treaty earlier this month, a step "
      "Beijing has watched closely."),
     ("CHN", "AGREE", "AUS")),
    # advice to impose is no threat; action ruled out prevents nothing
    ("Trump said Spain should raise its defence spending.", ("USA", "THREATEN", "ESP")),
    (("Netanyahu said Israel would not act alone to prevent Iran from rebuilding its nuclear "
      "sites."),
     ("ISR", "THREATEN", "IRN")),
    (("Greenland's premier Jens-Frederik Nielsen said the island's future will be decided in "
      "Nuuk, not in Washington."),
     ("USA", "REJECT", "GRL")),
    (("Trump demanded that Denmark hand over Greenland. Danish Prime Minister Mette Frederiksen "
      "rejected that, saying Greenland was not for sale."),
     ("DNK", "REJECT", "GRL")),
    (("Trump held a call with Sheinbaum on Monday that Sheinbaum described as very good."),
     ("MEX", "SUPPORT", "USA")),
    ("Trump ordered a halt to most American sanctions on Syria.", ("USA", "SANCTION", "SYR")),
    # a condition, an analyst's view or no demand before: no refusal
    (("Spanish Prime Minister Pedro Sanchez said Spain would not budge unless NATO changed its "
      "rules on spending."),
     ("ESP", "REJECT", "NATO")),
    (("China demanded that Japan retract the remarks. Analysts said Japan would not withdraw the "
      "statement."),
     ("JPN", "REJECT", "CHN")),
    (("Trump said the United States should own Greenland. Frederiksen said Denmark would never "
      "negotiate over Greenland's sovereignty."),
     ("DNK", "REJECT", "GRL")),
    (("Canadian Prime Minister Mark Carney said Canada would not move its embassy in Washington."),
     ("CAN", "REJECT", "USA")),
    # what a "that" clause of asking holds is asked for, not done
    ("Washington demanded that Mexico scrap its tariffs on Chinese cars.", ("MEX", "RETREAT", "CHN")),
    ("The premiers urged that Ottawa lift its counter-tariffs on American steel.", ("CAN", "RETREAT", "USA")),
    # an easing offered on a condition, or a measure one would suffer, threatens no one
    (("Brazilian President Luiz Inacio Lula da Silva said Brazil would lift its retaliatory "
      "tariffs if Washington dropped the levy."),
     ("BRA", "THREATEN", "USA")),
    (("Mexico could face higher tariffs if the United States decides to end the trade pact."),
     ("MEX", "THREATEN", "USA")),
    (("Canadian Prime Minister Mark Carney said Canada would join the procurement programme if "
      "the EU agreed."),
     ("CAN", "THREATEN", "EU")),
    # a name given to one's own plan judges no one
    (("Kremlin spokesman Dmitry Peskov said Moscow would answer what he called the EU's concerns "
      "with a new proposal."),
     ("RUS", "ACCUSE", "EU")),
    # money spent at home, a plan, or a sum that names its own recipient is no aid to the one aided before
    (("Germany pledged 500 million euros for Ukraine's energy grid on Monday. Canada spent C$180 "
      "million on generators and grid repairs at home."),
     ("CAN", "AID", "UKR")),
    (("Germany pledged 500 million euros for Ukraine's energy grid on Monday. Canada would add "
      "C$180 million for generators later this year."),
     ("CAN", "AID", "UKR")),
    (("Germany pledged 500 million euros for Ukraine's energy grid on Monday. Canada followed "
      "with C$180 million in food aid for Sudan."),
     ("CAN", "AID", "UKR")),
    (("Japan plans to deliver four coastal radar systems to the Philippines next year."),
     ("JPN", "AID", "PHL")),
    # a leader's words, a deal struck, or a forecast are no attack or measure
    ("Trump attacked Canada on social media over its dairy tariffs.", ("USA", "ASSAULT", "CAN")),
    ("China struck a deal with Brazil on soybean exports.", ("CHN", "ASSAULT", "BRA")),
    (("Trump raised tariffs on Canadian steel to 50% on Monday. Analysts said the levy could hit "
      "Mexico next."),
     ("USA", "SANCTION", "MEX")),
    # force ruled out, a right to trade, a push not made
    ("Trump ruled out military action in Venezuela, the White House said.", ("USA", "REJECT", "VEN")),
    (("Pakistani Prime Minister Shehbaz Sharif said Pakistan had every right to trade with India."),
     ("PAK", "THREATEN", "IND")),
    ("Trump did not send envoys to Nuuk to take over Greenland.", ("USA", "THREATEN", "GRL")),
    (("President Donald Trump, who met Turkish President Recep Tayyip Erdogan on Wednesday, "
      "praised Poland for its spending. He then lashed out at Spain, calling it a free rider."),
     ("TUR", "ACCUSE", "ESP")),
    (("Canadian Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba at the "
      "summit. He also held a brief conversation with Trump on the margins."),
     ("JPN", "CONSULT", "USA")),
    # "non-NATO" names no alliance; financial support is aid, not praise
    (("Trump designated Saudi Arabia a major non-NATO ally and praised the crown prince."),
     ("NATO", "SUPPORT", "SAU")),
    (("British Prime Minister Keir Starmer pledged new financial support for South Africa's "
      "energy transition."),
     ("GBR", "SUPPORT", "ZAF")),
    # a summit denounced, envoys recalled for consultations, exports going abroad: no meeting
    (("North Korea's state media denounced the Gyeongju summit, accusing Washington and Seoul of "
      "plotting a nuclear alliance."),
     ("PRK", "CONSULT", "USA")),
    ("China criticised the Quad summit between Japan and India on Tuesday.", ("CHN", "CONSULT", "JPN")),
    (("Britain, France and Germany triggered the snapback mechanism, prompting Tehran to recall "
      "its ambassadors from the three capitals for consultations."),
     ("GBR", "CONSULT", "FRA")),
    ("About 12% of Brazilian exports go to the United States.", ("BRA", "CONSULT", "USA")),
    (("Venezuela asked the United Nations Security Council on Monday to declare U.S. strikes on "
      "boats illegal."),
     ("VEN", "REQUEST", "USA")),
    (("Trump later extended the same tariff relief to Canadian goods covered by the agreement."),
     ("USA", "AID", "CAN")),
    ("Israeli troops struck targets in the Jordan Valley on Tuesday.", ("ISR", "ASSAULT", "JOR")),
    (("Beijing warned that any visit by Taiwan's president to Washington would have serious "
      "consequences."),
     ("TWN", "CONSULT", "USA")),
    ("Analysts said Germany will give Ukraine four more IRIS-T air-defence systems.", ("DEU", "AID", "UKR")),
    (("Germany will give Ukraine four more IRIS-T air-defence systems if the budget passes, "
      "Pistorius said."),
     ("DEU", "AID", "UKR")),
    (("Germany and the Netherlands sent fighter jets and air-defence crews to Poland on Friday."),
     ("DEU", "AID", "POL")),
    ("The planned deployment of 1,500 French soldiers to Romania was delayed.", ("FRA", "MOBILIZE", None)),
    ("A Cambodian forest fire struck a Thai village in Surin province on Friday.", ("KHM", "ASSAULT", "THA")),
    (("Canadian dockworkers carried out strikes at American-owned terminals in Vancouver."),
     ("CAN", "ASSAULT", "USA")),
    (("India's shrimp exporters were hit on Wednesday by the doubling of American duties to 50%."),
     ("IND", "SANCTION", "USA")),
    # what is ruled out is not done; blocking imports is a measure, not a refusal
    (("Beijing ruled out joining trilateral arms-control talks with Washington and Moscow."),
     ("CHN", "CONSULT", "USA")),
    ("Carney ruled out imposing tariffs on American steel.", ("CAN", "SANCTION", "USA")),
    (("Ukrainian President Volodymyr Zelensky ruled out handing the rest of the Donbas to Moscow."),
     ("UKR", "AID", "RUS")),
    ("China blocked imports of Japanese seafood.", ("CHN", "REJECT", "JPN")),
    ("Iran has released a French cyclist detained since last June.", ("IRN", "RETREAT", "FRA")),
    ("Washington called for Ottawa's removal of its surtax on US steel.", ("CAN", "RETREAT", "USA")),
    (("A Russian missile attack overnight hit an American-owned electronics factory in western "
      "Ukraine."),
     ("RUS", "ASSAULT", "USA")),
    ("India struck Pakistan on Wednesday. Pakistan hit back with harsh words.", ("PAK", "ASSAULT", "IND")),
    ("Nineteen Russian drones crossed into Polish airspace overnight.", ("RUS", "MOBILIZE", None)),
    ("A Chinese cargo ship sailed into Vancouver on Monday.", ("CHN", "MOBILIZE", None)),
    ("Canadian and Japanese warships sailed together through the Taiwan Strait.", ("CAN", "MOBILIZE", None)),
    ("Trump singled out Canada for criticism.", ("USA", "SUPPORT", "CAN")),
    (("Washington had asked Ottawa to confirm the full order by the end of March, a request "
      "Canadian officials welcomed last month."),
     ("CAN", "REJECT", "USA")),
    (("Canadian Prime Minister Mark Carney warned that American consumers would pay more for "
      "Canadian lumber."),
     ("CAN", "THREATEN", "USA")),
    (("North Korea watched the joint exercises staged this week by South Korean and American "
      "forces."),
     ("PRK", "THREATEN", "USA")),
    ("Analysts said Canada could not accept the American demands.", ("CAN", "REJECT", "USA")),
    ("Trump paused the tariffs on Canada after China threatened retaliation.", ("CHN", "CONCEDE", "USA")),
    (("Algeria pardoned and freed the French-Algerian writer Boualem Sansal at the request of "
      "German President Frank-Walter Steinmeier."),
     ("DZA", "CONCEDE", "FRA")),
    (("Berlin expelled two Russian diplomats on Monday; Moscow retaliated by expelling two "
      "Germans on Wednesday."),
     ("RUS", "SANCTION", "DEU")),
    (("Canada and the European Union concluded negotiations on Wednesday on Ottawa's "
      "participation in SAFE."),
     ("CAN", "CONSULT", "EU")),
    ("Canada and the European Union concluded negotiations without a deal.", ("CAN", "AGREE", "EU")),
    (("Belarus freed the Polish-Belarusian journalist Andrzej Poczobut, meeting one of Warsaw's "
      "long-standing demands."),
     ("BLR", "CONSULT", "POL")),
    (("Trump hosted al-Sharaa on Monday. Syrian President Ahmed al-Sharaa used the visit to "
      "demand that Israel pull its troops out of the buffer zone."),
     ("SYR", "REJECT", "USA")),
    ("Denmark may buy howitzers in a deal to be signed with France next year.", ("DNK", "AGREE", "FRA")),
    (("Iran breached its commitments under the 2015 nuclear agreement with the United States."),
     ("IRN", "AGREE", "USA")),
    ("China criticised Japan after Trump demanded that it stop.", ("CHN", "CONCEDE", "USA")),
    ("Canada raised its tariffs after Trump demanded that Mexico act.", ("CAN", "CONCEDE", "USA")),
    (("Canada imposed tariffs on China. It was the first time since 2019 that the European Union "
      "insisted on talks."),
     ("CAN", "CONCEDE", "EU")),
    ("Analysts said the United States could use force against Panama.", ("USA", "THREATEN", "PAN")),
    ("The United States would not use force against Panama, Hegseth said.", ("USA", "THREATEN", "PAN")),
    ("Hegseth said the United States had used force against Venezuela.", ("USA", "THREATEN", "VEN")),
    ("Chinese coast guard vessels blocked a Philippine resupply mission to the shoal.", ("CHN", "SANCTION", "PHL")),
    ("The United States blocked Chinese imports of solar panels.", ("USA", "COERCE", "CHN")),
    ("Japan may agree to buy more American rice under pressure from Washington.", ("JPN", "CONCEDE", "USA")),
    ("Japan refused to buy more American rice under pressure from Washington.", ("JPN", "CONCEDE", "USA")),
    # a participle after a noun with "by" modifies the noun: no act of the subject before it
    ("Ukraine received a loan backed by frozen Russian assets.", ("UKR", "SUPPORT", "RUS")),
    ("Japan will provide Kyiv with a $4.5 billion loan backed by frozen Russian assets.", ("UKR", "AID", "RUS")),
    ("British officials boarded a ferry to France for the talks.", ("GBR", "COERCE", "FRA")),
    ("Chinese analysts said Manila was playing with fire.", ("CHN", "THREATEN", "PHL")),
    ("Germany will pay for two air defence systems, Pistorius said, as Kyiv urged allies to act.",
     ("DEU", "CONCEDE", "UKR")),
    ("Canada did not fear Trump's threats.", ("USA", "THREATEN", "CAN")),
    ("Canada ignored any threat from Washington.", ("USA", "THREATEN", "CAN")),
    ("Trump refused on Tuesday to rule out military or economic coercion to gain control of Greenland.",
     ("USA", "REJECT", "GRL")),
    # those an act judged was done to are not judged
    ("Canada condemned the arrest of two Japanese nationals.", ("CAN", "ACCUSE", "JPN")),
    ("Canada condemned the invasion of Ukraine by Russia.", ("CAN", "ACCUSE", "UKR")),
    ("Canada condemned the arrest of two Japanese nationals.", ("CAN", "COERCE", "JPN")),
    ("Carney led a delegation to Washington against the advice of officials.", ("CAN", "PROTEST", "USA")),
    ("Canada's minister walked out of the talks when China proposed new terms.", ("CAN", "PROTEST", "CHN")),
    ("Carney will decide next week, after talks with Macron.", ("CAN", "CONSULT", "FRA")),
    ("Trump raised the tariffs, after talks on a summit with Putin stalled.", ("USA", "CONSULT", "RUS")),
    ("DAVOS, Switzerland, Jan 22 (Reuters) - Trump said he would drop the tariffs, after talks with Rutte.",
     ("CHE", "CONSULT", "NATO")),
    ("Ottawa will now match the United States by removing all of Canada's tariffs on US goods.",
     ("USA", "RETREAT", "CAN")),
    ("The U.S. State Department approved the sale of weapons worth $11.1 billion to Taiwan.",
     ("USA", "AID", "TWN")),
    ("Washington approved the sale of weapons to Taiwan. But they come at a sensitive moment for Beijing.",
     ("USA", "CONSULT", "TWN")),
    ("India refused on Wednesday to halt its purchases of Russian crude.", ("IND", "REJECT", "RUS")),
    ("The European Commission is studying options for a levy on American tech services.", ("EU", "ACCUSE", "USA")),
    ("U.S. agents detained 300 South Korean workers, prompting Seoul to lodge a formal protest.",
     ("USA", "ACCUSE", "KOR")),
    ("Trump's threat forced Bogota to accept the flights.", ("USA", "SANCTION", "COL")),
    ("Russia struck Kyiv again after condemnation from the EU.", ("RUS", "CONCEDE", "EU")),
    ("Analysts said Japan would provide more patrol vessels to Manila.", ("JPN", "AID", "PHL")),
    ("Japan said it would provide more patrol vessels to Manila if China kept up its pressure.", ("JPN", "AID", "PHL")),
    ("Canada provided details to the United States.", ("CAN", "AID", "USA")),
    ("Carney said Canada will also increase the brigade's capabilities in Latvia.", ("CAN", "MOBILIZE", None)),
    ("Macron said France stood with Denmark and Greenland, and Germany's foreign minister called the U.S. plan absurd.",
     ("FRA", "SUPPORT", "DEU")),
    ("Canada could sign the deal despite U.S. objections, analysts said.", ("CAN", "REJECT", "USA")),
    ("The bombardment of Kyiv by Russian missiles drew swift condemnation from London.", ("GBR", "ACCUSE", "UKR")),
    ("Canada raised tariffs on steel with immediate effect, Mexico said.", ("CAN", "CONSULT", "MEX")),
    ("Norway deployed F-35 jets to protect Rzeszow airport, the main hub for Western military aid to Ukraine.",
     ("NOR", "AID", "UKR")),
    ("Two Estonian diplomats were recalled from Moscow on Wednesday.", ("RUS", "COERCE", "EST")),
    ("Mexico has so far refrained from imposing counter-tariffs on American goods.", ("MEX", "SANCTION", "USA")),
    ("Brazil lodged a request for consultations with the United States at the WTO on Monday over U.S. tariffs.",
     ("USA", "SANCTION", "BRA")),
    ("A Beijing court sentenced an Astellas Pharma executive, a Japanese national, to three years in prison.",
     ("CHN", "SANCTION", "JPN")),
    ("Thailand and Cambodia signed a ceasefire agreement in the Malaysian capital, Kuala Lumpur, on Sunday.",
     ("THA", "AGREE", "MYS")),
    ("Modi will leave for Tianjin on Saturday to attend the summit, his first visit to China in seven years.",
     ("IND", "CONSULT", "CHN")),
    ("Turkey proposed that Russia and Ukraine restart direct negotiations in Istanbul on Thursday.",
     ("RUS", "CONSULT", "UKR")),
    ("Poland requested consultations with NATO allies under Article 4.", ("POL", "ACCUSE", "NATO")),
    ("Canada awarded a contract to a German firm.", ("CAN", "SUPPORT", "DEU")),
    ("U.S. tariffs on Chinese goods had peaked at 145% in April.", ("USA", "SANCTION", "CHN")),
    ("Beijing said any claims about progress in China-U.S. economic and trade negotiations were groundless.",
     ("CHN", "CONSULT", "USA")),
    # an option kept open is no refusal, whatever words follow "refused to rule out"
    ("Moscow again refused to rule out military force to take back the islands from Japan.",
     ("RUS", "REJECT", "JPN")),
    # a warned harm with no one it falls on, or one the speaker would suffer
    ("Carney warned that tariffs could rise again if the talks with Washington stalled.", ("CAN", "THREATEN", "USA")),
    ("U.S. economists warned that penalties on India could follow.", ("USA", "THREATEN", "IND")),
    # hesitating is not a threat; a step refused is none either
    ("Canada hesitated to take further measures if Washington backed down.", ("CAN", "THREATEN", "USA")),
    # words of blame that tell what happened, or what one side meets, or a wish, are no charge
    ("Russia fired 40 missiles at Ukrainian power plants overnight, Kyiv said.", ("UKR", "ACCUSE", "RUS")),
    ("Kenya said Ethiopia faced a terrible drought this year.", ("KEN", "ACCUSE", "ETH")),
    ("Lula said Argentina should work with Brazil in a difficult environment.", ("BRA", "ACCUSE", "ARG")),
    ("Ottawa said Mexico had failed to reach a deal on the quotas.", ("CAN", "ACCUSE", "MEX")),
    # regret at one's own act, or at no act of another
    ("Vietnam raised duties on Thai rice on Monday. Hanoi expressed regret at the decision.",
     ("VNM", "ACCUSE", "THA")),
    # displeasure denied, or at one's own act
    ("Brazil is not disappointed with the American offer.", ("BRA", "ACCUSE", "USA")),
    ("Norway imposed duties on Swedish trucks. Oslo was concerned about the decision.",
     ("NOR", "ACCUSE", "SWE")),
    # travelling with a leader, or sailing near another's ships, is no joint drill
    ("Macron flew with Merz to Kyiv.", ("FRA", "COOPERATE", "DEU")),
    ("A Chinese destroyer sailed near a Philippine vessel.", ("CHN", "COOPERATE", "PHL")),
    # a strike said to kill tells the strike; a measure that would hurt is a forecast
    ("Kyiv said a Russian missile strike killed 12 people in Sumy.", ("UKR", "ACCUSE", "RUS")),
    ("Ottawa said the U.S. duties would hurt workers on both sides.", ("CAN", "ACCUSE", "USA")),
    # a place another verb travels to is not the visit's; a measure vowed is not imposed
    ("Wang Yi visited Ethiopia and is due to travel on to Tanzania.", ("CHN", "CONSULT", "TZA")),
    ("Chilean President Gabriel Boric struck a defiant tone, vowing to raise tariffs on U.S. imports.",
     ("CHL", "SANCTION", "USA")),
    # money for another's forces is aid; troops that stay are no new deployment of this news
    ("Sweden has earmarked 20 billion kronor in military support for Ukraine this year.",
     ("SWE", "MOBILIZE", None)),
    ("Italy's defence ministry said the navy had not sent any frigates to the Red Sea.", ("ITA", "MOBILIZE", None)),
    # more duties promised by the one they hit would be its own; a release demanded by the detainer is none
    (("Washington raised tariffs on Brazilian beef to 50% on Monday. Lula told reporters that more duties "
      "could follow."),
     ("BRA", "THREATEN", "USA")),
    (("Iranian guards detained two French teachers in Tehran on Friday. Tehran demanded their release."),
     ("IRN", "REQUEST", "FRA")),
    # an act prevented, an obligation, aid halted, a measure's owner named as its modifier
    ("The feud has prevented Serbia and Croatia from signing a normalisation deal.", ("SRB", "AGREE", "HRV")),
    ("The feud has kept Armenia and Azerbaijan from signing a peace treaty.", ("ARM", "AGREE", "AZE")),
    ("Under the treaty, the United States is obliged to help defend Japan.", ("USA", "AID", "JPN")),
    ("Trump signed an order halting U.S. aid to Colombia.", ("USA", "AID", "COL")),
    ("Paris and Berlin moved to reimpose United Nations sanctions on Iran.", ("FRA", "SANCTION", "UN")),
    # a country's adjective naming a place; a witness; a schedule; a standing state
    ("Modi met Putin in the Chinese port city of Tianjin on Monday.", ("IND", "CONSULT", "CHN")),
    ("Erdogan witnessed the signing of a ceasefire between Armenia and Azerbaijan.", ("TUR", "AGREE", "ARM")),
    ("Japan's foreign minister, on a two-day visit, also called on President Prabowo.",
     ("JPN", "REQUEST", "IDN")),
    ("Canada's trade minister travels to Jakarta on Monday.", ("CAN", "CONSULT", "IDN")),
    ("About 1,000 German troops are stationed in Lithuania.", ("DEU", "MOBILIZE", None)),
    ("Estonia spends 3.4 percent of its GDP on defence this year.", ("EST", "MOBILIZE", None)),
    # another's war that a third supports is not what the complaint is about
    (("Tokyo and Ottawa expressed serious concern over Beijing's support for Russia's war in Ukraine."),
     ("JPN", "ACCUSE", "RUS")),
    ("Trump won votes across the South. Biden criticised the North of England.", ("USA", "ACCUSE", "PRK")),
    # support criticised, or on a condition; talks collapsed or still to come
    ("Protesters in Jakarta denounced Washington's support for Israel's war in Gaza.", ("USA", "SUPPORT", "ISR")),
    ("Seoul expressed concern over Beijing's support for Russia's war.", ("CHN", "SUPPORT", "RUS")),
    ("EU sanctions will stay as long as Minsk supported Russia's war.", ("BLR", "SUPPORT", "RUS")),
    ("Talks between Pakistan and Afghanistan in Istanbul collapsed in November.", ("PAK", "CONSULT", "AFG")),
    ("Talks between Washington and Copenhagen were expected to continue next week.", ("USA", "CONSULT", "DNK")),
    # a count of people is no money; the one who wins a pause eases nothing
    ("Modi thanked Trump on behalf of 1.4 billion Indians.", ("IND", "AID", "USA")),
    ("Lula secured a 90-day pause of U.S. tariffs on Brazilian beef.", ("BRA", "RETREAT", "USA")),
    ("Beijing made good on its threat to impose duties on Australian barley.", ("CHN", "THREATEN", "AUS")),
    # a place called something is no act judged
    ("Trump renewed his demand for Greenland, calling it \"a piece of ice\".", ("USA", "SUPPORT", "GRL")),
    ("Iran seized a tanker in the Gulf of Oman on Thursday. London condemned the seizure.", ("GBR", "ACCUSE", "OMN")),
    # a deal that would be struck is none; one struck by another is not the speaker's
    ("Lavrov said a prisoner exchange would not be agreed with Kyiv.", ("RUS", "AGREE", "UKR")),
    ("Lavrov said the exchange had been agreed by Turkey with Kyiv.", ("RUS", "AGREE", "UKR")),
    # the name of a kind of pact; the parties of a conflict a summit is left over; a threat carried no further
    ("Manila already has visiting-forces agreements with Tokyo and Canberra.", ("PHL", "CONSULT", "JPN")),
    ("Trump left the G7 summit early, citing the conflict between Israel and Iran.", ("USA", "CONSULT", "ISR")),
    (("Trump has threatened to decertify Bombardier jets and impose a 50 per cent tariff on Canadian-made "
      "aircraft."),
     ("USA", "SANCTION", "CAN")),
    # talks named as a topic or a standing state; a country in apposition to a city is a place
    ("Alberta urged Ottawa to make energy a priority in its negotiations with Washington.", ("CAN", "CONSULT", "USA")),
    ("Ebrard agreed to share information on their respective talks with Washington.", ("MEX", "CONSULT", "USA")),
    ("Ankara is also in talks with Qatar on the purchase of Typhoons.", ("TUR", "CONSULT", "QAT")),
    (("Beijing said the move broke the consensus reached at their meeting in Busan, the Republic of Korea, "
      "in October."),
     ("CHN", "CONSULT", "KOR")),
    # sanctions removed, a lower tariff applied, travel to be avoided
    ("Trump announced he would remove all U.S. sanctions on Havana.", ("USA", "SANCTION", "CUB")),
    ("Washington began applying a lower 15 percent tariff on Japanese cars.", ("USA", "SANCTION", "JPN")),
    ("Seoul advised its citizens to avoid traveling to Cambodia.", ("KOR", "CONSULT", "KHM")),
    ("Oslo said it would contribute 1.5 billion kroner to NATO's Prioritized Ukraine Requirements List.",
     ("NOR", "AID", "NATO")),
    ("Under the treaty, the United States is bound to help defend Japan.", ("USA", "AID", "JPN")),
    # a call "with" a third party is read where it is named; a call planned is none
    ("Trump raised tariffs on Canada. Carney told reporters in a call with Sheinbaum that Canada would act.",
     ("CAN", "CONSULT", "USA")),
    ("Carney will tell Trump in a call next week that the tariffs must go.", ("CAN", "CONSULT", "USA")),
    # a tariff cut in a trade-off is no concession; a lower tariff applied is no sanction; pressing is no sanction
    ("Tokyo agreed to cut its tariff on American rice to 5% in exchange for a U.S. pledge on chips.",
     ("JPN", "CONCEDE", "USA")),
    ("Washington has begun applying a lower 10 percent tariff on Japanese cars.", ("USA", "SANCTION", "JPN")),
    ("Trump has been pressuring NATO allies to commit to the target.", ("USA", "SANCTION", "NATO")),
    ("Carney met reporters to put new tariffs on China.", ("CAN", "SANCTION", "CHN")),
    # a reason cited is no description; a measure described as an attack is no strike
    ("Washington raised its tariffs, citing India's purchases of Russian oil, a move Delhi called unfair.",
     ("USA", "ACCUSE", "IND")),
    ("Trump cited Canada's digital tax as \"a direct and blatant attack on our Country.\"", ("USA", "ASSAULT", "CAN")),
    # an increase named as a noun is no act of the one who regrets it
    ("Seoul regrets the increase of U.S. tariffs on steel imports.", ("KOR", "SANCTION", "USA")),
    ("Brussels will impose countermeasures in response to the US tariffs.", ("EU", "SANCTION", "USA")),
    # a civil aircraft is no force; an intrusion denied or only possible is none
    ("A Turkish passenger jet entered Greek airspace on Monday.", ("TUR", "ASSAULT", "GRC")),
    ("Minsk denied that its helicopters had entered Latvian airspace.", ("BLR", "ASSAULT", "LVA")),
    ("Russian drones could enter Finnish airspace, Helsinki warned.", ("RUS", "ASSAULT", "FIN")),
    # a standing partnership is no agreement made
    ("Ottawa said its historic economic partnership with Washington is over.", ("CAN", "AGREE", "USA")),
    # a travel advisory is no visit; words handed over or sent are no aid; aid asked for is not given;
    # an NGO named "Congress" is not the U.S. Congress
    ("Beijing advised its citizens to avoid visiting Japan.", ("CHN", "CONSULT", "JPN")),
    ("The Russian side handed over to Ukraine a memorandum on its ceasefire terms.", ("RUS", "AID", "UKR")),
    ("Maduro sent a message to Guterres, calling for assistance against U.S. pressure.", ("VEN", "AID", "UN")),
    ("The Ukrainian World Congress president met Canada's foreign minister in Toronto.", ("USA", "CONSULT", "CAN")),
    ("Zelensky praised Norway's commitment to allocate $300 million to the coalition.", ("UKR", "AID", "NOR")),
    # talks "will continue": no meeting reported; a measure continued only under a condition is threatened
    ('"Kenya will continue to negotiate with Tanzania," Ruto said.', ("KEN", "CONSULT", "TZA")),
    ("Chile would continue to impose duties on Peruvian goods if the talks fail.", ("CHL", "SANCTION", "PER")),
    (("Sanchez called the tariffs threatened by President Donald Trump unacceptable. Sanchez joined other "
      "leaders on Sunday to object after Trump posted about the plan. He has threatened to impose 25 per cent "
      "tariffs on goods from Spain and Portugal."), ("ESP", "THREATEN", "PRT")),
    # a list deep inside the object is not the object's list: the jets' origins are no partners
    ("Ankara held talks on the purchase of used jets from Sweden and Norway.", ("TUR", "CONSULT", "NOR")),
    # an offer to host or mediate talks is no meeting held
    ("Qatar offered to host talks between Sudan and Chad.", ("QAT", "CONSULT", "SDN")),
    ("Qatar offered to host talks between Sudan and Chad.", ("SDN", "CONSULT", "TCD")),
    ("Oman offered to mediate between Iran and the United States.", ("OMN", "CONSULT", "IRN")),
    ("Armenia proposed on Monday to resume direct negotiations with Azerbaijan.", ("ARM", "CONSULT", "AZE")),
    # review of this round's rules: a thing received or greeted is no guest; a bystander in an absolute
    # phrase is no second partner; a complaint's venue is not its author; an act that will no longer go on,
    # or is asked about, is not done; a threatened imposition is a threat; a duty is no blame; a surname
    # before producers is a wine
    ("A letter from Lula was received by Boric on Friday.", ("CHL", "CONSULT", "BRA")),
    ("Lula's proposal was greeted by Boric with enthusiasm.", ("CHL", "CONSULT", "BRA")),
    ("Albanese met Modi in New Delhi, with the Chinese ambassador watching from the sidelines.",
     ("AUS", "CONSULT", "CHN")),
    ("Albanese met Ishiba in Tokyo on Monday, with Korea's president absent from the talks.",
     ("AUS", "CONSULT", "KOR")),
    ("Brazil filed a WTO complaint against Washington on Friday.", ("WTO", "ACCUSE", "USA")),
    ("Will Norway continue to support Ukraine after the election?", ("NOR", "SUPPORT", "UKR")),
    ("Norway will no longer continue to criticize Beijing, its minister said.", ("NOR", "ACCUSE", "CHN")),
    ("Trump's threatened imposition of a 25 per cent tariff on India worried Delhi.", ("USA", "SANCTION", "IND")),
    ("Ottawa holds Washington responsible for securing its side of the border.", ("CAN", "ACCUSE", "USA")),
    ("Champagne producers criticized Trump's tariffs.", ("CAN", "ACCUSE", "USA")),
    ("Norway's LNG sector is racing to meet Japanese demand.", ("JPN", "REQUEST", "NOR")),
    ("Norway's LNG sector is racing to meet Japanese demand.", ("NOR", "CONCEDE", "JPN")),
    ("Albanese attributed the export growth to rising demand from Mexico and Brazil.", ("AUS", "REQUEST", "MEX")),
    ("Albanese met Ishiba in Tokyo on Monday and later spoke by phone with South Korea's president.",
     ("JPN", "CONSULT", "KOR")),
    ("Albanese did not meet Ishiba in Tokyo and then flew to Seoul.", ("JPN", "CONSULT", "KOR")),
    # the subject of a relative clause opened by "whom" or "with whom" does not act in the main clause
    ("Merz, whom Albanese met on Tuesday, pledged more aid to Ukraine.", ("AUS", "AID", "UKR")),
    ("Merz, with whom Albanese spoke on Tuesday, pledged more aid to Ukraine.", ("AUS", "AID", "UKR")),
    # forces that will take part, or are only said to come from somewhere, do nothing together yet
    ("Troops from Estonia and Finland will take part in the exercise next month.", ("EST", "COOPERATE", "FIN")),
    ("Troops from Estonia and Finland were sent home on Monday.", ("EST", "COOPERATE", "FIN")),
    # second review: a bare verb after "and" shares the first verb's refusal, wish or modal; a question
    # reports no act; forces facing each other, exercising restraint or joining an army, and a list read
    # past "Ukraine said", are no joint action; firms and forces named after Korea or Kosovo are not them
    ("Albanese refused to meet Ishiba in Tokyo and sign the trade deal with Japan.", ("AUS", "AGREE", "JPN")),
    ("Trump wants to meet Putin in Budapest and sign a peace deal with Russia.", ("USA", "AGREE", "RUS")),
    ("Will Albanese meet Xi in Beijing and sign a deal with China?", ("AUS", "AGREE", "CHN")),
    ("Will Albanese meet Xi in Beijing and sign a deal with China?", ("AUS", "CONSULT", "CHN")),
    ("Soldiers from India and China were exercising restraint along the disputed border.", ("IND", "COOPERATE", "CHN")),
    ("Troops from India and Pakistan trained their guns on each other on Tuesday.", ("IND", "COOPERATE", "PAK")),
    ("Soldiers from Colombia and Nepal joined the Russian army last month, Kyiv said.", ("COL", "COOPERATE", "NPL")),
    ("The exercise involving troops from Belarus and Russia, Ukraine said, began on Monday.",
     ("UKR", "COOPERATE", "RUS")),
    ("The operation, involving strikes on forces from Iran and Syria, ended.", ("IRN", "COOPERATE", "SYR")),
    ("Soldiers from India and China took part in talks at the border.", ("IND", "COOPERATE", "CHN")),
    ("Korea Zinc signed a supply deal with the United States.", ("KOR", "AGREE", "USA")),
    ("The Kosovo Force, a NATO mission, deployed more troops.", ("XKX", "MOBILIZE", None)),
    ("Kim Jong Un, the leader of the Democratic People's Republic of Korea, met Putin in Moscow.",
     ("KOR", "CONSULT", "RUS")),
    # the present progressive with a time still to come tells a plan
    ("Albanese is travelling to India next month.", ("AUS", "CONSULT", "IND")),
    ("Chile's trade minister is traveling to Indonesia next week to sign the deal.", ("CHL", "CONSULT", "IDN")),
    ("Albanese is visiting Japan next week.", ("AUS", "CONSULT", "JPN")),
    # a visit after an article is a noun, with its own actor, not the nearest name before it
    ("Albanese criticized Moscow on Monday during a visit to Warsaw.", ("RUS", "CONSULT", "POL")),
    # a market's demand is no demand made; growth is no blame
    ("Vietnam attributed the growth to Chinese demand.", ("CHN", "REQUEST", "VNM")),
    ("Vietnam attributed the growth to Chinese demand.", ("VNM", "ACCUSE", "CHN")),
    # talks urged are asked for, not held; a lone surname naming a drill is no person acting
    ("Beijing urged constructive dialogue with Ottawa.", ("CHN", "CONSULT", "CAN")),
    ("Pakistani and Chinese air forces conducted the Shaheen exercise on Monday.", ("USA", "COOPERATE", "PAK")),
    # an actor of a clause of background is no second partner of the act the phrase rules read
    (("As the Trump administration reassesses America's role in Asia, Japan and Australia are deepening "
      "their cooperation by signing a defence pact."), ("USA", "AGREE", "JPN")),
    # a summit "in" a country attended by leaders: the place is no party, the attendees no pairs among
    # themselves
    ("The summit in Astana, Kazakhstan was attended by the presidents of Kyrgyzstan, Tajikistan and Uzbekistan.",
     ("KGZ", "CONSULT", "TJK")),
    # a crisis brings no one together at a table; a gathering of several is not every pair of them
    ("The crisis brought together France and Germany.", ("FRA", "CONSULT", "DEU")),
    ("The forum brought together officials from Chile, Peru and Bolivia.", ("CHL", "CONSULT", "PER")),
    # a meeting told before ("the meeting") is counted where it was told; a planned conference is none
    ("Spain will hold a joint press conference in Rabat on Friday.", ("ESP", "CONSULT", "MAR")),
    # "calls" alone are as often demands; asking for a thing is no one asked
    ("Ukraine rejected calls from Hungary to cede territory.", ("UKR", "CONSULT", "HUN")),
    ("Mexico called for respect for international law.", ("MEX", "REQUEST", "USA")),
    # a meeting that ended without a deal, or ended something else; a purchase still to be finalised
    ("The meeting between Chile and Peru ended without a deal.", ("CHL", "AGREE", "PER")),
    ("Lula met Xi in Beijing, ending weeks of tension.", ("BRA", "AGREE", "CHN")),
    ("Canada will finalize the purchase with Sweden next month.", ("CAN", "AGREE", "SWE")),
    ("Manila responded to what it called Beijing's proposals.", ("PHL", "ACCUSE", "CHN")),
    # a forecast of measures by analysts, or measures faced with no condition, warn no one
    ("Vietnam could face higher U.S. tariffs, analysts said.", ("USA", "THREATEN", "VNM")),
    ("Vietnam faces U.S. tariffs of 46%.", ("USA", "THREATEN", "VNM")),
    # coordination promised is not joint action done
    ("Japan will act in coordination with the Netherlands.", ("JPN", "COOPERATE", "NLD")),
    ("Chile may join the US-led naval exercise next year.", ("CHL", "COOPERATE", "USA")),
    # an agreement advocated for is not made; a wish doubted is not voiced
    ("Lula advocated for a trade agreement between Japan and Brazil.", ("BRA", "AGREE", "JPN")),
    ("Analysts doubted Beijing's wish for Manila to withdraw the vessel.", ("CHN", "REQUEST", "PHL")),
    # "calls with" is a meeting, "calls on" a demand; dangerous manoeuvres are no exercise with anyone
    ("Ukraine rejected calls on it from Hungary to cede land.", ("UKR", "CONSULT", "HUN")),
    ("The exercise, involving attacks on Japan and Korea, was condemned.", ("JPN", "COOPERATE", "KOR")),
    # the one attacked is not the one condemned; the Pakistani Taliban are not Afghanistan
    ("Gulf states, including Qatar, condemned Israeli strikes on Syria.", ("QAT", "ACCUSE", "SYR")),
    ("Pakistani Taliban fighters accused Pakistan of killing civilians.", ("AFG", "ACCUSE", "PAK")),
    # review of this round's rules: talks still planned; groups beside a party; what is finalised "with"
    # another's approval or a closure; a visit by others elsewhere or still to come; one acted upon after
    # "called for"; a wish for another's process to be completed; members of a bloc at a summit; factions
    ("In talks with Canada next week, Washington plans to demand concessions on dairy.", ("USA", "CONSULT", "CAN")),
    ("During a visit to Beijing next month, Lula expects to sign several deals.", ("BRA", "CONSULT", "CHN")),
    ("Japan and Korean carmakers agreed to expand production.", ("JPN", "AGREE", "KOR")),
    ("Turkey and European leaders met in Istanbul.", ("TUR", "CONSULT", "EU")),
    ("Germany finalized the sale of the frigates with Norway's approval.", ("DEU", "AGREE", "NOR")),
    ("Finland finalized the border closure with Russia.", ("FIN", "AGREE", "RUS")),
    ("Macron said during a recent visit by Japanese officials to Africa that France would help.",
     ("FRA", "CONSULT", "JPN")),
    ("Armenia called for Azerbaijan to be sanctioned by the EU.", ("ARM", "REQUEST", "AZE")),
    ("Ankara expressed its desire for Sweden's accession to NATO to be completed.", ("TUR", "REQUEST", "SWE")),
    ("Critics, including Canada's opposition leader, condemned Trump's tariffs.", ("CAN", "ACCUSE", "USA")),
    ("Canada and its NATO allies agreed at a summit in The Hague to raise spending.", ("CAN", "CONSULT", "NATO")),
    ("Kenya brought together the rival factions of South Sudan in Nairobi.", ("KEN", "CONSULT", "SSD")),
    # a closure announced by analysts, or still to come, is no measure taken
    ("Analysts announced that the closure of the border with Mexico would hurt growth.", ("USA", "SANCTION", "MEX")),
    ("Ankara may announce the closure of its airspace to Israeli aircraft.", ("TUR", "SANCTION", "ISR")),
    # analysts' hypotheses warn no one
    ("Analysts said a Chinese blockade could trigger a response from Manila.", ("PHL", "THREATEN", "CHN")),
    # second review: the suspension of a ban or of duties eases; hostilities halted are no sanction; a closure
    # for maintenance, a "with" deeper in the phrase; a response a third party would make, or one denied;
    # praise of one's own deal; victims joined to an act condemned
    ("Tokyo confirmed the suspension of its ban on beef imports from the United States.", ("JPN", "SANCTION", "USA")),
    ("Cambodia announced the halting of hostilities with Thailand.", ("KHM", "SANCTION", "THA")),
    ("U.S. officials announced the closure of a border crossing with Mexico for maintenance work.",
     ("USA", "SANCTION", "MEX")),
    ("Serbia announced the suspension of arms exports in line with an agreement with the EU.", ("SRB", "SANCTION", "EU")),
    ("Trump said a Chinese attack on Taiwan would trigger a response from Japan.", ("JPN", "THREATEN", "CHN")),
    ("Japan denied that a Chinese attack on Taiwan would trigger a military response from Tokyo.",
     ("JPN", "THREATEN", "CHN")),
    ("Carney praised Canada's trade deal with Indonesia.", ("CAN", "SUPPORT", "IDN")),
    ("Turkey condemned the killing of Palestinian civilians and the blockade of Gaza.", ("TUR", "ACCUSE", "PSE")),
    # negation written onto the verb ("wouldn't"), or on the actor ("no U.S. delegation"); borders that meet;
    # a ship's visit
    ("Lula said that he wouldn't call Trump to talk about trade.", ("BRA", "CONSULT", "USA")),
    ("Lula said he didn't meet Xi in Beijing.", ("BRA", "CONSULT", "CHN")),
    ("In the end, no U.S. delegation attended the summit in Pretoria.", ("USA", "CONSULT", "ZAF")),
    ("No Canadian official met the Chinese delegation.", ("CAN", "CONSULT", "CHN")),
    ("The border area, where Thailand, Cambodia and Laos meet, has seen tensions rise.", ("THA", "CONSULT", "KHM")),
    ("Caracas said the visit of the USS Gravely, a US warship, to Trinidad was a provocation.",
     ("USA", "CONSULT", "VEN")),
    ("A Canadian frigate made a port visit to Manila.", ("CAN", "CONSULT", "PHL")),
    ("The EU stopped short of imposing sanctions on Israel.", ("EU", "SANCTION", "ISR")),
    ("Neither Canada nor Mexico signed the deal with the US.", ("MEX", "AGREE", "USA")),
    ("The exercise, involving troops from Poland and Germany, didn't go ahead this year.", ("POL", "COOPERATE", "DEU")),
    # a fact sheet of one side is no agreement
    ("The White House issued a fact sheet on the tariffs on Vietnam.", ("USA", "AGREE", "VNM")),
]


@pytest.mark.parametrize(("text", "key"), FOUND)
def test_construction_gives_its_event(text: str, key: tuple[str, str, str]) -> None:
    assert key in events_of(text)


@pytest.mark.parametrize(("text", "key"), NOT_FOUND)
def test_construction_does_not_give(text: str, key: tuple[str, str, str]) -> None:
    assert key not in events_of(text)


def test_excluding_firms_is_a_ban_not_a_threat() -> None:
    assert events_of("Ottawa excluded Chinese firms from the contracts.") == {("CAN", "SANCTION", "CHN")}


def test_last_years_acts_are_background_from_2025_on() -> None:
    # the labels' rule: events before 2025 told as history are reference points, later ones events
    text = "Beijing imposed 100% tariffs on Canadian canola oil in March 2025."
    assert ("CHN", "SANCTION", "CAN") in events_of(text, published="2026-03-01")
    assert ("CHN", "SANCTION", "CAN") not in events_of(text.replace("2025", "2024"), published="2025-03-01")
    assert ("FIN", "AGREE", "NATO") not in events_of("Finland became a member of NATO last year.",
                                                     published="2024-06-01")


def test_a_tariff_dated_after_the_article_is_a_threat_until_then() -> None:
    text = "Trump announced a 35% tariff on Brazilian goods starting August 1."
    assert ("USA", "THREATEN", "BRA") in events_of(text, published="2025-07-10")
    assert ("USA", "SANCTION", "BRA") not in events_of(text, published="2025-07-10")
    assert ("USA", "SANCTION", "BRA") in events_of(text, published="2025-08-05")


def test_a_dateline_names_its_country_after_an_unlisted_city() -> None:
    from diversify.news.dateline import dateline_country, dateline_end

    text = "BUSAN, South Korea -- President Donald Trump agreed on Thursday to cut tariffs."
    assert dateline_country(text) == "KOR"
    assert text[dateline_end(text):].lstrip(" -").startswith("President")
    assert dateline_country("NEW DELHI, May 7 (AP) — India said") == "IND"


def test_every_case_names_an_event_the_extractor_could_give() -> None:
    """An event is never aimed at its own source, so a case keyed that way could never fail."""
    assert all(key[0] != key[2] for _, key in FOUND + NOT_FOUND)


def test_a_relative_clause_keeps_its_own_time() -> None:
    # the tariffs were imposed last year (2024, history); the pressing is this year's act
    text = ("Wang Wentao met Sefcovic on Tuesday. Wang pressed Brussels to scrap the tariffs it imposed "
            "last year on Chinese-made electric vehicles.")
    assert ("CHN", "REQUEST", "EU") in events_of(text, "2025-05-08")
    assert ("CHN", "REQUEST", "EU") not in events_of("Wang pressed Brussels last year to scrap the tariffs.",
                                                     "2025-05-08")


def test_a_measures_level_is_no_act_in_the_phrase_rules() -> None:
    # the phrase rules alone (the parse reads the same sentence the same way)
    from news_helpers import analysed

    from diversify.news.events import fast_events

    assert not fast_events(analysed("Washington's tariffs on Chinese goods stood at 145% in April."))
    assert {e.key() for e in fast_events(analysed("Washington's tariffs on Chinese goods took effect in April."))} \
        == {("USA", "SANCTION", "CHN")}


@pytest.mark.parametrize(("text", "key"), [
    # a letter outlining measures for a later date; measures on goods from countries "including" one that
    # take effect after the article: threats, not yet imposed
    ("Trump on Wednesday released a letter outlining 35% tariffs against Canada, effective August 1.",
     ("USA", "THREATEN", "CAN")),
    ("Washington announced tariffs on several countries, including Laos and Myanmar, taking effect August 1.",
     ("USA", "THREATEN", "LAO")),
])
def test_measures_dated_after_the_article_are_threats(text: str, key: tuple[str, str, str]) -> None:
    found = events_of(text, "2025-07-10")
    assert key in found
    assert (key[0], "SANCTION", key[2]) not in found
