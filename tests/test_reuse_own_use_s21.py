"""scaling.reuse passed "Reuse shown: 2 deployment(s) at public bodies" on a metropolis's repository (issue 12, session 21 reader r1,
sigrennesmetropole/geor_MapstoreExtension) whose README says the metropolis itself uses it ("used by <the Métropole> to create
custom plugins") and whose French README says the same sentence again: the owner's own use is no reuse by another territory, and
one deployment named in two languages is one."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

REUSE = "scaling.reuse"
SPONSOR = ".auditor.yml"
OWN = {
    "README.md": "# Map toolkit\n\nThis toolkit is used by Métropole de Valbourg to build the plugins of its map viewer.\n\n## Build\n\nnpm run build\n",
    "docs/README_FR.md": "# Boîte à outils\n\nCette boîte à outils est utilisée par Métropole de Valbourg pour construire les plugins de sa visionneuse.\n",
    SPONSOR: "version: 1\nsponsor:\n  type: local-authority\n  name: Métropole de Valbourg\n",
}


def test_the_sponsors_own_use_is_no_reuse(tmp_path):
    report, res = judge(tmp_path, OWN, [REUSE])
    r = res[REUSE]
    assert r["status"] != "pass" and "Métropole de Valbourg" not in r["message"]["fr"].split("(")[0], r["message"]
    assert r["status"] == "inconclusive" and "porteur lui-même" in r["message"]["fr"] and "sponsor's own" in r["message"]["en"], r["message"]


def test_one_deployment_named_in_two_languages_is_one(tmp_path):
    files = {"README.md": "# Map toolkit\n\nThis toolkit is used by Ville de Kerbrat for its map viewer.\n",
             "docs/README_FR.md": "# Boîte à outils\n\nCette boîte à outils est utilisée par Ville de Kerbrat pour sa visionneuse.\n"}
    r = judge(tmp_path, files, [REUSE])[1][REUSE]
    assert r["status"] == "warn" and "1 déploiement(s)" in r["message"]["fr"], r["message"]


def test_other_bodies_using_the_sponsors_project_still_count(tmp_path):
    files = dict(OWN, **{"docs/usages.md": "# Usages\n\nLa boîte à outils est aussi utilisée par Ville de Kerbrat.\n\n"
                                           "Elle est utilisée par Communauté de communes du Haut-Pays depuis 2024.\n"})
    r = judge(tmp_path, files, [REUSE])[1][REUSE]
    assert r["status"] == "pass" and "Kerbrat" in r["message"]["fr"], r["message"]


def test_the_body_named_after_the_reuse_words():
    from auditor.facts.scaling.reuse import named_body

    assert named_body("This project is used by Rennes Métropole to create custom plugins") == "rennes metropole"
    assert named_body("Ce projet est utilisé par Rennes Métropole pour créer des plugins") == "rennes metropole"
    assert named_body("utilisée par Communauté de communes du Haut-Pays depuis 2024") == "communaute de communes du haut-pays"
    assert named_body("utilisé par la ville de Lyon") == "ville de lyon"
    assert named_body("utilisé par des collectivités") == ""
