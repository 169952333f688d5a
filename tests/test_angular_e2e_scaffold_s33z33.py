"""reusability.tests-and-ci (issue 12, s33 z33 = reader m27o2, jguyet/hackaviz-data-grandpoitiers): an Angular app whose only
"tests" were the CLI's e2e folder left as created — e2e/protractor.conf.js (the runner's configuration) and e2e/src/app.e2e-spec.ts
(one case "should display welcome message" expecting 'Welcome to MaterialDemo!') — was warn "2 test file(s)": a runner's
configuration is no test and the generator's greeting test tests nothing of the project: 0 tests, no CI → fail."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

E2E = ("import { AppPage } from './app.po';\nimport { browser, logging } from 'protractor';\n\ndescribe('workspace-project App', () => {\n"
       "  let page: AppPage;\n\n  beforeEach(() => {\n    page = new AppPage();\n  });\n\n  it('should display welcome message', () => {\n"
       "    page.navigateTo();\n    expect(page.getTitleText()).toEqual('Welcome to MaterialDemo!');\n  });\n\n  afterEach(async () => {\n"
       "    const logs = await browser.manage().logs().get(logging.Type.BROWSER);\n    expect(logs).not.toContain(jasmine.objectContaining({\n"
       "      level: logging.Level.SEVERE,\n    } as logging.Entry));\n  });\n});\n")
APP = {
    "README.md": "# Dataviz\n\nTableau de bord.\n",
    "app/package.json": '{\n  "name": "app",\n  "scripts": {"e2e": "ng e2e"},\n  "dependencies": {"@angular/core": "~8.2.11"}\n}\n',
    "app/e2e/protractor.conf.js": "const { SpecReporter } = require('jasmine-spec-reporter');\n\nexports.config = {\n  allScriptsTimeout: 11000,\n"
                                  "  specs: ['./src/**/*.e2e-spec.ts'],\n  capabilities: {'browserName': 'chrome'},\n  framework: 'jasmine',\n"
                                  "  onPrepare() {\n    jasmine.getEnv().addReporter(new SpecReporter({ spec: { displayStacktrace: true } }));\n  }\n};\n",
    "app/e2e/src/app.e2e-spec.ts": E2E,
    "app/e2e/src/app.po.ts": "import { browser, by, element } from 'protractor';\n\nexport class AppPage {\n  navigateTo() {\n"
                             "    return browser.get(browser.baseUrl) as Promise<any>;\n  }\n}\n",
}
APP.update({f"app/src/app/part{i}.component.ts": f"export class Part{i}Component {{\n  value = {i};\n}}\n" for i in range(6)})
CID = "reusability.tests-and-ci"


def test_the_cli_e2e_scaffold_and_its_runner_config_are_no_tests(tmp_path):
    r = results(run_audit(build(tmp_path / "r", APP), tmp_path / "c", [CID]))[CID]
    assert r["status"] == "fail" and r["details"]["test_files"] == 0, r["message"]


def test_an_e2e_spec_of_the_project_keeps_counting(tmp_path):  # (near miss: the e2e case checks the project's page)
    own = E2E.replace("should display welcome message", "should list the energy records").replace(
        "expect(page.getTitleText()).toEqual('Welcome to MaterialDemo!');", "expect(page.getRows().count()).toBeGreaterThan(3);")
    r = results(run_audit(build(tmp_path / "r", {**APP, "app/e2e/src/app.e2e-spec.ts": own}), tmp_path / "c", [CID]))[CID]
    assert r["details"]["test_files"] == 1, r["message"]
