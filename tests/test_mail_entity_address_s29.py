"""Session 29 (j29 = reader s29 m21o3, libriciel/central-cert-core): a Spring Boot service watching certificates' expiry keeps, for
each certificate, the e-mail addresses to notify as an @Embeddable `class Mail { @Size(max = 100) private String adresse;
private boolean notifiable; }`. interoperability.public-building-blocks failed with Mail.java's `adresse` as "address handled here,
which the public services would provide": the field of a type named for an e-mail is an e-mail address, no place API Adresse
geocodes. A Java entity `class Adresse`/`class Site` with an `adresse` field keeps counting. Files written for these tests."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PBB = ["interoperability.public-building-blocks"]
GRADLE = ("plugins {\n    id 'org.springframework.boot' version '2.1.3.RELEASE'\n    id 'java'\n}\ndependencies {\n"
          "    implementation 'org.springframework.boot:spring-boot-starter-web'\n    implementation 'org.springframework.boot:spring-boot-starter-data-jpa'\n}\n")
MAIL = ("package com.coop.certs.model;\n\nimport javax.persistence.Embeddable;\nimport javax.validation.constraints.NotNull;\n"
        "import javax.validation.constraints.Size;\nimport lombok.AllArgsConstructor;\nimport lombok.Data;\nimport lombok.NoArgsConstructor;\n\n"
        "@Embeddable\n@Data\n@AllArgsConstructor\n@NoArgsConstructor\npublic class Mail {\n\n    @NotNull\n    @Size(max = 100)\n"
        "    private String adresse = \"\";\n\n    @NotNull\n    private boolean notifiable = false;\n}\n")
FILES = {"README.md": "# Central cert\n\nSurveille l'expiration des certificats et prévient par courriel.\n", "build.gradle": GRADLE,
         "src/main/java/com/coop/certs/model/Mail.java": MAIL}


def _pbb(tmp_path, files, name="r"):
    return judge(tmp_path, files, PBB, name=name)[1]["interoperability.public-building-blocks"]


def test_the_adresse_of_a_mail_type_is_no_postal_address(tmp_path):
    res = _pbb(tmp_path, FILES)
    assert not any(e.get("value") == "adresse" for e in res["evidence"]), res["evidence"]
    assert res["status"] == "not_applicable", res["message"]


def test_the_adresse_of_a_site_type_still_counts(tmp_path):
    site = MAIL.replace("public class Mail {", "public class Site {")
    files = {k: v for k, v in FILES.items() if not k.endswith("Mail.java")}
    res = _pbb(tmp_path, {**files, "src/main/java/com/coop/certs/model/Site.java": site}, "s")
    assert any(e.get("value") == "adresse" for e in res["evidence"]), (res["message"], res["evidence"])
