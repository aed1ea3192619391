"""Next steps are law too: each branch of screener.next_steps.choose has a scenario, and the
steps a reader in each situation gets follow the provision that governs it (issue #9)."""
from pathlib import Path

import screener
from scenario_runner import load_cases
from screener.next_steps import SOURCES

CASES = load_cases(sorted((Path(__file__).parent / "scenarios").glob("*.toml")))


def steps(answers):
    return [s["id"] for s in screener.evaluate(answers)["next_step_details"]]


def test_every_next_step_is_reached_by_a_scenario_that_states_it():
    stated = {step for case in CASES for step in case["expect"].get("next_steps", [])}
    assert stated == set(SOURCES), f"no scenario states: {set(SOURCES) - stated}"


def test_a_reader_told_the_finding_always_hears_of_the_three_days():
    """Art. 47(5), 48(1): wherever the reader said they were told the finding and no written
    deportation order exists, the result names the 3-day limit and warns against signing."""
    for case in CASES:
        a = case["answers"]
        if a.get("finding_notified") == "yes" and a.get("deportation_order") != "yes":
            got = steps(a)
            assert "do_not_sign" in got, case["name"]
            assert {"three_days", "hearing_for_departure_order"} & set(got), case["name"]


def test_someone_under_investigation_is_never_sent_to_a_bureau():
    """Route (b) (Art. 24-3 item 1 ロ) is made to the officer on the case."""
    for case in CASES:
        if case["answers"].get("investigation") == "yes":
            assert "go_to_bureau" not in steps(case["answers"]), case["name"]


def test_the_one_year_decision_is_never_offered_to_a_repeater():
    """Art. 52(5) is only for people never deported nor gone under a departure order."""
    for past in ("deported", "departure_order"):
        result = screener.evaluate({"investigation": "yes", "deportation_order": "yes", "past_removal": past})
        assert not {"own_expense_one_year", "own_expense_one_year_if_first"} & set(steps(
            {"investigation": "yes", "deportation_order": "yes", "past_removal": past}))
        deportation = result["reentry_ban"][-1]
        assert "52(5)" not in deportation["conditions"]


def test_a_reader_outside_the_procedure_is_told_applying_comes_after_coming_forward():
    """Art. 50(2): the application is made from detention or supervision."""
    result = screener.evaluate({"wants_to_leave": "no", "investigation": "no"})
    permission = result["special_permission"]
    assert permission["application"] == "possible"
    assert permission["application_label"] == "Possible after coming forward"
    ja = screener.evaluate({"wants_to_leave": "no", "investigation": "no"}, "ja")["special_permission"]
    assert ja["application_label"] != "Possible after coming forward"
