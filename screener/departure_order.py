"""Departure order (出国命令): who may leave Japan without detention under ICRRA Art. 24-3.

Each function implements one part of Art. 24-3 as in force since 2024-06-10 and quotes it. The
statute (出入国管理及び難民認定法 第二十四条の三) reads:

    第二十四条第二号の四、第四号ロ又は第六号から第七号までのいずれかに該当する外国人で次の各号の
    いずれにも該当するもの（以下「出国命令対象者」という。）については、同条の規定にかかわらず、
    次章第一節から第三節まで及び第五章の三に規定する手続により、出国を命ずるものとする。

    A foreign national who falls under Art. 24 item 2-4, item 4(b) or items 6 to 7 and under ALL of
    the following items ("a person subject to a departure order") is ordered to leave Japan through
    the procedure of Chapter V sections 1 to 3 and Chapter V-3 (Arts. 55-84 to 55-88, numbered
    55-2 to 55-6 before 2024-06-10), notwithstanding Art. 24.

Code: answers arrive normalised (answers.normalise): DONT_KNOW when shown but unanswered, None when the
question was not shown.
"""
from .citations import ISA_DEPARTURE_ORDER_URL, Citation, icrra
from .questions import DONT_KNOW, IMPRISONED
from .record import more_than_one_year_not_suspended, offence_is
from .rule import MET, NOT_MET, UNKNOWN, Finding, Rule

OVERSTAY_AFTER_LANDING = ("expired", "cancelled", "special_landing")


def art24_3_ground(a: dict) -> Finding:
    """Art. 24-3 (lead sentence): the person must be an overstayer.

    「第二十四条第二号の四、第四号ロ又は第六号から第七号までのいずれかに該当する外国人」
    - item 4(b) 第四号ロ: stayed beyond the period of stay without renewal or change;
    - item 2-4 第二号の四: status cancelled, stayed beyond the period set for leaving;
    - item 6: stayed beyond a special landing permission (port of call, transit, crew,
      emergency…); item 6-2 「船舶観光上陸の許可を受けた者で、…帰船することなく逃亡したもの」: a
      cruise-ship passenger who did not return to the ship; items 6-3 and 6-4: did not leave (or
      return to the ship) within the period set when such a permission was revoked;
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


def came_forward_to_leave(a: dict) -> bool | None:
    """Whether a reader in the procedure started it by coming forward wishing to leave (route (a)).
    Coming forward to ask to stay is not route (a) (legal-errata C)."""
    start = a["investigation_start"]
    if start == "caught":
        return False
    if start == "came_forward":
        return {"to_leave": True, "to_stay": False}.get(a["came_forward_intent"])
    return None


def art24_3_item1(a: dict) -> Finding:
    """Art. 24-3 item 1, as amended by Act No. 56 of 2023 (in force 2024-06-10):

    「次のイ又はロのいずれかに該当する者であること。
    イ 第二十七条の規定による違反調査の開始前に、速やかに本邦から出国する意思をもつて自ら出入国
      在留管理官署に出頭した者であること。
    ロ 第二十七条の規定による違反調査の開始後、第四十七条第三項の規定による通知を受ける前に、
      入国審査官又は入国警備官に対して速やかに本邦から出国する意思がある旨を表明した者である
      こと。」

    (a) came to an immigration office of their own accord, intending to leave promptly, before a
    violation investigation began; or (b) after it began, told an immigration inspector or control
    officer that they intend to leave promptly, before the Art. 47(3) notice of the inspector's
    finding. Only route (b) closes at that notice: a route (a) person found deportable can still be
    found a departure-order person at the oral hearing (Art. 48(7)) or on objection (Art. 49(5)),
    and the chief inspector must then order departure (Art. 55-85(1)). The written deportation
    order closes both.
    """
    wants, began, notified = a["wants_to_leave"], a["investigation"], a["finding_notified"]
    if wants == "no":
        return Finding(NOT_MET, "wants_to_stay")
    if a["deportation_order"] == "yes":
        return Finding(NOT_MET, "order_issued")
    route_a = came_forward_to_leave(a)
    if notified == "yes":
        if route_a is False:
            return Finding(NOT_MET, "too_late")
        if route_a is None:
            return Finding(UNKNOWN, "after_finding_unknown")
    if wants == DONT_KNOW:
        return Finding(UNKNOWN, "undecided")
    if notified == "yes":
        return Finding(MET, "route_a_after_finding")
    if began == "no":
        return Finding(MET, "route_a")
    if began == "yes" and notified == "no":
        if route_a:
            return Finding(MET, "came_forward_to_leave")
        return Finding(MET, "came_forward" if a["investigation_start"] == "came_forward" and route_a is None
                       else "route_b")
    return Finding(UNKNOWN, "unknown")


def route_b_possible(a: dict) -> bool:
    """Whether a departure order could come through route (b) of item 1, after which the re-entry
    ban for a "Temporary Visitor" landing is 5 years (Art. 5(1)(ix)(ヘ))."""
    return a["investigation"] == "yes" and came_forward_to_leave(a) is not True


def art24_3_item2(a: dict) -> Finding:
    """Art. 24-3 item 2: no deportation ground other than the overstay.

    「第二十四条第三号から第三号の五まで、第四号ハからヨまで、第八号又は第九号のいずれにも該当しない
    こと。」

    Among the grounds named there: forging, using, holding, giving or receiving a forged or another
    person's residence card (item 3-5); 4ニ 「旅券法…第二十三条第一項（第六号を除く。）から第三項までの
    罪により刑に処せられた者」 and 4ホ 「第七十四条から第七十四条の六の三まで又は第七十四条の八の罪により
    刑に処せられた者」 (Passport Act and smuggling offences, any penalty); 4ヘ 「第七十三条の罪により
    拘禁刑に処せられた者」 (even suspended); 4チ a conviction under the drug laws 「有罪の判決を受けた
    者」 (a fine included); 4リ life or more than one year of 拘禁刑 not fully suspended (for a partly
    suspended sentence, an unsuspended part of more than one year). Unlike Art. 5(1)(iv), item 4リ
    does not say whether a sentence under foreign law counts, so one is not guessed at. The other grounds (trafficking in persons, the
    prostitution business, helping illegal entry, facilitating illegal work, terrorism, forging
    documents for others…) are asked about together. Grounds not on the list, such as working
    without permission with no sentence (4イ), do not exclude.
    """
    if a["false_document_kind"] == "residence_card":
        return Finding(NOT_MET, "residence_card")
    for kind in ("drug", "passport_act", "smuggling"):
        if offence_is(a, kind):
            return Finding(NOT_MET, kind)
    if offence_is(a, "unauthorised_work") and a["sentence"] in IMPRISONED:
        return Finding(NOT_MET, "unauthorised_work")
    if more_than_one_year_not_suspended(a):
        return Finding(NOT_MET, "over_1y")
    if a["other_grounds"] == "yes":
        return Finding(NOT_MET, "other_ground")
    if a["sentence"] == DONT_KNOW or a["other_grounds"] == DONT_KNOW or a["false_documents"] == DONT_KNOW:
        return Finding(UNKNOWN, "unknown")
    if a["false_document_kind"] == DONT_KNOW:
        return Finding(UNKNOWN, "document_kind_unknown")
    if offence_is(a, "drug") is None:
        return Finding(UNKNOWN, "offence_unknown")
    if more_than_one_year_not_suspended(a) is None:
        return Finding(UNKNOWN, "length_unknown")
    if a["foreign_sentence"] == "1y_or_more":
        return Finding(UNKNOWN, "foreign_sentence")  # 4リ does not say whether it counts
    return Finding(MET, "none")


def art24_3_item3(a: dict) -> Finding:
    """Art. 24-3 item 3: no sentence of 拘禁刑 after entering Japan for a listed offence.

    「本邦に入つた後に、刑法第二編第十二章、第十六章から第十九章まで、第二十三章、第二十六章、
    第二十七章、第三十一章、第三十三章、第三十六章、第三十七章若しくは第三十九章の罪、暴力行為等
    処罰に関する法律第一条、第一条ノ二若しくは第一条ノ三（刑法第二百二十二条又は第二百六十一条に
    係る部分を除く。）の罪、盗犯等の防止及び処分に関する法律の罪、特殊開錠用具の所持の禁止等に
    関する法律第十五条若しくは第十六条の罪、自動車の運転により人を死傷させる行為等の処罰に関する
    法律第二条若しくは第六条第一項の罪又は盗難特定金属製物品の処分の防止等に関する法律第二十二条の
    罪により拘禁刑に処せられたものでないこと。」

    Since entering Japan, not sentenced to 拘禁刑 for: trespass, forgery (currency, documents,
    securities, card records, seals), gambling, homicide, injury, unlawful confinement, kidnapping
    and trafficking, theft and robbery, fraud and extortion, stolen property, the listed violence
    offences, special unlocking tools, dangerous driving, and (since 2025) carrying a designated
    cutting tool. A fine is not 拘禁刑; a suspended sentence is. Whether a sentence during an earlier
    stay counts as 「本邦に入つた後」 is not settled, so it is not guessed at.
    """
    sentence, offence = a["sentence"], a["offence"]
    if sentence in ("none", "fine"):
        return Finding(MET, "no_imprisonment")
    if sentence == DONT_KNOW:
        return Finding(UNKNOWN, "unknown")
    if offence == DONT_KNOW:
        return Finding(UNKNOWN, "offence_unknown")
    if offence != "listed":
        return Finding(MET, "not_listed")
    if a["sentence_when"] == "this_stay":
        return Finding(NOT_MET, "listed")
    return Finding(UNKNOWN, "earlier_stay" if a["sentence_when"] == "earlier_stay" else "when_unknown")


def art24_3_item4(a: dict) -> Finding:
    """Art. 24-3 item 4: never deported, never left under a departure order.

    「過去に本邦からの退去を強制されたこと又は第五十五条の八十五第一項の規定による出国命令により
    出国したことがないこと。」 A departure order can be used once in a lifetime.
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


def assess(a: dict) -> tuple[str, list[tuple[Rule, Finding]]]:
    """The overall status and each requirement's finding, in the statute's order."""
    findings = [(rule, rule.assess(a)) for rule in REQUIREMENTS]
    return overall([finding.status for _, finding in findings]), findings
