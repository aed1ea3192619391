"""Scenario files (tests/scenarios/*.toml) read with the standard library only, so the very same
code runs under CPython (pytest) and under Pyodide (tests/pyodide/run_scenarios.mjs).

Each case: name, lang, notes (the legal reasoning and its source), answers, and expectations:
`departure_order` (overall status) and optionally `requirements` (id -> status).
"""
import json
from pathlib import Path


def load_cases(paths) -> list[dict]:
    import tomllib  # here, so that evaluating cases needs only what the screener itself imports

    cases = []
    for path in sorted(Path(p) for p in paths):
        with open(path, "rb") as f:
            for case in tomllib.load(f)["case"]:
                cases.append({**case, "file": path.name})
    return cases


def run_case(case: dict) -> dict:
    import screener  # here, so that reading the files does not need the screener

    return screener.evaluate(case["answers"], case.get("lang", "en"))


def results_json(cases: list[dict]) -> str:
    """Every case's result in every language, keyed "name [lang]", as canonical JSON (compared
    byte for byte)."""
    import screener

    results = {f"{case['name']} [{lang}]": screener.evaluate(case["answers"], lang)
               for case in cases for lang in screener.LANGUAGES}
    return json.dumps(results, ensure_ascii=False, sort_keys=True)
