"""Re-entry bans (上陸拒否): how long after leaving Japan a person is refused landing, per path.

ICRRA Art. 5(1) lists the grounds for refusing landing; the periods that follow a departure
are in item 9 (第五条第一項第九号), and items 4 and 5 refuse landing with no time limit:

- item 4 (第四号): 「日本国又は日本国以外の国の法令に違反して、一年以上の拘禁刑又はこれに相当する刑に
  処せられたことのある者」 — sentenced, in Japan or abroad, to imprisonment of one year or more
  (a suspended sentence included; political offences excepted);
- item 5 (第五号): convicted under the drug laws of Japan or another country (any penalty);
- item 9: 1 year after leaving under a departure order; 5 years after deportation; 10 years after
  a second deportation or after deportation of someone who had left under a departure order.

Since 2024-06-10 (Act No. 56 of 2023): after a departure order given under route (b) of Art. 24-3
item 1, the ban is 5 years for a landing as "Temporary Visitor" (ISA leaflet, 2024); and some
deportees who leave at their own expense can obtain a decision that their ban is 1 year (ISA
overview of the amendment). The details of the latter were not confirmed on an ISA page, so the
result describes it as a possibility to ask about, never as a ban length.
"""
from .catalog import translate
from .citations import ISA_DEPARTURE_ORDER_LEAFLET_URL, Citation, icrra
from .questions import DONT_KNOW

def art5_1(item: str) -> Citation:
    return icrra("5", item, para="1")


LEAFLET = Citation("law.isa_departure_order_leaflet", "article.page", ISA_DEPARTURE_ORDER_LEAFLET_URL)


def no_time_limit(a: dict) -> bool | None:
    """Art. 5(1) items 4 and 5. None when the answers cannot tell."""
    sentence, offence, length = a["sentence"], a["offence"], a["sentence_length"]
    if sentence in ("fine", "suspended", "served") and offence == "drug":
        return True
    if sentence in ("suspended", "served") and length in ("exactly_1y", "over_1y"):
        return True  # one year OR MORE, suspended included
    if sentence == DONT_KNOW:
        return None
    if sentence in ("fine", "suspended", "served") and offence == DONT_KNOW:
        return None
    if sentence in ("suspended", "served") and length == DONT_KNOW:
        return None
    return False


def deportation_ban(a: dict, lang: str) -> dict:
    unlimited = no_time_limit(a)
    repeater = a["past_removal"] in ("deported", "departure_order")
    if unlimited:
        years, reason, citation = None, "no_limit", art5_1("4" if a["offence"] != "drug" else "5")
    else:
        years, reason, citation = (10, "repeat", art5_1("9")) if repeater else (5, "first", art5_1("9"))
    unclear = unlimited is None or (not unlimited and a["past_removal"] == DONT_KNOW)
    conditions = [translate(lang, f"ban.deportation.{reason}")]
    if unclear:
        conditions.append(translate(lang, "ban.deportation.unclear"))
    if not unlimited:
        conditions.append(translate(lang, "ban.deportation.own_expense"))
    return {
        "path": "deportation",
        "title": translate(lang, "ban.deportation.title"),
        "years": years,
        "no_time_limit": bool(unlimited),
        "unclear": unclear,
        "conditions": " ".join(conditions),
        "citation": citation.render(lang),
    }


def departure_order_ban(a: dict, lang: str, route_b: bool) -> dict:
    conditions = [translate(lang, "ban.departure_order.one_year")]
    if route_b:
        conditions.append(translate(lang, "ban.departure_order.route_b"))
    conditions.append(translate(lang, "ban.departure_order.not_a_right"))
    return {
        "path": "departure_order",
        "title": translate(lang, "ban.departure_order.title"),
        "years": 1,
        "no_time_limit": False,
        "unclear": False,
        "conditions": " ".join(conditions),
        "citation": LEAFLET.render(lang) if route_b else art5_1("9").render(lang),
    }


def assess(a: dict, lang: str, departure_order_open: bool, route_b: bool) -> list[dict]:
    """One entry per path the reader could take: the departure order only while it is open."""
    bans = [departure_order_ban(a, lang, route_b)] if departure_order_open else []
    return bans + [deportation_ban(a, lang)]
