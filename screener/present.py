"""Presentation: the assessment and the questions in a reader's language. The only module that
reads the message catalogs (i18n.py); the rules hand it ids, statuses, reasons and citations.

The result's fields are a public interface (the page, the CLI and window.screenerEvaluate read
them): extend, never rename or remove.
"""
from . import i18n
from .citations import Citation
from .departure_order import ISA_OVERVIEW
from .next_steps import COSTS, SOURCES
from .special_permission import APPLICATION_PAGE, ART50_PROVISO, GUIDELINE
from .languages import REGISTRY, check_language
from .questions import DONT_KNOW, QUESTIONS, SECTIONS, Question, section_of
from .rule import NOT_MET, Finding, Rule
from .version import RULES_VERSION

text = i18n.text
CatalogMissing = i18n.CatalogMissing


def paragraph(lang: str, sentences) -> str:
    """Sentences as one paragraph, with or without a space between them as the language writes."""
    return (" " if REGISTRY[lang].sentence_space else "").join(sentences)


def citation(c: Citation, lang: str) -> dict:
    fields = dict(c.args)
    if "article" in fields:  # "24-3" is written 24-3, 24条の3… as each language numbers articles
        main, _, branch = fields["article"].partition("-")
        fields["article"] = text(lang, "article.branch" if branch else "article.plain", main=main, branch=branch)
    return {"law": text(lang, c.law), "article": text(lang, c.article, **fields), "url": c.url}


def question(q: Question, lang: str) -> dict:
    out = {
        "id": q.id,
        "section": section_of(q.id),
        "text": text(lang, f"q.{q.id}.text"),
        "options": [{"value": v, "label": text(lang, f"q.{q.id}.{v}")} for v in q.values]
        + [{"value": DONT_KNOW, "label": text(lang, "opt.dont_know")}],
    }
    if f"q.{q.id}.help" in i18n.MESSAGES:
        out["help"] = text(lang, f"q.{q.id}.help")
    if q.show_if:
        out["show_if"] = [{"question": c.question, "in": list(c.values)} for c in q.show_if]
    return out


def questions(lang: str = "en") -> list[dict]:
    """The questions in `lang`, in the order they are asked."""
    check_language(lang)
    return [question(q, lang) for q in QUESTIONS]


def sections(lang: str = "en") -> list[dict]:
    """The parts of the questionnaire in `lang`, in order."""
    check_language(lang)
    return [{"id": sid, "title": text(lang, f"section.{sid}")} for sid, _ in SECTIONS]


def rule(r: Rule, finding: Finding, lang: str) -> dict:
    return {
        "id": r.id,
        "status": finding.status,
        "reason": finding.reason,
        "status_label": text(lang, f"status.{finding.status}"),
        "title": text(lang, f"{r.id}.title"),
        "explanation": text(lang, f"{r.id}.{finding.reason}"),
        "citation": citation(r.citation, lang),
    }


def ground(r: Rule, finding: Finding, lang: str) -> dict:
    """A ground of Art. 50(1): items 1-4 are special cases (permanent residence, former Japanese
    nationality, trafficking, refugee status), so one that is not met reads as not applying, which
    is the usual situation, not as a failure."""
    out = rule(r, finding, lang)
    if finding.status == NOT_MET:
        out["status_label"] = text(lang, "sp.ground_not_applicable")
    return out


def factor(f, lang: str) -> dict:
    return {"id": f.id, "title": text(lang, f"{f.id}.title"),
            "explanation": text(lang, f"{f.id}.explanation"), "citation": citation(f.citation, lang)}


def special_permission(p, lang: str) -> dict:
    return {
        "application": p.application,
        "application_reason": p.application_reason,
        "application_label": text(lang, f"sp.application.label.{p.application_reason}"),
        "application_explanation": text(lang, f"sp.application.{p.application_reason}"),
        "application_citation": citation(APPLICATION_PAGE, lang),
        "statutory_bar": p.statutory_bar,
        "statutory_bar_label": text(lang, f"sp.bar.{p.statutory_bar}"),
        "statutory_bar_explanation": text(lang, f"sp.bar.{p.statutory_bar}.explanation"),
        "statutory_bar_citation": citation(ART50_PROVISO, lang),
        "grounds": [ground(r, f, lang) for r, f in p.grounds],
        "grounds_note": text(lang, "sp.grounds_note"),
        "positive_factors": [factor(f, lang) for f in p.positive_factors],
        "negative_factors": [factor(f, lang) for f in p.negative_factors],
        "notice": text(lang, "sp.notice"),
        "citation": citation(GUIDELINE, lang),
    }


def ban(b, lang: str) -> dict:
    return {
        "path": b.path,
        "title": text(lang, f"ban.{b.path}.title"),
        "years": b.years,
        "no_time_limit": b.no_time_limit,
        "unclear": b.unclear,
        "conditions": paragraph(lang, (text(lang, key) for key in b.conditions)),
        "citation": citation(b.citation, lang),
    }


def answers_given(a: dict, lang: str) -> list[dict]:
    """The questions asked and the answers, in `lang`, for the printout."""
    return [{"id": q.id, "value": a[q.id], "question": text(lang, f"q.{q.id}.text"),
             "answer": text(lang, "opt.dont_know" if a[q.id] == DONT_KNOW else f"q.{q.id}.{a[q.id]}")}
            for q in QUESTIONS if a[q.id] is not None]


def result(assessment, lang: str) -> dict:
    """The evaluate() result for an evaluate.Assessment."""
    status = assessment.departure_order
    steps = [{"id": key, "text": text(lang, f"next.{key}"), "citation": citation(SOURCES[key], lang)}
             for key in assessment.next_steps]
    return {
        "rules_version": RULES_VERSION,
        "lang": lang,
        "answers": answers_given(assessment.answers, lang),
        "departure_order": {
            "status": status,
            "status_label": text(lang, f"do.status.{status}"),
            "summary": text(lang, f"do.summary.{status}"),
            "requirements": [rule(r, f, lang) for r, f in assessment.requirements],
            "citation": citation(ISA_OVERVIEW, lang),
        },
        "special_permission": special_permission(assessment.special_permission, lang),
        "reentry_ban": [ban(b, lang) for b in assessment.reentry_bans],
        "next_steps": [step["text"] for step in steps] + [text(lang, "next.disclaimer")],
        "next_step_details": steps,
        "costs": [{"id": key, "text": text(lang, f"cost.{key}"), "citation": citation(source, lang)}
                  for key, source in COSTS.items()],
        # False when some messages of this language are shown in English (missing or out of date).
        "translation_complete": not i18n.untranslated(lang),
    }
