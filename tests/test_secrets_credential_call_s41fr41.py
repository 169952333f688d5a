"""reusability.secrets (issue 12, s41 fr41 = reader rf41's ymansiaux/xtradata): an R package's vignette installs it from a private
Git repository with ``devtools::install_git(…, credentials = git2r::cred_user_pass("<user>", "<password>"))`` in a chunk that is
only shown (``{r, eval = FALSE}``). The check passed: the R Markdown scan left out chunks never run, and no rule read a literal given
by position as the password of a credentials constructor (detect-secrets' keyword plugin wants a name before it). Rule now: a
literal password passed second, after the account, to a credentials constructor (git2r's cred_user_pass, httr's authenticate,
requests' HTTPBasicAuth and auth=(u, p), BasicAuth, NetworkCredential…) is a committed secret, also in an R Markdown or Quarto
chunk only shown. Near misses: a placeholder, a word of its role or an environment read as the password stays none."""

from __future__ import annotations

import pytest

from auditor.facts.secret_calls import call_findings
from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
DESCRIPTION = "Package: meteodata\nTitle: Client des services de la métropole\nVersion: 0.1.0\nLicense: GPL (>= 3)\n"


def vignette(password: str) -> str:
    return ("---\ntitle: \"meteodata\"\noutput: rmarkdown::html_vignette\n---\n\n# Installation du package\n\n"
            "```{r, eval = FALSE}\ndevtools::install_git(\n  url = \"https://gitlab.com/collectivite/meteodata.git\",\n"
            f"  credentials = git2r::cred_user_pass(\"meteouser\", {password})\n)\n```\n\n```{{r}}\nlibrary(meteodata)\n```\n")


def run(tmp_path, password: str, name: str) -> dict:
    files = {"DESCRIPTION": DESCRIPTION, "R/meteo.R": "meteo <- function(key) {\n  key\n}\n",
             "README.md": "# meteodata\n\nClient R des services de données de la métropole.\n",
             "vignettes/meteodata.Rmd": vignette(password)}
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CID]))[CID]


def test_a_password_given_to_a_credentials_constructor_in_a_shown_chunk_is_a_committed_secret(tmp_path):
    r = run(tmp_path, '"Hq7vN2xRtp_Lw9Zk"', "secret")
    assert r["status"] == "fail", r["message"]  # was pass: no secret detected
    assert [(e["path"], e["line"]) for e in r["evidence"]] == [("vignettes/meteodata.Rmd", 11)], r["evidence"]


def test_near_miss_a_placeholder_or_an_environment_read_is_none(tmp_path):
    for n, password in enumerate(('"<mot_de_passe>"', 'Sys.getenv("METEO_PASSWORD")')):
        r = run(tmp_path, password, f"none{n}")
        assert r["status"] == "pass", r["message"]


@pytest.mark.parametrize("line,expected", [
    ('r <- httr::GET(u, httr::authenticate("agent", "Kq8vZ2pLm"))', True),
    ('r = requests.get(u, auth=requests.auth.HTTPBasicAuth("agent", "Kq8vZ2pLm"))', True),
    ('r = requests.get(u, auth=("agent", "Kq8vZ2pLm"))', True),
    ('var c = new NetworkCredential("agent", "Kq8vZ2pLm");', True),
    ('cred <- git2r::cred_user_pass("agent", "password")', False),
    ('r = requests.get(u, auth=HTTPBasicAuth(user, "xxxx"))', False),
    ('r = requests.get(u, auth=(user, password))', False),
    ('passport.authenticate("local", "Kq8vZ2pLm")', False),
])
def test_the_rule_on_each_call(line, expected):
    assert bool(call_findings(line)) is expected
