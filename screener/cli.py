"""Command line: `python -m screener [--lang L]` asks the questions in the terminal;
`questions --lang L` prints them as JSON; `evaluate --lang L` reads answers JSON on stdin.

Bad input ends with exit status 2 and one line on stderr naming the problem.
"""
import argparse
import json
import sys

from .errors import InputError
from .evaluate import evaluate
from .languages import LANGUAGES, check_language
from .present import CatalogMissing, question, questions, text
from .questions import QUESTIONS, visible

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, not argparse's usage block
        raise InputError(message)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m screener", description=__doc__.split("\n")[0])
    parser.add_argument("command", nargs="?", choices=("ask", "questions", "evaluate"), default="ask")
    parser.add_argument("--lang", default="en", help=f"one of {', '.join(LANGUAGES)}")
    return parser


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, sort_keys=True)
    sys.stdout.write("\n")


def _read_answers(stream) -> object:
    text = stream.read()
    try:
        return json.loads(text)
    except ValueError as exc:
        raise InputError(f"answers on stdin are not valid JSON: {exc}") from None


def _ask(lang: str, stdin, stdout) -> dict:
    """Ask each question that applies; an empty reply means "I don't know"."""
    answers: dict[str, str] = {}
    for q in QUESTIONS:
        if visible(answers)[q.id] is None:
            continue
        rendered = question(q, lang)
        stdout.write(f"\n{rendered['text']}\n")
        if "help" in rendered:
            stdout.write(f"  ({rendered['help']})\n")
        for number, option in enumerate(rendered["options"], 1):
            stdout.write(f"  {number}. {option['label']}\n")
        while True:
            stdout.write(text(lang, "cli.prompt", n=len(rendered["options"])))
            stdout.flush()
            line = stdin.readline()
            if not line:
                raise InputError("input ended before the questions were answered")
            reply = line.strip()
            if not reply:
                break
            if reply.isdigit() and 1 <= int(reply) <= len(rendered["options"]):
                answers[q.id] = rendered["options"][int(reply) - 1]["value"]
                break
            stdout.write(text(lang, "cli.invalid") + "\n")
    return answers


def _print_result(result: dict, stdout) -> None:
    order = result["departure_order"]
    stdout.write(f"\n== {order['status_label']} ==\n{order['summary']}\n")
    for req in order["requirements"]:
        cite = req["citation"]
        stdout.write(f"\n[{req['status_label']}] {req['title']}\n  {req['explanation']}\n")
        stdout.write(f"  {cite['law']} {cite['article']}: {cite['url']}\n")
    stdout.write("\n")
    for number, step in enumerate(result["next_steps"], 1):
        stdout.write(f"{number}. {step}\n")


def main(argv: list[str] | None = None, stdin=None, stdout=None) -> int:
    stdin, stdout = stdin or sys.stdin, stdout or sys.stdout
    try:
        args = _parser().parse_args(argv)
        lang = check_language(args.lang)
        if args.command == "questions":
            _dump(questions(lang))
        elif args.command == "evaluate":
            _dump(evaluate(_read_answers(stdin), lang))
        else:
            _print_result(evaluate(_ask(lang, stdin, stdout), lang), stdout)
    except InputError as exc:
        sys.stderr.write(f"screener: error: {exc}\n")
        return EXIT_BAD_INPUT
    except CatalogMissing as exc:  # a checkout that was never built
        sys.stderr.write(f"screener: error: {exc}\n")
        return 1
    except KeyboardInterrupt:
        return 130
    return 0
