"""A Python package's licence stated by its trove classifiers ("License :: OSI Approved :: GNU General Public License v3 (GPLv3)",
in setup.py, setup.cfg or pyproject.toml; PyPI shows it): a declaration of the licence like a ``license=`` field. The classifier names
are fixed (PyPI's list); those whose words do not say the SPDX id are named here, "v3" alone being "only" (PyPI has "v3 or later")."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# One classifier (as written in a string or on a setup.cfg line): its last part names the licence
CLASSIFIER = lazy_compile(r"""(?:^|["'\s])License :: (?:OSI Approved :: )?([^"'\n:][^"'\n]{1,118})""", )
MAX_CLASSIFIERS = 3

# classifier name -> SPDX id, where the words alone would read otherwise (a family without its version, "v3" without "only")
SPDX_OF: dict[str, str] = {
    "GNU General Public License v2 (GPLv2)": "GPL-2.0-only",
    "GNU General Public License v2 or later (GPLv2+)": "GPL-2.0-or-later",
    "GNU General Public License v3 (GPLv3)": "GPL-3.0-only",
    "GNU General Public License v3 or later (GPLv3+)": "GPL-3.0-or-later",
    "GNU Affero General Public License v3": "AGPL-3.0-only",
    "GNU Affero General Public License v3 or later (AGPLv3+)": "AGPL-3.0-or-later",
    "GNU Lesser General Public License v2 (LGPLv2)": "LGPL-2.0-only",
    "GNU Lesser General Public License v2 or later (LGPLv2+)": "LGPL-2.0-or-later",
    "GNU Lesser General Public License v3 (LGPLv3)": "LGPL-3.0-only",
    "GNU Lesser General Public License v3 or later (LGPLv3+)": "LGPL-3.0-or-later",
    "Apache Software License": "Apache-2.0",
    "MIT License": "MIT",
    "MIT No Attribution License (MIT-0)": "MIT-0",
    "ISC License (ISCL)": "ISC",
    "Mozilla Public License 2.0 (MPL 2.0)": "MPL-2.0",
    "Mozilla Public License 1.1 (MPL 1.1)": "MPL-1.1",
    "European Union Public Licence 1.0 (EUPL 1.0)": "EUPL-1.0",
    "European Union Public Licence 1.1 (EUPL 1.1)": "EUPL-1.1",
    "European Union Public Licence 1.2 (EUPL 1.2)": "EUPL-1.2",
    "CEA CNRS Inria Logiciel Libre License, version 2.1 (CeCILL-2.1)": "CECILL-2.1",
    "CeCILL-B Free Software License Agreement (CECILL-B)": "CECILL-B",
    "CeCILL-C Free Software License Agreement (CECILL-C)": "CECILL-C",
    "Eclipse Public License 2.0 (EPL-2.0)": "EPL-2.0",
    "Eclipse Public License 1.0 (EPL-1.0)": "EPL-1.0",
    "Boost Software License 1.0 (BSL-1.0)": "BSL-1.0",
    "The Unlicense (Unlicense)": "Unlicense",
    "CC0 1.0 Universal (CC0 1.0) Public Domain Dedication": "CC0-1.0",
    "Open Software License 3.0 (OSL-3.0)": "OSL-3.0",
    "PostgreSQL License": "PostgreSQL",
    "zlib/libpng License": "Zlib",
    "Python Software Foundation License": "PSF-2.0",
    "SIL Open Font License 1.1 (OFL-1.1)": "OFL-1.1",
    "Universal Permissive License (UPL)": "UPL-1.0",
}


def classifier_licences(text: str) -> list[tuple[str, int]]:
    """(classifier, line) of the licence classifiers in a setup.py, setup.cfg or pyproject.toml (the first three), as written."""
    out = []
    for m in CLASSIFIER.finditer(text):
        name = m.group(1).strip().rstrip(",")
        if name and not name.startswith(("Other/Proprietary", "OSI Approved")):
            out.append((f"License :: OSI Approved :: {name}" if "OSI Approved" in m.group(0) else f"License :: {name}",
                        text.count("\n", 0, m.start(1)) + 1))
        if len(out) >= MAX_CLASSIFIERS:
            break
    return out


def classifier_spdx(value: str) -> str | None:
    """The SPDX id of a licence classifier named in :data:`SPDX_OF`, else None (its words are read as any licence name)."""
    if not value.startswith("License :: "):
        return None
    return SPDX_OF.get(value.rsplit(" :: ", 1)[-1].strip())
