"""Self-check for people in Japan without a valid status of residence.

Public API (stable): questions(lang), evaluate(answers, lang), evaluate_json(payload),
InputError, LANGUAGES, RULES_VERSION. The rules exist only here; the website runs this same
package in the browser through Pyodide.
"""
from .errors import InputError
from .evaluate import evaluate, evaluate_json
from .languages import LANGUAGES
from .present import questions
from .version import RULES_VERSION

__version__ = RULES_VERSION
__all__ = ["LANGUAGES", "RULES_VERSION", "InputError", "evaluate", "evaluate_json", "questions"]
