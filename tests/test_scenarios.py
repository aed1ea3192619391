"""The scenario files under CPython, and the same files under Pyodide in Node, compared."""
import json
import shutil
import subprocess
from pathlib import Path

import pytest

import screener

from scenario_runner import load_cases, results_json, run_case
from screener import departure_order, special_permission
from screener.outcomes import reachable

HERE = Path(__file__).parent
SCENARIOS = sorted((HERE / "scenarios").glob("*.toml"))
CASES = load_cases(SCENARIOS)


def test_scenario_files_are_complete():
    assert CASES, "no scenarios found"
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)), "scenario names must be unique"
    for case in CASES:
        assert case.get("notes", "").strip(), f"{case['name']}: every case explains its legal reasoning"
        assert "departure_order" in case["expect"], f"{case['name']}: no expected status"


def test_every_outcome_the_rules_can_reach_has_a_scenario():
    """Found by running the rules (screener.outcomes): each requirement's and ground's findings,
    each application reason and bar status, each kind of ban and each factor."""
    results = [run_case(case) for case in CASES]
    seen = set()
    for result in results:
        permission = result["special_permission"]
        for item in result["departure_order"]["requirements"] + permission["grounds"]:
            seen.add((item["id"], item["status"], item["reason"]))
        seen |= {("application", permission["application_reason"]), ("bar", permission["statutory_bar"])}
        seen |= {("factor", f["id"]) for f in permission["positive_factors"] + permission["negative_factors"]}
        seen |= {("ban", b["path"], b["years"], b["unclear"]) for b in result["reentry_ban"]}
    reach = {(rule.id, f.status, f.reason) for rule in departure_order.REQUIREMENTS + special_permission.GROUNDS
             for f in reachable(rule.assess)}
    reach |= {("application", r) for r in reachable(
        lambda a: special_permission.application_reason(a, special_permission.application(a)))}
    reach |= {("bar", s) for s in reachable(special_permission.art50_1_proviso)}
    reach |= {("factor", f.id) for f in special_permission.POSITIVE_FACTORS + special_permission.NEGATIVE_FACTORS}
    reach |= {("ban", "departure_order", y, u) for y, u in ((1, False), (1, True), (None, False))}
    reach |= {("ban", "deportation", y, u) for y, u in ((5, False), (5, True), (10, False), (10, True), (None, False))}
    assert reach - seen == set(), f"no scenario reaches: {sorted(reach - seen, key=str)}"


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_scenario(case):
    result = run_case(case)
    order = result["departure_order"]
    assert order["status"] == case["expect"]["departure_order"]
    statuses = {r["id"]: r["status"] for r in order["requirements"]}
    for rid, expected in case["expect"].get("requirements", {}).items():
        assert statuses[rid] == expected, f"{rid}: {order['requirements']}"
    reasons = {r["id"]: r["reason"] for r in order["requirements"]}
    for rid, expected in case["expect"].get("reasons", {}).items():
        assert reasons[rid] == expected, rid
    assert result["lang"] == case.get("lang", "en")
    check_special_permission(result["special_permission"], case["expect"].get("special_permission", {}))
    if "reentry_ban" in case["expect"]:
        # TOML has no null: a ban with no number of years has no `years` key; `unclear` is checked
        # where the scenario states it
        expected = case["expect"]["reentry_ban"]
        bans = [{k: b[k] for k in ("path", "years", "no_time_limit", "unclear") if b[k] is not None and (
            k != "unclear" or "unclear" in e)} for b, e in zip(result["reentry_ban"], expected)]
        assert len(result["reentry_ban"]) == len(expected) and bans == expected
    if "next_steps" in case["expect"]:
        assert [step["id"] for step in result["next_step_details"]] == case["expect"]["next_steps"]


def check_special_permission(permission, expected):
    for key in ("application", "application_reason", "statutory_bar"):
        if key in expected:
            assert permission[key] == expected[key], key
    grounds = {g["id"]: g["status"] for g in permission["grounds"]}
    for gid, status in expected.get("grounds", {}).items():
        assert grounds[gid] == status, gid
    for side in ("positive_factors", "negative_factors"):
        if side in expected:  # the exact set of factors present
            assert sorted(f["id"] for f in permission[side]) == sorted(expected[side]), side


def test_pyodide_gives_the_same_results_as_cpython(wheel):
    node = shutil.which("node")
    assert node, "node is needed to run Pyodide (Node 18+)"
    done = subprocess.run(
        [node, str(HERE / "pyodide" / "run_scenarios.mjs"), str(wheel), str(wheel.parent / "python_stdlib.zip"),
         str(HERE / "scenario_runner.py"),
         *map(str, SCENARIOS)],
        capture_output=True, text=True, timeout=300, cwd=HERE.parent,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    under_pyodide = json.loads(done.stdout)
    under_cpython = json.loads(results_json(CASES))
    assert set(under_pyodide) == {f"{c['name']} [{lang}]" for c in CASES for lang in screener.LANGUAGES}
    # Byte for byte after normalisation.
    assert json.dumps(under_pyodide, sort_keys=True) == json.dumps(under_cpython, sort_keys=True)
