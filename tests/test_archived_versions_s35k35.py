"""Archived past versions of the project are no part of its present code (issue 12, session 35 fixer k35; reader finding on
Geographie-cites/mobiliscope, backlog of d35): a research team's mobility-map site keeps copies of its past sites under
www_old_versions/v1. 2017_05/ … v4.1. 2022_04/ beside the current www_online/. Those copies fed the verdicts as if they were the
current code: an old form's database password and its e-mail fields (secrets fail, personal-data), old pages' coordinates and
town sites (territory-neutral), old copies of libraries (dependencies), old comments.

The snapshot leaves such a folder out with the reason (limits.skipped) and the report says so in its notes: the folder's name says
old or archived, at least two of its subfolders (and half of them) are named as versions or dates, it holds code, and program
files lie outside it (the current version is elsewhere). Near misses: a project whose only code is under archive/ (it is the
project); a legacy/ folder of versions whose code the rest still imports (legacy is no "old" word: it may still run); versioned
folders without an "old" word (api/v1/, api/v2/; a data pipeline's v3.3/ … v4.2_online/).
"""

from __future__ import annotations

from auditor.facts.archive_copies import archived_versions, is_versioned, says_old
from tests.test_reusability_fixtures import FAKE_DB_PASSWORD, build, results, run_audit

README = ("# Mobiliscope\n\nAn interactive map of the population present in each district of a city, hour by hour, built from "
          "origin-destination surveys.\n\nThe current site is in www_online/; past versions are kept in www_old_versions/; the data "
          "processing scripts are in ODdata_processing/.\n\n## License\n\nAGPL-3.0\n")

OLD_FORM = ("<?php\ntry\n{\n$bdd=new PDO('mysql:host=localhost;dbname=survey', 'site','" + FAKE_DB_PASSWORD + "');\n}\n"
            "catch(Exception $e) { die('Error'); }\n"
            "$Email=$_POST['Email_1'].'@'.$_POST['Email_2'];\n"
            "$req=$bdd->prepare('INSERT INTO answers(email) VALUES(?)');\n$req->execute(array($Email));\n?>\n")
OLD_PAGE = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Mobiliscope</title></head><body><div id=\"map\"></div>\n"
            "<script>\nvar map = L.map('map').setView([48.65771, 2.487066], 12);\n"
            "var communes = ['75056', '91228', '77288', '94081'];\n</script></body></html>\n")


def mobiliscope() -> dict:
    files = {
        "README.md": README,
        "LICENSE": "GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n",
        "www_online/index.php": "<?php\n$lang = isset($_GET['lang']) ? $_GET['lang'] : 'fr';\ninclude 'french/home.php';\n",
        "www_online/french/home.php": "<?php\n// home page\necho '<div id=\"map\"></div>';\n",
        "www_online/src/scripts/load.js": ("// loads the selected city's layers\nexport function load(city) {\n  return fetch('cities/' + city + "
                                          "'/layers.geojson').then(r => r.json());\n}\n"),
        "www_online/composer.json": '{"require": {"phpmailer/phpmailer": "^6.5"}}\n',
        "www_online/composer.lock": '{"packages": []}\n',
        "ODdata_processing/v4.2_online/README.txt": "Processing of the surveys.\n",
        "ODdata_processing/v4.2_online/process.R": "library(sf)\nprep <- function(x) {\n  x\n}\n",
        "www_old_versions/img_v1_Paris.PNG": "\x89PNG\r\n",
        "www_old_versions/img_v2_Paris.png": "\x89PNG\r\n",
    }
    for old in ("v1. 2017_05", "v2. 2017_09"):
        files[f"www_old_versions/{old}/README.txt"] = f"Version {old[:2]} of the site.\n"
        files[f"www_old_versions/{old}/htdocs/index.html"] = OLD_PAGE
        files[f"www_old_versions/{old}/htdocs/js/map.js"] = "function init() {\n  return 1;\n}\n"
    files["www_old_versions/v2. 2017_09/htdocs/Submit.php"] = OLD_FORM
    files["www_old_versions/v3.1. 2019_03/combine.php"] = "<?php\n$a = 1;\n"
    return files


CHECKS = ["reusability.secrets", "scaling.personal-data", "reusability.territory-neutral"]


def test_archived_past_sites_are_left_out_of_the_verdicts(tmp_path):
    report = run_audit(build(tmp_path / "r", mobiliscope()), tmp_path / "c", CHECKS)
    res = results(report)
    for cid in CHECKS:  # (were: secrets fail on the old form's password; personal-data on its e-mail; territory on its pages)
        r = res[cid]
        assert not [e for e in r.get("evidence") or [] if "www_old_versions/" in str(e.get("path"))], (cid, r["evidence"])
        assert "www_old_versions" not in r["message"]["en"], (cid, r["message"])
    assert res["reusability.secrets"]["status"] != "fail", res["reusability.secrets"]["message"]
    skipped = {s["path"]: s["reason"] for s in report["limits"]["skipped"]}
    assert "archived past versions" in skipped["www_old_versions/"], skipped
    notes = [n for n in report["notes"] if "www_old_versions/" in n["en"]]
    assert len(notes) == 1 and "Anciennes versions archivées" in notes[0]["fr"], report["notes"]


def test_the_archive_rule_reads_folder_names():
    assert says_old("www_old_versions") and says_old("anciennes-versions") and says_old("OldVersions") and says_old("_archives")
    assert not says_old("legacy") and not says_old("deprecated") and not says_old("bold") and not says_old("api")
    assert is_versioned("v1. 2017_05") and is_versioned("v3.1. 2019_03") and is_versioned("2019-03") and is_versioned("version_2")
    assert not is_versioned("src") and not is_versioned("dev2") and not is_versioned("vue")
    paths = list(mobiliscope())
    assert archived_versions(paths) == {"www_old_versions/": 10}
    # (a folder of past data releases holds no code: the data the project still publishes)
    assert archived_versions(["app.py", "archives/2019/communes.csv", "archives/2020/communes.csv"]) == {}
    # (api/v1 beside api/v2: served together, no "old" word)
    assert archived_versions(["main.py", "api/v1/routes.py", "api/v2/routes.py"]) == {}


def test_a_project_whose_only_code_is_archived_keeps_it(tmp_path):
    files = {k: v for k, v in mobiliscope().items() if k.startswith(("README", "LICENSE", "www_old_versions/"))}
    assert archived_versions(list(files)) == {}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.secrets"])
    r = results(report)["reusability.secrets"]
    assert r["status"] == "fail" and any("www_old_versions/" in str(e.get("path")) for e in r["evidence"]), r
    assert not [n for n in report["notes"] if "www_old_versions/" in n["en"]]


def test_a_legacy_folder_of_live_versions_stays_the_project(tmp_path):
    files = {k: v for k, v in mobiliscope().items() if not k.startswith("www_old_versions/")}
    files["www_online/index.php"] = "<?php\nrequire 'legacy/v2/Submit.php';\nrequire 'legacy/v1/map.php';\n"
    files["legacy/v1/map.php"] = "<?php\nfunction map() { return 1; }\n"
    files["legacy/v2/Submit.php"] = OLD_FORM
    assert archived_versions(list(files)) == {}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.secrets"]))["reusability.secrets"]
    assert r["status"] == "fail" and any(e.get("path") == "legacy/v2/Submit.php" for e in r["evidence"]), r


# -- a web server's sign-in commented out restricts nothing (the same real case: once the past sites are left out, the current
# site is judged a web application, and its .htaccess keeps its closed beta's "#AuthType Basic", "#AuthUserFile …/.htpasswd" and
# "#Require valid-user" commented out: interoperability.auth said "Access protected by the web server's HTTP authentication")

HTACCESS_OFF = ("#AuthType Basic\n#AuthName \"Beta\"\n#AuthUserFile /srv/beta/www/.htpasswd\n#Require valid-user\n\n"
                "RewriteEngine on\nRewriteBase /\nRewriteRule ^index.html$ / [L,R=301]\n")


def _site(htaccess: str) -> dict:
    files = {k: v for k, v in mobiliscope().items() if not k.startswith("www_old_versions/")}
    files["www_online/.htaccess"] = htaccess
    files["www_online/french/settings.php"] = ("<?php\n$language = 'fr';\n$curCity = (!empty($_GET['city'])) ? $_GET['city'] : 'albi';\n"
                                               "$page = isset($_GET['page']) ? $_GET['page'] : '';\n")
    return files


def test_a_commented_out_web_server_sign_in_is_no_access_control(tmp_path):
    r = results(run_audit(build(tmp_path / "r", _site(HTACCESS_OFF)), tmp_path / "c", ["interoperability.auth"]))["interoperability.auth"]
    assert not r["details"].get("webserver_auth"), r
    assert not [e for e in r.get("evidence") or [] if e.get("path") == "www_online/.htaccess"], r["evidence"]


def test_an_active_web_server_sign_in_still_counts(tmp_path):
    on = "\n".join(line.lstrip("#") for line in HTACCESS_OFF.split("\n"))
    r = results(run_audit(build(tmp_path / "r", _site(on)), tmp_path / "c", ["interoperability.auth"]))["interoperability.auth"]
    assert r["details"].get("webserver_auth") and r["status"] == "fail", r
    assert any(e.get("path") == "www_online/.htaccess" for e in r["evidence"]), r["evidence"]
