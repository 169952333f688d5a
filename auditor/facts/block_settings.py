"""A public building block reached through a setting: the README gives the block's address as the value of a setting
(``tipi.urlwsdl = https://www.tipi-client.budget.gouv.fr/tpa/services/securite`` in a Lutece plugin's sample properties,
``PAYFIP_URL=https://www.payfip.gouv.fr/…`` in a sample .env) and the project's code reads that setting by its name (Tipi.java's
``"tipi.urlwsdl"`` handed to AppPropertiesService.getProperty), while the settings file the project ships leaves it empty, to fill
at deployment. The code calls the block as surely as if the address were written in it (issue 12, s35 q35: the DGFiP's TIPI
plugin of the Ville de Paris was told "no public building block called").

Only a setting line (``key = value``, ``key: value``, ``KEY=value``) of the README whose value is a building block's address, and
only when a source file of the project names the key as a string of its own (``"tipi.urlwsdl"``): the block's address written in
prose, or as the value of a key no code reads, calls nothing. Bounded: the README's first 200 KB, 20 settings, 2,000 source files of
256 KB at most, read in path order.
"""

from __future__ import annotations

import re

from auditor.facts import FactError, fact
from auditor.lazyre import lazy_compile

# a setting line of a sample configuration: its key (dotted, dashed or upper-case), then = or :, then an address
_SETTING = lazy_compile(r"""^[ \t]*(?:[-*][ \t]+)?`?(?P<key>[A-Za-z][\w.-]{2,80}?)`?[ \t]*[=:][ \t]*[`"']?(?P<url>https?://[^\s`"'<>)\]]+)""", re.M)
MAX_README = 200_000
MAX_SETTINGS = 20
MAX_FILES = 2000
MAX_FILE_BYTES = 256 * 1024


def documented_block_settings(snap, readme_path: str | None, sources: list[str], block) -> list[tuple[str, int, str, str]]:
    """``(readme_path, line, address, key)`` for each setting of the README whose address ``block`` (a compiled regex) matches and
    whose key a source file names as a string."""
    if not readme_path:
        return []
    text = snap.read_text(readme_path, limit=MAX_README) or ""
    found: list[tuple[int, str, str]] = []
    for m in _SETTING.finditer(text):
        if block.search(m.group("url")):
            found.append((text.count("\n", 0, m.start()) + 1, m.group("url").rstrip(".,;"), m.group("key")))
            if len(found) >= MAX_SETTINGS:
                break
    if not found:
        return []
    wanted = {key for _, _, key in found}
    quoted = re.compile(r"""["'](""" + "|".join(re.escape(k) for k in sorted(wanted, key=lambda k: (-len(k), k))) + r""")["']""")
    read: set[str] = set()
    for path in sorted(sources)[:MAX_FILES]:
        entry = snap.files.get(path)
        if entry is None or entry.size > MAX_FILE_BYTES:
            continue
        read.update(quoted.findall(snap.read_text(path, limit=MAX_FILE_BYTES) or ""))
        if read >= wanted:
            break
    return [(readme_path, line, url, key) for line, url, key in found if key in read]


@fact("block_settings", version=1, public=False)
def block_settings(ctx) -> list[list]:
    """``[readme_path, line, address, key]`` for each README setting whose value is a public building block's address and whose key
    the code reads (read by ``interoperability.public-building-blocks``; a fact, so the check reads no file itself)."""
    from auditor.facts.inventory import inventory_of
    from auditor.facts.signal_registry import load_signals

    try:
        readme = (ctx.fact("readme") or {}).get("path")
    except FactError:
        return []
    return [list(t) for t in documented_block_settings(ctx.snapshot, readme, inventory_of(ctx).paths("source"), load_signals()["blocks.apis"].regex)]
