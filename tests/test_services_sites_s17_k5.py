"""Session 17, k5 (issue 12, b1's wrong verdicts): proprietary services a commune's Jekyll site and a Lutece OCR plugin
depend on (AT Internet's SmartTag loaded by the layouts; a Windows COM component driven through the Jacob bridge)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

LOCK = ["scaling.vendor-lock-in", "reusability.portability"]


def _named(r):
    return {e["value"]["service"] for e in r["scaling.vendor-lock-in"]["evidence"] if isinstance(e.get("value"), dict)}


def test_a_site_loading_the_smarttag_script_depends_on_at_internet(tmp_path):
    """Shaped like a commune's Jekyll site: the header loads a copied, dated SmartTag script and the footer's links carry
    data-xiti-* attributes; the script itself is a copy (not read as the project's code)."""
    path = build(tmp_path / "r", {
        "_config.yml": "title: Mairie de Villeneuve\nmarkdown: kramdown\n",
        "_includes/header.html": '<header>\n  <script src="/assets/js/smarttag-20180211.js"></script>\n  <h1>{{ site.title }}</h1>\n</header>\n',
        "_includes/footer.html": '<footer>\n  <a href="https://www.cc-exemple.fr/" data-xiti-type="exit" data-xiti-niv2="3">Communauté</a>\n</footer>\n',
        "_layouts/default.html": "<html><body>{% include header.html %}{{ content }}{% include footer.html %}</body></html>\n",
        "assets/js/smarttag-20180211.js": ';(function(){var cfg={"site":123456,"log":"logc1","domain":"example.net"};window.Tag=cfg;})();\n',
        "index.md": "---\nlayout: default\n---\n# Bienvenue\n\nLe village et ses associations.\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert any(n.startswith("AT Internet (XiTi)") for n in _named(r)), r["scaling.vendor-lock-in"]
    assert "AT Internet" in r["scaling.vendor-lock-in"]["message"]["en"], r["scaling.vendor-lock-in"]["message"]  # (a convenience service)


def test_a_com_component_driven_through_jacob_is_a_windows_only_dependency(tmp_path):
    """Shaped like a Lutece OCR plugin: pom.xml declares com.jacob:jacob and the service drives an engine's ActiveX object by
    its CLSID; nothing else proprietary. A plain JNI library (no COM) is none."""
    path = build(tmp_path / "r", {
        "pom.xml": "<project><artifactId>plugin-ocrengine</artifactId><packaging>lutece-plugin</packaging><dependencies>\n"
                   "<dependency><groupId>fr.paris.lutece</groupId><artifactId>lutece-core</artifactId></dependency>\n"
                   "<dependency><groupId>com.jacob</groupId><artifactId>jacob</artifactId><version>1.19</version></dependency>\n"
                   "</dependencies></project>\n",
        "src/java/fr/ville/ocr/service/OcrService.java": "package fr.ville.ocr.service;\n\nimport com.jacob.activeX.ActiveXComponent;\n"
                                                        "import com.jacob.com.Dispatch;\n\npublic class OcrService {\n"
                                                        "  public Object start(String clsid) {\n    System.load(\"C:/tmp/jacob-x64.dll\");\n"
                                                        "    ActiveXComponent engine = new ActiveXComponent(\"clsid:{\" + clsid + \"}\");\n"
                                                        "    return Dispatch.call(engine, \"Init\");\n  }\n}\n",
        "webapp/WEB-INF/conf/plugins/ocrengine.properties": "ocrengine.activex.clsid=00000000-1111-2222-3333-444444444444\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert any(n.startswith("Windows COM/ActiveX component") for n in _named(r)), r["scaling.vendor-lock-in"]
    assert r["scaling.vendor-lock-in"]["status"] != "pass", r["scaling.vendor-lock-in"]["message"]
    assert r["reusability.portability"]["status"] != "pass" or r["reusability.portability"]["score"] < 8.5, r["reusability.portability"]
    plain = build(tmp_path / "p", {
        "pom.xml": "<project><artifactId>plugin-native</artifactId><dependencies>\n"
                   "<dependency><groupId>fr.paris.lutece</groupId><artifactId>lutece-core</artifactId></dependency>\n</dependencies></project>\n",
        "src/java/fr/ville/native/Native.java": "package fr.ville.nat;\n\npublic class Native {\n  static { System.loadLibrary(\"zstd\"); }\n}\n"})
    r = results(run_audit(plain, tmp_path / "cp", LOCK))
    assert not _named(r), r["scaling.vendor-lock-in"]
