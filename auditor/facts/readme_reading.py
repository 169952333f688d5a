"""What the passes of the readme fact (:func:`auditor.facts.readme.analyse`) share: one README being read.

The README's text and blocks once its framework template is set aside, its title, the lines set aside, the repository's paths
and names, and what the passes found so far (the sections' details, the chapters describing the project, the local run…).
Split out of readme.py (issue 12, s40 fc40): each pass is a module (readme_heading_pass, readme_label_pass, readme_fallbacks,
readme_description_pick) reading and filling one :class:`Reading`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from auditor.facts.document import Block


@dataclass
class Reading:
    text: str
    fmt: str
    lines: list[str]
    blocks: list[Block]
    title: Block | None
    named: str  # the name a question heading is compared to ("What is X ?" under "README")
    title_words: set[str]
    aside: set[int]  # the lines set aside (a coding-conventions or a framework's chapter)
    spelled: frozenset[str]  # the repository's folder names: "### api-node", "- **docs** :"
    folders: frozenset[str]  # (the same, lower-cased)
    targets: object  # readme_sentences.Targets
    files: object
    package: str | None  # the repository's name
    commands: tuple
    template: dict | None
    suite: bool  # a test suite: its test runs are its use
    # the lines of a first chapter named by a run word that describes the project (description_chapter)
    described: set[int] = field(default_factory=set)
    details: list[dict] = field(default_factory=list)
    seen: set = field(default_factory=set)
    # the lines of deployment chapters that only publish a version (release_procedure)
    releases: list[int] = field(default_factory=list)
    # the first chapter that starts a local copy ("## 2. Lancer l'application": python -m http.server, localhost) and those
    # serving the project's API (readme_served)
    local_run: Block | None = None
    served: list[dict] = field(default_factory=list)
