"""What a guide's text shows of commands: a code block (fenced, indented, a prompt, reStructuredText's or HTML's) and an install or
run command line. Kept apart from :mod:`auditor.facts.guide_content` so that pages' placeholder tests read them without importing the
README readers (no import cycle)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_CODE = lazy_compile(r"^[^\S\n]*(?:```|~~~)|^(?: {4}|\t)[^\S\n]*[$#>]?[^\S\n]*[a-z][\w.-]*[^\S\n]+\S|^[^\S\n]*\$[^\S\n]+\S|"
                     r"^\.\. code(?:-block)?::|::[^\S\n]*$|^[^\S\n]*\+-{3,}|<pre\b|<code\b", re.M | re.I)
_COMMAND = lazy_compile(r"\b(?:apt(?:-get)? install|yum install|dnf install|brew install|pip3? install|(?:npm|yarn|pnpm) (?:install|ci|run|start)\b|"
                        r"composer (?:install|require)|mvn (?:install|package|clean)|gradlew? (?:build|assemble)|docker(?:-| )compose (?:up|build|run)|"
                        r"docker (?:build|run|pull)|kubectl (?:apply|create)|helm (?:install|upgrade)|ansible-playbook|git clone|php artisan|java -jar|"
                        r"systemctl (?:start|enable|restart)|sudo [a-z]|wget [a-z]|curl -|tar (?:-?x|xz)|unzip [\w./-]|make install|"
                        r"python3? (?:-m [a-z]|setup\.py|manage\.py)|createdb |psql -)", re.I)
