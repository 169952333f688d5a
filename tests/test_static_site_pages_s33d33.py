"""Session 33 (d33, issue 12): a static site of committed HTML pages published by a GitHub Pages workflow, and a GitLab pipeline
whose jobs sit in local includes.

florentrenov/observatoire-renovation-auvergne commits its 65 pages (index.html, acteurs/*/index.html…), plain assets/*.js, a
sitemap, and publishes them with .github/workflows/deploy-pages-dist.yml (`npm run release:check`, upload-pages-artifact). Two
.tsx components beside them made it a web application, and its node scripts (scripts/*.mjs reading --check) a command-line tool:
a Pages workflow publishing the committed pages makes it a static site, those scripts its tooling. Its CI was said to run no
test, though `npm run release:check` runs `npm run site:check`, which runs scripts/search-relevance.test.mjs; and its
accessibility check (`npm run public:accessibility`, in the same chain) was missed, while its reports' "sans déclaration de
conformité RGAA globale" and "aucune déclaration d'accessibilité publiée" were taken for an RGAA statement.
dataregion/DataEtatRegion-front's .gitlab-ci.yml includes .gitlab-templates/integ-tests.gitlab-ci.yml, whose job runs
`npx playwright test`: a local include is the pipeline's own."""

from __future__ import annotations

from tests.gitrepo import Symlink, make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>{t}</title><link rel=\"stylesheet\" href=\"/assets/styles.css\">"
        "</head>\n<body><a class=\"skip\" href=\"#main\">Aller au contenu</a><main id=\"main\"><h1>{t}</h1><p>Rénovation énergétique en Auvergne.</p>"
        "</main><script src=\"/assets/search.js\"></script></body></html>\n")
COMPONENT = ("import type {{ QuartzComponent }} from \"./types\";\n\nconst {n}: QuartzComponent = ({{ items }}) => (\n"
             "  <section class=\"cards\">{{items.map((i) => <article>{{i.title}}</article>)}}</section>\n);\n\nexport default {n};\n")
PACKAGE = ('{\n  "name": "site-observatoire",\n  "private": true,\n  "type": "module",\n  "scripts": {\n'
           '    "site:check": "node scripts/site-check.mjs && node scripts/search-relevance.test.mjs",\n'
           '    "site:seo:check": "node scripts/site-metadata.mjs --check",\n'
           '    "site:seo:write": "node scripts/site-metadata.mjs --write",\n'
           '    "public:build": "node scripts/build-public.mjs",\n'
           '    "public:accessibility": "node scripts/accessibility-check.mjs",\n'
           '    "release:check": "npm run site:check && npm run public:build && npm run public:accessibility"\n  }\n}\n')
WORKFLOW = ("name: Deploy verified dist to GitHub Pages\n\non:\n  workflow_dispatch:\n\npermissions:\n  contents: read\n  pages: write\n"
            "  id-token: write\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v6\n"
            "      - uses: actions/setup-node@v4\n        with:\n          node-version: \"22\"\n      - run: npm ci --ignore-scripts\n"
            "      - name: Build and verify the public artifact\n        run: npm run release:check\n"
            "      - uses: actions/upload-pages-artifact@v4\n        with:\n          path: ./dist\n"
            "  deploy:\n    runs-on: ubuntu-latest\n    needs: build\n    steps:\n      - uses: actions/deploy-pages@v4\n")
SCRIPT = ("import {{ readFileSync, writeFileSync }} from \"node:fs\";\n\nconst mode = process.argv.includes(\"--write\") ? \"write\" : \"check\";\n"
          "const failures = [];\nfor (const page of [\"index.html\"]) {{\n  const html = readFileSync(page, \"utf8\");\n"
          "  if (!html.includes(\"{w}\")) failures.push(page);\n}}\nif (failures.length) {{\n  console.error(failures.join(\"\\n\"));\n"
          "  process.exit(1);\n}}\nif (mode === \"write\") writeFileSync(\"dist/report.txt\", \"ok\");\n")
TEST = ("import assert from \"node:assert/strict\";\nimport { search } from \"../assets/search.js\";\n\n"
        "assert.equal(search(\"isolation\")[0].url, \"/techniques/isolation/\");\nassert.ok(search(\"pompe\").length > 0);\n")
REPORT = ("# Rapport des corrections d'accessibilité\n\nDate : 2026-05-02\nPortée : blocages P0 identifiés, sans déclaration de conformité RGAA globale.\n\n"
          "| Sujet | État | Constat |\n| --- | --- | --- |\n| Accessibilité | Partiel | corrections documentées, aucune déclaration d'accessibilité publiée |\n")
SITE = {
    "README.md": "# Observatoire rénovation Auvergne\n\nSite statique publié sur GitHub Pages.\n",
    "index.html": PAGE.format(t="Observatoire rénovation Auvergne"),
    "404.html": PAGE.format(t="Page introuvable"),
    **{f"{folder}/index.html": PAGE.format(t=folder.replace("/", " ").title())
       for folder in ("acteurs/adil-63", "acteurs/ale-clermont", "techniques/isolation", "documentation/methode", "sources", "territoires/thiers")},
    "sitemap.xml": "<?xml version=\"1.0\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://example.org/</loc></url></urlset>\n",
    "robots.txt": "User-agent: *\nAllow: /\n",
    "assets/styles.css": "body { font-family: system-ui, sans-serif; }\n.skip { position: absolute; left: -999px; }\n",
    "assets/search.js": "export function search(q) {\n  return window.INDEX.filter((p) => p.text.includes(q));\n}\n",
    "assets/observatoire.js": "document.querySelectorAll('.card').forEach((c) => c.addEventListener('click', () => c.classList.toggle('open')));\n",
    "quartz-components/ObservationCards.tsx": COMPONENT.format(n="ObservationCards"),
    "quartz-components/ObservationHero.tsx": COMPONENT.format(n="ObservationHero"),
    "package.json": PACKAGE,
    "scripts/site-check.mjs": SCRIPT.format(w="<title>"),
    "scripts/site-metadata.mjs": SCRIPT.format(w="<meta"),
    "scripts/build-public.mjs": SCRIPT.format(w="<html"),
    "scripts/accessibility-check.mjs": SCRIPT.format(w="class=\\\"skip\\\""),
    "scripts/search-relevance.test.mjs": TEST,
    ".github/workflows/deploy-pages-dist.yml": WORKFLOW,
    "docs/p0-6/RAPPORT-CORRECTIONS-ACCESSIBILITE.md": REPORT,
}
CHECKS = ["reusability.tests-and-ci", "interoperability.accessibility-and-ecodesign"]


def audit_of(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": "2026-04-20T09:00:00Z", "message": "pages"},
                                       {"files": {"sources/index.html": PAGE.format(t="Sources datées")}, "date": "2026-05-04T16:30:00Z",
                                        "message": "sources"}])
    report = run(repo, tmp_path / f"c-{name}", only=CHECKS)
    return report, results(report)


def test_committed_pages_published_by_a_pages_workflow_are_a_static_site(tmp_path):
    report, res = audit_of(tmp_path, SITE)
    project = report["facts"]["project"]
    assert project["kind"] == "static-site", project
    assert ".github/workflows/deploy-pages-dist.yml" in {e["path"] for e in project["kind_evidence"]}
    assert not project["scores"].get("cli-tool"), project["scores"]  # (its node scripts check and build the pages: its tooling)
    ci = res["reusability.tests-and-ci"]
    assert ci["details"]["ci_runs_tests"] is True, ci
    assert "does not seem to run any test" not in str(ci)
    a11y = res["interoperability.accessibility-and-ecodesign"]
    present, missing = a11y["message"]["en"].split("missing")
    assert "accessibility tests" in present and "RGAA statement" in missing, a11y["message"]


def test_the_same_pages_with_no_pages_workflow_stay_what_they_were(tmp_path):
    workflow = WORKFLOW.replace("      - uses: actions/upload-pages-artifact@v4\n        with:\n          path: ./dist\n", "") \
        .replace("      - uses: actions/deploy-pages@v4\n", "      - run: echo done\n")
    report, _ = audit_of(tmp_path, {**SITE, ".github/workflows/deploy-pages-dist.yml": workflow})
    assert report["facts"]["project"]["kind"] != "static-site", report["facts"]["project"]


def test_a_script_chain_running_no_test_runs_no_test_and_a_published_statement_still_counts(tmp_path):
    package = PACKAGE.replace(" && node scripts/search-relevance.test.mjs", "").replace(" && npm run public:accessibility", "")
    legal = PAGE.format(t="Mentions légales").replace("<p>Rénovation", "<p>Accessibilité : partiellement conforme au RGAA 4.1. Rénovation")
    _, res = audit_of(tmp_path, {**SITE, "package.json": package, "mentions-legales/index.html": legal})
    ci = res["reusability.tests-and-ci"]
    assert ci["details"]["ci_runs_tests"] is False, ci
    a11y = res["interoperability.accessibility-and-ecodesign"]
    present, missing = a11y["message"]["en"].split("missing")
    assert "RGAA statement" in present and "accessibility tests" in missing, a11y["message"]


GITLAB = ("include:\n  - project: group/common-gitlab-templates\n    ref: main\n    file: project-skeleton.gitlab-ci.yml\n"
          "  # - .gitlab-templates/analyze.gitlab-ci.yml\n  - .gitlab-templates/build.gitlab-ci.yml\n  - .gitlab-templates/integ-tests.gitlab-ci.yml\n\n"
          "variables:\n  DO_BUILD: \"yes\"\n")
BUILD = "\"build angular apps\":\n  image: node:24\n  stage: build\n  script:\n    - npm ci\n    - npm run build\n"
INTEG = ("run-tests-e2e:\n  stage: post-deploy tests\n  image: mcr.microsoft.com/playwright:v1.59.1\n  script:\n    - cd e2e/\n    - npm ci\n"
         "    - npx playwright test\n  artifacts:\n    when: always\n    paths:\n      - e2e/playwright-report/*\n")
SPEC = ("import { test, expect } from '@playwright/test';\n\ntest('home lists the budgets', async ({ page }) => {\n"
        "  await page.goto('/');\n  await expect(page.getByRole('heading', { name: 'Budget' })).toBeVisible();\n});\n")
FRONT = {
    "README.md": "# Budget front\n\nAngular applications.\n",
    "package.json": '{\n  "name": "fronts",\n  "private": true,\n  "scripts": {\n    "build": "ng build"\n  },\n  "dependencies": {"@angular/core": "^19.0.0"}\n}\n',
    "apps/budget/src/app/app.component.ts": "import { Component } from '@angular/core';\n@Component({ selector: 'app-root', template: '<h1>Budget</h1>' })\nexport class AppComponent {\n  title = 'budget';\n}\n",
    "apps/budget/src/app/budget.service.ts": "export class BudgetService {\n  total(lines: number[]) {\n    return lines.reduce((a, b) => a + b, 0);\n  }\n}\n",
    "e2e/tests/home.spec.ts": SPEC,
    "e2e/tests/search.spec.ts": SPEC.replace("home lists the budgets", "search finds a line"),
    ".gitlab-ci.yml": GITLAB,
    ".gitlab-templates/build.gitlab-ci.yml": BUILD,
    ".gitlab-templates/integ-tests.gitlab-ci.yml": INTEG,
}


def check_of(tmp_path, files, name, check="reusability.tests-and-ci"):
    report = run(make_repo(tmp_path / name, [{"files": files, "date": "2026-03-10T08:00:00Z", "message": "first"}]), tmp_path / f"c-{name}",
                 only=[check])
    return results(report)[check]


def test_a_gitlab_pipeline_s_local_include_runs_its_tests(tmp_path):
    r = check_of(tmp_path, FRONT, "front")
    assert r["details"]["ci_runs_tests"] is True, r
    assert any(e.get("path") == ".gitlab-templates/integ-tests.gitlab-ci.yml" and e.get("line") == 7 for e in r["evidence"]), r["evidence"]


def test_an_include_commented_out_another_project_s_file_or_a_symlink_out_runs_no_test(tmp_path):
    gitlab = GITLAB.replace("  - .gitlab-templates/integ-tests.gitlab-ci.yml\n", "  # - .gitlab-templates/integ-tests.gitlab-ci.yml\n"
                            "  - project: group/tests\n    file:\n      - .gitlab-templates/integ-tests.gitlab-ci.yml\n  - ci/linked.yml\n")
    r = check_of(tmp_path, {**FRONT, ".gitlab-ci.yml": gitlab, "ci/linked.yml": Symlink("../.gitlab-templates/integ-tests.gitlab-ci.yml")}, "front2")
    assert r["details"]["ci_runs_tests"] is False, r


# config/RELEASE-MANIFEST.template.json is the shape of the manifest the release build writes ("releaseId": "generated-at-build-time"):
# no settings template; and the preview server the package.json runs reads its port from the environment: the site's tooling
MANIFEST = ('{\n  "schemaVersion": "1.0.0",\n  "releaseId": "generated-at-build-time",\n  "sourceCommit": "generated-at-build-time",\n'
            '  "generatedAt": "generated-at-build-time",\n  "pageCount": 0,\n  "artifactSha256": "generated-at-build-time",\n'
            '  "validationDecision": "human_approval_required"\n}\n')
PREVIEW = ("import { createServer } from \"node:http\";\n\nconst PORT = Number(process.env.OBSERVATOIRE_PREVIEW_PORT || 8878);\n"
           "createServer((req, res) => res.end(\"ok\")).listen(PORT);\n")
TOOLED = {**SITE, "config/RELEASE-MANIFEST.template.json": MANIFEST, "scripts/serve-preview.mjs": PREVIEW,
          "package.json": PACKAGE.replace('    "public:build"', '    "preview:serve": "node scripts/serve-preview.mjs",\n    "public:build"')}


def test_a_generated_manifest_s_template_and_the_preview_port_are_no_settings_of_the_site(tmp_path):
    r = check_of(tmp_path, TOOLED, "tooled", "reusability.configuration")
    assert r["status"] == "not_applicable", r["message"]
    assert "RELEASE-MANIFEST" not in str(r), r


def test_a_settings_template_of_the_site_is_still_one(tmp_path):
    settings = '{\n  "apiUrl": "https://example.org/api",\n  "mapKey": "CHANGE_ME",\n  "generatedAt": "generated-at-build-time"\n}\n'
    r = check_of(tmp_path, {**TOOLED, "config/settings.template.json": settings}, "settings", "reusability.configuration")
    assert r["status"] != "not_applicable" and "config/settings.template.json" in str(r), r
