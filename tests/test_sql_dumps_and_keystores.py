"""SQL data and key stores the secret and personal-data checks did not read (issue 12, session 7's first reads):
lutece-secteur-public/particip-site-participatorybudget commits a 3.8 MB dump.sql (Lutece's default admin accounts, a Ville de
Paris agent's account with its password hash) over the read limit, and both checks passed without reading it."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["reusability.secrets", "scaling.personal-data"]
INIT = ("INSERT INTO core_admin_user (id_user, access_code, last_name, first_name, email, status, password, locale) VALUES\n"
        "\t(1, 'admin', 'Admin', 'admin', 'admin@exemple.fr', 0, 'PLAINTEXT:adminadmin', 'fr'),\n"
        "\t(2, 'redac', 'redac', 'redac', 'redac@exemple.fr', 1, 'PLAINTEXT:adminadmin', 'fr');\n")
SITE = {"README.md": "# Budget participatif\n\nAssemblage du site.\n", "pom.xml": "<project><artifactId>site-budget</artifactId></project>\n",
        "src/java/fr/exemple/Projet.java": "package fr.exemple;\n/** A project. */\npublic class Projet {\n}\n",
        "webapp/WEB-INF/sql/init.sql": "CREATE TABLE projet (id_projet int, titre varchar(255), budget int);\n"}


def test_a_sql_dump_over_the_read_limit_is_said_unread_rather_than_passed(tmp_path):
    rows = "".join(f"\t({i}, 'Projet {i}', 'Un projet de quartier numéro {i} pour la rénovation des espaces verts et des rues', {i * 10}),\n"
                   for i in range(24000))
    dump = "CREATE TABLE projet (id_projet int, titre varchar(255), description text, budget int);\nINSERT INTO projet VALUES\n" + rows + "\t(0, '', '', 0);\n"
    assert len(dump) > 2 * 1024 * 1024
    res = results(run_audit(build(tmp_path / "r", {**SITE, "dump.sql": dump}), tmp_path / "c", CHECKS))
    sec, pd = res["reusability.secrets"], res["scaling.personal-data"]
    assert sec["status"] == "inconclusive" and "dump.sql" in sec["message"]["en"], sec["message"]  # was pass "No secret detected"
    assert "dump.sql" in sec["message"]["fr"] and "non lu" in sec["message"]["fr"]
    assert pd["status"] == "inconclusive" and "dump.sql" in pd["message"]["en"], pd["message"]  # was pass "no personal-data field"


def test_passwords_inserted_by_a_sql_script_are_a_hint_to_review(tmp_path):
    res = results(run_audit(build(tmp_path / "r", {**SITE, "webapp/WEB-INF/sql/init_core.sql": INIT}), tmp_path / "c", ["reusability.secrets"]))
    sec = res["reusability.secrets"]
    assert sec["status"] == "pass" and "to review" in sec["message"]["en"], sec["message"]  # was "No secret detected"
    assert [(e["path"], e["line"]) for e in sec["evidence"]] == [("webapp/WEB-INF/sql/init_core.sql", 2)], sec["evidence"]
    assert "core_admin_user.password" in str(sec["evidence"]) and "adminadmin" not in str(sec)  # the value never leaves the fact


def _jks(tag: int) -> bytes:
    """A Java key store's bytes: magic, version 2, one entry of the given tag (1 private key, 2 trusted certificate)."""
    import struct

    alias = b"menucantine"
    entry = struct.pack(">I", tag) + struct.pack(">H", len(alias)) + alias + struct.pack(">Q", 1560000000000)
    if tag == 2:
        entry += struct.pack(">H", 5) + b"X.509" + struct.pack(">I", 4) + b"\x30\x82\x01\x00"
    else:
        entry += struct.pack(">I", 6) + b"\x30\x82\x01\x8b\x30\x0e" + struct.pack(">I", 0)
    return b"\xfe\xed\xfe\xed" + struct.pack(">II", 2, 1) + entry + b"\x00" * 20


def test_a_committed_java_key_store_holding_a_private_key_is_a_secret(tmp_path):
    """Shaped like GIP-RECIA/Bourse-WS: src/main/resources/keyStore.jks (a private key entry) beside the service's code (was pass
    "No secret detected in 21 files": key stores were not looked at); a trust store of certificates only stays no secret."""
    files = {**SITE, "src/main/resources/keyStore.jks": _jks(1), "src/main/resources/truststore.jks": _jks(2)}
    sec = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert sec["status"] == "fail", sec["message"]
    assert [e["path"] for e in sec["evidence"]] == ["src/main/resources/keyStore.jks"], sec["evidence"]


def test_forms_collecting_personal_data_are_not_a_project_without_personal_data(tmp_path):
    """Shaped like CD93/mdph93 and CD93/ressources: SPIP skeletons with no database model of their own, whose contact and account
    forms collect first name, e-mail… (was not applicable "No database schema or model read")."""
    form = ('<form method="post">\n  <input[ (#HTML5|?{required="required" type="text"})] name="prenom_message_auteur" value="" />\n'
            '  <input type="email" name="email_message_auteur" value="" />\n  <input type="text" name="recherche" />\n</form>\n')
    files = {"README.md": "# Site MDPH\n\nSquelettes SPIP.\n", "spip/squelettes/formulaires/contacter.html": form,
             "spip/squelettes/formulaires/contacter.php": "<?php\nfunction formulaires_contacter_traiter() {\n  $mail = _request('email_message_auteur');\n}\n"}
    pd = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.personal-data"]))["scaling.personal-data"]
    assert pd["status"] == "inconclusive", pd["message"]
    assert "e-mail address" in pd["message"]["en"] and "adresse électronique" in pd["message"]["fr"], pd["message"]
    # a search form asks for no one's personal data
    files["spip/squelettes/formulaires/contacter.html"] = '<form><input type="text" name="recherche" /><input name="commune" /></form>\n'
    del files["spip/squelettes/formulaires/contacter.php"]
    pd = results(run_audit(build(tmp_path / "r2", files), tmp_path / "c2", ["scaling.personal-data"]))["scaling.personal-data"]
    assert pd["status"] == "not_applicable", pd["message"]


def test_a_jpa_entity_outside_a_model_folder_with_package_private_fields_is_read(tmp_path):
    """Shaped like GIP-RECIA/Bourse-WS: ShibBean, a Lombok @Data JPA entity in the service's own package (not in model/ or
    entity/), whose fields are package-private ("\\tString ine;": the pupil's national identifier); was pass "no personal-data field"."""
    bean = ("package fr.gip.bourse;\n\nimport javax.persistence.*;\nimport lombok.Data;\n\n@Data\n@Entity\n@Table(name =\"shibpid\")\n"
            "public class ShibBean {\n\t@Id\n\t@Column(name=\"persistentId\")\n\tString id = \"\";\n\n\tString ine;\n\n\tboolean boursier = false;\n\n"
            "\tpublic String label() {\n\t\tString x = ine;\n\t\treturn x;\n\t}\n}\n")
    files = {"README.md": "# Bourse\n\nQui est boursier.\n", "pom.xml": "<project><artifactId>bourse-ws</artifactId></project>\n",
             "src/main/java/fr/gip/bourse/ShibBean.java": bean,
             "src/main/resources/schema.sql": "CREATE TABLE boursier (id int, niveau int);\n"}
    pd = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.personal-data"]))["scaling.personal-data"]
    assert pd["status"] == "warn", pd["message"]
    assert [e["value"]["fields"] for e in pd["evidence"] if e.get("path", "").endswith("ShibBean.java")] == [["ine (identifier)"]], pd["evidence"]


def test_contact_fields_named_with_a_role_or_a_type_prefix_are_personal_data(tmp_path):
    """Session 8 reads: lutece-cms-plugin-greetingscard's greetings_card (sender_email, recipient_email, sender_name) and
    fodansmarue's Signaleur (_strMail, _strIdTelephone) passed "no personal-data field"."""
    from tests.test_reusability_fixtures import build, results, run_audit

    sql = ("DROP TABLE IF EXISTS greetings_card;\nCREATE TABLE greetings_card\n(\n\tid_greetings_card VARCHAR(100) DEFAULT '' NOT NULL,\n"
           "\tsender_name VARCHAR(80) DEFAULT '' NOT NULL,\n\tsender_email VARCHAR(80) NOT NULL,\n\trecipient_email VARCHAR(255) NOT NULL,\n"
           "\tsender_ip VARCHAR(20),\n\tPRIMARY KEY (id_greetings_card)\n);\n")
    java = ("package fr.paris.lutece.plugins.dansmarue.business.entities;\n\npublic class Signaleur\n{\n    private String _strMail;\n"
            "    private String _strIdTelephone;\n    public String getMail() { return _strMail; }\n}\n")
    files = {"README.md": "# Plugin\n", "src/sql/plugins/gc/create_db_gc.sql": sql,
             "src/java/fr/paris/lutece/plugins/dansmarue/business/entities/Signaleur.java": java}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.personal-data"]))["scaling.personal-data"]
    assert r["status"] == "warn", r["message"]
    found = str(r)
    assert "sender_email" in found and "_strMail" in found, r["evidence"]


def test_a_google_api_key_in_a_servers_sample_settings_is_a_secret(tmp_path):
    """StrasbourgEurometropole/liferay-data (session 8 reads): portal-ext-sample.properties commits the YouTube Data API URL with
    its key (AIza…, a server key: its quota is the owner's) and secrets passed. A browser's key in JavaScript stays public by design."""
    key = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0KlMnOpQrStUvW"
    props = f"# URL de l'API Youtube\neu.strasbourg.youtube.api.url=https://www.googleapis.com/youtube/v3/videos?id=[videoID]&key={key}\n"
    files = {"README.md": "# Liferay\n", "portal-ext-sample.properties": props, "templates/main.ftl": "<#assign x = 1>\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] == "fail" and any(e.get("path") == "portal-ext-sample.properties" and e.get("line") == 2 for e in r["evidence"]), r
    assert key not in str(r), "the value never leaves the fact"
    web = {"README.md": "# Carte\n", "js/map.js": f"const map = new google.maps.Map(el, {{}});\nconst KEY = '{key}';\n"}
    r = results(run_audit(build(tmp_path / "w", web), tmp_path / "c2", ["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] != "fail", r["message"]


def test_a_mails_subject_or_a_switch_named_after_mail_is_no_address():
    """r3, session 8 (a regression of 95d5517): subject_email, message_email, is_active_onglet_email and a boolean alertMail were
    shown as e-mail addresses; a role before the word (sender_email) or a typed member (_strMail) still is one."""
    from auditor.facts.scaling.personal import _vocab
    from auditor.facts.scaling.personal_code import compound_contact

    strong = _vocab()[0]
    assert [compound_contact(f, strong) for f in ("subject_email", "message_email", "is_active_onglet_email", "alertMail")] == [None] * 4
    assert [compound_contact(f, strong) for f in ("sender_email", "_strMail", "contactPhone")] == ["email", "mail", "phone"]

