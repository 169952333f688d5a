"""A README without chapters whose one how-to is a sentence giving the command in inline code ("To use it, run `pnpm && pnpm start`.",
"Pour le lancer, exécutez `npm install` puis `npm start`."): the installation, said in a sentence rather than under a heading (issue
12, s38 fc38 = InseeFr/walking-papers, a heading-less README whose only step is that sentence).

Judged on the raw lines (the parsed paragraphs lose the backticks): a sentence of at most :data:`MAX_WORDS` words with a verb that has
the reader run, execute or type something, then inline code whose command installs the dependencies (``npm install``, a bare
``pnpm`` or ``yarn``, ``pip install -r requirements.txt``…) or starts the project (``npm start``, ``pnpm dev``). Inline code that is
no command (a function's name, ``render()``; a file, ``config.js``) gives nothing, nor the developers' tasks (``npm test``, ``npm run
lint``); a README with chapters says its installation under their headings and is not read so."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

MAX_WORDS = 30
MAX_PARAGRAPH_LINES = 10

# the verb that has the reader run the command, then the inline code within a few words ("run `…`", "lancez la commande `…`")
_RUN_THEN_CODE = lazy_compile(r"\b(?:run|execute|type|launch|lancer|lancez|lance|ex[eé]cuter|ex[eé]cutez|ex[eé]cute|taper|tapez|saisir|saisissez)\b"
                              r"(?:[^`\n]{0,40}?)`{1,3}([^`\n]{1,200})`{1,3}", re.I)  # (``` inline too: "Pour compiler et lancer : ```mvn …```")
# a command that installs the dependencies: the installer called, or a package manager alone (`pnpm`, `yarn`, `bundle`: their install)
_INSTALLS = lazy_compile(r"(?:^|&&|;|\|\|)\s*(?:(?:npm|pnpm|yarn|bun) (?:install|i|ci)\b|(?:pnpm|yarn|bun|bundle)\s*(?:$|&&|;|\|\|)|bundle install\b|"
                         r"pip3? install\b|poetry install\b|pipenv install\b|uv sync\b|composer install\b|mvn (?:install|package)\b|"
                         r"docker(?:-| )compose up\b|make install\b)")
# a command that starts the project (a local copy of the application, its server)
# (or a Java build tool's run goal, which builds then starts it: mvn clean javafx:run, mvn spring-boot:run, ./gradlew bootRun; s41 fl41 =
# Exanc/SAE_PNR)
_STARTS = lazy_compile(r"(?:^|&&|;|\|\|)\s*(?:(?:npm|pnpm|yarn|bun) (?:run )?(?:start|dev|serve)\b(?!:(?:test|lint))|docker(?:-| )compose up\b|"
                       r"(?:\./)?mvnw? (?:[\w.-]+ ){0,3}?(?:[\w-]+:run|exec:java)\b|(?:\./)?gradlew? (?:[\w.-]+ ){0,3}?(?:run|bootRun)\b)")
_SENTENCE_END = lazy_compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])")


def _paragraph_text(b, lines: list[str]) -> str:
    """The raw text of a paragraph: its lines from its first one to the next blank line (at most MAX_PARAGRAPH_LINES)."""
    out = []
    for ln in lines[b.line - 1:b.line - 1 + MAX_PARAGRAPH_LINES]:
        if not ln.strip():
            break
        out.append(ln.strip())
    return " ".join(out)


# a build tool's goal that launches the program itself, no server (a desktop or command-line program: mvn javafx:run, mvn exec:java,
# gradle run); a server's goal (spring-boot:run, jetty:run, bootRun, quarkus:dev) starts a local copy to develop on
_PROGRAM_RUN = lazy_compile(r"(?:^|&&|;|\|\|)\s*(?:(?:\./)?mvnw? (?:[\w.-]+ ){0,3}?(?:javafx:run|exec:java|exec:exec)\b|"
                            r"(?:\./)?gradlew? (?:[\w.-]+ ){0,3}?run\b)")


def run_sentence(blocks: list, lines: list[str], title, aside, program: bool = False) -> tuple[int, str] | None:
    """(line, sentence) of the first sentence giving the command that installs or starts the project, in a README whose only heading
    is its title (``title``; ``aside``: the lines set aside, notices and the like). ``program``: only a command launching the program
    itself through its build tool (:data:`_PROGRAM_RUN`, "Pour compiler et lancer : ```mvn clean javafx:run```"; issue 12, s42 fb42 =
    Exanc/SAE_PNR): how the program is used as well, as a "## Lancer l'application" chapter over it is — a development server is not."""
    if any(b.kind == "heading" and b is not title for b in blocks):
        return None
    starts = (_PROGRAM_RUN.search,) if program else (_INSTALLS.search, _STARTS.search)
    for b in blocks:
        if b.kind != "paragraph" or b.line in aside or b.item or not 0 < (b.line or 0) <= len(lines):
            continue
        for sentence in _SENTENCE_END.split(_paragraph_text(b, lines)):
            if len(norm(sentence).split()) > MAX_WORDS:
                continue
            for m in _RUN_THEN_CODE.finditer(sentence):
                command = m.group(1).strip().lstrip("$ ").strip()
                if any(start(command) for start in starts):
                    return b.line, sentence
    return None


_CODE_SPAN = lazy_compile(r"`([^`\n]{1,200})`")


def chained_commands(blocks: list, lines: list[str], aside) -> tuple[int, str] | None:
    """(line, sentence) of the first short sentence, under any heading, chaining inline-code commands of which one installs the
    dependencies and another starts the project ("Clone le dépot, `npm install`, `npm start`." under "## Infos"; s38 fr38 = rt38,
    DISIC/accessibilite.numerique.gouv.fr): the installation in one line. One command alone, or a developer's task (`npm test`), is not."""
    for b in blocks:
        if b.kind != "paragraph" or b.line in aside or not 0 < (b.line or 0) <= len(lines):
            continue
        for sentence in _SENTENCE_END.split(_paragraph_text(b, lines)):
            if len(norm(sentence).split()) > MAX_WORDS:
                continue
            spans = [c.strip().lstrip("$ ").strip() for c in _CODE_SPAN.findall(sentence)]
            if len(spans) >= 2 and any(_INSTALLS.search(c) for c in spans) and any(_STARTS.search(c) for c in spans):
                return b.line, sentence
    return None
