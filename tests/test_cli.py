"""`python -m screener`: interactive, questions, evaluate; every bad input exits 2 with one line."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

import screener

ROOT = Path(__file__).resolve().parent.parent


def run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "screener", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, timeout=30)


def test_questions_as_json():
    done = run("questions", "--lang", "ja")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == screener.questions("ja")


def test_evaluate_from_stdin():
    answers = {"how_in_japan": "landed_legally", "stay_status": "expired"}
    done = run("evaluate", "--lang", "vi", stdin=json.dumps(answers))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == screener.evaluate(answers, "vi")


@pytest.mark.parametrize("args, stdin, message", [
    (["evaluate"], "{not json", "answers on stdin are not valid JSON"),
    (["evaluate"], '{"nope": "yes"}', "unknown question 'nope'"),
    (["evaluate"], '{"fare": "maybe"}', "question 'fare' has no option 'maybe'"),
    (["evaluate"], '{"finding_notified": "no"}', "question 'finding_notified' does not apply"),
    (["evaluate", "--lang", "fr"], "{}", "unknown language 'fr'"),
    (["questions", "--lang", "xx"], "", "unknown language 'xx'"),
    (["frobnicate"], "", "invalid choice: 'frobnicate'"),
    (["--colour"], "", "unrecognized arguments: --colour"),
])
def test_bad_input_exits_2_with_one_line(args, stdin, message):
    done = run(*args, stdin=stdin)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert lines[0].startswith("screener: error: ") and message in lines[0]


def test_interactive_session():
    # how_in_japan: 1 landed legally; stay_status: 1 expired; then Enter (I don't know) for the rest.
    done = run("--lang", "en", stdin="1\n1\n" + "\n" * 60)
    assert done.returncode == 0, done.stderr
    assert "How did you come to be in Japan?" in done.stdout
    assert "Has an immigration inspector" not in done.stdout, "show_if: finding asked only after yes"
    expected = screener.evaluate({"how_in_japan": "landed_legally", "stay_status": "expired"})
    assert expected["departure_order"]["status_label"] in done.stdout


def test_interactive_reasks_after_a_bad_reply_and_follows_show_if():
    # 9 is not an option; then landed legally, expired, (years: don't know), wants to leave, and
    # investigation = yes, which shows the question about the inspector's finding
    stdin = "9\n1\n1\n\n1\n2\n" + "\n" * 60
    done = run(stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert "Please type one of the numbers shown." in done.stdout
    assert "Has an immigration inspector" in done.stdout


def test_interactive_input_ending_early_exits_2():
    done = run(stdin="1\n")
    assert done.returncode == 2
    assert done.stderr.strip() == "screener: error: input ended before the questions were answered"
