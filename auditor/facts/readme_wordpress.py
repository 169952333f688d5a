"""A WordPress plugin's or theme's readme.txt (the wordpress.org format): ``=== Plugin Name ===`` then its header fields
(``Contributors:``, ``License:``…), a short description, and chapters ``== Description ==``, ``== Installation ==``,
``== Frequently Asked Questions ==``, ``== Changelog ==`` with ``= sub-headings =``. Read as plain text its chapters were no
headings: the plugin's installation steps and licence were "missing". It is read as the Markdown it maps to, line for line."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

# (wordpress.org's own parser accepts "=== Name===" without the space)
_HEADING = lazy_compile(r"^[^\S\n]*(={1,3})[^\S\n]*([^=\n]*[^=\s])[^\S\n]*(={1,3})[^\S\n]*$")
_FIELD = lazy_compile(r"^[^\S\n]*(Contributors|Donate link|Tags|Requires at least|Tested up to|Requires PHP|Stable tag|License|License URI|Author|Author URI|Author link|Plugin URI|Version|Text Domain)[^\S\n]*:", re.I)


def is_wordpress_readme(path: str, text: str) -> bool:
    """A readme.txt whose first line is ``=== Name ===`` and whose next lines hold wordpress.org header fields."""
    if path.rsplit("/", 1)[-1].lower() != "readme.txt":
        return False
    lines = [line for line in text[:4096].splitlines() if line.strip()][:6]
    if not lines:
        return False
    m = _HEADING.match(lines[0])
    return bool(m and len(m.group(1)) == 3 and len(m.group(3)) == 3) and any(_FIELD.match(line) for line in lines[1:])


def as_markdown(text: str) -> str:
    """The readme.txt written as Markdown, line for line (line numbers stay the file's): ``=== X ===`` a title, ``== X ==`` a chapter,
    ``= X =`` a sub-chapter; the header fields a list (``- License: GPLv2 or later``)."""
    out, header, titled, fields = [], False, False, False
    for line in text.split("\n"):
        m = _HEADING.match(line)
        if m and len(m.group(1)) == len(m.group(3)):
            out.append("#" * (4 - len(m.group(1))) + " " + m.group(2).strip())
            header, titled = not titled and len(m.group(1)) == 3, True  # (the fields follow the title)
            continue
        if header and _FIELD.match(line):
            out.append("- " + line.strip())
            fields = True
            continue
        header = header and not line.strip() and not fields  # (a blank line between the title and the fields)
        out.append(line)
    return "\n".join(out)


def read_as(path: str, text: str, fmt: str) -> tuple[str, str]:
    """(text, format) to parse: a WordPress readme.txt as Markdown, anything else unchanged."""
    if fmt in ("text", "markdown") and is_wordpress_readme(path, text):  # (one with a "# " line among its chapters too)
        return as_markdown(text), "markdown"
    return text, fmt

