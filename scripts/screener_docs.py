"""The rule book and the printable checklist, generated at build time from the screener package.

Both are made from the rules themselves (their docstrings, citations and every outcome they can
reach), so they cannot drift from what the self-check does. They need no JavaScript.
"""
import inspect
from functools import cache
from html import escape

import screener
from screener import departure_order, next_steps, reentry_ban, special_permission
from screener.messages import MESSAGES
from screener.present import citation as cite
from screener.present import text
from screener.outcomes import questions_read, reachable
from screener.questions import BY_ID, DONT_KNOW, QUESTIONS, visible

STATUS_ORDER = {"met": 0, "not_met": 1, "unknown": 2}


def _link(citation: dict) -> str:
    return f'<a href="{escape(citation["url"])}">{escape(citation["law"])} {escape(citation["article"])}</a>'


def _option(lang: str, question: str, value: str) -> str:
    return text(lang, "opt.dont_know" if value == DONT_KNOW else f"q.{question}.{value}")


def _clause(lang: str, clause) -> str:
    options = " / ".join(_option(lang, clause.question, v) for v in clause.values)
    return f"{escape(text(lang, f'q.{clause.question}.text'))} → {escape(options)}"


def _outcomes(lang: str, rule, box: str = "") -> str:
    """Each reachable outcome of a rule: its status and the explanation the reader would get."""
    items = sorted(reachable(rule.assess), key=lambda f: STATUS_ORDER[f.status])
    return "<ul>" + "".join(
        f'<li data-status="{f.status}">{box}<strong>{escape(text(lang, f"status.{f.status}"))}:</strong> '
        f'{escape(text(lang, f"{rule.id}.{f.reason}"))}</li>'
        for f in items) + "</ul>"


def _quote(obj) -> str:
    """The statute a rule implements, from its docstring; paragraphs starting "Code:" are notes
    for developers and stay in the code."""
    paragraphs = [p for p in inspect.cleandoc(obj.__doc__ or "").split("\n\n") if not p.startswith("Code:")]
    statute = "\n\n".join(paragraphs)
    return f'<pre class="rulebook-quote">{escape(statute)}</pre>'


def _reads(lang: str, rule) -> str:
    names = [escape(text(lang, f"q.{q}.text")) for q in questions_read(rule.assess)]
    return f'<p><em>{escape(text(lang, "doc.reads"))}</em> {" | ".join(names)}</p>' if names else ""


def _rule_section(lang: str, rule, level: int, quote: bool) -> str:
    citation = cite(rule.citation, lang)
    parts = [f'<h{level} id="{rule.id}">{escape(text(lang, f"{rule.id}.title"))}</h{level}>',
             f"<p>{_link(citation)}</p>"]
    if quote:
        parts += [_quote(rule.assess), _reads(lang, rule)]
    parts.append(_outcomes(lang, rule, box="" if quote else "☐ "))
    return "\n".join(parts)


def _factor_section(lang: str, factor, quote: bool) -> str:
    parts = [f'<h4 id="{factor.id}">{escape(text(lang, f"{factor.id}.title"))}</h4>',
             f'<p>{escape(text(lang, f"{factor.id}.explanation"))}</p>']
    if quote:
        alternatives = [" + ".join(_clause(lang, c) for c in alt) for alt in factor.when]
        parts += [f'<p><em>{escape(text(lang, "doc.listed_when"))}</em> {" | ".join(alternatives)}</p>',
                  f'<p><em>{escape(text(lang, "doc.basis"))}</em> {escape(text(lang, f"{factor.id}.basis"))}</p>']
    parts.append(f"<p>{_link(cite(factor.citation, lang))}</p>")
    return "\n".join(parts)


def _statuses(lang: str, function, prefix: str, explain) -> str:
    return "<ul>" + "".join(
        f"<li><strong>{escape(text(lang, f'{prefix}.{status}'))}:</strong> {escape(explain(status))}</li>"
        for status in reachable(function)) + "</ul>"


def _application_reason(answers: dict) -> str:
    """A function of its own, so that outcomes.reachable explores it once (its cache is by function)."""
    return special_permission.application_reason(answers, special_permission.application(answers))


def _special_permission(lang: str, quote: bool) -> str:
    def heading(key, anchor):
        return f'<h3 id="{anchor}">{escape(text(lang, key))}</h3>'

    application_reasons = reachable(_application_reason)
    parts = [f'<h2 id="special-permission">{escape(text(lang, "ui.special_permission_heading"))}</h2>',
             f'<p class="screener-notice">{escape(text(lang, "sp.notice"))}</p>',
             heading("ui.application_heading", "application")]
    if quote:
        parts.append(_quote(special_permission.application))
    parts += ["<ul>" + "".join(f"<li>{escape(text(lang, f'sp.application.{r}'))}</li>" for r in application_reasons) + "</ul>",
              f"<p>{_link(cite(special_permission.APPLICATION_PAGE, lang))}</p>",
              heading("ui.bar_heading", "statutory-bar")]
    if quote:
        parts.append(_quote(special_permission.art50_1_proviso))
    parts += [_statuses(lang, special_permission.art50_1_proviso, "sp.bar",
                        lambda s: text(lang, f"sp.bar.{s}.explanation")),
              f"<p>{_link(cite(special_permission.ART50_PROVISO, lang))}</p>",
              heading("ui.grounds_heading", "grounds")]
    parts += [_rule_section(lang, rule, 4, quote) for rule in special_permission.GROUNDS]
    for key, anchor, factors in (("ui.positive_heading", "positive-factors", special_permission.POSITIVE_FACTORS),
                                 ("ui.negative_heading", "negative-factors", special_permission.NEGATIVE_FACTORS)):
        parts.append(heading(key, anchor))
        parts += [_factor_section(lang, f, quote) for f in factors]
    return "\n".join(parts)


def _bans(lang: str, quote: bool) -> str:
    texts = [text(lang, key) for key in MESSAGES if key.startswith("ban.") and not key.endswith(".title")]
    parts = [f'<h2 id="reentry-bans">{escape(text(lang, "ui.bans_heading"))}</h2>']
    if quote:
        parts.append(_quote(reentry_ban))
    parts.append("<ul>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + "</ul>")
    parts.append(f"<p>{_link(cite(reentry_ban.art5_1('9'), lang))}</p>")
    return "\n".join(parts)


def _departure_order(lang: str, quote: bool) -> str:
    parts = [f'<h2 id="departure-order">{escape(text(lang, "ui.departure_order_heading"))}</h2>',
             f'<p>{escape(text(lang, "doc.all_requirements"))}</p>']
    if quote:
        parts.append(_quote(departure_order))
    parts += [_rule_section(lang, rule, 3, quote) for rule in departure_order.REQUIREMENTS]
    return "\n".join(parts)


def _next_steps(lang: str) -> str:
    """Every next step the self-check can give, with its source; which ones a reader gets, and in
    what order, is decided by screener.next_steps.choose."""
    parts = [f'<h2 id="next-steps">{escape(text(lang, "ui.next_steps_heading"))}</h2>']
    parts.append(_quote(next_steps.choose))
    parts.append("<ul>" + "".join(
        f'<li id="next-{key}">{escape(text(lang, f"next.{key}"))} ({_link(cite(source, lang))})</li>'
        for key, source in next_steps.SOURCES.items()) + "</ul>")
    return "\n".join(parts)


def _version(lang: str) -> str:
    return f'<p class="screener-generated">{escape(text(lang, "doc.generated", version=screener.RULES_VERSION))}</p>'


def render_rulebook(lang: str) -> str:
    """For reviewers: every rule with the text it implements, what it reads and what it can conclude."""
    return "\n".join([_version(lang), _contents(lang), _departure_order(lang, True), _special_permission(lang, True),
                      _bans(lang, True), _next_steps(lang)])


def _contents(lang: str) -> str:
    """The generated sections are not in the page's own table of contents (Markdown headings only)."""
    sections = (("departure-order", "ui.departure_order_heading"), ("special-permission", "ui.special_permission_heading"),
                ("reentry-bans", "ui.bans_heading"), ("next-steps", "ui.next_steps_heading"))
    links = "".join(f'<li><a href="#{anchor}">{escape(text(lang, key))}</a></li>' for anchor, key in sections)
    return f'<nav class="rulebook-contents" aria-label="{escape(text(lang, "doc.contents"), quote=True)}"><ul>{links}</ul></nav>'


def _settings(question) -> list[dict]:
    """The ways `question` comes to be asked: each value of each show_if clause (earlier
    conditions with their first value), every other answer "I don't know"."""
    settings = [{}]
    for clause in question.show_if:
        earlier = _settings(BY_ID[clause.question])[0]
        settings = [{**s, **earlier, clause.question: value} for s in settings for value in clause.values]
    return settings


def _effects(before: dict, after: dict) -> set[tuple[str, str]]:
    effects = set()
    for rule in departure_order.REQUIREMENTS:
        status = rule.assess(after).status
        if status != rule.assess(before).status and status in ("met", "not_met"):
            effects.add((rule.id, status))
    if special_permission.art50_1_proviso(after) == "applies" != special_permission.art50_1_proviso(before):
        effects.add(("statutory-bar", "applies"))
    return effects


@cache
def decisive_answers() -> dict[tuple[str, str], list[tuple[str, str, tuple]]]:
    """What one answer decides, every other answer unknown: (question, value) -> [(rule id or
    "statutory-bar", status, condition)], for each departure-order requirement whose result it
    turns to met or not met and for the special-permission bar it makes apply. `condition` is ()
    when the answer decides however the question came to be asked, else the earlier answers
    (question, value) under which it does."""
    found = {}
    for question in QUESTIONS:
        settings = _settings(question)
        for value in question.values:
            per_setting = [_effects(visible(s), visible({**s, question.id: value})) for s in settings]
            asked_after = [clause.question for clause in question.show_if]
            effects = []
            for effect in sorted(set().union(*per_setting)):
                where = [s for s, found_here in zip(settings, per_setting) if effect in found_here]
                condition = () if len(where) == len(settings) else tuple(dict.fromkeys((q, s[q]) for s in where for q in asked_after))
                effects.append((*effect, condition))
            if effects:
                found[(question.id, value)] = effects
    return found


def _effect(lang: str, rule_id: str, status: str, condition: tuple = ()) -> str:
    if rule_id == "statutory-bar":
        said = text(lang, "doc.leads_to_bar")
    else:
        key = "doc.leads_to_met" if status == "met" else "doc.leads_to_not_met"
        said = text(lang, key, requirement=text(lang, f"{rule_id}.title"))
    if condition:
        said += f" ({text(lang, 'doc.only_if')} {' / '.join(_option(lang, q, v) for q, v in condition)})"
    return said


def _short_version(lang: str) -> str:
    """The answers that decide by themselves: the departure order is closed, or the bar applies."""
    decisive = decisive_answers()
    closing = [(q, v, c) for (q, v), effects in decisive.items() for _, s, c in effects if s == "not_met"]
    barring = [(q, v, c) for (q, v), effects in decisive.items() for r, _, c in effects if r == "statutory-bar"]

    def items(found):
        return "<ul>" + "".join(
            f"<li>☐ {escape(text(lang, f'q.{q}.text'))} → <strong>{escape(_option(lang, q, v))}</strong>"
            + (f" ({escape(text(lang, 'doc.only_if'))} {escape(' / '.join(_option(lang, cq, cv) for cq, cv in c))})" if c else "")
            + "</li>" for q, v, c in dict.fromkeys(found)) + "</ul>"
    return "\n".join([f'<h2 id="short-version">{escape(text(lang, "doc.short_heading"))}</h2>',
                      f'<p>{escape(text(lang, "doc.short_departure_order"))}</p>', items(closing),
                      f'<p>{escape(text(lang, "doc.short_bar"))}</p>', items(barring),
                      f'<p>{escape(text(lang, "doc.short_rest"))}</p>'])


def _questions(lang: str) -> str:
    decisive = decisive_answers()
    parts = [f'<h2 id="questions">{escape(text(lang, "doc.questions"))}</h2>']
    for q in screener.questions(lang):
        parts.append(f'<h3 id="q-{q["id"]}">{escape(q["text"])}</h3>')
        if "show_if" in q:
            condition = " + ".join(_clause(lang, clause) for clause in BY_ID[q["id"]].show_if)
            parts.append(f'<p><em>{escape(text(lang, "doc.only_if"))}</em> {condition}</p>')
        if "help" in q:
            parts.append(f'<p>{escape(q["help"])}</p>')
        options = []
        for o in q["options"]:
            effects = "; ".join(_effect(lang, *effect) for effect in decisive.get((q["id"], o["value"]), []))
            note = f' <span class="checklist-effect">{escape(effects)}</span>' if effects else ""
            options.append(f"<li>☐ {escape(o['label'])}{note}</li>")
        parts.append('<ul class="checklist-options">' + "".join(options) + "</ul>")
    return "\n".join(parts)


def render_checklist(lang: str) -> str:
    """For readers without JavaScript or WebAssembly: the questions, then what each requirement,
    factor and ban means, to tick on paper."""
    return "\n".join([_version(lang), _short_version(lang), _questions(lang), _departure_order(lang, False),
                      _special_permission(lang, False), _bans(lang, False)])
