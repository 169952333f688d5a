"""Session 19 (h3): sign-ins set by a framework's configuration, which interoperability.auth called "no sign-in of people found".
Fixtures shaped like sipf/service-ws (a Spring Boot Data REST proof of concept whose Spring Security user is declared in
application.yml, `security: user: name: admin`) and Birdiz/mairie-de-grandrupt (a commune's Next.js site with Payload CMS, whose
users collection has `auth: true`)."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>pf.net.api</groupId><artifactId>registry-ws</artifactId><version>0.1</version>\n"
       "<dependencies>\n<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-data-rest</artifactId></dependency>\n"
       "<dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-security</artifactId></dependency>\n"
       "</dependencies></project>\n")
ENTITY = ("package pf.net.api.registry.domain;\n\nimport javax.persistence.Entity;\n\n@Entity\npublic class Office {\n"
          "    @Id private Long id;\n    private String label;\n}\n")


def _auth(tmp_path, files, name="r"):
    return judge(tmp_path, files, AUTH, name=name)[1]["interoperability.auth"]


def test_a_spring_security_user_declared_in_application_yml_is_a_local_account(tmp_path):
    files = {"pom.xml": POM, "src/main/java/pf/net/api/registry/domain/Office.java": ENTITY,
             "src/main/resources/application.yml": (
                 "spring:\n  jpa:\n    show-sql: true\n  datasource:\n    url: ${JDBC_DATABASE_URL}\n"
                 "security:\n  user:\n    name: root\n    password: secret42\n---\nspring:\n  profiles: dev\n")}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "fail" and "local accounts" in auth["message"]["en"], auth
    assert any(e.get("path") == "src/main/resources/application.yml" for e in auth["evidence"]), auth["evidence"]


def test_spring_boot_2_properties_and_a_security_class_count_too(tmp_path):
    files = {"pom.xml": POM, "src/main/java/pf/net/api/registry/domain/Office.java": ENTITY,
             "src/main/resources/application.properties": "spring.security.user.name=agent\nspring.security.user.password=${AGENT_PASSWORD}\n"}
    assert _auth(tmp_path, files, "p")["status"] == "fail"
    files = {"pom.xml": POM, "src/main/java/pf/net/api/registry/domain/Office.java": ENTITY,
             "src/main/java/pf/net/api/registry/config/SecurityConfig.java": (
                 "package pf.net.api.registry.config;\n\npublic class SecurityConfig extends WebSecurityConfigurerAdapter {\n"
                 "    protected void configure(HttpSecurity http) throws Exception {\n"
                 "        http.authorizeRequests().anyRequest().authenticated().and().httpBasic();\n    }\n}\n")}
    assert _auth(tmp_path, files, "c")["status"] == "fail"


def test_a_spring_service_without_security_settings_stays_not_applicable(tmp_path):
    files = {"pom.xml": POM.replace("spring-boot-starter-security", "spring-boot-starter-actuator"),
             "src/main/java/pf/net/api/registry/domain/Office.java": ENTITY,
             "src/main/resources/application.yml": "spring:\n  datasource:\n    url: ${JDBC_DATABASE_URL}\nmanagement:\n  security:\n    enabled: false\n"}
    assert _auth(tmp_path, files)["status"] == "not_applicable"


def test_a_payload_collection_with_auth_is_the_back_office_sign_in(tmp_path):
    pkg = {"name": "site-commune", "private": True, "dependencies": {"next": "16.0.0", "payload": "^3.80.0", "@payloadcms/next": "^3.80.0",
                                                                      "react": "19.0.0", "react-dom": "19.0.0"}}
    files = {"package.json": json.dumps(pkg), "package-lock.json": "{}",
             "src/app/[locale]/page.tsx": "export default function Home() {\n  return <main><h1>Bienvenue</h1></main>;\n}\n",
             "src/collections/Editors.ts": (
                 'import type { CollectionConfig } from "payload";\n\nexport const Editors: CollectionConfig = {\n  slug: "editors",\n'
                 '  auth: true,\n  admin: { useAsTitle: "email" },\n  fields: [{ name: "fullName", type: "text" }],\n};\n'),
             "src/collections/Posts.ts": (
                 'import type { CollectionConfig } from "payload";\n\nexport const Posts: CollectionConfig = {\n  slug: "posts",\n'
                 '  fields: [{ name: "title", type: "text" }],\n};\n')}
    auth = _auth(tmp_path, files)
    assert auth["status"] == "fail" and [e["path"] for e in auth["evidence"]] == ["src/collections/Editors.ts"], auth
    # (an object's `auth:` key elsewhere, in a file that is no collection of Payload, signs no one in)
    files["src/collections/Editors.ts"] = 'export const options = {\n  auth: true,\n  retries: 2,\n};\n'
    assert _auth(tmp_path, files, "n")["status"] == "not_applicable"
