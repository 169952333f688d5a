"""The back end on the domain the committers write from is the contractor's server (issue 12, s37 fj37 = reader ma37,
aympitre/villedelyon-android).

A city's app, committed by its contractor's staff from @c2is.fr, reads all its content from http://appvilledelyon.c2is.fr/…
(19 call sites). scaling.hosting classed c2is.fr "other" and passed, "No risky hosting dependency (3 other organisations)":
another territory has neither that server nor a contract with that company.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import run_audit, results

NEWS = ("package fr.ville.appli;\n\nimport java.net.URL;\n\npublic class Actualites {\n"
        "    String liste() throws Exception {\n        return new URL(\"http://appville.studio-exemple.fr/actualites.php?limit=20\").toString();\n    }\n"
        "    String detail(int id) throws Exception {\n        return new URL(\"http://appville.studio-exemple.fr/actualite.php?id=\" + id).toString();\n    }\n}\n")
FILES = {
    "README.md": "# Appli\n\nL'application de la ville.\n",
    "app/build.gradle": "apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion 22\n}\n",
    "app/src/main/AndroidManifest.xml": '<manifest package="fr.ville.appli"><application/></manifest>\n',
    "app/src/main/java/fr/ville/appli/Actualites.java": NEWS,
}


def hosting(tmp_path, email, name="r"):
    repo = make_repo(tmp_path / name, [{"files": FILES, "date": "2016-08-01T10:00:00Z", "message": "import", "author": ("Jean Dupont", email)},
                                       {"files": {"README.md": FILES["README.md"] + "\nVersion 2.\n"}, "date": "2016-08-25T10:00:00Z",
                                        "message": "v2", "author": ("Marie Durand", email.replace("jdupont", "mdurand"))}])
    return results(run_audit(repo, tmp_path / f"c-{name}", ["scaling.hosting"]))["scaling.hosting"]


def test_the_committers_company_server_is_the_contractors(tmp_path):
    r = hosting(tmp_path, "jdupont@studio-exemple.fr")
    assert r["status"] in ("warn", "fail"), r
    assert any(isinstance(e.get("value"), dict) and e["value"].get("class") == "commercial" and "studio-exemple.fr" in e["value"]["host"]
               for e in r["evidence"]), r["evidence"]
    assert "contractor" in r["details"]["risk"]["text"]["en"], r["details"]


def test_another_organisations_server_stays_other(tmp_path):
    r = hosting(tmp_path, "jdupont@agence-autre.fr", "n")
    assert r["status"] == "pass", r


def test_one_address_of_the_contractor_is_no_back_end(tmp_path, monkeypatch):
    # (a helper keeping one address on the contractor's server, the call commented out elsewhere: left with the other organisations)
    one = NEWS.replace('        return new URL("http://appville.studio-exemple.fr/actualite.php?id=" + id).toString();\n',
                       '        return String.valueOf(id);\n')
    monkeypatch.setitem(FILES, "app/src/main/java/fr/ville/appli/Actualites.java", one)
    r = hosting(tmp_path, "jdupont@studio-exemple.fr", "o")
    assert r["status"] == "pass", r
