"""documentation.readme-sections (issue 12, s38 fh38 = reader ra38): what a README chapter lists or runs, not only its heading's words.
- RAYAN-DOB/Server-Supervision: "## Vues principales" over a table ``| Route | Rôle |`` of the web application's pages
  (``/dashboard``, ``/carte``…) was no usage; a chapter headed as the application's views over a table of its routes is its usage,
  as "## Routes" over the API's route table is. Near miss: "## Structure du projet" over ``| Chemin | Rôle |`` of folders.
- Zigazou/rouen-ocr: "## Convert a PDF to images" over ``pdf-to-images document.pdf …``, a console script pyproject.toml declares,
  was no usage; a chapter naming no section whose code runs a command the project declares is its usage. Near miss: the same
  README when no manifest declares the command (another tool's).
- akjoecapoeira007/mairie-lanveoc: a code block exporting git-ftp's FTP_USERNAME, FTP_HOST, FTP_PASSWORD before ``./deploy.sh``
  was taken for the configuration section; a deployment tool's credentials are no settings of the service. Near miss: a block
  exporting the application's own settings (DATABASE_URL, SECRET_KEY, MAIL_HOST) still is."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "documentation.readme-sections"

VIEWS = ("# Supervision\n\nApplication web de supervision des salles serveurs de la ville.\n\n## Vues principales\n\n"
         "| Route | Rôle |\n|---|---|\n| `/dashboard` | Vue globale |\n| `/carte` | Carte des sites |\n| `/sites/[id]` | Détail d'un site |\n\n"
         "## Installation\n\n```bash\nnpm install\nnpm run dev\n```\n")
FOLDERS = VIEWS.replace("## Vues principales", "## Structure du projet").replace("| Route | Rôle |", "| Chemin | Rôle |") \
    .replace("`/dashboard`", "`/app`").replace("`/carte`", "`/components`").replace("`/sites/[id]`", "`/lib/auth`")

TASKS = ("# Town OCR\n\nTools turning PDF files into accessible HTML.\n\n## Setup\n\n```bash\npython -m pip install -e .\n```\n\n"
         "## Split a PDF into pages\n\nRender every page to PNG.\n\n```bash\npdf-pages report.pdf out-pages --scale 2\n```\n")
PYPROJECT = ('[project]\nname = "town-ocr"\nversion = "0.1.0"\n\n[project.scripts]\npdf-pages = "town_ocr.pages:main"\n\n'
             '[tool.ruff]\nline-length = 88\n')

DEPLOY = ("# Office de tourisme\n\nSite web de l'office de tourisme de la commune.\n\n## Déploiement\n\nLe site est publié par FTP.\n\n"
          "### Déploiement manuel\n\n```bash\n# Définir les variables d'environnement\nexport FTP_USERNAME=\"user\"\nexport FTP_HOST=\"host\"\n"
          "export FTP_PASSWORD=\"secret\"\n\n./deploy.sh\n```\n")
SETTINGS = DEPLOY.replace("FTP_USERNAME", "DATABASE_URL").replace("FTP_HOST", "SECRET_KEY").replace("FTP_PASSWORD", "MAIL_HOST")


def sections(tmp_path, readme: str, extra: dict | None = None) -> tuple[list[str], dict]:
    files = {"README.md": readme, "index.html": "<html></html>\n", **(extra or {})}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    readme_fact = report["facts"]["readme"]
    return readme_fact["sections"], {d["name"]: d for d in readme_fact["section_details"]}


def test_a_views_chapter_over_a_route_table_is_usage(tmp_path):
    found, details = sections(tmp_path, VIEWS, {"app/dashboard/page.tsx": "export default function P() { return null }\n"})
    assert "usage" in found and details["usage"]["text"] == "Vues principales", details


def test_a_folder_table_is_no_usage(tmp_path):
    found, _ = sections(tmp_path, FOLDERS, {"app/dashboard/page.tsx": "export default function P() { return null }\n"})
    assert "usage" not in found, found


def test_a_task_chapter_running_a_declared_console_script_is_usage(tmp_path):
    found, details = sections(tmp_path, TASKS, {"pyproject.toml": PYPROJECT, "src/town_ocr/__init__.py": "", "src/town_ocr/pages.py": "def main():\n    pass\n"})
    assert "usage" in found and details["usage"]["text"] == "Split a PDF into pages", details


def test_the_same_chapter_without_a_declared_command_is_no_usage(tmp_path):
    found, _ = sections(tmp_path, TASKS, {"pyproject.toml": PYPROJECT.split("[project.scripts]")[0] + "[tool.ruff]\nline-length = 88\n",
                                          "src/town_ocr/__init__.py": "", "src/town_ocr/pages.py": "def main():\n    pass\n"})
    assert "usage" not in found, found


def test_a_deployment_tools_credentials_are_no_configuration(tmp_path):
    found, _ = sections(tmp_path, DEPLOY, {"deploy.sh": "git ftp push\n"})
    assert "configuration" not in found and "deployment" in found, found


def test_the_applications_own_variables_in_a_block_are_configuration(tmp_path):
    found, _ = sections(tmp_path, SETTINGS, {"deploy.sh": "git ftp push\n"})
    assert "configuration" in found, found
