"""files fact on State start-up repositories read wrong by this session's reader r6 (issue 12, s16): a React library whose
changelog is a page of its documentation site (docs/src/pages/changelog.mdx, Docusaurus) had no changelog."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

LIB = {"README.md": "# Formulaires\n\nUne bibliothèque de composants React pour afficher des questionnaires.\n",
       "package.json": '{"name": "@exemple/formulaires", "version": "3.1.0", "peerDependencies": {"react": "^18"}}',
       "src/index.ts": "export { Questionnaire } from './questionnaire';\n",
       "src/questionnaire.tsx": "export function Questionnaire() { return null; }\n",
       "docs/package.json": '{"name": "docs", "dependencies": {"@docusaurus/core": "^3.0.0"}}',
       "docs/docs/intro.md": "# Introduction\n\nComment afficher un questionnaire.\n",
       "docs/src/pages/index.tsx": "export default function Home() { return null; }\n",
       "docs/src/pages/changelog.mdx": "# Changelog\n\n### 3.1.0\n\n#### Nouvelles fonctionnalités\n\n- Questions en tableau\n\n"
                                       "### 3.0.0\n\n#### Correction de bugs\n\n- Navigation\n"}


def test_a_docs_sites_changelog_page_is_the_changelog(tmp_path):
    facts = run_audit(build(tmp_path / "r", LIB), tmp_path / "c", ["reusability.tests-and-ci"])["facts"]
    assert facts["files"]["changelog"] == "docs/src/pages/changelog.mdx"
    # counterparts: another page of the site is no changelog; a root CHANGELOG.md comes first
    other = {k: v for k, v in LIB.items() if k != "docs/src/pages/changelog.mdx"} | {"docs/src/pages/about.mdx": "# À propos\n"}
    assert run_audit(build(tmp_path / "o", other), tmp_path / "c2", ["reusability.tests-and-ci"])["facts"]["files"]["changelog"] is None
    root = LIB | {"CHANGELOG.md": "# Changelog\n\n## 3.1.0\n\n- Questions en tableau\n"}
    assert run_audit(build(tmp_path / "t", root), tmp_path / "c3", ["reusability.tests-and-ci"])["facts"]["files"]["changelog"] == "CHANGELOG.md"
