"""reusability.install (issue 12, session 18 reader c1, a commune's Next.js site): the card of a local business in the site's
content collection (src/content/entreprises/exploitation-forestiere-schmitt.md: front matter with its name and phone, two
sentences on forestry) was cited as an "install document" because its name begins with "exploitation". A content page whose
text never speaks of installing, deploying or a server is the site's content; a documentation site's installation page stays
an install document."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

SITE = {
    "README.md": "# Site de la commune\n\nLe site officiel du village.\n\n## Installation\n\n```\nnpm ci\nnpm run build\n```\n",
    "package.json": '{\n  "name": "site-commune",\n  "private": true,\n  "scripts": {\n    "build": "next build",\n    "start": "next start"\n  },\n'
                    '  "dependencies": {\n    "next": "16.0.0",\n    "react": "19.0.0"\n  }\n}\n',
    "src/app/page.tsx": "export default function Page() {\n  return <main>Bienvenue</main>;\n}\n",
    "src/lib/entreprises.ts": "export const dossier = 'src/content/entreprises';\n",
    "src/content/entreprises/exploitation-agricole-martin.md": "---\nname: Exploitation agricole Martin\nactivity: Élevage\nphone: \"03 00 00 00 00\"\n---\n\n"
                                                               "Élevage de vaches laitières et vente de fromages à la ferme le samedi matin.\n",
    "src/content/entreprises/boulangerie-petit.md": "---\nname: Boulangerie Petit\nactivity: Boulangerie\n---\n\nPain au levain.\n",
    "src/content/docs/installation.md": "---\ntitle: Installation\n---\n\nInstaller les dépendances avec `npm ci` puis lancer le serveur.\n",
}


def test_a_content_entry_named_like_a_guide_is_no_install_document(tmp_path):
    report = run_audit(build(tmp_path / "r", SITE), tmp_path / "c", ["reusability.install"])
    ev = str(results(report)["reusability.install"]["evidence"])
    assert "exploitation-agricole-martin.md" not in ev, ev
    assert "src/content/docs/installation.md" in ev, ev
