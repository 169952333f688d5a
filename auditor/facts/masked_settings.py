"""A node-config or Feathers application's config/default.json whose values were masked before publishing (issue 12, s37 fa37,
numerique-gouv/ami-ia-dgcl: aclia_www/server/config/default.json, `"port": xxx`, `"user": "xxx"`, `"password": "xxx"`, `"host":
"xxx.168.222.204"`): the server's settings with each deployment's values to write in, so its settings template. The file is read
line by line, not parsed: a mask left unquoted (`"port": xxx`) makes it no valid JSON. One whose values are the defaults themselves
(`"port": 3000`, `"host": "localhost"`) is the application's own settings, no template."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test, is_vendored
from auditor.facts.secret_values import REDACTED
from auditor.lazyre import lazy_compile

# config/default.json (node-config's and Feathers' file of defaults, every other environment's file overriding it), at most two
# folders down (a component's: aclia_www/server/config/default.json)
_DEFAULTS_FILE = lazy_compile(r"^(?:[\w.-]+/){0,2}config/default\.(?:json5?|ya?ml)$")
# one setting on its line: `"user": "xxx",`, `port: xxx` (a parent key, `"db": {`, has no value on its line)
_SETTING_LINE = lazy_compile(r"""^[ \t]*["']?([\w.-]{1,80})["']?[ \t]*:[ \t]*(?![ \t{\[])(["']?)([^"'\n]{1,200}?)\2[ \t]*,?[ \t]*$""")
# a mask to replace: a run of x (xxx, XXXX), a name in angle brackets (<password>), a row of underscores, an ellipsis, a fill-in
# phrase (changeme, to_be_defined, à remplir, your_password)
_MASK = lazy_compile(r"^(?:x{3,}|<[^<>\n]{1,60}>|_{3,}|\.{3}|…|(?:do[-_]?)?change[-_]?me|to[-_]?(?:be[-_]?)?(?:changed|defined|filled|set)|"
                     r"[àa][-_ ]?(?:remplir|compl[ée]ter|d[ée]finir|renseigner)|your[-_ ]?[a-z_]{0,30})$", re.I)
# (or a host or address one of whose labels is such a run: "xxx.168.222.204", "db-xxx.example.fr")
_MASKED_LABEL = lazy_compile(r"(?:^|[-_])x{3,}(?:$|[-_])", re.I)
# a credential or an account's name among the masked settings: what a deployment must give
_CREDENTIAL = lazy_compile(r"pass|pwd|secret|token|key|user|login|account|credential", re.I)
MAX_DEFAULTS_BYTES = 64 * 1024
MAX_DEFAULTS_FILES = 10
MIN_MASKED = 3


def _masked(value: str) -> bool:
    value = value.strip()
    return bool(_MASK.match(value) or REDACTED.match(value)) or ("." in value and any(_MASKED_LABEL.search(p) for p in value.split(".")))


def masked_config_defaults(snap, entries) -> str | None:
    """The shallowest (then by path) config/default.json (or .json5, .yaml) among the first :data:`MAX_DEFAULTS_FILES`, 64 KB each,
    whose settings are masks to fill in: at least :data:`MIN_MASKED` of them, half of its settings or more, one a credential or an
    account (password, user, token)."""
    paths = sorted((e.path for e in entries if _DEFAULTS_FILE.search(e.path) and e.kind == "file" and not is_test(e.path)
                    and not is_vendored(e.path) and 0 < e.size <= MAX_DEFAULTS_BYTES), key=lambda p: (p.count("/"), p))
    for p in paths[:MAX_DEFAULTS_FILES]:
        settings = [(m.group(1), m.group(3)) for m in map(_SETTING_LINE.match, (snap.read_text(p, MAX_DEFAULTS_BYTES) or "").splitlines()) if m]
        masked = [key for key, value in settings if _masked(value)]
        if len(masked) >= MIN_MASKED and len(masked) * 2 >= len(settings) and any(_CREDENTIAL.search(k) for k in masked):
            return p
    return None
