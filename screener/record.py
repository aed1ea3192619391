"""Facts about a reader's criminal record that several provisions read in the same way.

Each function answers one question the statute asks about sentences, from the answers to the
`sentence`, `offence`, `sentence_length`, `unsuspended_part` and `foreign_sentence` questions:
True, False, or None when the answers cannot tell. The provisions that use them quote the law.
"""
from .questions import CONVICTED, DONT_KNOW, IMPRISONED

ONE_YEAR_OR_MORE = ("exactly_1y", "over_1y")


def offence_is(a: dict, kind: str) -> bool | None:
    """Whether a Japanese conviction is of `kind` (an option of the `offence` question).
    The question asks for the first kind on its list that applies to any conviction, and the
    kinds that exclude the departure order by themselves come first."""
    if a["sentence"] == DONT_KNOW or (a["sentence"] in CONVICTED and a["offence"] == DONT_KNOW):
        return None
    return a["sentence"] in CONVICTED and a["offence"] == kind


def more_than_one_year_not_suspended(a: dict) -> bool | None:
    """Art. 24 item 4リ and the Art. 50(1) proviso: life or more than one year of 拘禁刑, except a
    fully suspended sentence and a partly suspended one whose unsuspended part is one year or less
    (「刑の全部の執行猶予の言渡しを受けた者及び刑の一部の執行猶予の言渡しを受けた者であつてその刑の
    うち執行が猶予されなかつた部分の期間が一年以下のもの」)."""
    sentence, length = a["sentence"], a["sentence_length"]
    if sentence in ("none", "fine", "suspended"):
        return False
    if sentence == "served":
        return None if length == DONT_KNOW else length == "over_1y"
    if sentence == "partly_suspended":
        if a["unsuspended_part"] == "over_1y":
            return True
        if a["unsuspended_part"] == "1y_or_less" or length in ("under_1y", "exactly_1y"):
            return False
    return None


def one_year_or_more_anywhere(a: dict) -> bool | None:
    """Art. 5(1)(iv): ever sentenced, under Japanese or foreign law, to one year or more of 拘禁刑
    or an equivalent penalty. The whole sentence counts, suspended or not (ISA practice; the
    statute says 「処せられた」, sentenced)."""
    if a["foreign_sentence"] == "1y_or_more":
        return True
    in_japan: bool | None
    if a["sentence"] in ("none", "fine"):
        in_japan = False
    elif a["sentence"] in IMPRISONED and a["sentence_length"] != DONT_KNOW:
        in_japan = a["sentence_length"] in ONE_YEAR_OR_MORE
    elif a["sentence"] == "partly_suspended" and a["unsuspended_part"] == "over_1y":
        in_japan = True
    else:
        in_japan = None
    if in_japan:
        return True
    if in_japan is None or a["foreign_sentence"] == DONT_KNOW:
        return None
    return False


def drug_conviction_anywhere(a: dict) -> bool | None:
    """Art. 5(1)(v): ever convicted under the drug laws of Japan or another country, any penalty."""
    in_japan = offence_is(a, "drug")
    if in_japan or a["foreign_sentence"] == "drug":
        return True
    if in_japan is None or a["foreign_sentence"] == DONT_KNOW:
        return None
    return False
