"""Settings judged beyond the environment (issue 12, session 24 a24, s23 reader n2 family 1): reusability.configuration looked for
environment reads and settings templates only, and four verdicts were wrong.

- FME workspaces' published parameters passed the whole repository while its PHP page and Java tools write the database's
  address and password: settings declared the host's way for one part no longer pass over code that writes a deployment's values
  (warn, with the lines).
- A Qt desktop program reading its data from "/databank/…" and writing into "C:\\temp" was "nothing to set": paths on one
  machine written in a program's code are its settings, hard-coded (fail, with the lines).
- A QGIS plugin reading config/yaml/links.yaml was "not applicable": a settings file in a folder of a plugin's config/ is the
  plugin's settings, the QGIS way.
- An Ansible playbook whose play declares `vars:` read by the roles' templates, and its inventory, were "no code reads them":
  they are the deployment's settings, the Ansible way.
The neighbours stay as they were: FME workspaces alone pass; a desktop program writing no path is "nothing to set"; a web
application's "/api/…" literals are no machine paths; a defaults/main.yml outside a role is no Ansible setting. The files are
written for these tests, in the shape of those repositories."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]


def _conf(tmp_path, files, name):
    return judge(tmp_path, files, CONF, name=name)[1]["reusability.configuration"]


FMW = ("#! <?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n#! <WORKSPACE\n"
       "#! <GLOBAL_PARAMETER GUI_LINE=\"GUI TEXT DOSSIER Dossier:\" DEFAULT_VALUE=\"\" IS_STAND_ALONE=\"true\" />\n"
       "#!   />\n# fme.exe chaine.fmw --DOSSIER \"C:/data\"\nFME_PYTHON_VERSION 37\n")
JAVA_MAIN = ("package outil;\n\nimport javafx.application.Application;\nimport javafx.stage.Stage;\n\n"
             "public class Main extends Application {\n    @Override\n    public void start(Stage stage) {\n"
             "        stage.setTitle(\"Rapprochement\");\n        stage.show();\n    }\n}\n")
JAVA_DB = ("package outil;\n\nimport java.sql.Connection;\nimport java.sql.DriverManager;\n\npublic class Base {\n"
           "    public Connection ouvrir() throws Exception {\n"
           "        return DriverManager.getConnection(\"jdbc:postgresql://10.12.0.40:5432/catalogue\", \"lecteur\", \"lecteur\");\n"
           "    }\n}\n")
PHP_CONNECT = ("<?php\n$base = \"catalogue\";\n$hote = \"10.12.0.40\";\n$utilisateur = \"lecteur\";\n$password = \"Lect-2017-cat\";\n"
               "$cnx = pg_connect(\"host=$hote dbname=$base user=$utilisateur password=$password\");\n?>\n")
FME_AND_CODE = {
    "fme/catalogue.fmw": FMW,
    "fme/inventaire.fmw": FMW.replace("DOSSIER", "REPERTOIRE"),
    "web/connexion.php": PHP_CONNECT,
    "web/index.php": "<?php include 'connexion.php'; echo '<h1>Catalogue</h1>'; ?>\n",
    "outil/src/outil/Main.java": JAVA_MAIN,
    "outil/src/outil/Base.java": JAVA_DB,
}


def test_host_settings_no_longer_pass_over_code_writing_the_database(tmp_path):
    res = _conf(tmp_path, FME_AND_CODE, "fme")
    assert res["status"] == "warn", res
    assert "FME" in res["message"]["en"] and "FME" in res["message"]["fr"], res["message"]
    lines = {(e["path"], e.get("line")) for e in res["evidence"] if e["kind"] == "finding"}
    assert ("web/connexion.php", 3) in lines or ("web/connexion.php", 5) in lines, res["evidence"]
    assert "web/connexion.php" in res["remediation"]["en"], res.get("remediation")


def test_fme_workspaces_alone_still_pass(tmp_path):
    files = {k: v for k, v in FME_AND_CODE.items() if k.startswith("fme/")}
    files["README.md"] = "# Chaînes FME\n\nChaînes de traitement du catalogue.\n"
    res = _conf(tmp_path, files, "fmeonly")
    assert res["status"] == "pass" and "FME" in res["message"]["en"], res


QT_PRO = "QT += core gui widgets\nTARGET = Observatoire\nTEMPLATE = app\nSOURCES += main.cpp fenetre.cpp donnees.cpp\n"
QT_MAIN = ("#include <QApplication>\n#include \"fenetre.h\"\n\nint main(int argc, char *argv[])\n{\n    QApplication a(argc, argv);\n"
           "    Fenetre w;\n    w.show();\n    return a.exec();\n}\n")
QT_FENETRE_H = "#include <QMainWindow>\nclass Fenetre : public QMainWindow\n{\n    Q_OBJECT\npublic:\n    Fenetre();\n};\n"
QT_DONNEES = ("#include <QFile>\n#include <QDir>\n\n// les fichiers de /srv/commentaire/ne/compte/pas\n"
              "void charger(const QString &annee)\n{\n    QFile surfaces(\"/entrepot/referentiel/surfaces_communes\");\n"
              "    QFile fonciers(\"/entrepot/FONCIER_\" + annee + \"/parcelles\");\n    QDir sortie(\"D:\\\\exports\");\n"
              "    QFile aide(QDir::homePath() + \"/Documents/aide.pdf\");\n}\n")
QT_FENETRE = "#include \"fenetre.h\"\n\nFenetre::Fenetre()\n{\n    setWindowTitle(\"Observatoire\");\n}\n"
DESKTOP = {
    "Observatoire.pro": QT_PRO,
    "main.cpp": QT_MAIN,
    "fenetre.h": QT_FENETRE_H,
    "fenetre.cpp": QT_FENETRE,
    "donnees.cpp": QT_DONNEES,
    "README.md": "# Observatoire\n\nApplication de bureau qui calcule la consommation foncière.\n",
}


def test_paths_of_one_machine_in_a_desktop_programs_code_are_hard_coded_settings(tmp_path):
    res = _conf(tmp_path, DESKTOP, "qt")
    assert res["status"] == "fail", res
    assert "/entrepot/referentiel/surfaces_communes" in res["message"]["en"] and "donnees.cpp" in res["message"]["fr"], res["message"]
    values = [e["value"] for e in res["evidence"] if e["kind"] == "finding"]
    assert "/entrepot/referentiel/surfaces_communes" in values and "D:\\\\exports" in values, values
    assert not any("commentaire" in v or "Documents" in v for v in values), values  # (a comment, a path relative to the home folder)
    assert ".env.example" not in res["remediation"]["en"] and "donnees.cpp:8" in res["remediation"]["en"], res["remediation"]


def test_a_desktop_program_writing_no_path_still_has_nothing_to_set(tmp_path):
    files = {**DESKTOP, "donnees.cpp": "#include <QString>\n\nint surface(int a, int b)\n{\n    return a * b;\n}\n"}
    res = _conf(tmp_path, files, "qt2")
    assert res["status"] == "not_applicable", res


def test_a_web_applications_addresses_are_no_machine_paths(tmp_path):
    files = {
        "package.json": '{"name": "guichet", "dependencies": {"express": "^4.18.0"}, "scripts": {"start": "node server.js"}}\n',
        "server.js": ("const express = require('express');\nconst app = express();\napp.get('/api/communes/liste', (req, res) => res.json([]));\n"
                      "app.use('/static/', express.static('public'));\napp.listen(3000);\n"),
        "README.md": "# Guichet\n\nApplication web.\n",
    }
    res = _conf(tmp_path, files, "web")
    assert not any(e.get("value") in ("/api/communes/liste", "/static/") for e in res["evidence"]), res["evidence"]


PLUGIN_META = "[general]\nname=Cartes du conservatoire\nqgisMinimumVersion=3.16\ndescription=Mise en page des cartes\nversion=1.2\n"
PLUGIN_INIT = "def classFactory(iface):\n    from .cartes import Cartes\n    return Cartes(iface)\n"
PLUGIN_MAIN = ("import os\nimport yaml\n\n\nclass Cartes:\n    def __init__(self, iface):\n        self.iface = iface\n"
               "        self.dossier = os.path.dirname(__file__)\n\n    def adresses(self):\n"
               "        with open(os.path.join(self.dossier, 'config/yaml/adresses.yaml')) as f:\n            return yaml.safe_load(f)\n")
PLUGIN = {
    "metadata.txt": PLUGIN_META,
    "__init__.py": PLUGIN_INIT,
    "cartes.py": PLUGIN_MAIN,
    "config/yaml/adresses.yaml": "journal: \"https://exemple.org/cartes/journal.html\"\nversion: \"https://exemple.org/cartes/version.txt\"\n",
    "styles/zones.qml": "<!DOCTYPE qgis>\n<qgis version=\"3.16\"><renderer-v2 type=\"singleSymbol\"/></qgis>\n",
    "README.md": "# Cartes\n\nExtension QGIS de mise en page.\n",
}


def test_a_qgis_plugins_settings_file_in_a_folder_of_config_is_judged(tmp_path):
    res = _conf(tmp_path, PLUGIN, "qgis")
    assert res["status"] == "pass", res
    assert "QGIS" in res["message"]["en"] and "config/yaml/adresses.yaml" in res["message"]["fr"], res["message"]


HOSTS = "monsig ansible_ssh_host=ADRESSE_DE_VOTRE_SERVEUR\n# l'hôte ci-dessus doit correspondre au playbook\n"
PLAYBOOK = ("- name: deploiement du sig\n  hosts: monsig\n  become: yes\n  roles:\n    - sig\n  vars:\n    base: {\n      nom: sig,\n"
            "      utilisateur: sig,\n      hote: localhost\n    }\n    domaine: sig.exemple.org\n")
ANSIBLE = {
    "hosts": HOSTS,
    "ansible.cfg": "[defaults]\nhostfile=./hosts\nroles_path=./roles/\n",
    "playbooks/sig.yml": PLAYBOOK,
    "roles/sig/tasks/main.yml": ("- name: configuration\n  template:\n    src: sig.properties.j2\n"
                                 "    dest: /etc/sig/sig.properties\n"),
    "roles/sig/handlers/main.yml": "- name: relancer\n  service: name=tomcat state=restarted\n",
    "roles/sig/templates/sig.properties.j2": "base.nom={{ base.nom }}\nbase.hote={{ base.hote }}\nserveur={{ domaine }}\n",
    "README.md": "# sig-ansible\n\nDéploiement du SIG par Ansible.\n",
}


def test_an_ansible_playbooks_vars_and_inventory_are_its_settings(tmp_path):
    res = _conf(tmp_path, ANSIBLE, "ansible")
    assert res["status"] == "pass", res
    assert "Ansible" in res["message"]["en"] and "Ansible" in res["message"]["fr"], res["message"]
    found = {e["path"] for e in res["evidence"] if e["kind"] == "found"}
    assert {"hosts", "playbooks/sig.yml"} <= found, res["evidence"]


def test_a_playbook_without_vars_declares_no_setting(tmp_path):
    files = {**ANSIBLE, "playbooks/sig.yml": "- name: deploiement du sig\n  hosts: monsig\n  roles:\n    - sig\n"}
    files.pop("hosts")
    res = _conf(tmp_path, files, "ansible2")
    assert "Ansible" not in res["message"]["en"], res
