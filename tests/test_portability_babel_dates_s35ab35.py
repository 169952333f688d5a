"""Session 35 (ab35): Python's Babel used to format dates with a fixed locale is no i18n.

- GeotrekCE/Geotrek-event-reservation: backend/requirements.in names babel, and backend/app.py formats dates and times with
  babel.dates.format_date(…, locale="fr_FR") for its French mails; no catalogue, no translation call, every label of the Vue
  front written in French. reusability.portability said "i18n: yes" on the babel dependency.
- near miss: Babel beside a gettext catalogue (translations/en/LC_MESSAGES/messages.po) is the translation layer.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

APP = {
    "README.md": "# Réservations\n\nRéservation des animations d'un parc national.\n",
    "backend/requirements.in": "babel\nflask\nflask-sqlalchemy\npsycopg2\n",
    "backend/app.py": ("from babel.dates import (\n    format_date as babel_format_date,\n    format_time as babel_format_time,\n)\n"
                       "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.template_filter(\"date\")\ndef format_date(value, fmt=\"EEEE d MMMM yyyy\"):\n"
                       "    return babel_format_date(value, fmt, locale=\"fr_FR\")\n\n\n@app.template_filter(\"time\")\n"
                       "def format_time(value, fmt=\"HH'h'mm\"):\n    return babel_format_time(value, fmt, locale=\"fr_FR\")\n"),
    "front-vite/package.json": '{"name": "front", "private": true, "scripts": {"build": "vite build"}, "dependencies": {"vue": "^3.3.0"}}\n',
    "front-vite/src/App.vue": "<template>\n  <main><h1>Réserver une animation</h1><p>Places disponibles</p></main>\n</template>\n",
}


def _portability(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["reusability.portability"], name=name)[1]["reusability.portability"]


def test_babel_formatting_dates_in_french_is_no_i18n(tmp_path):
    r = _portability(tmp_path, APP)
    assert r["details"]["i18n"] is False, r["message"]
    assert "i18n: no" in r["message"]["en"] and "i18n : non" in r["message"]["fr"], r["message"]


def test_babel_with_a_catalogue_is_i18n(tmp_path):
    files = {**APP, "backend/translations/en/LC_MESSAGES/messages.po": 'msgid "Réserver"\nmsgstr "Book"\n'}
    r = _portability(tmp_path, files, name="c")
    assert r["details"]["i18n"] is True, r["message"]
