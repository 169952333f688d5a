"""README reading, session 19 (h1): cases session 18's readers left open (issue 12)."""

from tests.test_readme_state_s12 import readme_fact
from tests.test_reusability_fixtures import build, run_audit


def test_what_is_x_under_a_readme_title_is_the_project(tmp_path):
    """NavitiaProfilerBundle (s18 c2, dropped fork; a regression of readme v107): its README's title is "README", then
    "What is X ?" over a one-line description, then "Running X Tests". X is the project (another heading names it again), not
    another subject: the line is the description and the heading the purpose. A Markdown tutorial's question keeps no purpose."""
    text = ("README\n======\n\nWhat is RouteTimerBundle ?\n--------------------------\n\nNew timing panel for route calls.\n\n"
            "Installation\n------------\n\n1. Open your composer.json\n2. Add require \"acme/route-timer-bundle\": \"dev-master\"\n\n"
            "Running RouteTimerBundle Tests\n------------------------------\n\n__Coming Soon__\n")
    info = readme_fact(tmp_path / "a", text)
    assert info["description"] and info["description"]["text"].startswith("New timing panel"), info["description"]
    assert "purpose" in info["sections"], info["sections"]
    tutorial = text.replace("What is RouteTimerBundle ?\n--------------------------", "What is Markdown ?\n-----------------")
    info = readme_fact(tmp_path / "b", tutorial)  # (no other heading names Markdown: another subject)
    assert not [d for d in info["section_details"] if d["name"] == "purpose" and d["via"] == "heading"], info["section_details"]


def test_a_credentials_tip_is_no_description(tmp_path):
    """Gismeaux-ccpo (s18 c1): a plain-text README, "Essai Git pour X" then an "Information :" tip on storing one's forge password in
    .netrc, the lines to write, a gloss of their placeholders ("Avec <servername> étant …") and a "(Note: …)": no sentence says what the
    software is. Each was taken for the description in turn; none is one, and purpose is missing."""
    text = ("Essai Git pour CARTOVILLE\n\nInformation : pour ne pas avoir à retaper le mot de passe à chaque envoi, il suffit de créer un "
            "fichier .netrc dans le dossier de l'utilisateur et d'y écrire les lignes suivantes.\n\n\nmachine <servername>\nlogin <username>\n"
            "password <password>\n\n\nAvec <servername> étant le nom du serveur et <username>/<password> vos identifiants du dépôt.\n\n"
            "(Note: ceci ne marche pas partout, une autre solution est de mettre le mot de passe dans l'adresse du dépôt distant.)\n")
    for name in ("README", "README.md"):  # (Markdown drops the "<servername>" of the gloss)
        files = {name: text, "index.php": "<?php echo 'carte';\n"}
        info = run_audit(build(tmp_path / name, files), tmp_path / "c", ["documentation.readme"])["facts"]["readme"]
        assert info["description"] is None and "purpose" not in info["sections"], (name, info["description"], info["sections"])
    described = text.replace("Essai Git pour CARTOVILLE\n\n", "Essai Git pour CARTOVILLE\n\nCartoville est le SIG web de la ville : plans, cadastre et "
                             "réseaux consultés dans le navigateur.\n\n")
    assert readme_fact(tmp_path / "b", described)["description"]["text"].startswith("Cartoville est")


def test_request_examples_on_ones_own_server_are_usage(tmp_path):
    """xml2csw (s18 c2): a PHP CSW service's README gives, under "## Paramétrage:", how to call it ("Pour simuler une requête
    "GetRecords" : http://domaine.dom/…php?request=GetRecords&…" and each parameter's meaning): usage, though a settings chapter's
    sentences give none. A call to another site's API (a real host) or a bare address of one's server is no usage."""
    head = ("# csw-mini\n\nServeur CSW minimal qui répond aux requêtes à partir de fiches XML stockées dans un dossier.\n\n"
            "## Installation:\n\n* Copier les sources sur le serveur.\n\n## Paramétrage:\n\nLa réponse au GetCapabilities se règle dans config.php.\n\n")
    call = ("Pour simuler une requête \"GetRecords\" : http://domaine.dom/csw.php?xml_dir=xml&maxrecords=10&request=GetRecords\n\n"
            "Où:\n* \"xml_dir\" est le dossier des fiches\n* \"maxrecords\" est le nombre de fiches attendues\n")
    info = readme_fact(tmp_path / "a", head + call)
    assert "usage" in info["sections"], info["section_details"]
    other = call.replace("http://domaine.dom/csw.php", "https://api-adresse.data.gouv.fr/search/")
    assert "usage" not in readme_fact(tmp_path / "b", head + other)["sections"]
    bare = call.replace("?xml_dir=xml&maxrecords=10&request=GetRecords", "")
    assert "usage" not in readme_fact(tmp_path / "c", head + bare)["sections"]


def test_the_usage_chapter_of_the_readme_told_at_length(tmp_path):
    """ExtractRasterFromIndex (s18 c2): a QGIS plugin's README is its title, one sentence and "La documentation est disponible ici:
    [documentation de X](documentation/Guide.md)"; that guide bears the README's title and holds "## Installation" and
    "## Utilisation" (modes, steps). Installation was followed, usage not. A linked guide to a part (docs/fixtures.md's
    "## Utilisation") gives none."""
    from tests.test_readme_forms import audit, sections

    readme = ("# Decoupe de dalles\n\nDecoupeDalles est une extension QGIS qui extrait les dalles d'un raster à partir d'un index et d'une "
              "emprise.\n\nLa documentation est disponible ici: [documentation de DecoupeDalles](documentation/Guide.md)\n")
    guide = ("# Decoupe de dalles\n\nL'extension extrait aussi des dalles distantes par FTP.\n\n## Installation\n\n- Télécharger l'archive et "
             "la dézipper dans le dossier des extensions QGIS\n\n## Utilisation\n\nL'extension propose deux modes, local et distant.\n\n"
             "- Chargez la couche d'index dans QGIS\n- Ouvrez l'extension et renseignez les champs\n- Cliquez sur OK\n")
    code = {"__init__.py": "def classFactory(iface):\n    return None\n", "metadata.txt": "[general]\nname=DecoupeDalles\nqgisMinimumVersion=2.0\n"}
    _, res = audit(tmp_path / "a", {"README.md": readme, "documentation/Guide.md": guide, **code}, only=["documentation.readme-sections"])
    found, missing = sections(res)
    assert "usage" in found and "install" in found, res["documentation.readme-sections"]["message"]
    part = readme.replace("documentation/Guide.md", "docs/fixtures.md")
    fixtures = guide.replace("# Decoupe de dalles", "# Jeux de données de test")
    _, res = audit(tmp_path / "b", {"README.md": part, "docs/fixtures.md": fixtures, **code}, only=["documentation.readme-sections"])
    found, missing = sections(res)
    assert "usage" not in found and "install" in found, res["documentation.readme-sections"]["message"]


def test_a_release_procedure_is_no_install_instruction(tmp_path):
    """psc-toggle-ids (s18 c3, k1's leftover): the README's only chapter is "## Developement" / "### Release procedure" over
    `mvn release:prepare` and `git push origin <new_version_tag>`: the maintainers publish a version; nothing says how to install
    or deploy the service. It stays the README's (weak) deployment section, but reusability.install said "written instructions:
    yes" from it. A release chapter that deploys (a playbook run on the server) is no mere release."""
    from tests.test_reusability_fixtures import check_result

    readme = ("# Toggle API\n\n## Developement\n\n### Release procedure\n\nWhenever a version is ready, run the following commands on the "
              "`main` branch (or on the maintenance branch for a production fix).\n\n```bash\nmvn release:prepare -DautoVersionSubmodules=true\n"
              "git push\ngit push origin <new_version_tag>\n```\n")
    files = {"README.md": readme, "pom.xml": "<project><artifactId>toggle</artifactId></project>\n", "Dockerfile": "FROM eclipse-temurin:17\n",
             "src/main/java/App.java": "class App {}\n"}
    info = readme_fact(tmp_path / "a", readme)
    assert "deployment" in info["sections"] and info["release_chapters"] == [5], info  # (the section stays: a reader's "right, weak")
    install = check_result(tmp_path / "b", files, "reusability.install")
    assert "written instructions: no" in install["message"]["en"], install["message"]
    deploys = readme.replace("git push origin <new_version_tag>\n```\n", "git push origin <new_version_tag>\n```\n\nThen deploy it on the "
                             "server:\n\n```bash\nansible-playbook -i prod deploy.yml\n```\n")
    info = readme_fact(tmp_path / "c", deploys)
    assert "deployment" in info["sections"] and info["release_chapters"] == [], info
