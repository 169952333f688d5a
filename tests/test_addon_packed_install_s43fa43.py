"""reusability.install: a browser extension whose README installs a packed file (.xpi, .crx) that the repository neither holds nor
says how to build, with no way to load the folder unpacked, cannot be installed from the repository (issue 12, s43 fa43 = reader
ra43 on alexisboizardsdis01/nexsis-notification).

The fire service's add-on, now known as a plugin of the browser, passed 10 ("installed by Firefox/Chrome itself; written
instructions: yes") though its README's install chapter reads "1. Téléchargez le fichier .xpi … Installer un module depuis un
fichier" and no .xpi is in the repository: warn 5, naming the missing file, with the way to build it or load the folder.
Near misses: the README saying how to load the folder (about:debugging), or the .xpi committed, keep the pass.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

MANIFEST = ('{\n  "manifest_version": 2,\n  "name": "Alert replay",\n  "version": "1.2",\n  "permissions": ["storage"],\n'
            '  "browser_action": {"default_popup": "popup.html"},\n'
            '  "content_scripts": [{"matches": ["https://dispatch.example.org/calls"], "js": ["content.js"]}]\n}\n')
PACKED = ("## Installation\n\n1. Téléchargez le fichier .xpi\n2. Ouvrez la page de gestion des extensions de votre navigateur\n"
          "3. Cliquez sur la roue crantée, puis sur « Installer un module depuis un fichier »\n4. Sélectionnez le fichier .xpi\n")
UNPACKED = ("## Installation\n\n1. Ouvrez about:debugging dans Firefox, « Ce Firefox »\n2. Cliquez sur « Charger un module temporaire » et "
            "choisissez le fichier manifest.json\n")


def _files(install: str, extra: dict | None = None) -> dict:
    return {"README.md": f"# Alert replay\n\nCette extension pour navigateur rejoue le son d'un appel entrant.\n\n{install}\n## Utilisation\n\n"
                         "Ouvrez la page des appels.\n",
            "manifest.json": MANIFEST,
            "popup.html": "<!doctype html>\n<html lang=\"fr\"><head><title>Réglages</title></head><body><script src=\"popup.js\"></script></body></html>\n",
            "popup.js": "chrome.storage.local.set({volume: 50});\n",
            "content.js": "/** Plays the sound while a call waits. */\nfunction watch() {\n  return document.querySelector('.call');\n}\n",
            **(extra or {})}


def test_a_packed_file_the_repository_lacks_warns(tmp_path):
    r = check_result(tmp_path, _files(PACKED), "reusability.install")
    assert r["status"] == "warn", (r["status"], r["message"]["en"])
    assert ".xpi" in r["message"]["en"] and ".xpi" in r["message"]["fr"]
    assert any(e.get("kind") == "finding" and e.get("value") == ".xpi" and e.get("line") == 7 for e in r["evidence"]), r["evidence"]


def test_loading_the_folder_unpacked_passes(tmp_path):
    r = check_result(tmp_path, _files(UNPACKED), "reusability.install")
    assert r["status"] == "pass", (r["status"], r["message"]["en"])


def test_the_packed_file_committed_passes(tmp_path):
    r = check_result(tmp_path, _files(PACKED, {"dist/alert-replay-1.2.xpi": b"PK\x03\x04"}), "reusability.install")
    assert r["status"] == "pass", (r["status"], r["message"]["en"])
