"""scaling.personal-data (issue 12, s39 fi39 = reader ma39, CACEM-TEAM/Avc_lapu).

An agglomeration's intervention requests: the table `demandes` holds `responsable VARCHAR(255)` beside `email`, and the Vue form
fills it from the signed-in agent's identity token (`form.value.responsable = `${tokenData.given_name} ${tokenData.family_name}``).
Only the e-mail was reported. A column the code fills from an identity token's given_name / family_name holds a person's name,
whatever its name.
Near miss: the same column filled from a plain text input of the form stays unknown (only the e-mail).
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

SCHEMA = ("CREATE TABLE IF NOT EXISTS demandes (\n  id INT AUTO_INCREMENT PRIMARY KEY,\n  intitule VARCHAR(255) NOT NULL,\n"
          "  responsable VARCHAR(255) NOT NULL,\n  email VARCHAR(255) NOT NULL,\n  date_action DATE NOT NULL\n);\n")
FORM = ("<template>\n  <form @submit.prevent=\"envoyer\">\n    <input v-model=\"form.intitule\" />\n  </form>\n</template>\n<script setup>\n"
        "import { ref, onMounted } from 'vue'\nimport keycloak from '../keycloak'\nconst form = ref({ intitule: '', responsable: '', email: '' })\n"
        "onMounted(() => {\n  const tokenData = keycloak.tokenParsed\n"
        "  form.value.responsable = `${tokenData.given_name} ${tokenData.family_name}`\n  form.value.email = tokenData.email\n})\n</script>\n")


def personal(tmp_path, form):
    files = {"README.md": "# Demandes\n\nDemandes d'intervention des agents.\n", "backend/schema.sql": SCHEMA, "frontend/src/views/Demande.vue": form}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2025-06-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.personal-data"]))
    return report["results"][0]


def test_a_column_filled_from_the_tokens_names_is_a_name(tmp_path):
    r = personal(tmp_path, FORM)
    assert "name" in r["message"]["en"] and "e-mail" in r["message"]["en"], r["message"]  # was "e-mail address" only
    fields = [f for e in r["evidence"] if isinstance(e.get("value"), dict) for f in e["value"].get("fields") or []]
    assert "responsable (identity)" in fields, fields


def test_the_same_column_from_a_plain_input_stays_unknown(tmp_path):
    plain = FORM.replace("`${tokenData.given_name} ${tokenData.family_name}`", "''").replace(
        "<input v-model=\"form.intitule\" />", "<input v-model=\"form.intitule\" />\n    <input v-model=\"form.responsable\" />")
    r = personal(tmp_path, plain)
    fields = [f for e in r["evidence"] if isinstance(e.get("value"), dict) for f in e["value"].get("fields") or []]
    assert "responsable (identity)" not in fields and "email (email)" in fields, (r["message"], fields)
