"""Fixture projects for the reusability and interoperability tests (no test here).

Three ecosystems, each in a "good" and a "bad" variant, written for these tests: a Node/TypeScript
front end (Vite + React + MapLibre), a Python/Django back end (DRF), a PHP/Symfony app. Secret-
looking values are assembled at run time so that this repository itself holds no credential.
"""

from __future__ import annotations

import json
from pathlib import Path

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

FAMILIES = ("reusability", "interoperability")

# Assembled so that no scanner flags this file; the tests check that none of them reaches a report.
FAKE_AWS_KEY = "AKIA" + "QX7RZ2MB4TWPN6LC"
FAKE_GITHUB_TOKEN = "ghp_" + "Zr8Kq2Lm4Np6Rt8Vx0Bd2Fh4Jk6Mn8Pq0St2U"
FAKE_DB_PASSWORD = "Tr0ub4dor" + "-x9Qz-" + "8bWk2"
PRIVATE_KEY_HEADER = "-----BEGIN RSA " + "PRIVATE KEY-----"
FAKE_KEY_BODY = "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\nVTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n"
ALL_FAKE_SECRETS = (FAKE_AWS_KEY, FAKE_GITHUB_TOKEN, FAKE_DB_PASSWORD, FAKE_KEY_BODY.splitlines()[0])

VALID_OPENAPI = """openapi: 3.0.3
info:
  title: API des projets de transition
  version: 1.0.0
paths:
  /projets:
    get:
      summary: Liste des projets
      responses: {"200": {description: ok}}
    post:
      summary: Crée un projet
      responses: {"201": {description: created}}
  /projets/{id}:
    get:
      summary: Un projet
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses: {"200": {description: ok}}
"""

README_GOOD = """# Carte des projets

Service qui montre les projets de transition écologique d'un territoire.

## Installation

```sh
cp .env.example .env
docker compose up
```

## Configuration

Les réglages sont des variables d'environnement listées dans `.env.example`.
"""


# --- Node / TypeScript front end ------------------------------------------------------------------

def node_good() -> dict:
    return {
        "README.md": README_GOOD,
        "package.json": json.dumps({
            "name": "carte-projets", "version": "1.2.0", "private": True,
            "scripts": {"dev": "vite", "build": "vite build", "test": "vitest run", "lint": "eslint src"},
            "dependencies": {"react": "^18.3.0", "react-dom": "^18.3.0", "maplibre-gl": "^4.5.0", "@codegouvfr/react-dsfr": "^1.9.0",
                             "i18next": "^23.0.0", "react-i18next": "^14.0.0", "oidc-client-ts": "^3.0.0"},
            "devDependencies": {"vite": "^5.0.0", "vitest": "^1.6.0", "eslint": "^9.0.0", "@axe-core/playwright": "^4.9.0", "@lhci/cli": "^0.13.0"},
            "browserslist": ["> 0.5%", "last 2 versions", "not dead"],
        }, indent=2) + "\n",
        "package-lock.json": json.dumps({"name": "carte-projets", "lockfileVersion": 3, "packages": {}}) + "\n",
        ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule: {interval: weekly}\n",
        ".github/workflows/ci.yml": "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
                                   "      - uses: actions/checkout@v4\n      - run: npm ci\n      - run: npm run lint\n      - run: npm test\n"
                                   "      - run: npx lhci autorun\n",
        "eslint.config.js": "export default [];\n",
        # (the page weight budget the CI's lhci enforces: a written limit, s47 fg47)
        "lighthouserc.json": json.dumps({"ci": {"assert": {"assertions": {"resource-summary:total:size": ["error", {"maxNumericValue": 500000}]}}}}) + "\n",
        ".env.example": "# URL de l'API des projets\nVITE_API_URL=http://localhost:8000\n# Code INSEE du territoire affiché\nVITE_CODE_INSEE=\n",
        "Dockerfile": "FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\n",
        "compose.yaml": "services:\n  web:\n    build: .\n    ports: ['8080:80']\n",
        "src/config.ts": "export const apiUrl = import.meta.env.VITE_API_URL;\nexport const codeInsee = import.meta.env.VITE_CODE_INSEE;\n",
        "src/map.ts": "import maplibregl from 'maplibre-gl';\n\nexport function createMap(container: HTMLElement, center: [number, number]) {\n"
                      "  return new maplibregl.Map({\n    container,\n    style: 'https://data.geopf.fr/annexes/ressources/vectorTiles/styles/PLAN.IGN/standard.json',\n"
                      "    center,\n    zoom: 12,\n  });\n}\n\nexport async function geocode(q: string) {\n"
                      "  const r = await fetch(`https://api-adresse.data.gouv.fr/search/?q=${encodeURIComponent(q)}`);\n  return r.json();\n}\n",
        "src/auth.ts": "import { UserManager } from 'oidc-client-ts';\n\nexport const users = new UserManager({\n"
                        "  authority: import.meta.env.VITE_OIDC_ISSUER ?? 'https://auth.proconnect.gouv.fr/api/v2',\n  client_id: import.meta.env.VITE_OIDC_CLIENT_ID,\n"
                        "  redirect_uri: window.location.origin + '/callback',\n});\n",
        "src/communes.ts": "export async function commune(codeInsee: string) {\n  const r = await fetch(`https://geo.api.gouv.fr/communes/${codeInsee}?format=geojson`);\n"
                           "  return r.json();\n}\n",
        "src/App.tsx": "import { useTranslation } from 'react-i18next';\nimport { Header } from '@codegouvfr/react-dsfr/Header';\n\n"
                       "export function App() {\n  const { t } = useTranslation();\n  return <div className=\"fr-container\"><Header brandTop={t('brand')} /></div>;\n}\n",
        "src/pages/Accessibilite.tsx": "export function Accessibilite() {\n  return <p>Accessibilité : partiellement conforme</p>;\n}\n",
        "src/pages/DeclarationEcoconception.tsx": "export function DeclarationEcoconception() {\n  return <p>Déclaration d'écoconception (RGESN)</p>;\n}\n",
        "src/locales/fr.json": "{\"brand\": \"République française\"}\n",
        "src/assets/logo.webp": b"RIFF\x00\x00\x00\x00WEBPVP8 ",
        "src/App.test.tsx": "import { describe, it, expect } from 'vitest';\ndescribe('App', () => { it('renders', () => { expect(1).toBe(1); }); });\n",
        "src/map.test.ts": "import { describe, it } from 'vitest';\ndescribe('map', () => { it('centres', () => {}); });\n",
    }


def node_bad() -> dict:
    branches = "\n".join(f"  if (kind === 'k{i}') {{ score += {i}; }} else if (kind === 'j{i}') {{ score -= {i}; }}" for i in range(14))
    return {
        "README.md": "# carte\n",
        "package.json": json.dumps({"name": "carte", "dependencies": {"mapbox-gl": "^3.0.0", "firebase": "^10.0.0", "react": "^18.0.0"}}) + "\n",
        "src/map.ts": "import mapboxgl from 'mapbox-gl';\n\nexport const map = new mapboxgl.Map({\n  container: 'map',\n"
                      "  center: [5.724524, 45.188529],\n  zoom: 13,\n});\n",
        "src/territory.ts": "export const CODE_INSEE = '38185';\nexport const CONTACT = 'contact@grenoble.fr';\n"
                            "export const maxBounds = [5.6779, 45.1541, 5.7531, 45.2140];\n",
        "src/settings.ts": f"export const awsAccessKeyId = '{FAKE_AWS_KEY}';\n",
        "src/login.ts": "import { getAuth, signInWithEmailAndPassword } from 'firebase/auth';\n\n"
                        "export const login = (email: string, password: string) => signInWithEmailAndPassword(getAuth(), email, password);\n",
        "src/score.ts": f"export function score(kind: string) {{\n  let score = 0;\n{branches}\n  return score;\n}}\n",
        "src/pages/Home.tsx": "export function Home() {\n  return <h1 className=\"hero\">Ville de Grenoble</h1>;\n}\n",
        "src/assets/hero.png": b"\x89PNG\r\n\x1a\n",
        "src/assets/photo.jpg": b"\xff\xd8\xff\xe0",
    }


# --- Python / Django back end ---------------------------------------------------------------------

def django_good() -> dict:
    return {
        "README.md": README_GOOD,
        "pyproject.toml": "[project]\nname = \"projets-territoire\"\nversion = \"0.3.0\"\ndependencies = [\n  \"django>=5.0\",\n"
                          "  \"djangorestframework>=3.15\",\n  \"drf-spectacular>=0.27\",\n  \"mozilla-django-oidc>=4.0\",\n  \"django-dsfr>=1.0\",\n"
                          "  \"python-stdnum>=1.20\",\n]\n\n[dependency-groups]\ndev = [\"pytest-django>=4.8\", \"ruff>=0.5\"]\n\n[tool.ruff]\nline-length = 120\n",
        "uv.lock": "version = 1\n",
        "renovate.json": "{\"extends\": [\"config:recommended\"]}\n",
        ".gitlab-ci.yml": "test:\n  image: python:3.12\n  script:\n    - pip install uv\n    - uv sync\n    - uv run ruff check .\n    - uv run pytest\n",
        ".env.example": "# Clé secrète de Django\nDJANGO_SECRET_KEY=change-me\nDATABASE_URL=postgres://user:pass@localhost/db\n"
                        "OIDC_RP_CLIENT_ID=\nOIDC_RP_CLIENT_SECRET=\nOIDC_OP_ISSUER=https://auth.proconnect.gouv.fr/api/v2\n",
        "Dockerfile": "FROM python:3.12-slim\nCOPY . /app\nRUN pip install uv && uv sync\nCMD [\"uv\", \"run\", \"gunicorn\", \"projets.wsgi\"]\n",
        "compose.yaml": "services:\n  web:\n    build: .\n  db:\n    image: postgis/postgis:16-3.4\n",
        "projets/settings.py": "import os\n\nSECRET_KEY = os.environ['DJANGO_SECRET_KEY']\nDATABASES = {'default': {'URL': os.environ.get('DATABASE_URL')}}\n"
                               "OIDC_RP_CLIENT_ID = os.environ.get('OIDC_RP_CLIENT_ID')\nOIDC_RP_CLIENT_SECRET = os.environ.get('OIDC_RP_CLIENT_SECRET')\n"
                               "OIDC_OP_ISSUER = os.environ.get('OIDC_OP_ISSUER')\nINSTALLED_APPS = ['dsfr', 'rest_framework', 'drf_spectacular', 'mozilla_django_oidc']\n"
                               "LANGUAGE_CODE = 'fr'\n",
        "projets/models.py": "from django.db import models\n\n\nclass Collectivite(models.Model):\n    code_insee = models.CharField(max_length=5)\n"
                             "    siren = models.CharField(max_length=9)\n    code_epci = models.CharField(max_length=9, blank=True)\n\n\n"
                             "class Projet(models.Model):\n    nom = models.CharField(max_length=200)\n    porteurCodeSiret = models.CharField(max_length=14)\n"
                             "    budgetPrevisionnel = models.IntegerField(null=True)\n    leviers = models.JSONField(default=list)\n"
                             "    phaseStatut = models.CharField(max_length=40)\n",
        "projets/views.py": "import csv\n\nfrom django.http import HttpResponse\nfrom django.utils.translation import gettext_lazy as _\n\n\n"
                            "def export_csv(request):\n    response = HttpResponse(content_type='text/csv')\n    writer = csv.writer(response)\n"
                            "    writer.writerow([_('nom'), 'codeInsee'])\n    return response\n",
        "projets/geo.py": "import requests\n\nGEO_API = 'https://geo.api.gouv.fr/communes'\n\n\ndef commune(code_insee):\n"
                          "    return requests.get(f'{GEO_API}/{code_insee}', params={'format': 'geojson'}, timeout=10).json()\n",
        "openapi.yaml": VALID_OPENAPI,
        "schema.json": json.dumps({"name": "projets", "fields": [{"name": "porteurCodeSiret", "type": "string"}, {"name": "leviers", "type": "array"}]}) + "\n",
        "templates/base.html": "<header class=\"fr-header\"><a href=\"/accessibilite\">Accessibilité : non conforme</a></header>\n"
                               "<div class=\"fr-container\">{% block content %}{% endblock %}</div>\n",
        "templates/ecoconception.html": "<h1>Déclaration d'écoconception</h1>\n",
        "locale/fr/LC_MESSAGES/django.po": "msgid \"nom\"\nmsgstr \"nom\"\n",
        "tests/test_views.py": "def test_export(client):\n    assert client.get('/export.csv').status_code == 200\n",
        "tests/test_models.py": "def test_collectivite():\n    assert sorted([2, 1]) == [1, 2]\n",
        "tests/conftest.py": "import pytest\n",
    }


def django_bad() -> dict:
    branches = "\n".join(f"    if kind == 'k{i}':\n        total += {i}\n    elif kind == 'j{i}':\n        total -= {i}" for i in range(12))
    return {
        "README.md": "# projets\n",
        "requirements.txt": "django\ndjangorestframework\nrequests\n",
        "projets/settings.py": "DEBUG = True\nDATABASES = {'default': {'NAME': 'projets'}}\n",
        ".env": f"DATABASE_URL=postgres://projets:{FAKE_DB_PASSWORD}@db.grenoble-projets.fr:5432/projets\nDEBUG=1\n",
        "deploy/id_rsa": f"{PRIVATE_KEY_HEADER}\n{FAKE_KEY_BODY}-----END RSA PRIVATE KEY-----\n",
        "projets/views.py": "from rest_framework.decorators import api_view\n\n\n@api_view(['GET'])\ndef projets(request):\n"
                            "    if request.GET.get('code_insee') == '38185':\n        return None\n    siren = '213801855'\n    return siren\n",
        "projets/carte.py": "CENTRE = {'lat': 45.188529, 'lng': 5.724524}\n",
        "projets/scoring.py": f"def score(kind):\n    total = 0\n{branches}\n    return total\n",
        "openapi.yaml": "openapi: 3.0.3\ninfo:\n  title: [broken\n",
    }


# --- PHP / Symfony app ----------------------------------------------------------------------------

def symfony_good() -> dict:
    return {
        "README.md": README_GOOD,
        "composer.json": json.dumps({"name": "collectivites/aides-locales", "type": "project", "require": {
            "php": ">=8.2", "symfony/framework-bundle": "^7.1", "api-platform/core": "^3.3", "knpuniversity/oauth2-client-bundle": "^2.18",
            "symfony/translation": "^7.1", "symfony/twig-bundle": "^7.1", "jsor/doctrine-postgis": "^2.3"},
            "require-dev": {"phpunit/phpunit": "^11.0", "phpstan/phpstan": "^1.11"}}, indent=2) + "\n",
        "composer.lock": json.dumps({"packages": []}) + "\n",
        "renovate.json": "{\"extends\": [\"config:recommended\"]}\n",
        ".github/workflows/ci.yml": "name: ci\non: [push, pull_request]\njobs:\n  tests:\n    runs-on: ubuntu-latest\n    steps:\n"
                                   "      - uses: actions/checkout@v4\n      - run: composer install\n      - run: vendor/bin/phpstan analyse\n"
                                   "      - run: vendor/bin/phpunit\n",
        "phpstan.dist.neon": "parameters:\n  level: 6\n",
        ".env": "# Valeurs par défaut, surchargées dans .env.local\nAPP_ENV=dev\nAPP_SECRET=\nDATABASE_URL=\"postgresql://app:app@127.0.0.1:5432/app\"\n"
                "PROCONNECT_CLIENT_ID=\nPROCONNECT_CLIENT_SECRET=\n",
        "Dockerfile": "FROM php:8.3-fpm\nCOPY . /var/www\n",
        "compose.yaml": "services:\n  php:\n    build: .\n  database:\n    image: postgis/postgis:16-3.4\n",
        "Makefile": "install:\n\tcomposer install\n",
        "config/packages/knpu_oauth2_client.yaml": "knpu_oauth2_client:\n  clients:\n    proconnect:\n      type: generic\n"
                                                   "      client_id: '%env(PROCONNECT_CLIENT_ID)%'\n      client_secret: '%env(PROCONNECT_CLIENT_SECRET)%'\n"
                                                   "      provider_options: {issuer: 'https://auth.proconnect.gouv.fr/api/v2'}\n",
        "config/packages/doctrine.yaml": "doctrine:\n  dbal:\n    url: '%env(resolve:DATABASE_URL)%'\n",
        "src/Entity/Commune.php": "<?php\nnamespace App\\Entity;\n\nuse ApiPlatform\\Metadata\\ApiResource;\n\n#[ApiResource]\nclass Commune\n{\n"
                                  "    public string $codeInsee;\n    public string $codeEpci;\n    public ?string $siren = null;\n}\n",
        "src/Controller/ExportController.php": "<?php\nnamespace App\\Controller;\n\nclass ExportController\n{\n    public function csv(): string\n    {\n"
                                               "        $out = fopen('php://temp', 'w+');\n        fputcsv($out, ['codeInsee', 'nom']);\n        return 'text/csv';\n    }\n\n"
                                               "    public function adresse(string $q): string\n    {\n"
                                               "        return file_get_contents('https://api-adresse.data.gouv.fr/search/?q=' . urlencode($q));\n    }\n}\n",
        "templates/base.html.twig": "<header class=\"fr-header\">{{ 'app.title'|trans }}</header>\n<footer><a href=\"/accessibilite\">Accessibilité : partiellement conforme</a></footer>\n"
                                    "<div class=\"fr-container\">{% block body %}{% endblock %}</div>\n",
        "translations/messages.fr.yaml": "app.title: Aides locales\n",
        "public/openapi.json": json.dumps({"openapi": "3.1.0", "info": {"title": "Aides", "version": "1"},
                                           "paths": {"/api/communes": {"get": {"responses": {"200": {"description": "ok"}}}}}}) + "\n",
        "tests/Controller/ExportControllerTest.php": "<?php\nnamespace App\\Tests\\Controller;\n\nuse PHPUnit\\Framework\\TestCase;\n\n"
                                                     "class ExportControllerTest extends TestCase\n{\n    public function testCsv(): void { $this->assertStringStartsWith('code_insee;', (new \\App\\Controller\\ExportController())->header()); }\n}\n",
    }


def symfony_bad() -> dict:
    branches = "\n".join(f"        if ($kind === 'k{i}') {{ $t += {i}; }} elseif ($kind === 'j{i}') {{ $t -= {i}; }}" for i in range(13))
    return {
        "composer.json": json.dumps({"name": "ville/aides", "require": {"symfony/framework-bundle": "^7.1", "algolia/algoliasearch-client-php": "^3.0"}}) + "\n",
        "src/Controller/CarteController.php": "<?php\nnamespace App\\Controller;\n\nclass CarteController\n{\n"
                                              "    private array $bbox = [5.6779, 45.1541, 5.7531, 45.2140];\n"
                                              "    private string $titre = 'Ville de Grenoble';\n"
                                              "    private string $siret = '21380185500015';\n}\n",
        "src/Service/GithubClient.php": f"<?php\nnamespace App\\Service;\n\nclass GithubClient\n{{\n    private string $token = '{FAKE_GITHUB_TOKEN}';\n}}\n",
        "src/Service/Score.php": f"<?php\nnamespace App\\Service;\n\nclass Score\n{{\n    public function score(string $kind): int\n    {{\n        $t = 0;\n{branches}\n        return $t;\n    }}\n}}\n",
        "templates/base.html.twig": "<h1>{% block title %}{% endblock %}</h1>\n",
    }


ECOSYSTEMS = {
    "node": (node_good, node_bad),
    "django": (django_good, django_bad),
    "symfony": (symfony_good, symfony_bad),
}


def build(root: Path, files: dict) -> Path:
    return make_repo(root, [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "initial"}])


def run_audit(path: Path, cache: Path, checks: list[str] | None = None) -> dict:
    from auditor.checks import load_checks

    ids = checks or [cid for cid, spec in load_checks().items() if spec.family in FAMILIES]
    return audit(str(path), AuditOptions(cache_dir=cache, offline=True, only=ids))


def results(report: dict) -> dict[str, dict]:
    return {r["id"]: r for r in report["results"]}


def check_result(tmp_path: Path, files: dict, cid: str) -> dict:
    """The result of one check on a one-commit repository of these files (built under tmp_path/r, audited with its cache in tmp_path/c)."""
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [cid]))[cid]


def pd(tmp_path: Path, files: dict) -> dict:
    """scaling.personal-data's result on a one-commit repository of these files."""
    return check_result(tmp_path, files, "scaling.personal-data")


def sec(tmp_path: Path, files: dict) -> dict:
    """reusability.secrets' result on a one-commit repository of these files."""
    return check_result(tmp_path, files, "reusability.secrets")


_AUDITS: dict[tuple[str, str], tuple[Path, dict]] = {}
_TMP: list[Path] = []


def audited(eco: str, variant: str) -> tuple[Path, dict]:
    """The fixture repository and its report (built and audited once per test session)."""
    key = (eco, variant)
    if key not in _AUDITS:
        import atexit
        import shutil
        import tempfile

        if not _TMP:
            _TMP.append(Path(tempfile.mkdtemp(prefix="reuse-fixtures-")))
            atexit.register(shutil.rmtree, _TMP[0], True)
        good, bad = ECOSYSTEMS[eco]
        path = build(_TMP[0] / f"{eco}-{variant}", (good if variant == "good" else bad)())
        _AUDITS[key] = (path, run_audit(path, _TMP[0] / f"cache-{eco}-{variant}"))
    return _AUDITS[key]
