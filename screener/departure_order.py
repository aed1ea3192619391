"""Departure order (出国命令): who may leave Japan without detention under ICRRA Art. 24-3.

Each function implements one part of Art. 24-3 as in force since 2024-06-10 and quotes it. The
statute (出入国管理及び難民認定法 第二十四条の三) reads:

    第二十四条第二号の四、第四号ロ又は第六号から第七号までのいずれかに該当する外国人で次の各号の
    いずれにも該当するもの（以下「出国命令対象者」という。）については、同条の規定にかかわらず、
    次章第一節から第三節まで及び第五章の二に規定する手続により、出国を命ずるものとする。

    A foreign national who falls under Art. 24 item 2-4, item 4(b) or items 6 to 7 and under ALL of
    the following items ("a person subject to a departure order") is ordered to leave Japan through
    the procedure of Chapter V sections 1 to 3 and Chapter V-2, notwithstanding Art. 24.

Answers arrive normalised (answers.normalise): DONT_KNOW when shown but unanswered, None when the
question was not shown.
"""
from .citations import ISA_DEPARTURE_ORDER_URL, Citation, icrra
from .questions import DONT_KNOW
from .rule import MET, NOT_MET, UNKNOWN, Finding, Rule

OVERSTAY_AFTER_LANDING = ("expired", "cancelled", "special_landing")


def art24_3_ground(a: dict) -> Finding:
    """Art. 24-3 (lead sentence): the person must be an overstayer.

    「第二十四条第二号の四、第四号ロ又は第六号から第七号までのいずれかに該当する外国人」
    - item 4(b) 第四号ロ: stayed beyond the period of stay without renewal or change;
    - item 2-4 第二号の四: status cancelled, stayed beyond the period set for leaving;
    - items 6 to 6-4: stayed beyond a special landing permission (transit, crew, emergency…);
    - item 7 第七号: born in Japan or lost Japanese nationality, stayed beyond 60 days without
      getting a status.
    Illegal entry (item 1) and illegal landing (item 2) are not on the list.
    """
    how, stay = a["how_in_japan"], a["stay_status"]
    if how == "entered_illegally":
        return Finding(NOT_MET, "illegal_entry")
    if stay == "valid":
        return Finding(NOT_MET, "still_valid")
    if how == "landed_legally" and stay in OVERSTAY_AFTER_LANDING:
        return Finding(MET, "overstay")
    if how == "born_in_japan" and stay in OVERSTAY_AFTER_LANDING + ("never_had",):
        return Finding(MET, "overstay")
    if how == "landed_legally" and stay == "never_had":
        return Finding(UNKNOWN, "contradictory")
    return Finding(UNKNOWN, "unknown")


def art24_3_item1(a: dict) -> Finding:
    """Art. 24-3 item 1, as amended by Act No. 56 of 2023 (in force 2024-06-10). ISA's summary:

    ア 入国警備官の違反調査の開始前に、速やかに日本から出国する意思をもって自ら出入国在留管理官署に
      出頭したこと
    イ 入国警備官の違反調査の開始後、入国審査官の違反審査により退去強制事由に該当する旨の通知を受ける
      前に、速やかに出国する意思があることを入国審査官又は入国警備官に表明したこと

    (a) came to an immigration office of their own accord, intending to leave promptly, before an
    immigration control officer began a violation investigation; or (b, new in 2024) after the
    investigation began, told an immigration inspector or control officer that they intend to leave
    promptly, before being notified of the inspector's finding that they fall under a deportation
    ground. A written deportation order comes after that finding, so it closes both routes.
    """
    wants, began, notified = a["wants_to_leave"], a["investigation"], a["finding_notified"]
    if wants == "no":
        return Finding(NOT_MET, "wants_to_stay")
    if notified == "yes" or a["deportation_order"] == "yes":
        return Finding(NOT_MET, "too_late")
    if wants == DONT_KNOW:
        return Finding(UNKNOWN, "undecided")
    if began == "no":
        return Finding(MET, "route_a")
    if began == "yes" and notified == "no":
        return Finding(MET, "came_forward" if a["investigation_start"] == "came_forward" else "route_b")
    return Finding(UNKNOWN, "unknown")


def route_b_possible(a: dict) -> bool:
    """Whether a departure order would come through route (b) of item 1, which makes the later
    re-entry ban 5 years for a "Temporary Visitor" landing (ISA leaflet, 2024). Someone who came
    forward of their own accord may be under route (a): only route (b) is certain when caught."""
    return a["investigation"] == "yes" and a["investigation_start"] != "came_forward"


def art24_3_item2(a: dict) -> Finding:
    """Art. 24-3 item 2: no deportation ground other than the overstay.

    「第二十四条第三号から第三号の五まで、第四号ハからヨまで、第八号又は第九号のいずれにも該当しない
    こと。」

    Among the grounds of Art. 24 item 4 named there: a conviction under the drug laws (a fine
    included), and a sentence of life or more than one year of imprisonment (a fully suspended
    sentence excepted). The other grounds are asked about together (trafficking in drugs or guns,
    prostitution business, helping illegal entry or illegal work, forged documents).
    """
    sentence, offence, length = a["sentence"], a["offence"], a["sentence_length"]
    if sentence != "none" and offence == "drug":
        return Finding(NOT_MET, "drug")
    if sentence == "served" and length == "over_1y":
        return Finding(NOT_MET, "over_1y")
    if a["other_grounds"] == "yes":
        return Finding(NOT_MET, "other_ground")
    if sentence == DONT_KNOW or a["other_grounds"] == DONT_KNOW:
        return Finding(UNKNOWN, "unknown")
    if sentence != "none" and offence == DONT_KNOW:
        return Finding(UNKNOWN, "offence_unknown")
    if sentence == "served" and length == DONT_KNOW:
        return Finding(UNKNOWN, "length_unknown")
    return Finding(MET, "none")


def art24_3_item3(a: dict) -> Finding:
    """Art. 24-3 item 3: no sentence of imprisonment in Japan for a listed offence.

    「本邦に入つた後に、刑法第二編第十二章、第十六章から第十九章まで、第二十三章、第二十六章、
    第二十七章、第三十一章、第三十三章、第三十六章、第三十七章若しくは第三十九章の罪、暴力行為等
    処罰に関する法律第一条、第一条ノ二若しくは第一条ノ三（刑法第二百二十二条又は第二百六十一条に
    係る部分を除く。）の罪、盗犯等の防止及び処分に関する法律の罪、特殊開錠用具の所持の禁止等に
    関する法律第十五条若しくは第十六条の罪又は自動車の運転により人を死傷させる行為等の処罰に関する
    法律第二条若しくは第六条第一項の罪により懲役又は禁錮に処せられたものでないこと。」
    (懲役又は禁錮 is now 拘禁刑.) Since entering Japan, not sentenced to imprisonment for: trespass,
    forgery (currency, documents, securities, card records, seals), gambling, homicide, injury,
    unlawful confinement, kidnapping and trafficking, theft and robbery, fraud and extortion, stolen
    property, the listed violence offences, special unlocking tools, dangerous driving. A fine is not
    imprisonment; a suspended sentence is a sentence of imprisonment.
    """
    sentence, offence = a["sentence"], a["offence"]
    if sentence in ("none", "fine"):
        return Finding(MET, "no_imprisonment")
    if sentence == DONT_KNOW:
        return Finding(UNKNOWN, "unknown")
    if offence == "listed":
        return Finding(NOT_MET, "listed")
    if offence == DONT_KNOW:
        return Finding(UNKNOWN, "offence_unknown")
    return Finding(MET, "not_listed")


def art24_3_item4(a: dict) -> Finding:
    """Art. 24-3 item 4: never deported, never left under a departure order.

    「過去に本邦からの退去を強制されたこと又は第五十五条の三第一項の規定による出国命令により出国した
    ことがないこと。」 A departure order can be used once in a lifetime.
    """
    past = a["past_removal"]
    if past == "no":
        return Finding(MET, "first_time")
    if past in ("deported", "departure_order"):
        return Finding(NOT_MET, past)
    return Finding(UNKNOWN, "unknown")


def art24_3_item5(a: dict) -> Finding:
    """Art. 24-3 item 5: departure must be certain.

    「速やかに本邦から出国することが確実と見込まれること。」 It is expected with certainty that the
    person will leave Japan promptly: in practice a passport or travel document and the fare.
    """
    passport, fare = a["passport"], a["fare"]
    if passport == "no":
        return Finding(NOT_MET, "no_passport")
    if fare == "no":
        return Finding(NOT_MET, "no_fare")
    if passport in ("yes", "can_get") and fare == "yes":
        return Finding(MET, "ready")
    return Finding(UNKNOWN, "unknown")


REQUIREMENTS: tuple[Rule, ...] = (
    Rule("art24-3-ground", icrra("24-3"), art24_3_ground),
    Rule("art24-3-1", icrra("24-3", "1"), art24_3_item1),
    Rule("art24-3-2", icrra("24-3", "2"), art24_3_item2),
    Rule("art24-3-3", icrra("24-3", "3"), art24_3_item3),
    Rule("art24-3-4", icrra("24-3", "4"), art24_3_item4),
    Rule("art24-3-5", icrra("24-3", "5"), art24_3_item5),
)

# ISA's own explanation of the system, cited beside the statute in the result.
ISA_OVERVIEW = Citation("law.isa_departure_order", "article.page", ISA_DEPARTURE_ORDER_URL)


def overall(statuses: list[str]) -> str:
    """likely_eligible only when every requirement is met; not_eligible when any is not met."""
    if NOT_MET in statuses:
        return "not_eligible"
    if all(s == MET for s in statuses):
        return "likely_eligible"
    return "unclear"


def assess(answers: dict, lang: str) -> dict:
    requirements = [rule.render(answers, lang) for rule in REQUIREMENTS]
    return {"status": overall([r["status"] for r in requirements]), "requirements": requirements}
