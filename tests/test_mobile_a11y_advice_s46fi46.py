"""A mobile application is advised its platform's accessibility tools, not a web footer and axe-core (issue 12, s46 fi46 =
neoexa/VilledeMontpellier). The Android app has no RGAA statement (the fail stands), but interoperability.accessibility-and-ecodesign
advised an "Accessibilité" page "linked from the footer" and "axe-core, pa11y" in CI: web layout and web tools, which an Android app
has not and which do not test it. For a mobile application the advice names its menu and store page, and the platform's tools now."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.test_android_i18n_advice_s46fi46 import ACTIVITY, GRADLE, MANIFEST, STRINGS

CHECK = "interoperability.accessibility-and-ecodesign"


def _advice(repo, tmp_path, files):
    report = audit(str(repo([{"files": {"README.md": "# Quartier\n\nApplication du quartier.\n", **files}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=[CHECK]))
    r = report["results"][0]
    return r, (r.get("remediation") or {}).get("en", "")


def test_a_mobile_app_is_advised_its_platform_tools(repo, tmp_path):
    r, advice = _advice(repo, tmp_path, {"settings.gradle": "include ':app'\n", "app/build.gradle": GRADLE,
                                         "app/src/main/AndroidManifest.xml": MANIFEST, "app/src/main/res/values/strings.xml": STRINGS,
                                         "app/src/main/java/org/example/quartier/MainActivity.java": ACTIVITY})
    assert r["status"] in ("fail", "warn"), r["message"]
    assert "footer" not in advice and "axe-core" not in advice, advice
    assert "Android Lint" in advice and "store page" in advice, advice


def test_near_miss_a_web_site_keeps_the_footer_and_axe(repo, tmp_path):
    page = ("<!doctype html>\n<html lang=\"fr\"><head><title>Quartier</title><link rel=\"stylesheet\" href=\"style.css\"></head>\n"
            "<body><main><h1>Quartier</h1></main><footer>Mentions</footer><script src=\"app.js\"></script></body></html>\n")
    r, advice = _advice(repo, tmp_path, {"index.html": page, "style.css": "body { margin: 0; }\n", "app.js": "console.log('ok');\n"})
    assert "footer" in advice and "axe-core" in advice, advice
