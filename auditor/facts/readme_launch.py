"""A README's command running the project's program on an input file: how the tool is used, written in a step's prose or code
under headings that name the tool's steps rather than a usage word (issue 12, s41 fc41 = abes-esr/kbart2kafka-api: the developer
README beside the user README, "## Lecture du fichier", "Les développeurs et développeuses peuvent lancer le chargement d'un
fichier kbart : via une ligne de commande … ``sudo docker exec kbart2kafka java -jar /app/run/kbart2kafka.jar
/app/kbart/SPRINGER_GLOBAL_ALLEBOOKS_2023-05-01.tsv``").

A line counts when it runs a packaged program or a script (``java -jar x.jar``, ``python x.py``, ``node x.js``, ``Rscript x.R``),
at most a few ``--option=value`` after it, on a data file (``.tsv``, ``.csv``, ``.json``, ``.xml``, ``.xlsx``, ``.geojson``…): the
tool fed its input. Starting the program alone (``java -jar target/app.jar``, a server), a settings file as argument
(``application.properties``, ``config.json``) or a set-up script (``python setup.py …``, ``manage.py``) is no use of it.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_LINES = 2000
_LAUNCH = lazy_compile(
    r"(?:^|[\s`$(])(?:java(?:[^\S\n]+-[\w:.=-]{1,80}){0,4}[^\S\n]+-jar[^\S\n]+[\w./${}~-]{0,200}?([\w.-]{1,80})\.jar|"
    r"(?:python3?|node|Rscript)[^\S\n]+[\w./~-]{0,200}?([\w-]{1,80})\.(?:py|js|mjs|R|r))"
    r"(?:[^\S\n]+--?[\w.-]{1,60}=[^\s`]{1,200}){0,4}"
    r"[^\S\n]+['\"]?[\w./${}~:-]{0,200}?([\w.-]{1,120})\.(?:tsv|csv|json|xml|xlsx?|ods|geojson|gpkg|shp|txt|dat|zip|parquet|marc|mrc)['\"]?(?=[\s`'\")]|$)",
    re.I)
# what sets the copy up or is no input: a set-up script, a settings file
_SETUP = lazy_compile(r"^(?:setup|manage|install\w*|init\w*|build\w*|test\w*|migrat\w*|deploy\w*)$", re.I)
_SETTINGS = lazy_compile(r"^(?:config\w*|settings?|application(?:-\w+)?|package(?:-lock)?|tsconfig|composer|\.?env\w*)$", re.I)


def launch_line(text: str) -> tuple[int, str] | None:
    """(line, the line's text) of the first line running the project's program or script on a data file (see the module), or None."""
    for n, line in enumerate(text.splitlines()[:MAX_LINES], start=1):
        for m in _LAUNCH.finditer(line[:2000]):
            program, data = m.group(1) or m.group(2), m.group(3)
            if not _SETUP.match(program) and not _SETTINGS.match(data):
                return n, re.sub(r"\s+", " ", line.strip())[:200]
    return None
