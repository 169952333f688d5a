"""Which part of the repository a settings template speaks for."""

from __future__ import annotations

from auditor.facts.textscan import CODE_EXT
from auditor.facts.tree import tree_of


def template_covers(ctx):
    """``covers(key, path)``: whether the template holding ``key`` (``[template path, key]``) sets the settings of the code file
    ``path``. A template in a top-level folder holding code of its own sets that part's settings: frontend/env.template's
    VITE_LOCALHOST, the front end's development proxy, sets nothing of backend/migrations/…/create_mappings.sh's search server; a
    template at the root, or in a folder of settings holding no code (config/), any part's (issue 12, s47 fg47 =
    OPEN-ENT-NG/ressource-aggregator, "which the template sets (VITE_LOCALHOST in frontend/env.template)")."""
    coded = {e.path.split("/", 1)[0] for e in tree_of(ctx) if "/" in e.path and e.ext in CODE_EXT}

    def covers(key: list, path: str) -> bool:
        part = key[0].split("/", 1)[0] if "/" in key[0] else ""
        return not part or part not in coded or path.startswith(part + "/")
    return covers
