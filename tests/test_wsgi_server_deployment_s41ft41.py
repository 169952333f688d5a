"""A chapter running the service under a production WSGI server with its systemd unit and reverse proxy is the deployment
(issue 12, s41 ft41 = neogeo-technologies/idgo-mviewerstudio-proxy).

"# Lancer avec gunicorn" copies the gunicorn systemd unit to /etc/systemd/system, enables and starts it with systemctl, and gives
Apache's <Location> with ProxyPass: documentation.readme-sections said "missing: deployment". A heading naming a production WSGI
server (gunicorn, uWSGI, mod_wsgi, Waitress, Passenger) over the server's set-up on the host is now the deployment, as "Apache",
"systemd" or "Nginx" headings are. Near miss: "# Lancer avec gunicorn" over a bare `gunicorn app:app` on one's machine is no
deployment.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DEV = """# Lancer le proxy dans l'environnement de dev :

Activer l'environnement virtuel :
```
. /venv/bin/activate
```

Ensuite on lance flask en mode dev :
```
FLASK_APP=proxy/app.py FLASK_ENV=development flask run --host=0.0.0.0
```

"""
SERVED = """# Lancer avec gunicorn

```
sudo cp systemd/gunicorn.service /etc/systemd/system/
sudo systemctl daemon-reload
sudo systemctl enable gunicorn
sudo systemctl start gunicorn
```

Ajouter ça dans la conf apache:
```
    <Location /studio>
        ProxyPreserveHost On
        ProxyPass http://localhost:8000/studio
    </Location>
```
"""
LOCAL = """# Lancer avec gunicorn

```
gunicorn proxy.app:app
```
"""
APP = "from flask import Flask\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef index():\n    return 'ok'\n"


def _files(readme):
    return {"README.md": readme, "proxy/__init__.py": "", "proxy/app.py": APP, "setup.py": "import setuptools\n\nsetuptools.setup(name='proxy')\n",
            "systemd/gunicorn.service": "[Service]\nExecStart=/venv/bin/gunicorn proxy.app:app\n"}


def _missing(res):
    return res["documentation.readme-sections"]["details"].get("missing", [])


def test_a_gunicorn_chapter_with_its_unit_and_reverse_proxy_is_the_deployment(tmp_path):
    _, res = judge(tmp_path, _files(DEV + SERVED), ["documentation.readme-sections"])
    assert "deployment" not in _missing(res), res["documentation.readme-sections"]["message"]


def test_gunicorn_run_on_ones_machine_is_no_deployment(tmp_path):
    _, res = judge(tmp_path, _files(DEV + LOCAL), ["documentation.readme-sections"], name="l")
    assert "deployment" in _missing(res), res["documentation.readme-sections"]["message"]
