"""Issue 12, session 45 fixer fe45 (Claire88088/ProjetCartePompier): a Symfony map for a fire service commits PhpStorm's folder,
with .idea/commandlinetools/schemas/frameworkDescriptionVersion1.1.4.xsd — the editor's own schema of its command-line tools.
interoperability.data-standards took it for the project's data format ("XML (XSD)", warn) and advised the local governments'
common project schema (porteurcodesiret, leviers…) to an application whose data are map layers and points. An editor's folder
holds no data format of the project's; the project schema's fields are advised only where some of them are already used.
Near misses: an XSD of the project's own (schemas/) stays its format; with one programme field, the others are still advised."""

from __future__ import annotations

from auditor.checks.interoperability.national_standards import schema_todo
from tests.test_reusability_fixtures import build, check_result

APP = {
    "README.md": "# Carte des centres de secours\n\nApplication web de carte (Symfony) pour les sapeurs-pompiers.\n",
    "composer.json": '{"require": {"php": ">=7.4", "symfony/framework-bundle": "5.3.*", "symfony/twig-bundle": "5.3.*", '
                     '"doctrine/orm": "^2.9"}}\n',
    "composer.lock": '{"packages": []}\n',
    "src/Entity/Calque.php": "<?php\nnamespace App\\Entity;\n\nuse Doctrine\\ORM\\Mapping as ORM;\n\n/** @ORM\\Entity */\nclass Calque\n{\n"
                             "    /** @ORM\\Id @ORM\\Column(type=\"integer\") */\n    private $id;\n\n"
                             "    /** @ORM\\Column(type=\"string\", length=80) */\n    private $libelle;\n}\n",
    "templates/base.html.twig": "<!DOCTYPE html>\n<html lang=\"fr\"><body>{% block body %}{% endblock %}</body></html>\n",
    ".idea/modules.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<project version="4"><component name="ProjectModuleManager"/></project>\n',
}
XSD = ('<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" elementFormDefault="qualified">\n'
       '  <xs:element name="outil">\n    <xs:complexType>\n      <xs:sequence>\n'
       '        <xs:element name="commande" type="xs:string" maxOccurs="unbounded"/>\n      </xs:sequence>\n'
       '    </xs:complexType>\n  </xs:element>\n</xs:schema>\n')


def test_an_editors_schema_is_no_data_format_of_the_project(tmp_path):
    r = check_result(tmp_path, {**APP, ".idea/commandlinetools/schemas/outilsLigneDeCommande1.0.xsd": XSD}, "interoperability.data-standards")
    assert "XSD" not in r["message"]["en"] and r.get("details", {}).get("xml_schemas", []) == [], r["message"]
    assert "porteurcodesiret" not in str(r.get("remediation") or ""), r


def test_near_miss_the_projects_own_xsd_stays_its_format(tmp_path):
    r = check_result(tmp_path, {**APP, "schemas/interventions.xsd": XSD}, "interoperability.data-standards")
    assert r["details"]["xml_schemas"] == ["schemas/interventions.xsd"], r["details"]
    assert "XML (XSD)" in r["message"]["en"], r["message"]


def test_the_project_schemas_fields_are_advised_where_some_are_used():
    assert schema_todo([], True, []) is None
    some = schema_todo([], True, ["phasestatut"])
    assert "porteurcodesiret" in some["en"] and "porteurcodesiret" in some["fr"], some
