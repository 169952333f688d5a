"""Where a ``SPDX-License-Identifier:`` value ends, as ``reuse lint`` (6.2) reads it (issue 12, session 20 f3: the check against
``reuse lint --json`` on fetched repositories). On a repository of Helm charts (4,245 covered files), reuse found licensing
information in 3,665 files and the auditor in 2,384: each template's ``{{/* SPDX-License-Identifier: Apache-2.0 */}}`` was read
as the invalid expression "Apache-2.0 */}}" (a lone ``}`` closed no comment for the auditor) and listed as such. reuse strips the
closing marks of its comment styles and nothing else: ``*/``, ``}``, ``--}}``, ``--%>``, ``:)``, ``'/``… in any number, but no
quote, ``;`` or ``,`` (a build script's ``banner: '/* SPDX-License-Identifier: EUPL-1.2 */',`` is no expression for reuse,
which the auditor read as EUPL-1.2). Expected values were read from ``reuse lint --json`` (reuse 6.2.0) run on this fixture."""

from __future__ import annotations

from tests.test_reuse_lint import _scan

C = "SPDX-FileCopyrightText: 2025 Communauté d'agglomération du Val\n"
FILES = {
    "LICENSES/EUPL-1.2.txt": "EUPL text\n",
    # closing marks reuse strips: the file has its licence
    "deploy/chart/templates/_helpers.tpl": "{{/* " + C.strip() + " */}}\n{{/* SPDX-License-Identifier: EUPL-1.2 */}}\n"
                                           '{{- define "app.name" -}}\napp\n{{- end -}}\n',
    "deploy/chart/templates/service.yaml": "{{/* " + C.strip() + " */}}\n{{/* SPDX-License-Identifier: EUPL-1.2 */}}\n"
                                           "apiVersion: v1\nkind: Service\n",
    "docs/guide.mdx": "{/* " + C.strip() + " */}\n{/* SPDX-License-Identifier: EUPL-1.2 */}\n\n# Guide\n",
    "web/views/page.hbs": "{{!-- " + C.strip() + " --}}\n{{!-- SPDX-License-Identifier: EUPL-1.2 --}}\n<p>{{title}}</p>\n",
    "web/views/page.aspx": "<%-- " + C.strip() + " --%>\n<%-- SPDX-License-Identifier: EUPL-1.2 --%>\n<p>x</p>\n",
    "queries/q.xq": "(: " + C.strip() + " :)\n(: SPDX-License-Identifier: EUPL-1.2 :)\n1\n",
    # the neighbouring right cases, unchanged: a one-line C or HTML comment, a plain line comment
    "src/app.js": "// " + C + "// SPDX-License-Identifier: EUPL-1.2\nrun();\n",
    "src/lib.c": "/* " + C.strip() + " */\n/* SPDX-License-Identifier: EUPL-1.2 */\nint x;\n",
    "src/index.html": "<!-- " + C.strip() + " -->\n<!-- SPDX-License-Identifier: EUPL-1.2 -->\n<p>x</p>\n",
    # a quote, ';' or ',' after the value stays in it: no expression, for reuse
    "build/bundle.js": "// " + C + "module.exports = {\n  banner: '/* SPDX-License-Identifier: EUPL-1.2 */',\n};\n",
    "build/header.ts": "// " + C + 'const header = "// SPDX-License-Identifier: EUPL-1.2";\n',
}
# (copyright found, license found) per covered file, as reuse lint --json (6.2.0) reports them on this fixture
EXPECTED = {
    "deploy/chart/templates/_helpers.tpl": (True, True), "deploy/chart/templates/service.yaml": (True, True),
    "docs/guide.mdx": (True, True), "web/views/page.hbs": (True, True), "web/views/page.aspx": (True, True),
    "queries/q.xq": (True, True), "src/app.js": (True, True), "src/lib.c": (True, True), "src/index.html": (True, True),
    "build/bundle.js": (True, False), "build/header.ts": (True, False),
}


def test_licence_values_end_where_reuse_lint_ends_them(repo):
    r = _scan(repo([{"files": FILES}]))
    missing = {x["path"]: x["missing"] for x in r["examples"]}
    found = {p: ("copyright" not in missing.get(p, []), "license" not in missing.get(p, [])) for p in EXPECTED}
    assert found == EXPECTED
    # reuse lint: 11 files, 11 with copyright, 9 with licensing information, 2 invalid expressions, not compliant
    assert (r["covered"], r["covered"] - r["missing_copyright"], r["covered"] - r["missing_license"]) == (11, 11, 9)
    assert sorted(b["path"] for b in r["bad_expressions"]) == ["build/bundle.js", "build/header.ts"]
    assert r["licenses_used"] == {"EUPL-1.2": 9} and r["missing_texts"] == [] and r["compliant"] is False


def test_helm_chart_all_tagged_is_compliant(repo):
    files = {k: v for k, v in FILES.items() if k.startswith(("LICENSES/", "deploy/", "src/"))}
    r = _scan(repo([{"files": files}]))
    assert r["compliant"] is True and r["bad_expressions"] == [] and r["compliant_files"] == r["covered"] == 5
