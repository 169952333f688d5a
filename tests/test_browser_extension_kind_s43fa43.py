"""facts.project.kind: a browser extension (WebExtension) is a plugin the browser loads, not a static site (issue 12, s43 fa43 =
reader ra43 on alexisboizardsdis01/nexsis-notification).

A fire service's Firefox/Chromium add-on (manifest.json with manifest_version, content_scripts injected into the dispatch
platform's pages, a browser_action popup for its volume and delay) was read as a static site from its popup.html: every check then
judged a site (a page to publish, an RGAA statement, "none expected from a static site"). Its manifest now makes it a host's plugin
(library, "plugin of Firefox/Chrome"), as GLPI's setup.php or Moodle's version.php do: installed by the browser, no site, no
deployment, no accessibility statement of an online service.
Near miss: a web application's PWA manifest.json (name, icons, start_url, display; no manifest_version) keeps the static site.
"""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

EXTENSION = ('{\n  "manifest_version": 2,\n  "name": "Alert replay",\n  "version": "1.2",\n  "description": "Replays the call sound",\n'
             '  "icons": {"48": "icon-48.png"},\n  "permissions": ["storage"],\n  "browser_action": {"default_popup": "popup.html"},\n'
             '  "content_scripts": [{"matches": ["https://dispatch.example.org/calls"], "js": ["content.js"]}]\n}\n')
PWA = ('{\n  "name": "Horaires des déchèteries",\n  "short_name": "Déchèteries",\n  "icons": [{"src": "icon-192.png", "sizes": "192x192"}],\n'
       '  "start_url": "index.html",\n  "display": "standalone"\n}\n')
POPUP = ("<!doctype html>\n<html lang=\"fr\">\n<head><meta charset=\"utf-8\"><title>Réglages</title></head>\n<body>\n"
         "<label for=\"volume\">Volume</label><input id=\"volume\" type=\"range\">\n<script src=\"popup.js\"></script>\n</body>\n</html>\n")
CHECKS = ["reusability.install", "reusability.portability", "interoperability.accessibility-and-ecodesign",
          "interoperability.public-building-blocks", "reusability.dependencies"]


def _files(manifest: str) -> dict:
    return {"README.md": "# Alert replay\n\nCette extension pour navigateur rejoue le son d'un appel entrant.\n\n## Installation\n\n"
                         "1. Ouvrez la page des extensions de votre navigateur\n2. Chargez le dossier de l'extension\n",
            "manifest.json": manifest, "popup.html": POPUP,
            "popup.js": "document.getElementById('volume').addEventListener('change', (e) => {\n"
                        "  chrome.storage.local.set({volume: e.target.value});\n});\n",
            "content.js": "/** Plays the sound while a call waits. */\nfunction watch() {\n  return document.querySelector('.call');\n}\n"
                          "setInterval(watch, 1000);\n"}


def test_a_webextension_is_a_plugin_of_the_browser(tmp_path):
    project, results = kind_and_results(tmp_path, _files(EXTENSION), CHECKS)
    reasons = [e["reason"] for e in project["kind_evidence"]]
    assert project["kind"] == "library" and "plugin of Firefox/Chrome" in reasons, (project["kind"], reasons)
    for cid in CHECKS:
        for lang in ("fr", "en"):
            text = results[cid]["message"][lang].lower().split(" : ce contrôle ne porte que sur")[0].split(": this check only judges")[0]
            assert "statique" not in text and "static" not in text, (cid, text)
    assert results["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
    assert "Firefox/Chrome" in results["reusability.install"]["message"]["en"]


def test_a_pwa_manifest_keeps_the_static_site(tmp_path):
    files = {**_files(PWA), "index.html": POPUP.replace("Réglages", "Horaires"), "icon-192.png": "\x89PNG\r\n"}
    project, _ = kind_and_results(tmp_path, files, ["reusability.install"])
    assert project["kind"] == "static-site", project
    assert "plugin of Firefox/Chrome" not in [e["reason"] for e in project["kind_evidence"]]
