"""Session 21 (k2, case 2): a committed bare .env whose variables neither the code nor the deployment reads is no settings template.
Fixtures shaped like SDIS62/metarisc-prevarisc-importer (s20 m3): a PHP tool reading its settings from config.php beside a `.env` left
from another project (one DATABASE_URL to a "quiz" database) that nothing reads; facts.files.env_template and reusability.configuration
took that .env as the template ("modèle : .env", warn 6). The neighbours stay: the same .env read by the code, a Symfony application's
committed .env of defaults (read by the framework, its variables named in config/packages), an ordinary .env.example."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CONF = ["reusability.configuration"]
COMPOSER = ('{"name": "exemple/importeur", "require": {"php": ">=8.1", "twig/twig": "^3.5", "doctrine/orm": "^2.11"},\n'
            ' "require-dev": {"symfony/maker-bundle": "^1.48"}}\n')
CONFIG = "<?php\n\nreturn [\n    'db_host' => 'db',\n    'db_name' => 'importeur',\n    'db_user' => 'importeur',\n    'db_password' => 'CHANGEME',\n];\n"
INDEX = ("<?php\n\n$config = require __DIR__ . '/config.php';\n$pdo = new PDO('mysql:host=' . $config['db_host'] . ';dbname=' . $config['db_name'],\n"
         "    $config['db_user'], $config['db_password']);\n$lignes = $pdo->query('SELECT * FROM dossier')->fetchAll();\n")
LEFTOVER = 'DATABASE_URL="mysql://root:motdepasse@127.0.0.1:3306/sondage?serverVersion=5.7"\n'
FILES = {"composer.json": COMPOSER, "config.php": CONFIG, "index.php": INDEX, ".env": LEFTOVER,
         "src/Import.php": "<?php\n\nnamespace App;\n\nclass Import\n{\n    public function lignes(array $rows): int\n    {\n        return count($rows);\n    }\n}\n",
         "Dockerfile": "FROM php:8.2-apache\nCOPY . /var/www/html/\n"}


def _audit(tmp_path, files, name):
    report, res = judge(tmp_path, files, CONF, name=name)
    return report["facts"]["files"]["env_template"], res["reusability.configuration"]


def test_a_leftover_env_nothing_reads_is_no_template(tmp_path):
    template, res = _audit(tmp_path, FILES, "l")
    assert template is None, template
    assert ".env" not in (res["details"].get("templates") or []) and "modèle : .env" not in res["message"]["fr"], res
    assert any(e.get("path") == ".env" and e.get("value") == "unread .env" for e in res["evidence"]), res["evidence"]


def test_the_same_env_read_by_the_code_is_the_template(tmp_path):
    index = INDEX.replace("$config = require __DIR__ . '/config.php';", "$config = require __DIR__ . '/config.php';\n$url = getenv('DATABASE_URL');")
    template, res = _audit(tmp_path, {**FILES, "index.php": index}, "r")
    assert template == ".env", template
    assert not any(e.get("value") == "unread .env" for e in res["evidence"]), res["evidence"]


def test_an_env_handed_to_the_service_by_compose_is_read(tmp_path):
    compose = "services:\n  web:\n    build: .\n    env_file: .env\n    ports:\n      - \"8080:80\"\n"
    template, _ = _audit(tmp_path, {**FILES, "docker-compose.yml": compose}, "c")
    assert template == ".env", template


def test_a_symfony_applications_committed_env_stays_the_template(tmp_path):
    composer = '{"name": "exemple/app", "require": {"php": ">=8.2", "symfony/framework-bundle": "7.1.*", "symfony/dotenv": "7.1.*"}}\n'
    env = ("# In all environments, the following files are loaded if they exist:\n#  * .env                contains default values for the environment variables needed by the app\n"
           "#  * .env.local          uncommitted file with local overrides\n\nAPP_ENV=dev\nAPP_SECRET=\nDATABASE_URL=\"postgresql://app:!ChangeMe!@127.0.0.1:5432/app\"\n")
    files = {"composer.json": composer, ".env": env, "config/packages/doctrine.yaml": "doctrine:\n  dbal:\n    url: '%env(resolve:DATABASE_URL)%'\n",
             "src/Kernel.php": "<?php\n\nnamespace App;\n\nuse Symfony\\Component\\HttpKernel\\Kernel as BaseKernel;\n\nclass Kernel extends BaseKernel\n{\n}\n",
             "public/index.php": "<?php\n\nuse App\\Kernel;\n\nreturn function (array $context) {\n    return new Kernel($context['APP_ENV'], (bool) $context['APP_DEBUG']);\n};\n"}
    template, res = _audit(tmp_path, files, "s")
    assert template == ".env", template
    assert ".env" in res["details"]["templates"], res


def test_an_env_example_is_the_template_whatever_reads_it(tmp_path):
    files = {k: v for k, v in FILES.items() if k != ".env"}
    template, _ = _audit(tmp_path, {**files, ".env.example": "DB_HOST=localhost\nDB_PASSWORD=\n"}, "e")
    assert template == ".env.example", template
