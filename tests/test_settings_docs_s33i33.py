"""reusability.configuration credited from documents that are not settings documentation (issue 12, s33 i33).

1. dubreybrice-png/sdis66-analyse-operationnelle: the README's "## Configuration initiale" only installs clasp (`npm install -g`),
   signs in to Google (`clasp-helper.bat login`) and wires the git remote, while the settings (Google Sheet IDs) are written in
   Code.js: the check passed 8 "settings described in the README". A configuration chapter whose commands only set up the
   developer's workstation, naming no settings file nor variable, describes no setting (env_settings' tool_setup_chapters).
2. pixelhumain/communecter: docs/read-me-SIG.txt, a map module's usage guide ("UTILISATION DU MODULE SIG") titled "Configuration
   d'une nouvelle carte : 3 ETAPES", was the settings file (warn 7). Configuring a new object a user makes with the application (a
   map, a layer) is a task of its use, not a configuration chapter of the docs fact; a new instance, server or territory stays one."""

from __future__ import annotations

from tests.test_apps_script_s25 import audit
from tests.test_apps_script_manifest_s32f32 import DASHBOARD, README
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import results

SETUP = ("## Configuration initiale\n\n1. Installer clasp (déjà fait) :\n   ```bash\n   npm install -g @google/clasp\n   ```\n\n"
         "2. Se connecter à Google :\n   ```bash\n   .\\clasp-helper.bat login\n   ```\n\n"
         "3. Configurer Git avec votre repository GitHub :\n   ```bash\n   git remote add origin https://github.com/VOTRE_USERNAME/VOTRE_REPO.git\n"
         "   git push -u origin main\n   ```\n\n")


def _conf(tmp_path, files):
    return results(audit(tmp_path, files, ["reusability.configuration"]))["reusability.configuration"]


def _with_chapter(chapter: str) -> dict:
    head, _, rest = README.partition("## Utilisation")
    return {**DASHBOARD, "README.md": head + chapter + "## Utilisation" + rest}


def test_a_configuration_chapter_that_installs_tools_describes_no_setting(tmp_path):
    r = _conf(tmp_path, _with_chapter(SETUP))
    assert "settings described in the README" not in r["message"]["en"], r["message"]  # was pass 8
    assert r["status"] != "pass", r["message"]
    assert not [e for e in r["evidence"] if e.get("value") == "README configuration"], r["evidence"]


def test_a_configuration_chapter_naming_the_settings_file_stays_the_settings_documentation(tmp_path):
    chapter = SETUP + "4. Renseignez les identifiants des feuilles dans Code.js (ID_SS_2025, ID_SS_RH).\n\n"
    r = _conf(tmp_path, _with_chapter(chapter))
    assert [e for e in r["evidence"] if e.get("value") == "README configuration"], r["message"]


GUIDE = ("-------------------------------------------------------------------------------------\n*\n*\t**\tREAD-ME *********************\n"
         "*\t**  UTILISATION DU MODULE SIG ***\n*\t*********************************\n*\n"
         "-------------------------------------------------------------------------------------\n\n\n"
         "**** Fichier type : ****\n*    mapViewExemple.php\n*    Vous pouvez copier/coller ce fichier où vous voulez pour créer une nouvelle carte.\n"
         "************************\n\n\n\n**** Configuration d'une nouvelle carte : 3 ETAPES ****\n"
         "-------------------------------------------------------\n\n\n\t*** 1 - PATH\n\t*** 2 - PARAMETRES GLOBAUX\n\t*** 3 - CSS\n\n"
         "\t\tIl est important de vérifier que $relativePath contient un chemin relatif correct vers le répertoire view/sig/generic.\n"
         "\t\t$sigParams contient les paramètres d'initialisation de la carte (centre, zoom, fond de carte).\n")
MODULE = {"README.md": "COMMUNECTED : get connected to your city\n===========\n\nA citizen gets connected to his city and all its actors.\n",
          "CommunecterModule.php": "<?php\nclass CommunecterModule extends CWebModule\n{\n    public function init()\n    {\n"
                                   "        $this->setImport(array('communecter.models.*'));\n    }\n}\n",
          "controllers/SigController.php": "<?php\nclass SigController extends Controller\n{\n    public function actionIndex()\n    {\n"
                                           "        $this->render('mapView');\n    }\n}\n",
          "views/sig/mapView.php": "<div id=\"map\"></div>\n", "docs/read-me-SIG.txt": GUIDE,
          "docs/ideas.txt": "Idées pour la suite : une carte des associations, un agenda partagé entre les communes.\n"}


def test_configuring_a_new_map_in_a_module_guide_is_no_settings_document(tmp_path):
    report, res = judge(tmp_path, MODULE, ["reusability.configuration"])
    assert "docs/read-me-SIG.txt" not in report["facts"]["docs"]["configuration"], report["facts"]["docs"]["configuration"]
    r = res["reusability.configuration"]
    assert "read-me-SIG" not in r["message"]["en"], r["message"]  # was warn 7 "settings file: docs/read-me-SIG.txt"


def test_configuring_a_new_instance_stays_a_configuration_chapter(tmp_path):
    guide = GUIDE.replace("Configuration d'une nouvelle carte", "Configuration d'une nouvelle instance")
    report, _ = judge(tmp_path, {**MODULE, "docs/read-me-SIG.txt": guide}, ["reusability.configuration"])
    assert "docs/read-me-SIG.txt" in report["facts"]["docs"]["configuration"], report["facts"]["docs"]["configuration"]


# 3. paul-zelik/glpi-sdis60: param.json sets the GLPI API's address (glpi_api_url) and the README describes it, so the check passed 8
# "template: param.json; settings described in the README" — while newform/send.php writes "https://glpitest.sdis60.fr/apirest.php/"
# itself. A template setting a server's address beside code writing one deployment's server: said, and held to a warning.
PARAM = '{\n    "user_token": "user_token",\n    "app_token": "app_token",\n    "glpi_api_url": "url/api"\n}\n'
READS = ("<?php\nsession_start();\n$jsonFile = '../param.json';\n$data = json_decode(file_get_contents($jsonFile), true);\n"
         "$glpi_api_url = $data['glpi_api_url'];\n$app_token = $data['app_token'];\n"
         "// $glpi_api_url = \"https://glpitest.sdis60.fr/apirest.php/\";\n$ch = curl_init($glpi_api_url . 'Ticket/');\n"
         "curl_setopt($ch, CURLOPT_HTTPHEADER, array(\"App-Token: $app_token\"));\necho curl_exec($ch);\n")
WRITES = ("<?php\nsession_start();\n$document_id = intval($_GET['id']);\n"
          "$document_link = \"https://glpitest.sdis60.fr/apirest.php/Document/{$document_id}\";\n$ch = curl_init($document_link);\n"
          "curl_setopt($ch, CURLOPT_HTTPHEADER, array(\"Session-Token: \" . $_SESSION['token']));\necho curl_exec($ch);\n")
GLPI_README = ("# Outils de gestion des tickets d'assistance via GLPI\n\n## Installation\n1. Téléchargez GLPI.\n2. Configurez le param.json.\n\n"
               "## Configuration\nAprès l'installation, renseignez dans param.json l'adresse de l'API de GLPI (glpi_api_url) et les jetons "
               "(user_token, app_token).\n\n## Utilisation\n- Accédez à l'interface web.\n")
GLPI = {"README.md": GLPI_README, "param.json": PARAM, "login/glpi_login.php": READS, "panel/ticket.php": READS.replace("Ticket/", "Ticket/1"),
        "index.php": "<?php\nsession_start();\nheader('Location: panel/index.php');\n", "newform/send.php": WRITES}


def test_a_server_written_in_the_code_beside_the_template_setting_it_is_said(tmp_path):
    _, res = judge(tmp_path, GLPI, ["reusability.configuration"])
    r = res["reusability.configuration"]
    assert r["status"] == "warn" and "glpitest.sdis60.fr, newform/send.php:4" in r["message"]["en"], r["message"]  # was pass 8
    assert any(e["path"] == "newform/send.php" and e["kind"] == "finding" for e in r["evidence"]), r["evidence"]


def test_code_reading_the_address_from_the_template_stays_in_order(tmp_path):
    _, res = judge(tmp_path, {**GLPI, "newform/send.php": READS.replace("Ticket/", "Document/")}, ["reusability.configuration"])
    r = res["reusability.configuration"]
    assert r["status"] == "pass" and "glpitest" not in r["message"]["en"], r["message"]
