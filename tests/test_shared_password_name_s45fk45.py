"""interoperability.auth, reusability.secrets and reusability.configuration (issue 12, s45 fk45 = reader rg45,
FredericCaetano/mission-agglo-brive): src/App.jsx of a React inspection app writes its shared sign-in password as a constant
named for who shares it (``const MOT_DE_PASSE_COMMUN = "…"``) and its "Connexion" page compares what was typed with it
(``if (mdp !== MOT_DE_PASSE_COMMUN)``). Only names ending on the password's word were read (MOT_DE_PASSE, ADMIN_PASSWORD):
auth said "no sign-in", secrets passed, configuration said the code "writes no password". A word after the password's saying
which password it is (COMMUN, SHARED, equipe) keeps it a key; a word about a password (MIN_LENGTH, KEY, Field) does not."""

from __future__ import annotations

from auditor.facts.access_codes import compared_codes
from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["interoperability.auth", "reusability.secrets", "reusability.configuration"]
PACKAGE = '{"name": "tournee", "private": true, "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}, "devDependencies": {"vite": "^5.0.0"}}\n'
APP = """import { useState } from "react";

const CODE_EQUIPE_PARTAGE = "Tq83!zLw";

export function PageConnexion({ onEntrer }) {
  const [saisie, setSaisie] = useState("");
  const [erreur, setErreur] = useState("");
  const valider = () => {
    if (saisie !== CODE_EQUIPE_PARTAGE) { setErreur("Mot de passe incorrect."); return; }
    onEntrer();
  };
  return (
    <div>
      <h2>Connexion</h2>
      <input type={"text"} value={saisie} onChange={(e) => setSaisie(e.target.value)} />
      <button onClick={valider}>Entrer</button>
      {erreur && <p>{erreur}</p>}
    </div>
  );
}
"""
SHARED = APP.replace("CODE_EQUIPE_PARTAGE", "MOT_DE_PASSE_EQUIPE")
# near miss: a constant about the password (its minimum length's message), compared with the typed value's length
ABOUT = (APP.replace('const CODE_EQUIPE_PARTAGE = "Tq83!zLw";', 'const MOT_DE_PASSE_MIN_LENGTH = "huit";')
         .replace("saisie !== CODE_EQUIPE_PARTAGE", "saisie.length !== MOT_DE_PASSE_MIN_LENGTH"))


def run(tmp_path, app: str, name: str) -> dict:
    files = {"package.json": PACKAGE, "index.html": '<div id="root"></div><script type="module" src="/src/main.jsx"></script>\n',
             "src/main.jsx": 'import { createRoot } from "react-dom/client";\nimport { PageConnexion } from "./App";\n'
                             'createRoot(document.getElementById("root")).render(<PageConnexion onEntrer={() => {}} />);\n',
             "src/App.jsx": app}
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", CHECKS))


def test_a_password_named_for_who_shares_it_is_compared():
    assert compared_codes(SHARED) == [(3, "Tq83!zLw")]
    assert compared_codes('const passwordShared = "Tq83!zLw";\nif (typed === passwordShared) ok();\n') == [(1, "Tq83!zLw")]
    assert compared_codes('const mdp_commun = "Tq83!zLw";\nif (mdp_commun == typed) ok();\n') == [(1, "Tq83!zLw")]


def test_a_name_about_a_password_is_no_key():
    assert compared_codes(ABOUT) == []
    assert compared_codes('const PASSWORD_KEY = "app_pwd1";\nif (k === PASSWORD_KEY) go();\n') == []
    assert compared_codes('const passwordField = "pwd-input";\nif (el.id === passwordField) go();\n') == []


def test_the_shared_password_page_signs_in_and_commits_a_secret(tmp_path):
    r = run(tmp_path, SHARED, "shared")
    auth, secrets, conf = r["interoperability.auth"], r["reusability.secrets"], r["reusability.configuration"]
    assert auth["status"] == "fail" and auth["details"]["local_login"], (auth["message"], auth["evidence"])  # was not_applicable
    assert [(e["path"], e["line"]) for e in auth["evidence"]] == [("src/App.jsx", 9)], auth["evidence"]
    assert secrets["status"] == "fail", secrets["message"]  # was pass
    assert [(e["path"], e["line"]) for e in secrets["evidence"]] == [("src/App.jsx", 3)], secrets["evidence"]
    assert "Tq83" not in str(secrets) and "Tq83" not in str(auth) and "Tq83" not in str(conf)
    assert conf["status"] == "fail", conf["message"]  # was not_applicable "writes no key, password…"


def test_a_constant_about_the_password_keeps_the_old_verdicts(tmp_path):
    r = run(tmp_path, ABOUT, "about")
    assert r["interoperability.auth"]["status"] == "not_applicable", r["interoperability.auth"]["evidence"]
    assert r["reusability.secrets"]["status"] == "pass", r["reusability.secrets"]["evidence"]
    assert r["reusability.configuration"]["status"] == "not_applicable", r["reusability.configuration"]["message"]
