"""A Moodle plugin copied into the repository from another author (issue 12, s39 fj39 = betagouv/science-infuse's
``moodle/plugins/mod_hvp/``: its version.php declares ``$plugin->component = 'mod_solo'`` under "@copyright 2020 Justin Hunt", whom the
project never names): the host's third-party plugin, installed by the project, not its code. Its tests, changelog and documents are
the plugin author's.

A folder (never the root) whose version.php declares a Moodle plugin (``$plugin->component``) and names, on its ``@copyright`` line,
a holder that the root README and licence (and a root version.php: a plugin's own sub-plugins) do not name is such a copy; every file
under it is. A plugin whose holder the root README names (the organisation that wrote it) stays the project's. Bounded: at most
:data:`MAX_PLUGINS` version.php files, :data:`HEAD_BYTES` each."""

from __future__ import annotations

import re

from auditor.facts.vendored import squeeze
from auditor.lazyre import lazy_compile

MAX_PLUGINS = 40
HEAD_BYTES = 4096
_COMPONENT = lazy_compile(r"\$plugin->component[^\S\n]*=[^\S\n]*['\"]([a-z]{1,30}_[a-z0-9_]{1,60})['\"]")
_COPYRIGHT = lazy_compile(r"@copyright[^\S\n]+(?:\(c\)[^\S\n]*|©[^\S\n]*)?(?:\d{4}(?:[^\S\n]*[-–,][^\S\n]*\d{4}){0,3}[^\S\n]+)?([^\n(<*@]{2,80})", re.I)


def plugin_holder(head: str) -> str | None:
    """The holder (squeezed) the ``@copyright`` line of a Moodle plugin's version.php names, or None (no plugin, no holder)."""
    if not _COMPONENT.search(head):
        return None
    m = _COPYRIGHT.search(head)
    holder = squeeze(m.group(1)) if m else ""
    return holder if len(holder) >= 3 else None


def moodle_plugin_copies(snap, paths: list[str], root_text: str) -> tuple[set[str], dict[str, dict]]:
    """The paths under folders that are another author's Moodle plugin (see the module's docstring), and each such folder's
    description as one library (``{"a/mod_x/": {"name": "mod_solo (Moodle plugin)", …}}``)."""
    folders = sorted({p.rpartition("/")[0] for p in paths if p.endswith("/version.php")})[:MAX_PLUGINS]
    if not folders:
        return set(), {}
    root = squeeze(root_text + "\n" + ((snap.read_head("version.php", HEAD_BYTES) or "") if "version.php" in paths else ""))
    packages: dict[str, dict] = {}
    for folder in folders:
        head = snap.read_head(folder + "/version.php", HEAD_BYTES) or ""
        if (holder := plugin_holder(head)) and holder not in root:
            component = _COMPONENT.search(head).group(1)
            packages[folder + "/"] = {"name": f"{component} (Moodle plugin)", "version": None, "license": None, "ecosystem": "php"}
    copies = tuple(packages)
    return ({p for p in paths if p.startswith(copies)} if copies else set()), packages
