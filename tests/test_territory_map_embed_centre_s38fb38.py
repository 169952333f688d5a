"""reusability.territory-neutral (issue 12, s38 fb38 = reader rd37, manelocana/SIVOM_du_Fenouilledes): a syndicate's Flask site shows
its office on a Google Maps embed (contact.html: <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d2927.06!2d2.4892
!3d42.8081…">). The embed's pb parameter writes the map's centre (!2d longitude, !3d latitude): one place's coordinates, which a second
body edits as it would a setView's, and were not cited. The proprietary service itself was already found (vendor-lock-in,
portability, geo). Near misses: an embed showing all of France (a span of a thousand kilometres or more), one centred outside France,
and one commented out hold no territory's centre."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

README = "# Site du syndicat\n\nSite web institutionnel.\n\n## Installation\n\n    pip install -r requirements.txt\n    flask run\n"
APP = "from flask import Flask, render_template\n\napp = Flask(__name__)\n\n\n@app.route('/contact')\ndef contact():\n    return render_template('contact.html')\n"
PAGE = """<!DOCTYPE html>
<html lang="fr">
<head><title>Contact</title></head>
<body>
  <h1>Nous contacter</h1>
  <div class="carte">
    {iframe}
  </div>
</body>
</html>
"""
EMBED = ('<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d{span}!2d{lon}!3d{lat}!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1'
         '!3m3!1m2!1s0x12b01fb0007a1131%3A0x5d6368e41e973fd4!2sMairie!5e0!3m2!1sfr!2sfr!4v1770776661955" width="600" height="450" '
         'style="border:0;" allowfullscreen="" loading="lazy"></iframe>')


def _results(tmp_path, iframe: str) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": README, "requirements.txt": "flask==3.1.0\n", "app.py": APP}, "date": "2024-02-05T09:00:00Z"},
                         {"files": {"templates/contact.html": PAGE.format(iframe=iframe)}, "date": "2024-03-11T15:00:00Z"}])
    report = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / f"cache-{tmp_path.name}",
                                               only=["reusability.territory-neutral", "scaling.vendor-lock-in"]))
    return {r["id"]: r for r in report["results"]}


def test_a_google_maps_embeds_centre_is_one_places_coordinates(tmp_path):
    r = _results(tmp_path, EMBED.format(span="2927.06141532499", lon="2.4892590759464492", lat="42.808188206672746"))
    terr = r["reusability.territory-neutral"]
    assert terr["status"] in ("warn", "fail"), terr["message"]
    ev = [e for e in terr["evidence"] if e.get("path") == "templates/contact.html"]
    assert ev and ev[0]["line"] == 7 and "42.808188206672746" in ev[0]["value"], terr["evidence"]
    assert "Google Maps" in ev[0]["note"]["en"], ev[0]
    lock = r["scaling.vendor-lock-in"]  # (the service itself: already found)
    assert lock["status"] == "warn" and "Google Maps" in lock["message"]["en"], lock["message"]


def test_an_embed_of_all_france_abroad_or_commented_out_holds_no_territory(tmp_path):
    national = EMBED.format(span="2400000", lon="1.8883335", lat="45.5")
    abroad = EMBED.format(span="5000", lon="-3.7037902", lat="40.4167754")
    commented = "<!-- " + EMBED.format(span="2927.06", lon="2.4892590759464492", lat="42.808188206672746") + " -->"
    for i, iframe in enumerate((national, abroad, commented)):
        terr = _results(tmp_path / str(i), iframe)["reusability.territory-neutral"]
        assert terr["status"] == "pass", (i, terr["message"], terr["evidence"])
