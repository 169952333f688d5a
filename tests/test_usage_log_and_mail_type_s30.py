"""A usage log and an e-mail address type, read as no personal data (issue 12, session 30 fixer g30; readers s29 m21o1,
sigrennesmetropole/geor_photos_obliques_backend, and m21o3, libriciel/central-cert-core).

scaling.personal-data passed "no personal-data field" on CREATE TABLE statistiques_photos_obliques (url, query, when_ timestamp,
who varchar(50)), filled per request with the authenticated user's login: a usage log, who did what and when. And on a Java
model/Mail.java (@Embeddable, private String adresse) holding the e-mail addresses a certificate's holders are notified at.
A login with no time beside it, a table not named for a log, and an "adresse" of another type keep their old reading."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"
STATS = ("CREATE TABLE IF NOT EXISTS stats.statistiques_photos\n(\n    id bigserial NOT NULL PRIMARY KEY,\n    result varchar(50),\n"
         "    url varchar,\n    query varchar,\n    when_ timestamp,\n    who varchar(50),\n    duration bigint\n);\n")
README = {"README.md": "# Photos\n\nService de commande de photos aériennes.\n"}
MAIL = ("package fr.ville.certs.model;\n\nimport lombok.Data;\nimport javax.persistence.Embeddable;\n\n@Embeddable\n@Data\n"
        "public class {cls} {{\n\n    private String adresse = \"\";\n\n    private boolean notifiable = false;\n\n}}\n")


def _found(res) -> str:
    return res[PD]["message"]["en"] if res[PD]["status"] == "warn" else ""


def test_a_usage_log_of_who_and_when_is_personal_data(tmp_path):
    _, res = judge(tmp_path, {**README, "bdd/statistiques.sql": STATS}, [PD])
    assert "usage log" in _found(res), res[PD]["message"]  # was pass "no personal-data field"


def test_a_login_without_time_or_outside_a_log_stays_as_before(tmp_path):
    no_time = STATS.replace("    when_ timestamp,\n", "")
    _, res = judge(tmp_path, {**README, "bdd/statistiques.sql": no_time}, [PD], name="notime")
    assert "usage log" not in _found(res), res[PD]["message"]
    other = STATS.replace("statistiques_photos", "photos_commandees")
    _, res = judge(tmp_path, {**README, "bdd/photos.sql": other}, [PD], name="other")
    assert "usage log" not in _found(res), res[PD]["message"]


def test_an_e_mail_address_type_is_personal_data(tmp_path):
    _, res = judge(tmp_path, {**README, "src/main/java/fr/ville/certs/model/Mail.java": MAIL.format(cls="Mail")}, [PD], name="mail")
    assert "e-mail address" in _found(res), res[PD]["message"]  # was pass "no personal-data field"


def test_an_address_of_another_type_stays_as_before(tmp_path):
    _, res = judge(tmp_path, {**README, "src/main/java/fr/ville/certs/model/Site.java": MAIL.format(cls="Site")}, [PD], name="site")
    assert "e-mail address" not in _found(res), res[PD]["message"]
