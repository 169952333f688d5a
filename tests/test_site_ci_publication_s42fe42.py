"""reusability.install: a static site's CI workflow that builds it with its generator (`hugo --minify`, `jekyll build`, `npm run
build`…) and copies the output to a host (an rsync, scp, SFTP, FTP or SSH deploy action; rsync, lftp, an object store's sync) is its
automatic publication, as a GitHub or GitLab Pages job is (issue 12, s42 fe42 = nastoo/culture-saint-romans: a Hugo heritage site
for a commune, deployed by burnett01/rsync-deployments, read "no automatic publication, no instructions"). Near miss: a workflow that
only builds the site (a check on pull requests, nothing copied anywhere) stays no publication.
The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from auditor.facts.site_builds import ci_publishes_site
from tests.test_reusability_fixtures import check_result

CID = "reusability.install"
SITE = {
    "hugo.toml": "baseURL = 'https://patrimoine.example.org/'\ntitle = 'Patrimoine de la commune'\ntheme = 'balade'\n",
    "content/_index.md": "---\ntitle: Accueil\n---\n\nUne balade patrimoniale avec des QR codes.\n",
    "content/lieux/eglise.md": "---\ntitle: L'église\n---\n\nTémoignages des habitants.\n",
    "content/mentions-legales.md": "---\ntitle: Mentions légales\n---\n\nÉditeur : la mairie.\n",
    "layouts/_default/single.html": "{{ define \"main\" }}<article>{{ .Content }}</article>{{ end }}\n",
    "layouts/index.html": "{{ define \"main\" }}<main>{{ .Content }}</main>{{ end }}\n",
    "static/css/site.css": "body { margin: 0; }\n",
}
BUILD = ("name: Build and Deploy Hugo Site\n\non:\n  push:\n    branches:\n      - master\n\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
         "    steps:\n      - uses: actions/checkout@v4\n      - name: Setup Hugo\n        uses: peaceiris/actions-hugo@v3\n"
         "        with:\n          hugo-version: 'latest'\n      - name: Build the site\n        run: hugo --minify\n")
DEPLOY = ("      - name: Deploy to server via rsync\n        uses: burnett01/rsync-deployments@7.0.2\n        with:\n"
          "          switches: -avz --delete\n          path: ./public/\n          remote_path: ~/sites/patrimoine\n"
          "          remote_host: ${{ secrets.SERVER_IP }}\n          remote_key: ${{ secrets.SSH_PRIVATE_KEY }}\n")


def test_a_site_built_and_copied_to_a_host_is_published_automatically(tmp_path):
    r = check_result(tmp_path, {**SITE, ".github/workflows/main.yml": BUILD + DEPLOY}, CID)
    assert "pages" in r["details"]["runtimes"], (r["status"], r["message"], r["details"])
    assert "no automatic publication" not in r["message"]["en"] and "ni publication automatique" not in r["message"]["fr"], r["message"]
    assert "automatic publication by CI" in r["message"]["en"], r["message"]


def test_a_site_only_built_in_ci_stays_unpublished(tmp_path):
    r = check_result(tmp_path, {**SITE, ".github/workflows/main.yml": BUILD}, CID)
    assert "pages" not in (r["details"].get("runtimes") or []) and "no automatic publication" in r["message"]["en"], (r["message"], r["details"])


def test_builds_and_pushes_in_either_ci():
    gitlab = "deploy:\n  image: ruby\n  script:\n    - bundle exec jekyll build -d public\n    - lftp -e \"mirror -R public/ /www\" ftp.example.org\n"
    assert ci_publishes_site(gitlab)
    assert ci_publishes_site("steps:\n  - run: npm run build\n  - uses: SamKirkland/FTP-Deploy-Action@v4.3.5\n")
    assert not ci_publishes_site(BUILD)  # built, copied nowhere
    assert not ci_publishes_site("steps:\n  - run: pytest\n  - run: rsync -av dist/ backup:/srv\n")  # copied, no site built
    assert not ci_publishes_site(BUILD + "      # - run: rsync -av public/ host:/www\n")  # (a commented-out step)
