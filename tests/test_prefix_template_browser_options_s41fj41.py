"""reusability.configuration: a settings template named with the template word as a prefix, and a browser's options (issue 12, session 41
fixer fj41 = SBVR-jeremy/sbvr_observatory_myliaq, reader rb41 item 1). A Streamlit dashboard reads its settings from Streamlit's secrets
file and ships its template as .streamlit/modele-secrets.toml (the real one git-ignored); a page starts a headless Chrome through
Selenium (chrome_options = Options(); chrome_options.add_argument("--headless")). The check said 'no configuration template; it reads
command-line options': (a) modele-secrets.toml, example-config.yml, sample.settings.toml are templates as config.yml.example is; (b) an
add_argument on a browser's Options() object is an argument given to the browser, no option the program reads (that needs a parser).
Near misses: the same dashboard without its template names no template; a script's argparse parser.add_argument("--input") stays a
command-line option. The fixtures are written for the test."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from auditor.facts.inventory import is_config_template
from tests.gitrepo import make_repo

CID = "reusability.configuration"
APP = {
    "README.md": "# Observatoire\n\nTableau de bord des débits des rivières du bassin.\n\n## Installation\n\n```\npip install -r requirements.txt\n"
                 "streamlit run Home.py\n```\n",
    "requirements.txt": "streamlit==1.28.0\nselenium==4.15.0\nrequests==2.31.0\n",
    "Home.py": "import streamlit as st\nimport requests\n\nst.title('Observatoire')\nkey = st.secrets['service']['api_key']\n"
               "centre = st.secrets['observatory']['center_map_location']\n"
               "r = requests.get('https://api.example.org/stations', headers={'Authorization': 'Bearer ' + key})\nst.write(r.json())\n",
    "pages/2_Rapport.py": "import streamlit as st\nfrom selenium import webdriver\nfrom selenium.webdriver.chrome.options import Options\n\n\n"
                          "def capture(url):\n    chrome_options = Options()\n    chrome_options.add_argument(\"--headless\")\n"
                          "    driver = webdriver.Chrome(options=chrome_options)\n    driver.get(url)\n    driver.save_screenshot('carte.png')\n"
                          "    driver.quit()\n\n\nif st.button('Rapport'):\n    capture('http://localhost:8501')\n",
    ".gitignore": ".streamlit/secrets.toml\n",
}
TEMPLATE = {".streamlit/modele-secrets.toml": "[observatory]\ncenter_map_location = [46.2, 5.1]\nadmin_password = \"\"\n\n[service]\napi_key = \"\"\n"}


def run(tmp_path, files) -> dict:
    commits = [{"files": files, "message": "tableau de bord", "date": "2024-03-10T10:00:00Z"}]
    report = audit(str(make_repo(tmp_path / "r", commits)), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2024, 6, 1), only=[CID]))
    return report["results"][0]


def test_template_word_as_prefix_is_a_settings_template():
    for p in (".streamlit/modele-secrets.toml", "example-config.yml", "sample.settings.toml", "config/exemple_parameters.ini"):
        assert is_config_template(p), p
    for p in ("example-data.json", "sample.toml.py", "template-page.html", "examples/modele-rapport.docx"):
        assert not is_config_template(p), p


def test_streamlit_secrets_template_with_prefix_and_browser_options(tmp_path):
    r = run(tmp_path, {**APP, **TEMPLATE})  # (the keys st.secrets reads, listed in the template: s41 fa41's rule)
    assert r["status"] in ("warn", "pass"), (r["status"], r["message"]["en"])
    assert (r.get("details") or {}).get("templates") == [".streamlit/modele-secrets.toml"], r.get("details")
    assert ".streamlit/modele-secrets.toml" in r["message"]["en"]
    assert "command-line" not in r["message"]["en"] and not (r.get("details") or {}).get("cli_options")


def test_without_template_no_template_nor_command_line_option_is_named(tmp_path):
    r = run(tmp_path, APP)  # (the browser's --headless no longer makes it 'set by its command-line options': pass)
    assert not (r.get("details") or {}).get("templates"), (r["status"], r["message"]["en"])
    assert "command-line options (" not in r["message"]["en"], r["message"]["en"]


def test_an_argparse_option_stays_a_command_line_option(tmp_path):
    files = {"README.md": "# Export\n\nExporte les stations.\n",
             "export.py": "import argparse\n\nparser = argparse.ArgumentParser()\nparser.add_argument(\"--input\", help='fichier')\n"
                          "args = parser.parse_args()\nprint(open(args.input).read())\n"}
    r = run(tmp_path, files)
    assert (r.get("details") or {}).get("cli_options") or "option" in r["message"]["en"], (r["status"], r["message"]["en"])
