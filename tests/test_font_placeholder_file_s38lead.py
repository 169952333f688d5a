"""A text placeholder under a font's name is no font (issue 12, s38 lead = re-reader vc38 on RAYAN-DOB/Server-Supervision).

A Next.js application loads two families from next/font/google in its layout and commits public/fonts/CalSans-SemiBold.woff2, a
113-byte text file ("# Placeholder for Cal Sans font") that nothing loads. Once fd38 counted next/font's families, the placeholder
made a third family and interoperability.accessibility-and-ecodesign said "Too many downloaded fonts". A WOFF, WOFF2, TrueType
or OpenType file opens on its format's signature: a small font-named file that does not is not counted. Near
miss: a real font's bytes under the same name still count, making three families."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"
LAYOUT = ('import { Inter, Plus_Jakarta_Sans } from "next/font/google";\n\nconst inter = Inter({ subsets: ["latin"] });\n'
          'const jakarta = Plus_Jakarta_Sans({ subsets: ["latin"] });\n\nexport default function RootLayout({ children }) {\n'
          '  return <html lang="fr"><body className={inter.className}>{children}</body></html>;\n}\n')
BASE = {"README.md": "# Supervision\n\nTableau de bord de supervision des serveurs de la ville.\n",
        "package.json": '{"name": "supervision", "scripts": {"build": "next build"}, "dependencies": {"next": "15.0.0", "react": "19.0.0"}}\n',
        "app/layout.tsx": LAYOUT, "app/page.tsx": "export default function Home() {\n  return <main><h1>Alertes</h1></main>;\n}\n"}
# the first bytes of a WOFF2 file: signature, flavour (TrueType), length, table count, reserved — NUL bytes among them
WOFF2 = b"wOF2\x00\x01\x00\x00\x00\x00\x10\x00\x00\x0c\x00\x00" + bytes(range(256)) * 8


def _fonts(tmp_path, font, name):
    r = judge(tmp_path, {**BASE, "public/fonts/CalSans-SemiBold.woff2": font}, [A11Y], name=name)[1][A11Y]
    return next(e["value"]["families"] for e in r["evidence"] if isinstance(e.get("value"), dict) and "families" in e["value"])


def test_a_text_placeholder_named_like_a_font_is_no_font(tmp_path):
    assert _fonts(tmp_path, "# Placeholder for Cal Sans font\n# Download it and put it here\n", "text") == ["inter", "plusjakartasans"]


def test_a_real_fonts_bytes_still_count(tmp_path):
    assert _fonts(tmp_path, WOFF2, "font") == ["calsans", "inter", "plusjakartasans"]
