"""interoperability.accessibility-and-ecodesign (issue 12, s42 fp42 = reader rh42, D-OTIsud/Bertel).

A tourism base's editor has a form where an establishment records its own website's audit (`<Field label="Audit RGAA site web">
<Input value="Niveau AA partiel"/></Field>`, beside "Registre public d'accessibilité"): it was read as the project's RGAA statement
("Present: RGAA statement"). A form field's label or placeholder is a value an entity fills, no statement of the project's
accessibility. Near miss: a footer link stating the site's conformity stays a statement.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

EDITOR = """import { Field, Input } from './ui';

export function FicheAudit({ fiche }) {
  return (
    <section>
      <Field label="Audit RGAA site web"><Input value={fiche.audit} placeholder="A · AA · AAA"/></Field>
      <Field label="Inscription Acceslibre"><Input value={fiche.acceslibre}/></Field>
    </section>
  );
}
"""

FOOTER = """export function Pied() {
  return <footer><a href="/mentions-legales">Mentions légales</a> <a href="/accessibilite">Accessibilité : partiellement conforme</a></footer>;
}
"""

FILES = {"package.json": '{"name": "fiches-ui", "private": true, "scripts": {"build": "vite build"}, "dependencies": {"react": "19.0.0"}, '
                         '"devDependencies": {"vite": "6.0.3"}}\n',
         "index.html": "<!doctype html><html lang=\"fr\"><head><title>Fiches</title></head><body><div id=\"root\"></div>"
                       "<script type=\"module\" src=\"/src/main.jsx\"></script></body></html>\n",
         "src/main.jsx": "import { createRoot } from 'react-dom/client';\nimport { FicheAudit } from './FicheAudit';\n"
                         "createRoot(document.getElementById('root')).render(<FicheAudit fiche={{}} />);\n",
         "src/FicheAudit.jsx": EDITOR}


def test_a_form_fields_rgaa_label_is_no_statement(tmp_path):
    r = check_result(tmp_path, FILES, "interoperability.accessibility-and-ecodesign")
    assert "FicheAudit.jsx" not in str(r["evidence"]), r["evidence"]


def test_a_footer_conformity_link_stays_a_statement(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/Pied.jsx": FOOTER}, "interoperability.accessibility-and-ecodesign")
    assert "Pied.jsx" in str(r["evidence"]), (r["message"], r["evidence"])
