"""The check extension point: a check is one function plus its metadata.

A check is a pure function of an :class:`~auditor.context.AuditContext` (facts, snapshot, its
ruleset parameters) that returns a :class:`Result`. Register it with :func:`check`::

    @check(
        id="documentation.readme", family="documentation", effort="hours",
        title=T("Un README présente le projet", "A README presents the project"),
        rationale=T("…pourquoi c'est important…", "…why it matters…"),
        remediation=T("…comment corriger…", "…how to fix it…"),
        params={"min_words": 80},
    )
    def readme(ctx):
        ...
        return Result.passed(T("README trouvé", "README found"), evidence=[Evidence(path="README.md")])

Every text for people exists in French and English (``T(fr, en)``); the report keeps both so that
it can be re-rendered in either language without auditing again.
"""

from __future__ import annotations

import enum
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from auditor.families import FAMILIES  # noqa: F401 (the one list, from data; re-exported)

EFFORTS = ("minutes", "hours", "days")


def T(fr: str, en: str) -> dict[str, str]:  # noqa: N802 - short on purpose, used everywhere
    """A text in French and English."""
    return {"fr": fr, "en": en}


def clauses(fr: list[str], en: list[str]) -> dict[str, str] | None:
    """Clauses as one sentence per language (« a ; b. » / "a; b."), capitalised; None when there is none
    (a remediation written for the finding from the parts that apply)."""
    if not fr:
        return None
    fr_text, en_text = " ; ".join(fr), "; ".join(en)
    return T(fr_text[:1].upper() + fr_text[1:] + ".", en_text[:1].upper() + en_text[1:] + ".")


def shell_words(words) -> str:
    """Repository paths (or other words read from it) as the arguments of a command the reader will paste into a shell:
    each quoted when it needs to be, so that a name with a space, a quote, ``;`` or ``$( )`` stays one harmless argument."""
    return " ".join(shlex.quote(w) for w in words)


class Status(str, enum.Enum):
    PASS = "pass"
    WARN = "warn"
    FAIL = "fail"
    NOT_APPLICABLE = "not_applicable"
    INCONCLUSIVE = "inconclusive"
    ERROR = "error"

    @property
    def conclusive(self) -> bool:
        return self in (Status.PASS, Status.WARN, Status.FAIL)


@dataclass
class Evidence:
    """Where a finding stands and what was measured: a path (and line) in the audited commit,
    a value, and an optional note for people."""

    path: str | None = None
    line: int | None = None
    value: Any = None
    note: dict[str, str] | None = None
    kind: str | None = None  # e.g. "missing", "found", "finding": SARIF/Code Quality emit "finding"s

    def to_dict(self) -> dict:
        d: dict[str, Any] = {}
        for key in ("path", "line", "value", "note", "kind"):
            v = getattr(self, key)
            if v is not None:
                d[key] = v
        return d


@dataclass
class Result:
    """What a check found. ``score`` is 0–10 for conclusive statuses, None otherwise."""

    status: Status
    score: float | None
    message: dict[str, str]
    evidence: list[Evidence] = field(default_factory=list)
    details: dict[str, Any] = field(default_factory=dict)
    # The remediation written for this finding (the files, settings, sections, licence or command it needs), in
    # place of the check's general remediation, which stays the fallback: set it with :meth:`advise`.
    remediation: dict[str, str] | None = None

    def advise(self, remediation: dict[str, str] | None) -> "Result":
        """This result with a remediation written for it (``T(fr, en)``, built from its evidence); an empty or
        one-language text is ignored and the check's general remediation is shown."""
        ok = remediation and all(isinstance(remediation.get(k), str) and remediation[k].strip() for k in ("fr", "en"))
        self.remediation = remediation if ok else None
        return self

    @classmethod
    def passed(cls, message: dict[str, str], evidence: list[Evidence] | None = None, score: float = 10, **details: Any) -> "Result":
        return cls(Status.PASS, score, message, evidence or [], details)

    @classmethod
    def warn(cls, message: dict[str, str], evidence: list[Evidence] | None = None, score: float = 5, **details: Any) -> "Result":
        return cls(Status.WARN, score, message, evidence or [], details)

    @classmethod
    def fail(cls, message: dict[str, str], evidence: list[Evidence] | None = None, score: float = 0, **details: Any) -> "Result":
        return cls(Status.FAIL, score, message, evidence or [], details)

    @classmethod
    def not_applicable(cls, message: dict[str, str], evidence: list[Evidence] | None = None, **details: Any) -> "Result":
        return cls(Status.NOT_APPLICABLE, None, message, evidence or [], details)

    @classmethod
    def inconclusive(cls, message: dict[str, str], evidence: list[Evidence] | None = None, **details: Any) -> "Result":
        return cls(Status.INCONCLUSIVE, None, message, evidence or [], details)

    @classmethod
    def budget_stopped(cls, ctx: Any, reason: str) -> "Result":
        """The audit's time budget ran out while this check read the repository: its work stopped, so no verdict (never another
        one); the report's notes say so once."""
        note = {"fr": "Budget de temps de l'audit épuisé (--budget) : les contrôles qu'il a interrompus sont non concluants ; "
                      "relancez avec un budget plus grand pour les juger.",
                "en": "The audit's time budget (--budget) ran out: the checks it stopped are inconclusive; run again with a larger "
                      "budget to judge them."}
        if note not in ctx.notes:
            ctx.notes.append(note)
        return cls.inconclusive({"fr": f"Non concluant : l'analyse a été interrompue par le budget de temps de l'audit ({reason}).",
                                 "en": f"Inconclusive: the analysis was stopped by the audit's time budget ({reason})."}, stopped_by="budget")

    @classmethod
    def scored(cls, score: float, message: dict[str, str], evidence: list[Evidence] | None = None,
               pass_at: float = 8, warn_at: float = 4, **details: Any) -> "Result":
        """A result whose status follows its score: pass at ``pass_at`` and above, warn from ``warn_at``."""
        score = max(0.0, min(10.0, round(float(score), 2)))
        status = Status.PASS if score >= pass_at else Status.WARN if score >= warn_at else Status.FAIL
        return cls(status, score, message, evidence or [], details)


@dataclass(frozen=True)
class CheckSpec:
    """A registered check: its stable id, texts and defaults."""

    id: str
    family: str
    title: dict[str, str]
    rationale: dict[str, str]
    remediation: dict[str, str]
    func: Callable[..., Result]
    effort: str = "hours"
    params: dict[str, Any] = field(default_factory=dict)
    needs_history: bool = False
    source: str = "builtin"
    kinds: tuple[str, ...] | None = None  # kinds of project it applies to (None: every kind)

    def metadata(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "family": self.family,
            "title": self.title,
            "rationale": self.rationale,
            "remediation": self.remediation,
            "effort": self.effort,
            "params": self.params,
            "kinds": list(self.kinds) if self.kinds else None,
        }


REGISTRY: dict[str, CheckSpec] = {}


class CheckDefinitionError(ValueError):
    pass


def _validate_text(check_id: str, name: str, text: Any) -> None:
    if not isinstance(text, dict) or not all(isinstance(text.get(k), str) and text.get(k).strip() for k in ("fr", "en")):
        raise CheckDefinitionError(f"check {check_id}: {name} needs non-empty 'fr' and 'en' texts")


def check(*, id: str, family: str, title: dict[str, str], rationale: dict[str, str], remediation: dict[str, str],
          effort: str = "hours", params: dict[str, Any] | None = None, needs_history: bool = False,
          kinds: tuple[str, ...] | list[str] | None = None) -> Callable[[Callable[..., Result]], Callable[..., Result]]:
    """Register a check function under a stable id ``family.name``."""
    if family not in FAMILIES:
        raise CheckDefinitionError(f"check {id}: unknown family {family!r}")
    if not id.startswith(family + "."):
        raise CheckDefinitionError(f"check {id}: id must start with its family {family!r}")
    if effort not in EFFORTS:
        raise CheckDefinitionError(f"check {id}: effort must be one of {EFFORTS}")
    for name, text in (("title", title), ("rationale", rationale), ("remediation", remediation)):
        _validate_text(id, name, text)
    if kinds is not None:
        from auditor.facts.project import KINDS

        unknown = [k for k in kinds if k not in KINDS]
        if unknown or not kinds:
            raise CheckDefinitionError(f"check {id}: kinds must be among {KINDS}, got {list(kinds)}")

    def deco(func: Callable[..., Result]) -> Callable[..., Result]:
        spec = CheckSpec(id=id, family=family, title=title, rationale=rationale, remediation=remediation,
                         func=func, effort=effort, params=dict(params or {}), needs_history=needs_history,
                         source=func.__module__, kinds=tuple(kinds) if kinds else None)
        existing = REGISTRY.get(id)
        if existing is not None and existing.source != spec.source:
            raise CheckDefinitionError(f"check {id} is defined twice ({existing.source} and {spec.source})")
        REGISTRY[id] = spec
        return func

    return deco
