"""Session 8 (f5): scaling.hosting named as servers what names none (session 7's readers): an Oracle driver's version
(-Dversion=10.2.0.3) and an actuator's allowed network (172.16.0.0/16) as internal connections, a commented-out DB2 URL, and a
JAXB binding's XML namespace (namespace = "http://xml.insee.fr/schema") as the sponsor's server. Fixtures shaped like
DSI-Ville-Noumea/pont-astre-400, eservice-core-tools and lutece-secteur-public/actes-plugin-actes."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one


def test_a_version_a_network_range_a_comment_and_a_namespace_name_no_server(repo):
    r = one(repo, {
        "install-driver.sh": "#!/bin/sh\nmvn install:install-file -Dfile=lib/classes12.jar -DgroupId=com.oracle -DartifactId=ojdbc "
                             "-Dversion=10.2.0.3 -Dpackaging=jar\n",
        "src/main/kotlin/nc/Config.kt": "package nc\n\nclass Config {\n    val actuatorAuthorizedIp = \"actuator-authorized-ip:172.16.0.0/16\"\n}\n",
        "src/main/resources/Passerelle.properties": "ORACLE_URL=jdbc:oracle:thin:@10.1.2.3:1521:astre\n#DB2_URL=jdbc:as400://noumea\n"
                                                    "DB2_URL=jdbc:as400://robinnw\n",
        "src/main/java/fr/gouv/actes/Enveloppe.java": "package fr.gouv.actes;\n\npublic class Enveloppe {\n"
                                                      "    @XmlAttribute(name = \"SIREN\", namespace = \"http://xml.insee.fr/schema\", required = true)\n"
                                                      "    protected String siren;\n}\n",
        "src/main/java/fr/insee/ObjectFactory.java": "package fr.insee;\n\npublic class ObjectFactory {\n"
                                                     "    private final static QName _SIREN_QNAME = new QName(\"http://xml.insee.fr/schema\", \"SIREN\");\n}\n",
        "src/main/java/fr/actes/PrefixMapper.java": "package fr.actes;\n\npublic class PrefixMapper {\n    public String prefix(String strNamespaceUri) {\n"
                                                    "        if (\"http://xml.insee.fr/schema\".equals(strNamespaceUri)) {\n            return \"insee\";\n"
                                                    "        }\n        return null;\n    }\n}\n"})
    f = ctx_for(r).fact("hosting_dependencies")
    internal = {x["value"] for x in f["internal"]}
    assert "10.2.0.3" not in internal and "172.16.0.0" not in internal and not any("noumea" in v for v in internal), internal
    assert any("robinnw" in v for v in internal) and any("10.1.2.3" in v for v in internal), internal  # the live ones stay
    assert not [h for h in f["hosts"] if h["host"] == "insee.fr"], f["hosts"]


def test_digits_of_an_svg_path_are_no_address(repo):
    """Session 9 (f5), from session 8's reads (datatlas-erasme/datatlas): FranceRelanceLogo.tsx's path d="…10.134.321.181…" was
    "1 internal connection(s)" — 321 is no byte of an address."""
    r = one(repo, {
        "apps/frontend/src/components/logos/FranceRelanceLogo.tsx": (
            "export const FranceRelanceLogo = () => (\n  <svg viewBox=\"0 0 100 40\">\n"
            "    <path d=\"M52.4 10.134.321.181 60.2 12.4z\" fill=\"#000091\" />\n  </svg>\n)\n"),
        "apps/backend/src/config.ts": "export const DB_HOST = '10.20.30.40'\n"})
    internal = {x["value"] for x in ctx_for(r).fact("hosting_dependencies")["internal"]}
    assert not any("321" in v for v in internal) and any("10.20.30.40" in v for v in internal), internal
