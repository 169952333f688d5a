"""A README chapter named for the installation that only sets up a developer's editor or formatter (issue 12, s42 fk42 =
OPEN-ENT-NG/schooltoring-mobile-application: "## Installation" over "Pour installer le formattage sur la sauvegarde avec Intellij
Idea, utiliser la documentation suivante : https://prettier.io/docs/en/webstorm.html…"): how one developer's IDE runs Prettier on
save, no step installing, building or running the project. Read by :func:`auditor.facts.readme_steps.chapter_sections`."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# what the chapter sets up: a formatter or a linter, or the editor's formatting on save
_FORMATTER = lazy_compile(r"\b(?:prettier|eslint|tslint|stylelint|editorconfig|linters?|formatters?|format(?:ting|tage|atage)?[^\S\n]+"
                          r"(?:on[^\S\n]+save|(?:sur|à|a|lors[^\S\n]+de)[^\S\n]+la[^\S\n]+sauvegarde)|formatt?age(?:[^\S\n]+(?:du|de)[^\S\n]+code)?|"
                          r"code[^\S\n]+(?:style|formatting)|format[^\S\n]+(?:the[^\S\n]+)?code)\b", re.I)
# a step on the project itself: installing its dependencies, building, running it (a mobile app's pod install and run-android too)
_PROJECT_STEP = lazy_compile(r"\b(?:pod[^\S\n]+install|run-android|run-ios|react-native[^\S\n]+run|expo[^\S\n]+start|flutter[^\S\n]+(?:run|pub)|"
                             r"(?:npm|yarn|pnpm)(?:[^\S\n]+run)?[^\S\n]+(?:start|build|android|ios)|gradlew?|mvnw?|xcodebuild|docker|make|"
                             r"composer|pip3?|cargo|go[^\S\n]+(?:build|run)|dotnet)\b", re.I)
_FENCED = lazy_compile(r"^[^\S\n]{0,3}(?:```|~~~)", re.M)


def editor_setup_chapter(body: str, install_command, local_run) -> bool:
    """The chapter names a formatter or linter, or formatting on save (:data:`_FORMATTER`, its links' text included), holds no
    fenced code, and gives no command installing, building or running the project (``install_command``, ``local_run``,
    :data:`_PROJECT_STEP`): the developer's editor set-up, not the project's installation."""
    text = body[:20000]
    prose = re.sub(r"\]\([^)\s]{0,300}\)", "]", text)  # (the words of a link's address too: prettier.io/docs/en/webstorm.html)
    return bool(_FORMATTER.search(text.replace("/", " ").replace(".", " "))) and not _FENCED.search(text) \
        and not (install_command.search(text) or local_run.search(text) or _PROJECT_STEP.search(prose))
