"""Generators' placeholder tests left as created are no tests of the project (issue 12, session 20, reader r3; fixer g4 case
2a): a NestJS API whose only test was the Nest CLI's e2e placeholder (test/app.e2e-spec.ts: GET / expecting 'Hello World!',
a route the project no longer even has) had files.tests true and "1 test file(s)". The Nest CLI's two generated tests and the
Angular CLI's root-component test, untouched (the generated cases only), are scaffold stubs like Android Studio's, Create React
App's and Django's; the same files with a test the project wrote, or beside the project's own tests, still count."""

from __future__ import annotations

import json

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

NEST_E2E = """import { Test, TestingModule } from '@nestjs/testing';
import { INestApplication } from '@nestjs/common';
import * as request from 'supertest';
import { AppModule } from './../src/app.module';

describe('AppController (e2e)', () => {
  let app: INestApplication;

  beforeEach(async () => {
    const moduleFixture: TestingModule = await Test.createTestingModule({ imports: [AppModule] }).compile();
    app = moduleFixture.createNestApplication();
    await app.init();
  });

  it('/ (GET)', () => {
    return request(app.getHttpServer()).get('/').expect(200).expect('Hello World!');
  });
});
"""
NEST_UNIT = """import { Test, TestingModule } from '@nestjs/testing';
import { AppController } from './app.controller';
import { AppService } from './app.service';

describe('AppController', () => {
  let appController: AppController;

  beforeEach(async () => {
    const app: TestingModule = await Test.createTestingModule({ controllers: [AppController], providers: [AppService] }).compile();
    appController = app.get<AppController>(AppController);
  });

  describe('root', () => {
    it('should return "Hello World!"', () => {
      expect(appController.getHello()).toBe('Hello World!');
    });
  });
});
"""
NEST = {
    "README.md": "# Alertes sécheresse\n\nUne API des arrêtés de restriction d'eau.\n",
    "package.json": json.dumps({"name": "alertes-api", "dependencies": {"@nestjs/core": "^10"}, "scripts": {"test:e2e": "jest --config ./test/jest-e2e.json"}}),
    "src/main.ts": "import { NestFactory } from '@nestjs/core';\nimport { AppModule } from './app.module';\nNestFactory.create(AppModule);\n",
    "src/app.module.ts": "export class AppModule {}\n",
    "src/arretes/arretes.service.ts": "export class ArretesService { find(commune: string) { return []; } }\n",
    "test/app.e2e-spec.ts": NEST_E2E,
    "test/jest-e2e.json": '{"testRegex": ".e2e-spec.ts$"}\n',
}

ANGULAR_SPEC = """import { TestBed } from '@angular/core/testing';
import { AppComponent } from './app.component';

describe('AppComponent', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({ imports: [AppComponent] }).compileComponents();
  });

  it('should create the app', () => {
    const fixture = TestBed.createComponent(AppComponent);
    expect(fixture.componentInstance).toBeTruthy();
  });

  it(`should have the 'carte-velo' title`, () => {
    const fixture = TestBed.createComponent(AppComponent);
    expect(fixture.componentInstance.title).toEqual('carte-velo');
  });

  it('should render title', () => {
    const fixture = TestBed.createComponent(AppComponent);
    fixture.detectChanges();
    expect(fixture.nativeElement.querySelector('h1')?.textContent).toContain('Hello, carte-velo');
  });
});
"""
ANGULAR = {
    "README.md": "# Carte vélo\n\nLes itinéraires cyclables de l'agglomération.\n",
    "package.json": json.dumps({"name": "carte-velo", "dependencies": {"@angular/core": "^17"}}),
    "angular.json": "{}\n",
    "src/main.ts": "import { bootstrapApplication } from '@angular/platform-browser';\n",
    "src/app/app.component.ts": "export class AppComponent { title = 'carte-velo'; }\n",
    "src/app/app.component.spec.ts": ANGULAR_SPEC,
}


def facts(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["reusability.tests-and-ci"]))
    return report["facts"]


def test_the_nest_clis_untouched_tests_are_no_tests(tmp_path):
    f = facts(tmp_path, {**NEST, "src/app.controller.spec.ts": NEST_UNIT})
    assert f["files"]["tests"] is False
    assert f["source_inventory"]["test"] == 0 and f["source_inventory"]["test_scaffold"] == 2


def test_a_nest_project_with_its_own_test_has_tests(tmp_path):
    own = NEST_E2E.replace("});\n});\n", "});\n\n  it('/arretes (GET)', () => {\n    return request(app.getHttpServer())"
                                         ".get('/arretes?commune=01001').expect(200);\n  });\n});\n")
    assert facts(tmp_path / "a", {**NEST, "test/app.e2e-spec.ts": own})["files"]["tests"] is True
    f = facts(tmp_path / "b", {**NEST, "src/arretes/arretes.service.spec.ts": "it('finds none', () => expect([]).toEqual([]));\n"})
    assert f["files"]["tests"] is True and f["source_inventory"]["test"] == 1


def test_the_angular_clis_untouched_root_test_is_no_test(tmp_path):
    assert facts(tmp_path, ANGULAR)["files"]["tests"] is False
    older = ANGULAR_SPEC.replace("`should have the 'carte-velo' title`", "`should have as title 'carte-velo'`")
    assert facts(tmp_path / "old", {**ANGULAR, "src/app/app.component.spec.ts": older})["files"]["tests"] is False


def test_an_angular_root_test_the_project_extended_counts(tmp_path):
    own = ANGULAR_SPEC[: ANGULAR_SPEC.rindex("});")] + ("  it('should list the cycle routes', () => {\n    expect(TestBed.createComponent("
                                                       "AppComponent).componentInstance.routes.length).toBe(3);\n  });\n});\n")
    assert facts(tmp_path, {**ANGULAR, "src/app/app.component.spec.ts": own})["files"]["tests"] is True
