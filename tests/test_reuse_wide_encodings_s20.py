"""Files saved as UTF-16 or UTF-32 with a byte-order mark, read as ``reuse lint`` (6.2) reads them (issue 12, session 20 f3:
the check against ``reuse lint --json``). reuse decodes a file with the encoding libmagic finds in its first 2,048 bytes, and
libmagic calls such a file UTF-16/UTF-32 text (a Windows resource script, a PowerShell module manifest saved as "Unicode"),
so its SPDX tags and copyright notices count; the auditor took every file with a NUL byte in its head for binary and found
nothing in them. A wide file whose code units include a control character or U+FFFE stays binary for both, as does UTF-16
without a mark. Expected values were read from ``reuse lint --json`` (reuse 6.2.0, libmagic 5.44) run on this fixture."""

from __future__ import annotations

from tests.test_reuse_lint import _scan

C = "SPDX-FileCopyrightText: 2025 Département de l'Exemple"
BOM16LE, BOM16BE, BOM32LE = b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00"


def _u16le(text: str) -> bytes:
    return BOM16LE + text.encode("utf-16-le")


FILES = {
    "LICENSES/EUPL-1.2.txt": "EUPL text\n",
    # wide text: tags found
    "win/app.rc": _u16le(f"// {C}\r\n// SPDX-License-Identifier: EUPL-1.2\r\n#include \"resource.h\"\r\n"),
    "win/strings.rc": BOM16BE + f"// {C}\n// SPDX-License-Identifier: EUPL-1.2\nSTRINGTABLE\n".encode("utf-16-be"),
    "win/table.txt": BOM32LE + f"{C}\nSPDX-License-Identifier: EUPL-1.2\nnom;code\n".encode("utf-32-le"),
    "tools/Outils.psd1": _u16le("@{\r\n    Author = 'Service SIG'\r\n    Copyright = '(c) 2025 Service SIG'\r\n}\r\n"),
    # binary for libmagic, so for reuse: a control character in a wide file, UTF-16 without a mark, an image
    "win/blob.bin": _u16le(f"\x01\x02 {C}\nSPDX-License-Identifier: EUPL-1.2\n"),
    "win/nomark.rc": f"// {C}\n// SPDX-License-Identifier: EUPL-1.2\n".encode("utf-16-le"),
    "img/logo.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + C.encode(),
    # the neighbouring right case: UTF-8 with a mark, unchanged
    "src/app.py": "\ufeff# " + C + "\n# SPDX-License-Identifier: EUPL-1.2\nprint(1)\n",
}
# (copyright found, license found) per covered file, as reuse lint --json (6.2.0) reports them on this fixture
EXPECTED = {
    "win/app.rc": (True, True), "win/strings.rc": (True, True), "win/table.txt": (True, True), "tools/Outils.psd1": (True, False),
    "win/blob.bin": (False, False), "win/nomark.rc": (False, False), "img/logo.png": (False, False), "src/app.py": (True, True),
}


def test_wide_text_files_are_read_as_reuse_lint_reads_them(repo):
    r = _scan(repo([{"files": FILES}]))
    missing = {x["path"]: x["missing"] for x in r["examples"]}
    found = {p: ("copyright" not in missing.get(p, []), "license" not in missing.get(p, [])) for p in EXPECTED}
    assert found == EXPECTED
    # reuse lint: 8 files, 5 with copyright, 4 with licensing information, not compliant
    assert (r["covered"], r["covered"] - r["missing_copyright"], r["covered"] - r["missing_license"]) == (8, 5, 4)
    assert r["licenses_used"] == {"EUPL-1.2": 4} and r["compliant"] is False


def test_a_repository_tagged_in_utf16_is_compliant(repo):
    files = {k: FILES[k] for k in ("LICENSES/EUPL-1.2.txt", "win/app.rc", "win/strings.rc", "src/app.py")}
    r = _scan(repo([{"files": files}]))
    assert r["compliant"] is True and r["compliant_files"] == r["covered"] == 3
