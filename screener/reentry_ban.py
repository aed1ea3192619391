"""Re-entry bans (上陸拒否): how long after leaving Japan a person is refused landing, per path.

ICRRA Art. 5(1) lists the grounds for refusing landing. Items 4 and 5 refuse landing with no time
limit, whatever path the person left by, a departure order included:

- item 4 (第四号): 「日本国又は日本国以外の国の法令に違反して、一年以上の拘禁刑又はこれに相当する刑に
  処せられたことのある者。ただし、政治犯罪により刑に処せられた者は、この限りでない。」 — sentenced,
  in Japan or abroad, to 1 year or more (a suspended sentence included in ISA practice);
- item 5 (第五号): convicted under the drug laws of Japan or another country (any penalty).

The periods that follow a departure are in item 9 (第九号): (ロ) 1 year for a deportee who obtained
the decision of Art. 52(5) and left by the date set; (ハ) 5 years after a first deportation;
(ニ) 10 years otherwise; (ホ) 1 year after leaving under a departure order; (ヘ) 5 years after a
departure order through route (b) of Art. 24-3 item 1, for a "Temporary Visitor" landing.

Art. 52(5) (the 1-year decision after leaving at one's own expense) is only for a person never
deported and never gone under a departure order, on application: a repeater is never offered it.
"""
from dataclasses import dataclass

from .citations import Citation, icrra
from .questions import DONT_KNOW
from .record import drug_conviction_anywhere, one_year_or_more_anywhere


def art5_1(item: str) -> Citation:
    return icrra("5", item, para="1")


ART52_5 = icrra("52", para="5")


def no_time_limit(a: dict) -> tuple[bool | None, str]:
    """Art. 5(1) items 4 and 5: (True, item) when one applies, (None, "") when the answers cannot
    tell, (False, "") when neither does. They apply after every path out of Japan."""
    drug, long_sentence = drug_conviction_anywhere(a), one_year_or_more_anywhere(a)
    if drug:
        return True, "5"
    if long_sentence:
        return True, "4"
    if drug is None or long_sentence is None:
        return None, ""
    return False, ""


@dataclass(frozen=True)
class Ban:
    path: str  # "departure_order" or "deportation"
    years: int | None  # None when there is no time limit
    no_time_limit: bool
    unclear: bool  # facts it depends on are unknown
    conditions: tuple[str, ...]  # message keys, in reading order
    citation: Citation


def _ban(a: dict, path: str, years: int, conditions: list[str], unclear: bool = False) -> Ban:
    """One path's ban: items 4 and 5 replace the years of item 9; facts not known make it unclear."""
    unlimited, item = no_time_limit(a)
    if unlimited:
        years, conditions = None, ["ban.no_limit"]
    elif unlimited is None:
        conditions = conditions[:1] + ["ban.could_be_no_limit"] + conditions[1:]
    return Ban(path, years, bool(unlimited), unlimited is None or (unclear and not unlimited),
               tuple(conditions), art5_1(item or "9"))


def departure_order_ban(a: dict, route_b: bool) -> Ban:
    """Art. 5(1)(ix)(ホ): 1 year; (ヘ): 5 years for a Temporary Visitor landing after route (b)."""
    conditions = ["ban.departure_order.one_year"]
    if route_b:
        conditions.append("ban.departure_order.route_b")
    return _ban(a, "departure_order", 1, conditions + ["ban.departure_order.not_a_right"])


def deportation_ban(a: dict) -> Ban:
    """Art. 5(1)(ix)(ハ) 5 years after a first deportation, (ニ) 10 years otherwise; (ロ) 1 year
    after the Art. 52(5) decision, which a repeater cannot get."""
    past = a["past_removal"]
    repeater = past in ("deported", "departure_order")
    conditions = ["ban.deportation.repeat" if repeater else "ban.deportation.first"]
    if past == DONT_KNOW:
        conditions.append("ban.deportation.unclear")
    if past == "no":
        conditions.append("ban.deportation.own_expense")
    elif past == DONT_KNOW:
        conditions.append("ban.deportation.own_expense_if_first")
    return _ban(a, "deportation", 10 if repeater else 5, conditions, unclear=past == DONT_KNOW)


def assess(a: dict, departure_order_open: bool, route_b: bool) -> list[Ban]:
    """One entry per path the reader could take: the departure order only while it is open."""
    bans = [departure_order_ban(a, route_b)] if departure_order_open else []
    return bans + [deportation_ban(a)]
