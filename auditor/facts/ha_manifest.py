"""The Python requirements a Home Assistant integration declares in its ``manifest.json`` (``custom_components/<domain>/manifest.json``,
the layout Home Assistant loads custom integrations from and HACS installs): ``"requirements": ["beautifulsoup4>=4.12.0",
"requests>=2.28.0"]``, which Home Assistant installs with pip when it loads the integration (developers.home-assistant.io,
"Integration manifest": requirements). No requirements.txt beside it: that list is the integration's dependency declaration,
pinned when every package carries ``==version``; the host's own packages (homeassistant, voluptuous) are not declared there
(issue 12, s32 b32: Eric-D/ha-mediatheque-veauche was "4 Python modules imported by the code … declared in no manifest")."""

from __future__ import annotations

from auditor import safejson
from auditor.lazyre import lazy_compile

MAX_INTEGRATIONS = 20
_PACKAGE = lazy_compile(r"^[ \t]*([A-Za-z0-9][A-Za-z0-9._-]{0,100})(\[[^\]]{0,100}\])?[ \t]*(==|>=|<=|~=|!=|<|>)?")
# the keys that make a manifest.json Home Assistant's (a web app's manifest has name, icons, start_url; an add-on's others)
_HA_KEYS = frozenset({"iot_class", "config_flow", "codeowners", "integration_type", "issue_tracker"})


def is_integration_manifest(path: str) -> bool:
    """A custom integration's manifest by its place: custom_components/<domain>/manifest.json."""
    parts = path.split("/")
    return len(parts) == 3 and parts[0] == "custom_components" and parts[2] == "manifest.json"


def integration_requirements(text: str) -> list[str] | None:
    """The requirement strings of a Home Assistant integration manifest (a JSON object with a ``domain`` and one of the keys
    only Home Assistant's manifests carry), [] when it declares none; None when the text is no such manifest."""
    try:
        data = safejson.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("domain"), str) or not _HA_KEYS & set(data):
        return None
    reqs = data.get("requirements")
    return [r for r in reqs[:100] if isinstance(r, str) and r.strip()] if isinstance(reqs, list) else []


def integration_manifests(snap) -> list[dict]:
    """A manifests-fact entry per custom integration whose manifest declares its requirements (none too), in path order, at most
    MAX_INTEGRATIONS (ecosystem ``homeassistant``)."""
    out = []
    for path in sorted(p for p in snap.files if is_integration_manifest(p))[:MAX_INTEGRATIONS]:
        text = snap.read_text(path, limit=256 * 1024) or ""
        reqs = integration_requirements(text)
        if reqs is None:
            continue
        # ("requirements": [] is a declaration too: the integration needs nothing beyond Home Assistant, whose own packages
        # — aiohttp, voluptuous — it imports; issue 12, s34 n34)
        found = [m for m in (_PACKAGE.match(r) for r in reqs) if m]
        out.append({"path": path, "ecosystem": "homeassistant", "name": path.split("/")[1],
                    "dependencies": sorted({m.group(1).lower() for m in found}), "dev_dependencies": [],
                    "lockfile": path if all(m.group(3) == "==" for m in found) else None, "error": None})
    return out
