"""A generator's spec beside each piece, left as created, is no test; unittest run under coverage runs the tests (issue 12,
session 27, fixer g27 = measure 17 reader o2 on departement-loire-atlantique/compagnonDeVisite and reader o4 on
Geoplateforme/sdk-entrepot).

compagnonDeVisite kept the spec `ng generate component` writes beside each of its 44 components (one case "should create",
expect(component).toBeTruthy()) and its CI only builds: reusability.tests-and-ci passed on "44 test file(s)". Those specs test
nothing of what a component does; a spec with a case of its own still counts, and so does a service spec checking a result.
sdk-entrepot's workflow runs `coverage run -m unittest discover -b -p *TestCase.py`: that runs the tests (it read "CI does not
seem to run any test")."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

COMPONENT_SPEC = """import { ComponentFixture, TestBed } from '@angular/core/testing';

import { {C} } from './{n}.component';

describe('{C}', () => {
  let component: {C};
  let fixture: ComponentFixture<{C}>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      declarations: [ {C} ]
    })
    .compileComponents();
  });

  beforeEach(() => {
    fixture = TestBed.createComponent({C});
    component = fixture.componentInstance;
    fixture.detectChanges();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
"""
SERVICE_SPEC = """import { TestBed } from '@angular/core/testing';

import { OeuvreService } from './oeuvre.service';

describe('OeuvreService', () => {
  let service: OeuvreService;

  beforeEach(() => {
    TestBed.configureTestingModule({});
    service = TestBed.inject(OeuvreService);
  });

  it('should be created', () => {
    expect(service).toBeTruthy();
  });
});
"""
PIPE_SPEC = """import { SallePipe } from './salle.pipe';

describe('SallePipe', () => {
  it('create an instance', () => {
    const pipe = new SallePipe();
    expect(pipe).toBeTruthy();
  });
});
"""
NAMES = ["back", "carrousel", "oeuvre", "salle"]


def component(n: str) -> str:
    return "".join(p.title() for p in n.split("-")) + "Component"


def app(extra: dict | None = None) -> dict:
    files = {
        "README.md": "# Compagnon de visite\n\nL'application de visite du musée.\n",
        "package.json": '{"name": "compagnon", "devDependencies": {"@angular/cli": "15.0.0", "karma": "6.4.0"}}\n',
        ".travis.yml": "language: node_js\nscript:\n  - ng build -c pre-prod\n",
        "tslint.json": "{}\n",
        "src/app/oeuvre.service.ts": "export class OeuvreService {\n  titre(o: {nom: string}) { return o.nom.toUpperCase(); }\n}\n",
        "src/app/oeuvre.service.spec.ts": SERVICE_SPEC,
        "src/app/salle.pipe.ts": "export class SallePipe {\n  transform(v: string) { return 'Salle ' + v; }\n}\n",
        "src/app/salle.pipe.spec.ts": PIPE_SPEC,
    }
    for n in NAMES:
        c = component(n)
        files[f"src/app/components/{n}/{n}.component.ts"] = f"export class {c} {{\n  visible = true;\n}}\n"
        files[f"src/app/components/{n}/{n}.component.spec.ts"] = COMPONENT_SPEC.replace("{C}", c).replace("{n}", n)
    return {**files, **(extra or {})}


def run(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.tests-and-ci"]))
    result = next(r for r in report["results"] if r["id"] == "reusability.tests-and-ci")
    return report["facts"]["source_inventory"], result


def test_ng_generates_specs_left_as_created_are_no_tests(tmp_path):
    inv, result = run(tmp_path, app())
    assert inv["test"] == 0 and inv.get("test_scaffold") == 6, inv
    assert result["status"] == "fail" and result["details"]["generated_tests"] == 6, result
    assert "6 generated test(s) left as created" in result["message"]["en"], result["message"]


def test_a_spec_with_a_case_of_its_own_counts(tmp_path):
    own = SERVICE_SPEC.replace("  it('should be created', () => {\n    expect(service).toBeTruthy();\n  });\n",
                               "  it('should be created', () => {\n    expect(service).toBeTruthy();\n  });\n\n"
                               "  it('puts the title in capitals', () => {\n    expect(service.titre({nom: 'Dobrée'})).toBe('DOBRÉE');\n  });\n")
    inv, result = run(tmp_path, app({"src/app/oeuvre.service.spec.ts": own}))
    assert inv["test"] == 1 and inv.get("test_scaffold") == 5, inv


def test_one_case_checking_a_result_counts(tmp_path):
    own = PIPE_SPEC.replace("expect(pipe).toBeTruthy();", "expect(pipe.transform('3')).toBe('Salle 3');")
    inv, _ = run(tmp_path, app({"src/app/salle.pipe.spec.ts": own}))
    assert inv["test"] == 1 and inv.get("test_scaffold") == 5, inv


UNITTEST_CI = """name: CI
on: [push]
jobs:
  tests:
    runs-on: ubuntu-latest
    steps:
    - uses: actions/checkout@v4
    - name: "Analyse code with pylint"
      run: pylint --rcfile=.pylintrc sdk
    - name: "Run unit tests"
      run: coverage run -m unittest discover -b -p *TestCase.py
"""
SDK = {
    "README.md": "# SDK\n\nLe SDK de l'entrepôt.\n",
    "sdk/__init__.py": "def add(a, b):\n    return a + b\n",
    "tests/SdkTestCase.py": "import unittest\n\nfrom sdk import add\n\n\nclass SdkTestCase(unittest.TestCase):\n"
                            "    def test_add(self):\n        self.assertEqual(add(1, 2), 3)\n",
    ".github/workflows/ci-dev.yml": UNITTEST_CI,
}


def test_unittest_under_coverage_runs_the_tests(tmp_path):
    _, result = run(tmp_path, SDK)
    assert result["details"]["ci_runs_tests"] is True, result
    assert result["status"] == "pass" and "running the tests" in result["message"]["en"], result


def test_a_workflow_that_only_lints_runs_no_test(tmp_path):
    lint_only = UNITTEST_CI.replace("    - name: \"Run unit tests\"\n      run: coverage run -m unittest discover -b -p *TestCase.py\n", "")
    _, result = run(tmp_path, {**SDK, ".github/workflows/ci-dev.yml": lint_only})
    assert result["details"]["ci_runs_tests"] is False, result
