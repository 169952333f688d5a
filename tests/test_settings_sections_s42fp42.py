"""reusability.configuration (issue 12, s42 fp42 = reader rh42, ThomasLafargue/mediatheque-arcachon).

A library's Streamlit app reads its settings from the environment; its project notes list them under "### Secrets requis" (a
fenced list of the keys) and its deployment guide gives a fenced `KEY = "value"` block to paste into the host's secrets. They were
counted undocumented ("6 undocumented"): a document's section about secrets or settings listing the names, or a fenced block of
assignments, documents them. Near miss: the same names listed under a heading about something else (a changelog) stay undocumented.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

APP = '''"""Outil des agents."""
import os

import streamlit as st

CLE = os.environ.get("CHAT_API_KEY", "")
JETON = os.environ.get("BASE_AUTH_TOKEN", "")
ADRESSE = os.environ.get("BASE_DATABASE_URL", "")
ACCES = os.environ.get("MOT_DE_PASSE_AGENTS", "")

st.title("Médiathèque")
st.write(bool(CLE and JETON and ADRESSE and ACCES))
'''

NOTES = """# État du projet

## Architecture

| Élément | Choix |
|---|---|
| App | `app.py` sur Streamlit |

### {heading}
```
CHAT_API_KEY
BASE_AUTH_TOKEN        (lecture)
MOT_DE_PASSE_AGENTS    (accès)
```
"""

GUIDE = """# Mise en ligne

1. Créez l'application sur l'hébergeur.
2. Dans les secrets, collez :
   ```
   CHAT_API_KEY = "cle"
   BASE_DATABASE_URL = "libsql://exemple"
   ```
"""

FILES = {"requirements.txt": "streamlit==1.40.0\n", "app.py": APP,
         "README.md": "# Médiathèque\n\nApplication Streamlit des agents : `streamlit run app.py`.\n"}


def _undocumented(tmp_path, files) -> list:
    r = check_result(tmp_path, files, "reusability.configuration")
    return r["details"].get("undocumented") or []


def test_a_secrets_section_and_a_pasted_block_document_the_settings(tmp_path):
    und = _undocumented(tmp_path, {**FILES, "notes/ETAT.md": NOTES.replace("{heading}", "Secrets requis"), "notes/MISE_EN_LIGNE.md": GUIDE})
    assert und == [], und


def test_names_under_another_heading_stay_undocumented(tmp_path):
    und = _undocumented(tmp_path, {**FILES, "notes/ETAT.md": NOTES.replace("{heading}", "Historique des versions")})
    assert "MOT_DE_PASSE_AGENTS" in und and "BASE_DATABASE_URL" in und, und
