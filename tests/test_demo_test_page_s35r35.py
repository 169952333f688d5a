"""A web application's demo "test" page is no test (issue 12, session 35 fixer r35).

- PnCevennes/app_oeasc: frontend/src/modules/test/index.js is the route table of the application's own demo page ({ path: "/test",
  name: "test", component: genericForm, props: { config: configFormTest } }), in a folder named test: it was counted as a test
  file, by the string "test" (read as node's test module) and by ": configFormTest" (read as a class extending a test class), so
  tests-and-ci said "warn 6.04: 1 test file(s)". A spec in the same folder importing node's test runner, or a Kotlin class
  extending a test class, still holds a test.
"""

from __future__ import annotations

from auditor.facts.scaffold_tests import holds_test
from tests.test_local_authority_verdicts import judge

ROUTES = ('import genericForm from "@/components/form/generic-form"\nimport configFormTest from "./config/form-test.js"\n\n'
          'const ROUTE = [\n  {\n    path: "/test",\n    content: "test",\n    name: "test",\n    label: "restitution - Test",\n'
          '    type: "page"\n  },\n  {\n    path: "/test/form",\n    name: "test.form",\n    component: genericForm,\n'
          '    props: {\n      config: configFormTest\n    }\n  }\n];\n\nexport { ROUTE };\n')

APP = {
    "README.md": "# Observatoire\n\nSite de déclaration et de restitution.\n",
    "frontend/package.json": '{"name": "frontend", "private": true, "dependencies": {"vue": "^2.6.10"}}\n',
    "frontend/src/main.js": "import Vue from 'vue'\nimport { ROUTE } from './modules/test'\n\nnew Vue({ data: { routes: ROUTE } }).$mount('#app')\n",
    "frontend/src/modules/test/index.js": ROUTES,
    "frontend/src/modules/test/config/form-test.js": "export default { title: 'Formulaire', fields: [{ name: 'nom', type: 'text' }] }\n",
    "frontend/src/components/form/generic-form.js": "export default { props: ['config'], render(h) { return h('form') } }\n",
}


def test_a_demo_pages_route_table_in_a_test_folder_is_no_test(tmp_path):
    assert holds_test(ROUTES, "JavaScript") is False
    r = judge(tmp_path, APP, ["reusability.tests-and-ci"])[1]["reusability.tests-and-ci"]
    assert r["details"]["test_files"] == 0, r["message"]
    assert not any(e.get("path") == "frontend/src/modules/test/index.js" and e.get("kind") == "found" for e in r["evidence"]), r["evidence"]


def test_an_imported_test_runner_or_a_test_class_is_still_a_test():
    assert holds_test('import test from "node:test"\nimport assert from "node:assert/strict"\n\nconst x = 1\n', "JavaScript") is True
    assert holds_test("const assert = require('assert')\n", "JavaScript") is True
    assert holds_test("package a\n\nclass Routes : StringSpec({\n    \"routes\" { check(ROUTES.size == 2) }\n})\n", "Kotlin") is True
    assert holds_test("public class RoutesCheck : Xunit.TestBase\n{\n    public void Routes() { Check(2); }\n}\n", "C#") is True
