"""reusability.install: a plain-HTML site (no generator) whose CI copies its folder to a host by rsync, scp, lftp or an FTP/rsync
deploy action is its automatic publication, when the copied folder holds the site's committed index.html (issue 12, s43 ft43: the
rule s42 fe42 left open, f010a1a9 covered generator builds only; no real case among the session's clones, written from the rule:
a commune's hand-written site, index.html and pages at the root, a workflow rsyncing ./ to the town hall's server). Near miss: a
workflow rsyncing a data folder (no index.html in it) is no publication.
The files are written for these tests."""

from __future__ import annotations

from auditor.facts.site_builds import ci_copies_site
from tests.test_reusability_fixtures import check_result

CID = "reusability.install"
SITE = {
    "index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Mairie de Belval</title><link rel=\"stylesheet\" href=\"css/site.css\"></head>\n"
                  "<body><h1>Mairie de Belval</h1><a href=\"horaires.html\">Horaires</a></body></html>\n",
    "horaires.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Horaires</title></head><body><p>Lundi 9h-12h</p></body></html>\n",
    "css/site.css": "body { margin: 0; font-family: sans-serif; }\n",
    "data/arretes.csv": "numero,date,objet\n1,2025-01-02,stationnement\n",
    "README.md": "# Site de la mairie de Belval\n\nLe site de la commune, en HTML.\n",
}
HEAD = ("name: Déploiement\n\non:\n  push:\n    branches: [main]\n\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n")
RSYNC_SITE = HEAD + "      - name: Copie sur le serveur\n        run: rsync -avz --delete --exclude=.git ./ deploy@${{ secrets.HOST }}:/var/www/belval/\n"
RSYNC_DATA = HEAD + "      - name: Copie des données\n        run: rsync -avz data/ deploy@${{ secrets.HOST }}:/srv/donnees/\n"


def test_a_plain_site_copied_to_a_host_is_published_automatically(tmp_path):
    r = check_result(tmp_path, {**SITE, ".github/workflows/deploy.yml": RSYNC_SITE}, CID)
    assert "pages" in r["details"]["runtimes"], (r["status"], r["message"], r["details"])
    assert "automatic publication by CI" in r["message"]["en"] and "publication automatique par la CI" in r["message"]["fr"], r["message"]


def test_near_miss_a_data_folder_copied_is_no_publication(tmp_path):
    r = check_result(tmp_path, {**SITE, ".github/workflows/deploy.yml": RSYNC_DATA}, CID)
    assert "pages" not in (r["details"].get("runtimes") or []), (r["message"], r["details"])


def test_the_copied_folder_read_in_each_form():
    paths = {"index.html", "site/index.html", "data/a.csv"}
    assert ci_copies_site("script:\n  - lftp -e \"mirror -R ./ /www; quit\" ftp.example.org\n", paths)
    assert ci_copies_site("steps:\n  - uses: SamKirkland/FTP-Deploy-Action@v4.3.5\n    with:\n      local-dir: ./site/\n", {"site/index.html"})
    assert ci_copies_site("steps:\n  - run: scp -r -P 2222 site/ user@host:/var/www\n", {"site/index.html"})
    assert not ci_copies_site("steps:\n  - uses: SamKirkland/FTP-Deploy-Action@v4.3.5\n    with:\n      local-dir: ./data/\n", paths)
    assert not ci_copies_site("steps:\n  # - run: rsync -av ./ host:/www\n", paths)  # (commented out)
    assert not ci_copies_site("steps:\n  - run: rsync -av ../ host:/www\n", paths)  # (outside the checkout)
