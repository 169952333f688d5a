"""``ident.address-records``: a directory's street addresses kept in a front end's module (issue 12, s38 fp38 = adminnono/annuaire-mairie-
saint-symphorien), read by ``interoperability.public-building-blocks`` beside :mod:`auditor.facts.ident_signals`' address signals.
Registered through :data:`auditor.facts.signal_registry.SIGNAL_MODULES`."""

from __future__ import annotations

import functools
import itertools
import re

from auditor.facts.scaling.signals import in_block_comment as _in_block_comment
from auditor.facts.signal_registry import signal
from auditor.lazyre import lazy_compile

# a record's address given as a street address ("adresse": "1 av. Général Leclerc", a number then a way), and a file holding three of
# them at least: a directory of places (a commune's shops and associations, with their phones) whose postal addresses the project keeps
# and shows, which the API Adresse would normalise, not one body's contact block (issue 12, s38 fp38 = adminnono/annuaire-mairie-saint-symphorien)
_WAY = r"(?:rue|r\.|av\.?|avenue|bd\.?|boulevard|place|pl\.|chemin|ch\.|route|rte\.?|all[ée]e|impasse|imp\.|quai|cours|square|lotissement|lot\.|r[ée]sidence|hameau)"
_STREET_RECORD = lazy_compile(r"""\badresses?['"]?[ \t]*[:=][ \t]*['"`][ \t]*\d{1,4}(?:[ \t]*(?:bis|ter|[a-c]))?,?[ \t]+""" + _WAY + r"""(?!\w)""", re.I)


@functools.lru_cache(maxsize=8)
def _directory(text: str) -> bool:
    return sum(1 for _ in itertools.islice(_STREET_RECORD.finditer(text[:512 * 1024]), 3)) >= 3


# (a signal of its own: such records are kept in a front end's data modules, src/data/commerces.ts, which the scan calls data)
signal("ident.address-records", _STREET_RECORD.pattern, ("adresse",), flags=re.I, exts=("js", "jsx", "ts", "tsx", "mjs", "vue", "svelte"),
       classes=("code", "template", "data"), accept=lambda m: _directory(m.string) and not _in_block_comment(m))
