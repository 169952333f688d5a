"""Two slips the re-reading of session 37 found (vb37: OPEN-ENT-NG/homework-assistance, OpenSourcePolitics/decidim-lyon).

- A locale file holding nothing (backend/…/i18n/en.json = ``{}`` beside a full fr.json) translates nothing: the module speaks French
  only, and the publiccode.yml suggested lists ["fr"], not ["fr", "en"]. A locale file with messages counts.
- scaling.vendor-lock-in's risk text names the first other services and says how many more, never silently cuts the list.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

FR = '{\n  "devoirs.titre": "Demande d\'aide aux devoirs",\n  "devoirs.envoyer": "Envoyer"\n}\n'
EN_FULL = '{\n  "devoirs.titre": "Homework help request",\n  "devoirs.envoyer": "Send"\n}\n'


def _languages(tmp_path, en: str) -> list[str]:
    make_repo(tmp_path, [{"files": {"README.md": "# Aide aux devoirs\n\nModule de demande d'aide aux devoirs.\n",
                                    "backend/src/main/resources/i18n/fr.json": FR, "backend/src/main/resources/i18n/en.json": en,
                                    "backend/src/main/java/fr/ent/Aide.java": "package fr.ent;\nclass Aide {}\n"},
                          "date": "2024-02-01T10:00:00Z"}])
    return ctx_for(tmp_path).fact("ui_languages")["languages"]


def test_an_empty_locale_file_translates_nothing(tmp_path):
    assert _languages(tmp_path, "{}\n") == ["fr"]


def test_a_locale_file_with_messages_is_a_language(tmp_path):
    assert _languages(tmp_path, EN_FULL) == ["en", "fr"]


SERVICES = ("https://maps.googleapis.com/maps/api/js", "https://api.mapbox.com/styles/v1", "https://js.arcgis.com/4.28/",
            "https://code.highcharts.com/highcharts.js", "https://www.googletagmanager.com/gtag/js")


def test_the_lock_in_risk_says_how_many_more_services_it_does_not_name(tmp_path):
    page = "<!doctype html><html><head>" + "".join(f'<script src="{u}"></script>' for u in SERVICES) + "</head><body></body></html>\n"
    make_repo(tmp_path, [{"files": {"index.html": page, "README.md": "# Carte\n\nCarte des projets.\n"}, "date": "2024-02-01T10:00:00Z"}])
    r = audit(str(tmp_path), AuditOptions(cache_dir=tmp_path.parent / "cache-lock", only=["scaling.vendor-lock-in"]))["results"][0]
    risk = r["details"]["risk"]["text"]["en"]
    n = int(risk.split(" and ")[1].split(" other")[0])
    assert n >= 4, risk
    assert f"(+{n - 3})" in risk, risk
