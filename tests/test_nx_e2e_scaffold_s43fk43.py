"""Tests count (issue 12, s43 fk43 = reader rh43, GuilaumeDurandiere/angular-standalone): an Nx workspace's e2e project left as the
@nx/cypress generator wrote it — e2e/src/e2e/app.cy.ts's one case "should display welcome message" (a custom command that only logs,
then getGreeting().contains(/Welcome/)), its page object support/app.po.ts and its cypress.config.ts — was counted as 3 test files of
the portal, which has no such page and no other test. The generator's example tests nothing of the app, a page object and a runner's
configuration hold no test. Near miss: the same e2e file with a case of the team's own stays a test."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

APP = {
    "package.json": '{"name": "@portail/source", "scripts": {"start": "nx serve"}, "dependencies": {"@angular/core": "17.0.0"}}\n',
    "src/main.ts": "import { bootstrapApplication } from '@angular/platform-browser';\nimport { AppComponent } from './app/app.component';\n\n"
                   "bootstrapApplication(AppComponent);\n",
    "src/app/app.component.ts": ("import { Component } from '@angular/core';\n\n@Component({ selector: 'app-root', template: "
                                 "'<h2>Demandes</h2><app-workflows></app-workflows>' })\nexport class AppComponent {\n"
                                 "  title = 'portail';\n  count(items: string[]): number {\n    return items.length;\n  }\n}\n"),
    "e2e/project.json": '{"name": "portail-e2e", "projectType": "application", "sourceRoot": "e2e/src"}\n',
    "e2e/cypress.config.ts": ("import { nxE2EPreset } from '@nx/cypress/plugins/cypress-preset';\nimport { defineConfig } from 'cypress';\n\n"
                              "export default defineConfig({\n  e2e: { ...nxE2EPreset(__filename, { cypressDir: 'src' }), "
                              "baseUrl: 'http://localhost:4200' },\n});\n"),
    "e2e/src/support/app.po.ts": "export const getGreeting = () => cy.get('h1');\n",
    "e2e/src/support/commands.ts": ("// custom commands\nCypress.Commands.add('login', (email, password) => {\n"
                                    "  console.log('Custom command example: Login', email, password);\n});\n"),
}
EXAMPLE = ("import { getGreeting } from '../support/app.po';\n\ndescribe('portail-e2e', () => {\n  beforeEach(() => cy.visit('/'));\n\n"
           "  it('should display welcome message', () => {\n    // Custom command example, see `../support/commands.ts` file\n"
           "    cy.login('my-email@something.com', 'myPassword');\n\n    // Function helper example, see `../support/app.po.ts` file\n"
           "    getGreeting().contains(/Welcome/);\n  });\n")
OWN_CASE = ("\n  it('should list the requests', () => {\n    cy.visit('/demandes');\n    cy.get('h2').contains('Demandes');\n"
            "    cy.get('table tr').should('have.length.greaterThan', 1);\n  });\n")


def _tests_result(tmp_path, e2e, name):
    r = results(run_audit(build(tmp_path / name, {**APP, "e2e/src/e2e/app.cy.ts": e2e}), tmp_path / f"c-{name}", ["reusability.tests-and-ci"]))
    return r["reusability.tests-and-ci"]


def test_nx_generated_e2e_example_is_no_test(tmp_path):
    r = _tests_result(tmp_path, EXAMPLE + "});\n", "t")
    found = [e["path"] for e in r["evidence"] if e.get("kind") == "found"]
    assert not any(p.startswith("e2e/") and not p.endswith(".json") for p in found), r
    assert "test file(s) for" not in r["message"]["en"] or r["message"]["en"].startswith("0 "), r["message"]


def test_near_miss_a_case_of_the_teams_own_stays_a_test(tmp_path):
    r = _tests_result(tmp_path, EXAMPLE + OWN_CASE + "});\n", "n")
    found = [e["path"] for e in r["evidence"] if e.get("kind") == "found"]
    assert "e2e/src/e2e/app.cy.ts" in found, r
    assert "e2e/src/support/app.po.ts" not in found and "e2e/cypress.config.ts" not in found, r
