"""An application's news page is its changelog when its text reads as release notes (issue 12, session 29 fixer c29; reader s28 r4b,
inrae/esfc).

A CodeIgniter application shows its users app/Config/news.txt and its English newsen.txt ("News" / "Version 25.1.1, 10 April 2026" /
"Bug fixes: …", then each older version): files.changelog was null, the changelog names being read at the root, in docs/ and beside
a component's manifest only. A news page at any depth is now read, and taken when its text holds dated versions or a version under
a release notes heading; a news page of site articles is none."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

NEWS = ("News\n==========\n\nVersion 25.1.1, 10 April 2026\n-------------------------------\nBug fixes:\n- A blank screen when the fish had "
        "no sequence\n\nVersion 25.1.0, 2 March 2026\n----------------------------\nNew features:\n- View the application's logs\n")
APP = {"composer.json": '{"name": "inrae/esfc", "require": {"php": ">=8.1"}}\n', "README.md": "# ESFC\n\nFish farming follow-up.\n",
       "app/Controllers/Home.php": "<?php\nnamespace App\\Controllers;\n\nclass Home {}\n", "app/Config/news.txt": NEWS}


def facts(tmp_path, files: dict, name: str = "r") -> dict:
    return run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", ["documentation.community-files"])["facts"]


def test_an_applications_news_page_is_its_changelog(tmp_path):
    f = facts(tmp_path, APP)
    assert f["files"]["changelog"] == "app/Config/news.txt"
    assert f["docs"]["community"]["changelog"]["path"] == "app/Config/news.txt"


def test_a_news_page_of_articles_is_none(tmp_path):
    files = {**APP, "app/Config/news.txt": "News\n====\n\nOur team met the fish farmers of the Gironde.\n\nA new pond opens in spring.\n"}
    assert facts(tmp_path, files)["files"]["changelog"] is None
