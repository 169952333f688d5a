"""Session 31 (issue 12, reader m23o2): a password committed under its French key name (mdp, mot_de_passe, motDePasse) in a
settings file is a secret (reusability.secrets)."""
from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

CHECK = "reusability.secrets"
MODULE = "module/affichage/alfresco-global.properties"


def _judge(tmp_path, files, name):
    return results(run(build(tmp_path / name, files), tmp_path / f"c-{name}", only=[CHECK]))[CHECK]


def _files(props: str, yml: str) -> dict:
    return {"README.md": "# Affichage des actes\n", "pom.xml": "<project><artifactId>affichage</artifactId></project>\n",
            "src/main/java/fr/dep/Envoi.java": "package fr.dep;\npublic class Envoi {}\n",
            MODULE: "# Paramètres de connexion au webservice\naffichage.hote=https://ged.example.org\n" + props
            + "affichage.envoi.cronExpression=0 0/5 * * * ?\n",
            "config/application.yml": "publication:\n  url: https://ged.example.org\n" + yml}


def test_a_module_password_under_a_french_key_is_a_secret(tmp_path):
    res = _judge(tmp_path, _files("affichage.login=Kq7vXw2pLm9sTr4b\naffichage.mdp=Hb3dEf6hJk9mNp2q\n",
                                  "  motDePasse: \"Zr8yXc7wVv6uQ1p\"\n"), "mdp")
    assert res["status"] == "fail", res["message"]
    lines = {(e["path"], e.get("line")) for e in res["evidence"]}
    assert (MODULE, 4) in lines and ("config/application.yml", 3) in lines, res["evidence"]


def test_french_keys_with_placeholders_stay_clean(tmp_path):
    res = _judge(tmp_path, _files("affichage.login=votre_login\naffichage.mdp=${AFFICHAGE_MDP}\n",
                                  "  motDePasse: mot-de-passe\n  cmdp: Zr8yXc7wVv6uQ1p\n"), "ok")
    assert res["status"] == "pass", res["message"]
