"""A short API key in a constant the code sends to a real service as its key is a committed secret (issue 12, s40 ft40 = reader
rj40, touristic/provencemed).

A script reading a tourism partner's API writes ``API_KEY = "<8 letters and digits>"`` and ``PROJET_ID``, then posts
``{"projetId": PROJET_ID, "apiKey": API_KEY, …}`` to ``https://api.<service>.com/api/v002/…``: the partner's live key, which the
check left "to review" (pass 9.75) because 8 characters are too few for an entropy guess. Near misses: the same constant never sent
anywhere, and a placeholder value (YOUR_API_KEY, xxxxxxxx), stay strings to review or nothing.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.secrets"
KEY = "QM" + "42TRVZ"
APP = {"README.md": "# Agenda\n\nExtrait l'agenda des manifestations depuis l'API du partenaire.\n", "requirements.txt": "requests\n"}


def _script(value: str, sent: bool) -> str:
    body = ('payload = {\n    "projetId": PROJET_ID,\n    "apiKey": API_KEY,\n    "size": 100,\n}\n' if sent
            else 'payload = {\n    "projetId": PROJET_ID,\n    "size": 100,\n}\n')
    return ("import json\nimport requests\n\n# Identifiants du partenaire\n"
            f'API_KEY = "{value}"\nPROJET_ID = 8844\n\n'
            'url = "https://api.tourisme-partenaire.com/api/v002/objets-touristiques/list"\n\n' + body
            + "response = requests.post(url, json=payload)\nprint(json.dumps(response.json(), indent=2))\n")


def _secrets(tmp_path, files, name):
    return judge(tmp_path, {**APP, **files}, [CHECK], name=name)[1][CHECK]


def test_a_short_key_sent_as_the_services_api_key_is_committed(tmp_path):
    r = _secrets(tmp_path, {"extract_agenda.py": _script(KEY, True)}, "sent")
    assert r["status"] == "fail", (r["message"], r["evidence"])
    assert r["details"]["strong"] == 1, (r["message"], r["evidence"])


def test_a_key_never_sent_or_a_placeholder_stays_to_review(tmp_path):
    r = _secrets(tmp_path, {"extract_agenda.py": _script(KEY, False)}, "unsent")
    assert r["status"] != "fail" and r["details"]["strong"] == 0, (r["message"], r["evidence"])
    r = _secrets(tmp_path, {"extract_agenda.py": _script("YOUR_API_KEY", True)}, "placeholder")
    assert r["status"] != "fail" and r["details"]["strong"] == 0, (r["message"], r["evidence"])
