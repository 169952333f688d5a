"""interoperability.public-building-blocks, scaling.personal-data and reusability.portability (issue 12, s34 e34 = reader m28o1,
3liz/lizmap-adresse-module): a Lizmap (Jelix) module named "adresse" that manages communes' Base Adresse Locale.

- public-building-blocks failed, "building blocks used: none", its three evidence lines the module's own name ('targetmodule' =>
  'adresse', __DIR__ . '/adresse', $this->adresse = new Adresse(…)), and it told the module to geocode with API Adresse while it
  writes the Base Adresse Locale itself (cle_interop, certification_commune…: the national format the BAN is built from).
- personal-data passed, "no personal-data field", though its commune table keeps the name, phone and e-mail of the commune's
  referent (nom_referent, tel_referent, mail_referent): a person's, though the table is a commune's.
- portability said "i18n: yes" on locales/en_US/.empty and locales/fr_FR/.empty: places for translations, none made."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

README = {"README.md": "# Module Adresse\n\nModule Lizmap pour gérer la base adresse locale des communes.\n",
          "composer.json": '{"name": "lizmap/lizmap-adresse-module", "type": "jelix-module", "license": "GPL-3.0-or-later"}\n',
          "adresse/module.xml": '<?xml version="1.0"?>\n<module xmlns="http://jelix.org/ns/module/1.0">\n'
                                '  <info id="adresse@3liz.com" name="adresse"><version>1.0</version></info>\n</module>\n'}
LISTENER = ("<?php\nclass adresseListener extends jEventListener\n{\n    public function onmapDockable($event)\n    {\n"
            "        $js = array();\n        $js[] = jUrl::get('jelix~www:getfile', array('targetmodule' => 'adresse', 'file' => 'adresse.js'));\n"
            "        $event->add($js);\n    }\n}\n")
SERVICE = ("<?php\nclass serviceCtrl extends jController\n{\n    protected $adresse;\n\n    public function index()\n    {\n"
           "        $this->adresse = new Adresse($this->param('repository'));\n        $rep = $this->getResponse('json');\n"
           "        $rep->data = $this->adresse->search($this->param('commune'));\n        return $rep;\n"
           "    }\n}\n")
EXPORT = ("<?php\nclass exportDoc\n{\n    public function columns()\n    {\n        return array(\n            'uid_adresse', 'cle_interop',\n"
          "            'commune_insee', 'commune_nom', 'commune_deleguee_insee', 'commune_deleguee_nom', 'voie_nom', 'numero', 'suffixe',\n"
          "            'lieudit_complement_nom', 'x', 'y', 'cad_parcelles', 'date_der_maj', 'certification_commune',\n        );\n    }\n}\n")
SQL = ("CREATE SCHEMA adresse;\n\nCREATE TABLE adresse.commune\n(\n    id_com serial NOT NULL,\n    commune_nom text,\n    insee_code character(5),\n"
       "    intercom text,\n    nom_referent text,\n    tel_referent character(10),\n    mail_referent text,\n    diffusion_ban character(3),\n"
       "    date_ban date,\n    geom geometry(MultiPolygon,2154),\n    CONSTRAINT commune_pkey PRIMARY KEY (id_com)\n);\n")
MODULE = {**README, "adresse/classes/adresse.listener.php": LISTENER, "adresse/controllers/service.classic.php": SERVICE,
          "adresse/lib/exportDoc.php": EXPORT, "adresse/install/sql/adresse.sql": SQL,
          "adresse/locales/en_US/.empty": "", "adresse/locales/fr_FR/.empty": ""}


def test_a_module_writing_the_base_adresse_locale_uses_its_national_format_and_its_name_is_no_address(tmp_path):
    r = check_result(tmp_path, MODULE, "interoperability.public-building-blocks")
    assert "Base Adresse Locale" in r["message"]["en"], r["message"]
    assert not any(e.get("value") == "adresse" for e in r["evidence"]), r["evidence"]


def test_the_same_module_without_the_bal_format_handling_postcodes_keeps_its_finding(tmp_path):  # (near miss)
    search = SERVICE.replace("$this->param('commune'));", "$this->param('commune'), array('code_postal' => $this->param('cp')));")
    assert search != SERVICE
    files = {k: v for k, v in MODULE.items() if k != "adresse/lib/exportDoc.php"}
    r = check_result(tmp_path, {**files, "adresse/controllers/service.classic.php": search}, "interoperability.public-building-blocks")
    assert r["status"] == "fail", r["message"]
    assert [e["value"] for e in r["evidence"] if e.get("kind") == "finding"] == ["code_postal"], r["evidence"]


def test_a_communes_referent_name_phone_and_email_are_personal_data(tmp_path):
    r = check_result(tmp_path, MODULE, "scaling.personal-data")
    assert r["status"] == "warn", r["message"]
    assert {"nom_referent (identity)", "tel_referent (phone)", "mail_referent (email)"} <= set(r["evidence"][0]["value"]["fields"]), r["evidence"]


def test_a_communes_own_contact_mailbox_and_switchboard_are_not(tmp_path):  # (near miss)
    sql = SQL.replace("nom_referent text", "nom_mairie text").replace("tel_referent", "tel_mairie").replace("mail_referent", "mail_contact")
    r = check_result(tmp_path, {**MODULE, "adresse/install/sql/adresse.sql": sql}, "scaling.personal-data")
    assert r["status"] == "pass", r["message"]


def test_empty_locale_folders_are_no_translations(tmp_path):
    r = check_result(tmp_path, MODULE, "reusability.portability")
    assert r["details"]["i18n"] is False, r["message"]


def test_a_locale_file_with_messages_is_one(tmp_path):  # (near miss)
    r = check_result(tmp_path, {**MODULE, "adresse/locales/fr_FR/adresse.UTF-8.properties": "dock.title=Adresses\n"}, "reusability.portability")
    assert r["details"]["i18n"] is True, r["message"]
