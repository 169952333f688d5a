"""Rebuild ``licenses.json.gz`` (run by maintainers, never at audit time).

Inputs (paths given on the command line, nothing is downloaded here):
- ``spdx-full.json`` of the npm package ``spdx-license-list`` (CC0-1.0): SPDX License List texts;
- the ``spdx_license_list`` Python package (MIT): SPDX metadata (OSI, FSF libre, deprecated);
- ScanCode toolkit's ``licensedcode/data/licenses`` folder (CC-BY-4.0): the official *other
  language* versions of CeCILL-2.1, CeCILL-B and CeCILL-C (French; ScanCode's English ones too) and Licence Ouverte
  2.0 (English), which the SPDX list does not carry. They are attached to the SPDX id.

    python -m auditor.licenses.build_data SPDX_FULL_JSON SPDX_LICENSE_LIST_DIR SCANCODE_LICENSES_DIR
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

# ScanCode key -> (SPDX id, language) for the official versions missing from the SPDX list.
EXTRA_TEXTS = {
    "cecill-2.1-fr": ("CECILL-2.1", "fr"),
    "cecill-b": ("CECILL-B", "fr"),
    "cecill-c": ("CECILL-C", "fr"),
    "cecill-b-en": ("CECILL-B", "en"),
    "cecill-c-en": ("CECILL-C", "en"),
    "etalab-2.0-en": ("etalab-2.0", "en"),
    "cecill-2.0-fr": ("CECILL-2.0", "fr"),
}
# Languages of SPDX texts that are not in English.
SPDX_TEXT_LANG = {"CECILL-B": "en", "CECILL-C": "en", "CECILL-2.1": "en", "etalab-2.0": "fr", "CECILL-1.0": "fr",
                  "CECILL-2.0": "en", "CECILL-1.1": "en"}


def scancode_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if raw.startswith("---"):
        raw = raw.split("---", 2)[2]
    return raw.strip() + "\n"


def main(spdx_full: str, sll_dir: str, scancode_dir: str) -> None:
    sys.path.insert(0, sll_dir)
    import spdx_license_list as sll  # noqa: PLC0415

    full = json.loads(Path(spdx_full).read_text(encoding="utf-8"))
    out: dict = {}
    for lid, meta in sll.LICENSES.items():
        entry = {"name": meta.name, "osi": bool(meta.osi_approved), "fsf": bool(meta.fsf_libre),
                 "deprecated": bool(meta.deprecated_id), "texts": []}
        text = (full.get(lid) or {}).get("licenseText")
        if text and not meta.deprecated_id:
            entry["texts"].append({"lang": SPDX_TEXT_LANG.get(lid, "en"), "source": "spdx", "text": text.replace("\r\n", "\n")})
        out[lid] = entry
    for key, (lid, lang) in EXTRA_TEXTS.items():
        p = Path(scancode_dir) / f"{key}.LICENSE"
        out[lid]["texts"].append({"lang": lang, "source": f"scancode:{key}", "text": scancode_text(p)})
    data = {
        "spdx_license_list_version": "3.28.0",
        "texts_from": "npm spdx-license-list 6.12.0 (SPDX License List 3.28.0, CC0-1.0); ScanCode licensedcode data (CC-BY-4.0) for "
                      + ", ".join(sorted(EXTRA_TEXTS)),
        "metadata_from": "PyPI spdx-license-list 3.29.0 (SPDX License List 3.29.0)",
        "licenses": out,
    }
    target = Path(__file__).with_name("licenses.json.gz")
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    print(target, target.stat().st_size, "bytes,", sum(1 for v in out.values() if v["texts"]), "licenses with text")


if __name__ == "__main__":
    main(*sys.argv[1:4])
