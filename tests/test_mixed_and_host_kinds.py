"""Kinds of project read on real repositories (session 5): a command-line tool that also starts a small web server of its
own (a CLI and a bottle API with dashboards sharing one code) is judged on both sides, each on a git fixture shaped like the
real case."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

APP_WEB = ("import bottle\n\n\nclass ApplicationWeb:\n    \"\"\"The reports' API and dashboards.\"\"\"\n\n"
           "    def __init__(self):\n        self._app = bottle.Bottle()\n        self._route()\n\n"
           "    def _route(self):\n        self._app.route('/', method='GET', callback=self.index)\n"
           "        self._app.route('/reports', method='GET', callback=self.reports)\n\n"
           "    def index(self):\n        return bottle.template('index')\n\n    def reports(self):\n        return {'reports': []}\n")
CLI = ("import click\n\n\n@click.group()\ndef cli():\n    \"\"\"Read a consistency report.\"\"\"\n\n\n"
       "@cli.command()\n@click.option('--report', default=0)\ndef errors(report):\n    \"\"\"Print the errors of a report.\"\"\"\n"
       "    click.echo(report)\n")
CLI_AND_SERVER = {  # shaped like a regional SDI's report reader: a click CLI and a bottle server of the same reports
    "README.md": "# SDI report\n\nTwo applications sharing one code: a command-line tool reading the reports and a server giving "
                 "them as an API and dashboards.\n",
    "LICENSE": "MIT License\n",
    "requirements_cli.txt": "click==8.1.7\nPyYAML==6.0.1\nrequests==2.31.0\n",
    "sdi_report/__init__.py": "",
    "sdi_report/__main__.py": "from sdi_report.app_cli.cli import cli\n\nif __name__ == '__main__':\n    cli()\n",
    "sdi_report/app_cli/cli.py": CLI,
    "sdi_report/app_web/requirements_web.txt": "PyYAML==6.0\nrequests==2.28.1\nbottle==0.12.23\n",
    "sdi_report/app_web/application.py": APP_WEB,
    "sdi_report/dashboard/templates/wms.html": "<html><body><h1>WMS</h1><table id='t'></table></body></html>\n",
    "sdi_report/dashboard/templates/wfs.html": "<html><body><h1>WFS</h1><table id='t'></table></body></html>\n",
}
SIDES = ["interoperability.api-spec", "interoperability.accessibility-and-ecodesign", "reusability.configuration",
         "interoperability.data-standards", "interoperability.public-building-blocks"]


def test_a_command_line_tool_starting_its_own_web_server_is_judged_on_both_sides(tmp_path):
    report = run(build(tmp_path / "r", CLI_AND_SERVER), tmp_path / "c", only=SIDES)
    proj = report["facts"]["project"]
    assert proj["kind"] == "cli-tool", proj
    assert [a["kind"] for a in proj["also_kinds"]] == ["web-application"]
    assert proj["also_kinds"][0]["evidence"][0]["path"] == "sdi_report/app_web/application.py"
    res = results(report)
    # the server's side: its API and its dashboard pages are judged
    api = res["interoperability.api-spec"]
    assert api["status"] == "warn" and "bottle" in api["message"]["en"], api["message"]
    assert res["interoperability.accessibility-and-ecodesign"]["status"] not in ("not_applicable", "error")
    # the command-line side still decides what a command-line tool is judged on
    assert res["reusability.configuration"]["status"] == "pass", res["reusability.configuration"]["message"]
    assert "command-line" in res["reusability.configuration"]["message"]["en"]
    assert res["interoperability.data-standards"]["status"] == "not_applicable"
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable"


def test_a_command_line_tool_declaring_a_server_it_never_starts_serves_nothing(tmp_path):
    # bottle only used for its template helper, and no route or server entry: no web side
    files = {k: v for k, v in CLI_AND_SERVER.items() if k != "sdi_report/app_web/application.py"}
    files["sdi_report/app_web/render.py"] = "import bottle\n\n\ndef page(name):\n    return bottle.template(name)\n"
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=SIDES[:2])
    proj = report["facts"]["project"]
    assert proj["kind"] == "cli-tool" and proj["also_kinds"] == []
    res = results(report)
    assert res["interoperability.api-spec"]["status"] == "not_applicable"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"


def test_a_command_line_tool_with_an_api_server_and_no_page_is_also_an_api_service(tmp_path):
    files = {k: v for k, v in CLI_AND_SERVER.items() if not k.endswith(".html")}
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=SIDES[:2])
    assert [a["kind"] for a in report["facts"]["project"]["also_kinds"]] == ["api-service"]
    res = results(report)
    assert res["interoperability.api-spec"]["status"] == "warn"
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
