"""interoperability.data-standards (issue 12, session 17 reader a1): JSON exchanged without the words the format signal knew.
A Département's Express file API written as ES modules answers with res.status(code).json(msg) and parses bodies with
app.use(express.json()); a commune's Django site reads its weather forecast with requests' response.json(). Both were "no open
format read or written"."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "interoperability.data-standards"

EXPRESS = {
    "README.md": "# Files API\n\nA REST API storing the files of the map's layers.\n",
    "package.json": '{\n  "name": "files-api",\n  "type": "module",\n  "dependencies": {\n    "express": "^4.17.1"\n  }\n}\n',
    "index.mjs": "import express from 'express';\nimport routes from './routes/index.mjs';\n\nconst app = express();\napp.use(express.json());\n"
                 "app.use('/', routes);\napp.listen(process.env.PORT);\n",
    "routes/index.mjs": "import { Router } from 'express';\nimport { answer } from '../writer.mjs';\n\nconst router = Router();\n"
                        "router.get('/ping', (req, res) => answer(res, 200, { ok: true }));\nexport default router;\n",
    "writer.mjs": "export function answer(res, code, msg) {\n  res.status(code).json(msg);\n}\n",
}
DJANGO = {
    "README.md": "# Site de la commune\n\nSite officiel de la mairie.\n",
    "requirements.txt": "Django==5.0\nrequests==2.31\n",
    "manage.py": "import os\nimport sys\n\nif __name__ == '__main__':\n    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site.settings')\n"
                 "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n",
    "core/weather.py": "import requests\n\n\ndef forecast(lat, lon, key):\n    response = requests.get('https://api.openweathermap.org/data/2.5/weather',"
                       " params={'lat': lat, 'lon': lon, 'appid': key}, timeout=5)\n    data = response.json()\n    return data['main']['temp']\n",
    "core/templates/core/home.html": "{% extends 'base.html' %}\n{% block content %}<p>{{ temp }}</p>{% endblock %}\n",
}


def test_json_answered_by_express_and_read_by_a_client_is_an_open_format(tmp_path):
    for name, files in (("express", EXPRESS), ("django", DJANGO)):
        r = results(run_audit(build(tmp_path / name, files), tmp_path / f"c{name}", [CID]))[CID]
        assert "JSON" in r["message"]["en"], (name, r["message"])
