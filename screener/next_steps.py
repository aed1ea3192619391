"""What the reader can do next, in order, each step with the source that supports it.

Next steps are law too: the route, the deadline and the office depend on where the reader's case
stands, so each branch below follows the provision that governs it.
"""
from .citations import ISA_DEPARTURE_ORDER_URL, Citation, icrra
from .rule import MET, NOT_MET
from .special_permission import APPLICATION_PAGE, GUIDELINE_2009

HOUTERASU_MULTILINGUAL_URL = "https://www.houterasu.or.jp/site/english/multilingualinformationservice.html"
ISA_INFORMATION_CENTER_URL = "https://www.moj.go.jp/isa/consultation/center/index.html"
ISA_DEPORTATION_PROCEDURE_URL = "https://www.moj.go.jp/isa/deportation/procedures/tetuduki_taikyo_reisyo_00001.html"
# 行政事件訴訟法 (Act No. 139 of 1962), Art. 14: time limits for an action to revoke an order.
ACLA_ART14_URL = "https://laws.e-gov.go.jp/law/337AC0000000139#Mp-At_14"

ISA_DEPARTURE_ORDER = Citation("law.isa_departure_order", "article.page", ISA_DEPARTURE_ORDER_URL)
HOUTERASU = Citation("law.houterasu", "article.page", HOUTERASU_MULTILINGUAL_URL)

SOURCES: dict[str, Citation] = {
    # After the written deportation order
    "order_issued": Citation("law.acla", "article.article", ACLA_ART14_URL, (("article", "14"),)),
    "own_expense": icrra("52", para="4"),
    "own_expense_one_year": icrra("52", para="5"),
    "own_expense_one_year_if_first": icrra("52", para="5"),
    "order_to_leave": icrra("55-2"),
    # The 3-day limit after the finding, the hearing's judgment or the objection's result
    "three_days": icrra("47", para="5"),
    "do_not_sign": icrra("47", para="5"),
    "hearing_for_departure_order": icrra("48", para="7"),
    # Special permission to stay
    "valid_status": icrra("21"),
    "sp_come_forward": icrra("50", para="2"),
    "sp_apply": APPLICATION_PAGE,
    "sp_detained": APPLICATION_PAGE,
    "sp_before_order": icrra("50", para="3"),
    "sp_documents": APPLICATION_PAGE,
    "sp_children": APPLICATION_PAGE,
    "no_work": icrra("70"),
    # Departure order
    "go_to_bureau": icrra("24-3", "1"),
    "tell_officer_now": icrra("24-3", "1"),
    "bring_documents": ISA_DEPARTURE_ORDER,
    "ticket_later": ISA_DEPARTURE_ORDER,
    "get_passport_or_fare": icrra("24-3", "5"),
    "other_paths": Citation("law.isa_deportation_procedure", "article.page", ISA_DEPORTATION_PROCEDURE_URL),
    "came_forward_counts": GUIDELINE_2009,
    "find_out": ISA_DEPARTURE_ORDER,
    # Advice
    "advice_first": Citation("law.isa_information_center", "article.page", ISA_INFORMATION_CENTER_URL),
    "lawyer": HOUTERASU,
    "lawyer_now": HOUTERASU,
    "get_help": HOUTERASU,
}

# What each path costs, shown with the next steps; each line with its source.
COSTS: dict[str, Citation] = {
    "departure_order": ISA_DEPARTURE_ORDER,  # the ticket home, part of leaving promptly (Art. 24-3(v))
    "deportation": icrra("52", para="4"),  # permission to leave at one's own expense
    "advice": HOUTERASU,  # free consultation and legal aid
}


def _own_expense(a: dict) -> list[str]:
    """Art. 52(4)-(5): leaving at one's own expense; the 1-year decision only for a first-timer."""
    past = a["past_removal"]
    return ["own_expense"] + (["own_expense_one_year"] if past == "no" else
                              ["own_expense_one_year_if_first"] if past not in ("deported", "departure_order") else [])


def choose(a: dict, requirements: dict[str, tuple[str, str]], order_status: str, application: str) -> list[str]:
    """The next steps, in the order the reader should take them.

    - Written deportation order issued: court time limits (行政事件訴訟法 Art. 14), leaving at
      one's own expense (Art. 52(4)), the 1-year decision only for a first-timer (Art. 52(5)), the
      penalty-backed order to leave (Art. 55-2).
    - Told the inspector's finding: 3 days to ask for an oral hearing (Art. 48(1)); once the
      finding is accepted, 3 days to apply for special permission (Art. 47(5)); sign nothing first.
      A person who came forward before any investigation wishing to leave asks for the oral
      hearing to get a departure order (Art. 48(7), 55-85(1)).
    - Wants to stay: special permission is applied for from detention or supervision (Art. 50(2)),
      so a reader outside the procedure gets advice, then comes forward. A child without status
      needs an application of their own; for a child under 16 a parent or relative applies (ISA
      application page).
    - Wants to leave: under investigation, tell the officer on the case now (route (b), Art. 24-3
      item 1 ロ); otherwise come forward (route (a), イ). Lacking only a passport or the fare
      (item 5): get it, then come forward. Many facts unknown: anonymous advice first, because
      appearing at a bureau starts the case.

    Code: returns step ids; `requirements` maps each departure-order requirement id to its
    (status, reason).
    """
    told = a["finding_notified"] == "yes"
    under_investigation = a["investigation"] == "yes" and not told
    lawyer = "lawyer_now" if a["investigation"] == "yes" else "lawyer"  # before coming forward, or now
    if a["deportation_order"] == "yes":
        return ["order_issued", *_own_expense(a), "order_to_leave", lawyer, "get_help"]
    if a["wants_to_leave"] == "no":
        if application == "not_possible":
            return ["valid_status", "get_help"]
        documents = ["sp_documents"] + (["sp_children"] if a["children"] == "without_status" else [])
        if told:
            return ["three_days", "do_not_sign", *documents, lawyer, "get_help"]
        first = ("sp_come_forward" if a["investigation"] == "no" else
                 "sp_detained" if a["custody"] == "detained" else "sp_apply")
        return [first, "sp_before_order", *documents, lawyer, "no_work", "get_help"]
    if requirements["art24-3-1"] == (MET, "route_a_after_finding"):
        return ["hearing_for_departure_order", "do_not_sign", lawyer, "get_help"]
    if told:
        return ["three_days", "do_not_sign", *_own_expense(a), lawyer, "get_help"]
    tell_officer = ["tell_officer_now"] if under_investigation else []
    if order_status == "likely_eligible":
        return (tell_officer or ["go_to_bureau", "bring_documents"]) + ["ticket_later", "no_work", "get_help"]
    others = [status for rid, (status, _) in requirements.items() if rid != "art24-3-5"]
    if requirements["art24-3-5"][0] == NOT_MET and NOT_MET not in others:
        advice = ["get_help"] if all(s == MET for s in others) else ["advice_first"]
        return [*tell_officer, "get_passport_or_fare", *advice]  # route (b) closes at the finding: tell first
    if order_status == "not_eligible":
        came_forward = [] if a["investigation"] == "yes" else ["came_forward_counts"]
        return ["other_paths", *came_forward, lawyer, "get_help"]
    return [*tell_officer, "advice_first", "find_out"]
