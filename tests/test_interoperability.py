"""Interoperability family: each check passing and failing on real git fixtures in three ecosystems."""

from __future__ import annotations

import json

import pytest

from tests.test_reusability_fixtures import audited, build, results, run_audit


def res(eco, variant, cid):
    return results(audited(eco, variant)[1])[cid]


def status(eco, variant, cid):
    return res(eco, variant, cid)["status"]


@pytest.mark.parametrize("cid,expected", [
    # (check, {(ecosystem, variant): expected status})
    ("interoperability.api-spec", {("django", "good"): "pass", ("symfony", "good"): "pass", ("node", "good"): "not_applicable",
                                   ("django", "bad"): "fail", ("node", "bad"): "not_applicable",
                                   ("symfony", "bad"): "not_applicable"}),  # (its controller answers no JSON: pages only, s18 h4)
    ("interoperability.data-standards", {("django", "good"): "pass", ("node", "bad"): "fail", ("django", "bad"): "fail", ("symfony", "bad"): "fail"}),
    ("interoperability.geo", {("node", "good"): "pass", ("django", "good"): "pass", ("symfony", "good"): "warn", ("node", "bad"): "fail",
                              ("django", "bad"): "not_applicable", ("symfony", "bad"): "not_applicable"}),
    ("interoperability.identifiers", {("node", "good"): "pass", ("django", "good"): "pass", ("node", "bad"): "warn", ("django", "bad"): "warn",
                                      ("symfony", "bad"): "warn"}),
    ("interoperability.auth", {("node", "good"): "pass", ("django", "good"): "pass", ("symfony", "good"): "pass", ("node", "bad"): "fail",
                               ("django", "bad"): "not_applicable"}),
    ("interoperability.public-building-blocks", {("node", "good"): "pass", ("django", "good"): "pass", ("symfony", "good"): "pass",
                                                 ("node", "bad"): "fail", ("django", "bad"): "fail", ("symfony", "bad"): "fail"}),
    # django/bad serves an API only (Django REST framework, no template): no interface to judge
    ("interoperability.accessibility-and-ecodesign", {("node", "good"): "pass", ("node", "bad"): "fail", ("django", "bad"): "not_applicable",
                                                      ("symfony", "bad"): "fail"}),
])
def test_statuses_across_ecosystems(cid, expected):
    for (eco, variant), want in expected.items():
        r = res(eco, variant, cid)
        assert r["status"] == want, (cid, eco, variant, r["message"]["en"])
        assert r["message"]["fr"] and r["title"]["fr"] and r["rationale"]["en"] and r["remediation"]["fr"]


def test_api_spec_reports_version_and_operations():
    specs = res("django", "good", "interoperability.api-spec")["details"]["specs"]
    assert specs == [{"path": "openapi.yaml", "kind": "openapi", "version": "3.0.3", "operations": 3}]
    specs = res("symfony", "good", "interoperability.api-spec")["details"]["specs"]
    assert specs == [{"path": "public/openapi.json", "kind": "openapi", "version": "3.1.0", "operations": 1}]


def test_invalid_spec_is_a_finding():
    r = res("django", "bad", "interoperability.api-spec")
    assert [e["path"] for e in r["evidence"] if e.get("kind") == "finding"] == ["openapi.yaml"]


def test_spec_generated_by_framework_is_a_warning(tmp_path):
    path = build(tmp_path / "r", {"requirements.txt": "django==5.0\ndrf-spectacular==0.27.0\n",
                                  "api/urls.py": "from drf_spectacular.views import SpectacularAPIView\n"})
    r = results(run_audit(path, tmp_path / "c", ["interoperability.api-spec"]))["interoperability.api-spec"]
    assert r["status"] == "warn" and r["details"]["generators"] == ["drf-spectacular"]


def test_programme_schema_fields_are_recognised():
    d = res("django", "good", "interoperability.data-standards")["details"]
    assert {"porteurcodesiret", "budgetprevisionnel", "leviers", "phasestatut"} <= set(d["programme_fields"])
    assert d["table_schemas"] == ["schema.json"]


def test_proprietary_map_library_is_a_finding():
    r = res("node", "bad", "interoperability.geo")
    assert any(e.get("kind") == "finding" and e.get("value") == "mapbox-gl" and e.get("path") == "package.json" and e.get("line") for e in r["evidence"])


def test_hard_coded_identifiers_are_located():
    r = res("django", "bad", "interoperability.identifiers")
    assert ("projets/views.py", 6) in [(e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding"]


def test_a_component_type_name_is_not_franceconnect(tmp_path):
    path = build(tmp_path / "r", {
        "package.json": json.dumps({"dependencies": {"vue": "^3", "@gouvminint/vue-dsfr": "^5"}}),
        "src/components.d.ts": "declare module 'vue' {\n  DsfrFranceConnect: typeof import('@gouvminint/vue-dsfr').DsfrFranceConnect;\n}\n",
        "src/App.vue": "<template><DsfrHeader /></template>\n",
    })
    r = results(run_audit(path, tmp_path / "c", ["interoperability.auth"]))["interoperability.auth"]
    assert r["status"] == "not_applicable"


def test_accessibility_not_applicable_without_interface(tmp_path):
    path = build(tmp_path / "r", {"pyproject.toml": "[project]\nname = 'etl'\ndependencies = ['pandas']\n", "etl/run.py": "print(1)\n"})
    r = results(run_audit(path, tmp_path / "c", ["interoperability.accessibility-and-ecodesign"]))["interoperability.accessibility-and-ecodesign"]
    assert r["status"] == "not_applicable"


def test_accessibility_criteria_detail():
    c = res("node", "good", "interoperability.accessibility-and-ecodesign")["details"]["criteria"]
    assert all(c.values()), c
    c = res("node", "bad", "interoperability.accessibility-and-ecodesign")["details"]["criteria"]
    assert not c["a11y_statement"] and not c["image_formats"] and not c["browser_targets"]
