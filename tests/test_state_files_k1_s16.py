"""files and license facts on State start-up repositories read wrong by this session's State reader (issue 12, s16 r3):
- a Next.js app with no test whose test/matomo/ folder runs a local analytics server (docker-compose.yml, db.env) has no test, and
  that compose file is not the project's; the env file the README says to keep in git "pour référence" is the settings template;
- the image is the Dockerfile the root compose file builds for the application (backend/docker/Dockerfile), not a shallower proxy's
  (apache2/Dockerfile) that only a development compose file builds; with no compose file, a component's Dockerfile beside its
  build manifest (a Spring API's pom.xml), not a backup job's image alone in its folder;
- a folder of Architecture Decision Records (adr/) is documentation."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, run_audit

TESTS_CI = "reusability.tests-and-ci"


def files_fact(tmp_path, files: dict) -> dict:
    return run_audit(build(tmp_path / "r", files), tmp_path / "c", [TESTS_CI])["facts"]["files"]


MATOMO = ("services:\n  db:\n    image: mariadb:10.11\n    env_file:\n      - ./db.env\n"
          "  app:\n    image: matomo\n    ports:\n      - 8080:80\n    env_file:\n      - ./db.env\n")
NEXT = {"README.md": "# Chauffage\n\nUn simulateur qui oriente les copropriétés vers un chauffage décarboné.\n\n## Variables\n\n"
                     "Ajouter une variable dans `.env` pour l'utiliser et dans `.env.development` pour référence (commit dans Git).\n",
        "package.json": '{"name": "chauffage", "scripts": {"dev": "next dev", "build": "next build"}, '
                        '"devDependencies": {"@testing-library/jest-dom": "^6.0.0"}}',
        "src/app/page.tsx": "export default function Page() { return <main>Simulateur</main>; }\n",
        ".env.development": "APP_ENV=\"dev\"\n\n## for autocomplete only\nDATABASE_URL=\nAUTH_TOKEN=\n",
        "test/matomo/docker-compose.yml": MATOMO,
        "test/matomo/db.env": "MYSQL_PASSWORD=matomo\nMYSQL_DATABASE=matomo\nMATOMO_DATABASE_USERNAME=matomo\n"}


def test_a_side_service_under_test_is_no_test_and_not_the_projects_compose(tmp_path):
    files = files_fact(tmp_path, NEXT)
    assert files["tests"] is False
    assert files["compose"] is None
    assert files["env_template"] == ".env.development"
    # counterparts: a test file beside it is a test; a compose file at the root is the project's; an env file the README names
    # otherwise is no template
    files = files_fact(tmp_path / "t", {**NEXT, "test/simulation.test.ts": "test('calcule', () => { expect(1 + 1).toBe(2); });\n",
                                        "docker-compose.yml": "services:\n  web:\n    build: .\n"})
    assert files["tests"] is True
    assert files["compose"] == "docker-compose.yml"
    readme = NEXT["README.md"].replace("pour référence (commit dans Git)", "pour le développement")
    assert files_fact(tmp_path / "n", {**NEXT, "README.md": readme})["env_template"] is None


PROXY = ("services:\n  proxy:\n    build:\n      context: ./apache2\n    ports:\n      - 80:80\n")
APP = ("services:\n  backend:\n    build:\n      context: backend\n      dockerfile: docker/Dockerfile\n"
       "  frontend:\n    build:\n      context: frontend\n      dockerfile: docker/Dockerfile\n  db:\n    image: postgres:16\n")
DIODE = {"README.md": "# Diode\n\nTransferts de fichiers à travers une diode réseau.\n", "compose.yml": APP, "compose.dev.yml": PROXY,
         "apache2/Dockerfile": "FROM httpd:2.4\nCOPY httpd.conf /usr/local/apache2/conf/\n",
         "backend/pyproject.toml": "[project]\nname = \"diode\"\n", "backend/diode/__init__.py": "",
         "backend/docker/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\nCMD [\"gunicorn\", \"diode.wsgi\"]\n",
         "frontend/package.json": '{"name": "diode-front"}',
         "frontend/docker/Dockerfile": "FROM node:20 AS build\nCOPY . /app\nRUN npm ci && npm run build\n"}


def test_the_image_is_the_one_the_root_compose_file_builds_even_deeper(tmp_path):
    assert files_fact(tmp_path, DIODE)["dockerfile"] == "backend/docker/Dockerfile"
    # counterparts: a root Dockerfile stays the project's; with the compose file building nothing, the shallowest
    assert files_fact(tmp_path / "root", {**DIODE, "Dockerfile": "FROM python:3.12\n"})["dockerfile"] == "Dockerfile"
    pulled = {**DIODE, "compose.yml": "services:\n  backend:\n    image: ghcr.io/org/diode:latest\n"}
    assert files_fact(tmp_path / "pulled", pulled)["dockerfile"] == "apache2/Dockerfile"


POM = "<project><modelVersion>4.0.0</modelVersion><artifactId>{}</artifactId></project>\n"
JAVA = "FROM gcr.io/distroless/java21:nonroot\nCOPY target/*.jar /app/app.jar\n"
TRANSFER = {"README.md": "# Transfert\n\nEnvoi de fichiers volumineux entre administrations.\n",
            "transfert-backup/Dockerfile": "FROM amazon/aws-cli:latest\nCOPY backup.sh /backup.sh\n",
            "transfert-download-api/pom.xml": POM.format("download-api"), "transfert-download-api/Dockerfile": JAVA,
            "transfert-upload-api/pom.xml": POM.format("upload-api"), "transfert-upload-api/Dockerfile": JAVA}


def test_with_no_compose_file_the_image_beside_a_components_manifest(tmp_path):
    assert files_fact(tmp_path, TRANSFER)["dockerfile"] == "transfert-download-api/Dockerfile"
    # counterpart: with no manifest anywhere, the path order
    bare = {k: v for k, v in TRANSFER.items() if not k.endswith("pom.xml")}
    assert files_fact(tmp_path / "bare", bare)["dockerfile"] == "transfert-backup/Dockerfile"


ADR = {"README.md": "# Subventions\n\nInstruire les demandes de subventions des collectivités.\n", "manage.py": "import django\n",
       "adr/0_what_is_adr.md": "# Qu'est-ce qu'un ADR ?\n\nUn enregistrement de décision d'architecture.\n",
       "adr/1_modelisation.md": "# Modélisation des dotations\n\n## Contexte\n\n## Décision\n\n## Conséquences\n"}


def test_a_folder_of_architecture_decision_records_is_documentation(tmp_path):
    assert files_fact(tmp_path, ADR)["docs"] == "adr/"
    # counterpart: a code folder of that name (an app's module) is none
    code = {k: v for k, v in ADR.items() if not k.startswith("adr/")} | {"adr/__init__.py": "", "adr/models.py": "class Adr:\n    pass\n"}
    assert files_fact(tmp_path / "code", code)["docs"] is None
    # nor is an assistant's skill of that name in a hidden folder (.claude/skills/adr/SKILL.md)
    skill = {**ADR, ".claude/skills/adr/SKILL.md": "# Écrire un ADR\n"}
    docs = run_audit(build(tmp_path / "skill" / "r", skill), tmp_path / "skill" / "c", ["documentation.docs"])["facts"]["docs"]
    assert "adr" in docs["docs_dirs"] and ".claude/skills/adr" not in docs["docs_dirs"], docs["docs_dirs"]
