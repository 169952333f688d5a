"""A README sentence telling to set a web server's virtual host on the project's folder is a deployment step (issue 12, session 26
fixer d26; reader s25 o3: omigeot/SIG-CCPO).

A PHP map application of a communauté de communes whose README.TXT is plain text in capitals-titled chapters ("PRINCIPALES
MODIFICATIONS", "NOTES DIVERSES"): "* L'utilisation « simple » de la branche nécessite de faire pointer un hôte virtuel Apache vers
/gismeaux/application.", then the SSL directives to add and the tables to create. No chapter is named an installation and no
production is named, so the README had no deployment section and reusability.install said "no container, recipe or instructions"
(fail 0): it now finds written instructions (warn 4). Neighbours keep theirs: "At this point Apache is installed…" (a noun) and "Le
site pointe vers l'API" (no web server) set nothing up.
"""

from __future__ import annotations

from auditor.facts.readme import analyse
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for, run

README = ("ATTENTION: Ceci est en cours de travaux. Ce répertoire contient une expérimentation concernant la sécurisation des accès.\n\n"
          "Le but initial de cette branche est de tester de nouvelles idées et d'en discuter.\n\n"
          "PRINCIPALES MODIFICATIONS\n\n* Regroupement des branches en une seule branche, nommée \"application\".\n\n"
          "* Rationalisation des inclusions. Les fichiers PHP partagés se trouvent dans /inc.\n\n"
          "NOTES DIVERSES\n\n"
          "* L'utilisation \"simple\" de la branche nécessite de faire pointer un hôte virtuel Apache vers /gismeaux/application.\n\n"
          "* La configuration de la base de données reste identique. Quelques tables supplémentaires sont à créer dans admin_svg.\n\n"
          "TRUCS ENCORE A FAIRE (SELON LE TEMPS)\n\n* Passer à un \"vrai\" SRID.\n")
PAGES = {
    "index.php": "<?php\nsession_start();\n$commune = $_GET['insee'];\necho '<html><body>' . htmlspecialchars($commune) . '</body></html>';\n",
    "apps/cadastre/index.php": "<?php\n$parcelle = $_POST['parcelle'];\necho '<div>' . htmlspecialchars($parcelle) . '</div>';\n",
    "carto.php": "<?php\n$x = $_GET['x'];\n$y = $_GET['y'];\necho '<svg>' . intval($x) . intval($y) . '</svg>';\n",
}


def test_a_virtual_host_pointed_at_the_folder_is_the_deployment(tmp_path):
    assert [d["name"] for d in analyse(README, "README.TXT")["section_details"]].count("deployment") == 1  # was 0
    make_repo(tmp_path / "app", [{"files": {**PAGES, "README.TXT": README}}])
    install = run(ctx_for(tmp_path / "app"), "reusability.install")
    assert install.status.value == "warn" and install.details.get("instructions") is True, install.message  # was fail 0, instructions False


def test_a_noun_point_or_no_web_server_sets_nothing_up(tmp_path):
    from auditor.facts.readme_uses import served_folder_sentence

    assert not served_folder_sentence("At this point Apache is installed to /etc.")
    assert not served_folder_sentence("Le site pointe vers l'API de la communauté de communes.")
    assert served_folder_sentence("Le vhost doit pointer sur le dossier web.")
    plain = README.replace("nécessite de faire pointer un hôte virtuel Apache vers /gismeaux/application", "pointe vers l'API de la communauté")
    assert "deployment" not in [d["name"] for d in analyse(plain, "README.TXT")["section_details"]]
    make_repo(tmp_path / "app", [{"files": {**PAGES, "README.TXT": plain}}])
    install = run(ctx_for(tmp_path / "app"), "reusability.install")
    assert install.status.value == "fail", install.message
