"""Spring Initializr's generated test, an empty contextLoads(), tests nothing (issue 12, session 41 fixer fh41 = sipf/mail-api,
reader ra41 item 3.1). A Spring Boot micro-service's only test file was the generator's MailApplicationTests.java, left as created:
@SpringBootTest over one @Test method with an empty body and no assertion. tests-and-ci counted it ("1 test file for 6 source files")
while the tool's rule for generators' placeholders (Maven's assertTrue(true), Angular's "should create"…) leaves such files out:
a JUnit file whose every test method is empty and which asserts nothing is a generated placeholder. Near miss: the same class whose
test sends a message and checks the answer is a test. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>pf.test</groupId><artifactId>relay</artifactId><version>0.1</version>"
       "<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>1.5.6.RELEASE</version></parent>"
       "<dependencies><dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>"
       "</dependencies></project>\n")
APP = ("package pf.test.relay;\n\nimport org.springframework.boot.SpringApplication;\nimport org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
       "@SpringBootApplication\npublic class RelayApplication {\n    public static void main(String[] args) {\n"
       "        SpringApplication.run(RelayApplication.class, args);\n    }\n}\n")
CONTROLLER = ("package pf.test.relay;\n\nimport org.springframework.web.bind.annotation.*;\n\n@RestController\npublic class RelayController {\n"
              "    @PostMapping(\"/relay\")\n    public String relay(@RequestBody String body) {\n        return body.trim();\n    }\n}\n")


def junit_file(body: str) -> str:
    return ("package pf.test.relay;\n\nimport org.junit.Test;\nimport org.junit.runner.RunWith;\n"
            "import org.springframework.boot.test.context.SpringBootTest;\nimport org.springframework.test.context.junit4.SpringRunner;\n\n"
            "@RunWith(SpringRunner.class)\n@SpringBootTest\npublic class RelayApplicationTests {\n\n\t@Test\n\tpublic void contextLoads() {\n"
            f"{body}\t}}\n\n}}\n")


def _res(tmp_path, body):
    return check_result(tmp_path, {"README.md": "# Relay\n\nRelaie des messages.\n", "pom.xml": POM,
                                   "src/main/java/pf/test/relay/RelayApplication.java": APP,
                                   "src/main/java/pf/test/relay/RelayController.java": CONTROLLER,
                                   "src/test/java/pf/test/relay/RelayApplicationTests.java": junit_file(body)}, CID)


def test_an_empty_context_loads_test_is_a_generated_placeholder(tmp_path):
    res = _res(tmp_path, "\t\t// nothing yet\n")
    assert res["status"] == "fail" and "generated test" in res["message"]["en"], (res["status"], res["message"]["en"])


def test_a_test_that_checks_something_counts(tmp_path):
    res = _res(tmp_path, "\t\torg.junit.Assert.assertEquals(\"a\", new RelayController().relay(\" a \"));\n")
    assert res["status"] != "fail" and "generated test" not in res["message"]["en"], (res["status"], res["message"]["en"])
