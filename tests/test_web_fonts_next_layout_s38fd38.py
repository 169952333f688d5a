"""The web fonts a Next.js layout loads count in the font budget (issue 12, s38 fd38 = reader rb38's GeyssA/cen-corse-app).

cen-corse-app: a Next.js application whose src/app/layout.tsx imports two families from next/font/google (each downloaded at the
build and served to every page) and links two Google Fonts stylesheets in its <head>: four families, over the budget of two.
interoperability.accessibility-and-ecodesign credited "budget de polices (aucune police propre au projet)": the web_fonts fact read
stylesheets and server pages only. Rule now: a script or component (.tsx, .jsx, .js…) naming a font service or next/font is read
for the hosted service's stylesheet links and next/font/google's imported families. Near miss: a layout using the system fonts
(no font imported, no font link) keeps its budget."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

LAYOUT = ('import type { Metadata } from "next";\nimport { Roboto_Slab, Inter } from "next/font/google";\nimport "./globals.css";\n\n'
          'const inter = Inter({ subsets: ["latin"] });\nconst slab = Roboto_Slab({ subsets: ["latin"], variable: "--font-slab" });\n\n'
          'export const metadata: Metadata = { title: "Conservatoire" };\n\n'
          'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (\n    <html lang="fr">\n'
          '      <head>\n        <link href="https://fonts.googleapis.com/css2?family=Lobster:wght@400&display=swap" rel="stylesheet" />\n'
          '        <link href="https://fonts.googleapis.com/css2?family=Merriweather+Sans:wght@400;700&display=swap" rel="stylesheet" />\n'
          '      </head>\n      <body className={`${inter.className} ${slab.variable}`}>{children}</body>\n    </html>\n  );\n}\n')
PLAIN = ('import "./globals.css";\n\nexport default function RootLayout({ children }: { children: React.ReactNode }) {\n'
         '  return (\n    <html lang="fr">\n      <body>{children}</body>\n    </html>\n  );\n}\n')
BASE = {"README.md": "# Application du conservatoire\n\nPrésentation de l'équipe, des projets et des sondages.\n",
        "package.json": '{"name": "app", "scripts": {"build": "next build"}, "dependencies": {"next": "15.0.0", "react": "19.0.0"}}\n',
        "src/app/globals.css": "body { margin: 0; font-family: system-ui, sans-serif; }\n",
        "src/app/page.tsx": "export default function Home() {\n  return <main><h1>Accueil</h1></main>;\n}\n"}


def _a11y(tmp_path, layout: str, name: str):
    return judge(tmp_path, {**BASE, "src/app/layout.tsx": layout}, [A11Y], name=name)


def test_a_next_layouts_google_fonts_are_counted(tmp_path):
    report, res = _a11y(tmp_path, LAYOUT, "next")
    r = res[A11Y]
    assert r["status"] != "not_applicable", r["message"]
    present = r["message"]["fr"].split("manquants")[0]
    assert "budget de polices" not in present and "budget de polices (4 famille(s)" in r["message"]["fr"], r["message"]["fr"]
    found = [e for e in r["evidence"] if isinstance(e.get("value"), dict) and "families" in e["value"]]
    assert found and sorted(found[0]["value"]["families"]) == ["inter", "lobster", "merriweathersans", "robotoslab"], found
    assert found[0]["path"] == "src/app/layout.tsx" and found[0]["kind"] == "finding", found


def test_near_miss_a_layout_on_the_system_fonts_keeps_its_budget(tmp_path):
    report, res = _a11y(tmp_path, PLAIN, "plain")
    r = res[A11Y]
    assert "budget de polices (aucune police propre au projet)" in r["message"]["fr"], r["message"]["fr"]
