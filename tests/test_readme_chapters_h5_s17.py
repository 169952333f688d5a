"""README chapters whose heading names no section by its words (issue 12, session 16's open list, fixer h5 of session 17):
- the numbered steps after a numbered installation chapter that run the program are its use ("## 1. Enrollment");
- a list of the module's functions with how to call them is its use ("## Functions included in the module");
- "## Tests locaux avec Docker Compose" starting the image locally is how to run a copy (installation);
- a compose service run on a server ("## III.3 Service Docker compose") and an integration into a platform behind its proxy
  ("## IV Intégration dans <plateforme>") are the deployment, and so is a docker/README.md (documentation.docs);
- an address written "nom(at)domaine.fr" is a contact, and its domain no demo site;
- "## Développement" is an installation only when it gives the commands to run a copy.
Each with a counterpart that keeps the earlier reading."""

from __future__ import annotations

from tests.test_readme_state_s12 import readme_fact
from tests.test_reusability_fixtures import build, results, run_audit


def _sections(tmp_path, text: str) -> dict:
    fact = readme_fact(tmp_path, text)
    return {d["name"]: (d["via"], d["line"], d["text"]) for d in fact["section_details"]}


ATTEST = ("# Attesto, a boot attestation daemon\n\n"  # 1
          "Attesto lets a user check the boot state of a laptop from a paired phone over Bluetooth.\n\n"  # 3
          "## 0. Installation\n\n"  # 5
          "Build and install the [server](server) on the laptop and the [phone app](app) on the phone.\n\n"
          "## 1. Pairing\n\n"  # 9
          "To pair a phone, start the daemon in pairing mode:\n\n```\nsudo attesto-daemon -pair\n```\n\n"
          "Then scan the QR code shown on the terminal.\n\n"
          "## 2. Checking\n\n"  # 19
          "Start the daemon and tap the device card on the phone:\n\n```\nsudo attesto-daemon\n```\n\n"
          "## Contact\n\nWrite to the maintainers at team@attesto.org.\n")


def test_a_numbered_step_after_the_installation_is_the_use(tmp_path):
    sections = _sections(tmp_path, ATTEST)
    assert sections["usage"][:2] == ("heading", 9), sections
    assert sections["install"][:2] == ("heading", 5)
    # counterparts: a step that only runs the tests is no use; steps inside the installation chapter are the installation's
    tests_only = ATTEST.replace("sudo attesto-daemon -pair", "pytest -q tests/").replace("sudo attesto-daemon\n", "pytest -q tests/\n")
    assert "usage" not in _sections(tmp_path / "t", tests_only)
    nested = ATTEST.replace("## 1. Pairing", "### 0.1 Pairing").replace("## 2. Checking", "### 0.2 Checking")
    assert "usage" not in _sections(tmp_path / "n", nested)


COLLECT = ("# Collecte\n\nA PowerShell module that collects the audit logs of a cloud tenant for an investigation.\n\n"  # 1, 3
           "## Installation\n\n```powershell\nInstall-Module -Name Collecte\n```\n\n"  # 5
           "## Functions included in the module\n\n"  # 11
           "| Function | Source |\n|---|---|\n| `Get-TenantLogs` | audit log |\n| `Get-TenantUsers` | directory |\n\n"
           "Each function takes a start date (`-startDate`) and an end date (`-endDate`).\n\n"
           "```powershell\nGet-TenantLogs -startDate $start -endDate $end\n```\n")


def test_a_list_of_the_modules_functions_with_calls_is_the_use(tmp_path):
    assert _sections(tmp_path, COLLECT)["usage"][:2] == ("heading", 11)
    # counterpart: "Methods used" (how the work was done) is no use
    assert "usage" not in _sections(tmp_path / "m", COLLECT.replace("Functions included in the module", "Methods used"))


LOADER = ("# db-loader\n\nCette image Docker transfère des tables d'une base PostgreSQL vers un entrepôt de données.\n\n"  # 1, 3
          "## Configuration\n\n| Variable | Description |\n|---|---|\n| `DB_URL` | adresse de la base |\n\n"  # 5
          "## Tests locaux avec Docker Compose\n\n"  # 11
          "Pour tester l'image localement :\n\n1. Préparez un fichier `.env` avec vos variables.\n2. Lancez :\n\n"
          "```bash\ndocker-compose up --build\n```\n")


def test_a_local_trial_with_compose_is_how_to_run_a_copy(tmp_path):
    assert _sections(tmp_path, LOADER)["install"][:2] == ("heading", 11)
    # counterpart: a chapter of local tests that runs the test suite is no installation
    tests = LOADER.replace("docker-compose up --build", "docker-compose run app pytest")
    assert "install" not in _sections(tmp_path / "t", tests)


BACKEND = ("# Backend photos\n\nBackend du module photos d'une métropole, servi derrière la plateforme.\n\n"  # 1, 3
           "## III Démarrage du service\n\n### III.1 Application Java\n\n```\njava -jar photos.jar\n```\n\n"  # 5, 7
           "## III.3 Service Docker compose\n\n"  # 13
           "Si vous souhaitez démarrer l'application sur un nouveau serveur, créez un fichier docker-compose.yml dédié.\n\n"
           "## IV Intégration dans la plateforme\n\n"  # 17
           "Déclarez le backend au security proxy dans le fichier target-mapping.properties :\n\n"
           "```properties\nphotos=http://<hôte>:8080/photos\n```\n")


def test_a_compose_service_on_a_server_and_a_proxy_integration_are_the_deployment(tmp_path):
    sections = _sections(tmp_path, BACKEND)
    assert sections["deployment"][:2] == ("heading", 13), sections
    assert "usage" not in sections  # (the java command is a step of "Démarrage du service")
    alone = BACKEND.replace("## III.3 Service Docker compose\n\n", "").replace(
        "Si vous souhaitez démarrer l'application sur un nouveau serveur, créez un fichier docker-compose.yml dédié.\n\n", "")
    assert _sections(tmp_path / "p", alone)["deployment"][:2] == ("heading", 13)
    # counterparts: a compose chapter for a local copy is no deployment; an integration of a widget in one's pages stays installation
    local = alone.replace("## IV Intégration dans la plateforme", "## Docker compose en local").replace(
        "Déclarez le backend au security proxy dans le fichier target-mapping.properties", "Lancez une copie locale")
    assert "deployment" not in _sections(tmp_path / "l", local)
    widget = alone.replace("## IV Intégration dans la plateforme", "## Intégration dans votre site").replace(
        "Déclarez le backend au security proxy dans le fichier target-mapping.properties", "Ajoutez la balise script à votre page")
    assert "deployment" not in _sections(tmp_path / "w", widget)


def test_a_docker_folders_readme_is_deployment_documentation(tmp_path):
    files = {"README.md": "# Backend\n\nBackend d'un module de visualisation servi par une API REST.\n",
             "docker/README.md": "# Pour les utilisateurs docker\n\nCe répertoire contient un fragment docker-compose pour intégrer le "
                                 "backend dans une infrastructure docker, et des modèles d'image à adapter.\n",
             "docker/docker-compose.yml": "services:\n  backend:\n    image: backend:1.0\n",
             "server.js": "require('express')().listen(3000);\n",
             "package.json": '{\n  "name": "backend",\n  "dependencies": {\n    "express": "~4.14.0"\n  }\n}\n'}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.docs"])
    assert "docker/README.md" in report["facts"]["docs"]["deployment"], report["facts"]["docs"]
    r = results(report)["documentation.docs"]
    assert "deployment" not in {e["value"] for e in r["evidence"] if e.get("kind") == "missing" and isinstance(e.get("value"), str)}, r["evidence"]
    # counterpart: a README in another sub-folder is no deployment guide
    files["src/README.md"] = files.pop("docker/README.md")
    other = run_audit(build(tmp_path / "o", files), tmp_path / "c2", ["documentation.docs"])
    assert "src/README.md" not in other["facts"]["docs"]["deployment"]


METADATA = ("# Métadonnées\n\nCette application génère un fichier de métadonnées au format ISO 19139 à partir d'un tableur.\n\n"  # 1, 3
            "## Usage simple:\n\nLancer l'application par double-clic sur le fichier \"meta.exe\".\n\n"  # 5
            "## Développement:\n\n"  # 9
            "Cette application a été développée dans le cadre d'un groupe de travail régional sur les métadonnées.\n"  # 11
            "Pour tout renseignement, contactez: jean.dupont(at)region-test.eu\n")


def test_an_obfuscated_address_is_a_contact_and_a_history_no_installation(tmp_path):
    fact = readme_fact(tmp_path, METADATA)
    sections = {d["name"]: (d["via"], d["line"]) for d in fact["section_details"]}
    assert sections["contact"] == ("sentence", 11), sections
    assert "install" not in sections
    assert fact["demo"] is None
    for written in ("jean.dupont [at] region-test.eu", "jean.dupont arobase region-test.eu"):
        assert "contact" in _sections(tmp_path / written.split()[1].strip("[]"), METADATA.replace("jean.dupont(at)region-test.eu", written))
    # counterparts: a developers' chapter giving the commands to run a copy is the installation; an example domain is nobody
    dev = METADATA.replace("Pour tout renseignement", "```\npip install -r requirements.txt\npython meta.py\n```\n\nPour tout renseignement")
    assert _sections(tmp_path / "d", dev)["install"][:2] == ("heading", 9)
    assert "contact" not in _sections(tmp_path / "x", METADATA.replace("region-test.eu", "example.com"))


def test_downloading_and_unpacking_the_archive_is_the_installation(tmp_path):
    text = METADATA.replace("Lancer l'application", "Après téléchargement de l'application et décompression de l'archive, lancer l'application")
    sections = _sections(tmp_path, text)
    assert sections["install"][:2] == ("sentence", 7), sections
    assert sections["usage"][:2] == ("heading", 5)
    # counterpart: a tool that downloads data and extracts values from it says what it does, not how to install it
    tool = METADATA.replace("Lancer l'application par double-clic sur le fichier \"meta.exe\".",
                            "Le script télécharge les fiches du catalogue et en extrait les mots-clés.")
    assert "install" not in _sections(tmp_path / "t", tool)
