"""README reading on local authorities' repositories (issue 12, session 24 fixer c24; readers s23 n1 family 2 and n2 family 4:
orgarif, comptages_fim_2_pg, urbanisme95, georchestra-ansible).

1. A line naming only the template the repository was made from ("> from fmk-template version 0.0.3") is no description.
2. Numbered steps running the project's own script ("Scénario classique : 1. insérer une enquête -> `script.py -enquete`") are
   its usage; a step running an install or set-up script, or copying a settings file, is not.
3. "## Publication" over "La branche main est publiée automatiquement par GitHub Actions sur : https://….github.io/…/" is the
   deployment; and that address is the application, not a documentation site. A "## Publication" chapter with no hosting stays
   none, a documentation published there stays the documentation site.
4. "The daemons will be configured with files provided in the templates directory" in a numbered paragraph (no heading) is the
   configuration.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for


def _readme(tmp_path, readme: str, files: dict) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": readme, **files}}])
    return ctx_for(tmp_path).fact("readme")


def _details(tmp_path, readme: str, files: dict) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for d in _readme(tmp_path, readme, files)["section_details"]:
        out.setdefault(d["name"], d)
    return out


KOTLIN = {"build.gradle.kts": 'plugins { kotlin("jvm") version "1.9.0" }\n', "src/main/kotlin/App.kt": "fun main() = println(\"ok\")\n"}


def test_a_templates_provenance_line_is_no_description(tmp_path):
    readme = _readme(tmp_path / "tpl", "# Orgaplan\n\n> from acme-template version 0.2.1\n", KOTLIN)
    assert readme["description"] is None and "purpose" not in readme["sections"]  # was the purpose
    fr = _readme(tmp_path / "fr", "# Orgaplan\n\nCréé à partir du modèle maison v2\n", KOTLIN)
    assert "purpose" not in fr["sections"]
    # the neighbour: a short line saying what it does stays the description
    said = _readme(tmp_path / "said", "# Orgaplan\n\n> Outil de suivi des désignations des élus dans les organismes extérieurs.\n", KOTLIN)
    assert said["description"]["line"] == 3 and "purpose" in said["sections"]


SCRIPT = {"charger_comptages.py": "import sys\nprint(sys.argv)\n", "init_base.py": "print('init')\n", "config.py": "HOST = 'localhost'\n"}
LEAD = "# Chargement des comptages routiers\n\nScript qui lit les fichiers de comptage et les charge dans une base PostGIS.\n\n"


def test_numbered_steps_running_the_projects_script_are_its_usage(tmp_path):
    readme = LEAD + ("Déroulé habituel :\n1. créer une campagne ->  ```charger_comptages.py -campagne```\n"
                     "2. charger les relevés ->  ```charger_comptages.py -releves n```  où n = numéro de campagne\n")
    assert _details(tmp_path / "use", readme, SCRIPT)["usage"]["line"] == 6  # was missing
    # the neighbours: the same steps running a set-up script, or copying the settings file, or a script that is not there
    setup = LEAD + "## Installation\n\n1. créer la base -> `python init_base.py`\n2. remplir les tables -> `python init_base.py --data`\n"
    assert "usage" not in _details(tmp_path / "setup", setup, SCRIPT)
    copy = LEAD + "Préparation :\n1. copier `config.py` vers `local.py`\n2. renseigner l'hôte dans `config.py`\n"
    assert "usage" not in _details(tmp_path / "copy", copy, SCRIPT)
    absent = readme.replace("charger_comptages.py", "autre_script.py")
    assert "usage" not in _details(tmp_path / "absent", absent, SCRIPT)


VITE = {"package.json": '{"name": "urbanisme-parcelle", "scripts": {"dev": "vite", "build": "vite build"}}\n',
        "src/main.ts": "export const carte = 1;\n", "index.html": "<div id=app></div>\n",
        ".github/workflows/pages.yml": "on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
                                       "      - uses: actions/upload-pages-artifact@v3\n      - uses: actions/deploy-pages@v4\n"}
PAGES = ("# Urbanisme à la parcelle\n\nObservatoire cartographique des parcelles du département.\n\n## Développement\n\n```bash\nnpm install\n"
         "npm run dev\n```\n\n## Publication\n\nLa branche `main` est publiée automatiquement par GitHub Actions sur :\n\n"
         "https://ddt-exemple.github.io/urbanisme-parcelle/\n")


def _docs(tmp_path, readme: str) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": readme, **VITE}}])
    return audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.docs"]))["facts"]["docs"]


def test_a_publication_chapter_on_the_pages_pipeline_is_the_deployment(tmp_path):
    assert _details(tmp_path / "pub", PAGES, VITE)["deployment"]["line"] == PAGES.splitlines().index("## Publication") + 1  # was missing
    # the neighbour: a "Publication" chapter saying nothing of where or how the code is put online is none
    papers = PAGES.split("## Publication")[0] + "## Publication\n\nLes résultats ont été présentés aux journées de la géomatique.\n"
    assert "deployment" not in _details(tmp_path / "papers", papers, VITE)


def test_the_applications_own_pages_address_is_no_documentation_site(tmp_path):
    assert _docs(tmp_path / "app", PAGES)["site"] == []  # was a documentation site (github.io)
    # the neighbour: the documentation published on the pages host stays the documentation site
    docs = PAGES.replace("La branche `main` est publiée", "La documentation est publiée")
    assert [s["url"] for s in _docs(tmp_path / "doc", docs)["site"]] == ["https://ddt-exemple.github.io/urbanisme-parcelle/"]


ANSIBLE = {"playbooks/sdi.yml": "- hosts: sdi\n  roles:\n    - openldap\n", "roles/openldap/tasks/main.yml": "- name: ldap\n  debug: msg=x\n",
           "roles/openldap/templates/slapd.conf.j2": "include {{ schema }}\n"}


def test_configuration_in_numbered_paragraphs_is_the_configuration(tmp_path):
    readme = ("Annuaire et certificats pour le playbook de l'infrastructure\n=============================================\n\n"
              "Ce playbook déploie une infrastructure de données géographiques complète.\n\nWith this branch:\n\n"
              "1) Users can log in with the Active Directory of the university.\n"
              "The slapd daemon will be configured with files provided in the openldap templates directory.\n")
    assert _details(tmp_path / "conf", readme, ANSIBLE)["configuration"]["line"] == 8  # was missing (the numbered paragraph)
    # the neighbour: a paragraph on what the branch adds, no settings named, is no configuration
    plain = readme.replace("The slapd daemon will be configured with files provided in the openldap templates directory.\n", "")
    assert "configuration" not in _details(tmp_path / "plain", plain, ANSIBLE)
