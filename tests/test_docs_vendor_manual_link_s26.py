"""documentation.docs (issue 12, session 26 reader o4): a link to the hosting platform's manual is no documentation site.

A Django application (MTES-MCT/envergo) was credited a "documentation site" for its README's "[Se référer à cette
documentation.](https://doc.scalingo.com/databases/postgresql/dump-restore)" under "Faire un dump de la base de prod": a page
of its host's manual. A page of a documentation host whose address names neither the repository nor its owner is another
product's manual; a documentation site named after the project stays its site."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"
README = ("# Haies\n\nInstruction des demandes de travaux sur les haies.\n\n## Installation\n\n```\npip install -r requirements.txt\n```\n\n"
          "## Faire un dump de la base de prod\n\n[Se référer à cette documentation.]({url})\n")
FILES = {"manage.py": "import sys\nfrom django.core.management import execute_from_command_line\nexecute_from_command_line(sys.argv)\n",
         "requirements.txt": "django==5.1\n", "haies/__init__.py": "", "haies/views.py": "def index(request):\n    return None\n"}


def _docs(tmp_path, url: str) -> dict:
    return judge(tmp_path, {**FILES, "README.md": README.format(url=url)}, [DOCS], name="haies-instruction")[1][DOCS]


def test_a_link_to_the_hosts_manual_is_no_documentation_site(tmp_path):
    res = _docs(tmp_path, "https://doc.scalingo.com/databases/postgresql/dump-restore")
    assert "site" not in res["details"]["found"], res["message"]


def test_the_projects_own_documentation_site_stays_one(tmp_path):
    res = _docs(tmp_path, "https://docs.haies-instruction.beta.gouv.fr/exploitation/dump")
    assert "site" in res["details"]["found"], res["message"]
