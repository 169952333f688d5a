"""reusability.configuration: what is no setting read from the environment, and where settings are documented (issue 12, s27 d27
= s26 m17-o3 and m17-o4).

- A pydantic-settings class whose settings_customise_sources returns only a YAML file's source reads no variable (an OPSN's FastAPI
  back end: its fields document, pastell, database… were listed as undocumented variables, with the `else:` of the class body as
  "ELSE"); its settings are the YAML file's, whose template and a back/README.md "## Configuration" document them: pass. A class that
  keeps the environment's source is read as before, and the template's keys document its fields in any case, nested ones too.
- A shell script loading a library the repository does not hold (`source /opt/…/common-lib.sh`) prints the library's variables
  in its usage (`echo "Usage: $CALLEDNAME"`): no setting; a variable it uses in a command stays one, as one printed by a script
  loading no library does.
- A document with a configuration chapter that the check lists (ENV.md's tables of variables, docs/dat.md's prose) documents the
  variables it names.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECK = "reusability.configuration"

MODELS = '''from pydantic import BaseModel


class Pastell(BaseModel):
    url: str
    user: str
    password: str


class Database(BaseModel):
    host: str
    port: int = 5432
'''


def _settings(sources: str, else_branch: bool = True) -> str:
    choose = ('    if pathlib.Path("config/config.yml").is_file():\n'
              '        model_config = SettingsConfigDict(yaml_file="config/config.yml", case_sensitive=False)\n'
              '    else:\n'
              '        model_config = SettingsConfigDict(yaml_file="config/config_template.yml", case_sensitive=False)\n') if else_branch \
        else '    model_config = SettingsConfigDict(env_nested_delimiter="__")\n'
    return ("import pathlib\nfrom typing import Tuple, Type\n\nfrom pydantic_settings import BaseSettings, PydanticBaseSettingsSource, "
            "SettingsConfigDict, YamlConfigSettingsSource\n\nfrom config.models import Database, Pastell\n\n\n"
            "class Settings(BaseSettings):\n    pastell: Pastell\n    database: Database\n    timeout_seconds: int = 5\n\n" + choose + sources)


YAML_ONLY = '''
    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: Type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> Tuple[PydanticBaseSettingsSource, ...]:
        return (YamlConfigSettingsSource(settings_cls),)
'''
WITH_ENV = YAML_ONLY.replace("return (YamlConfigSettingsSource(settings_cls),)", "return (env_settings, YamlConfigSettingsSource(settings_cls))")
TEMPLATE = "pastell:\n  url: <url>\n  user: <user>\n  password: <mdp>\n\ndatabase:\n  host: localhost\n  port: 5432\n"
BACK_README = ("# Back\n\nL'API de publication des actes.\n\n## Configuration\n\n* Dans le dossier config, dupliquer le fichier "
               "\"config_template.yml\" en \"config.yml\"\n* Editer le fichier avec les bonnes valeurs\n")


def _back(settings: str, **more) -> dict:
    return {"README.md": "# Actes\n\nPublication des actes des collectivités vers le contrôle de légalité.\n",
            "back/README.md": BACK_README, "back/requirements.txt": "fastapi\npydantic-settings[yaml]\n",
            "back/app/main.py": "from fastapi import FastAPI\n\nfrom config.configuration import Settings\n\napp = FastAPI()\nsettings = Settings()\n",
            "back/config/__init__.py": "", "back/config/models.py": MODELS, "back/config/configuration.py": settings,
            "back/config/config_template.yml": TEMPLATE, **more}


def _conf(tmp_path, files: dict, name: str = "r") -> dict:
    return results(run_audit(build(tmp_path / name, files), tmp_path / f"c-{name}", [CHECK]))[CHECK]


def test_a_settings_class_reading_only_a_yaml_file_reads_no_variable(tmp_path):
    conf = _conf(tmp_path, _back(_settings(YAML_ONLY)))
    assert conf["details"]["env_vars"] == 0 and conf["details"]["undocumented"] == [], conf
    assert "back/config/config_template.yml" in conf["details"]["templates"], conf
    assert conf["status"] == "pass" and "No setting read from the environment" in conf["message"]["en"], conf


def test_a_settings_class_keeping_the_environment_is_read_and_its_template_keys_document_it(tmp_path):
    conf = _conf(tmp_path, _back(_settings(WITH_ENV)))
    # (the YAML template's pastell: and database: document those fields; timeout_seconds is named nowhere; no "ELSE")
    assert sorted(conf["details"]["undocumented"]) == ["TIMEOUT_SECONDS"] and conf["details"]["env_vars"] == 3, conf


def test_nested_keys_of_an_env_template_document_a_field(tmp_path):
    files = _back(_settings("", else_branch=False), **{"back/.env.example": "PASTELL__URL=https://pastell.example.org\nPASTELL__USER=\n"
                                                                          "database__host=localhost\n"})
    del files["back/config/config_template.yml"]
    conf = _conf(tmp_path, files)
    assert conf["details"]["env_vars"] == 3 and conf["details"]["undocumented"] == ["TIMEOUT_SECONDS"], conf


STABILIZE = '''#!/bin/bash
# Counts close_wait lines
source /opt/smdf/common-lib.sh
if [ $? -ne 0 ]; then echo "Cannot load common library" >&2; exit 99; fi
check_version "1.15"
FILE_CW=rrd/close_wait.rrd
if [ $# -ne 0 ]
   then
      echo "Usage: $CALLEDNAME"
      exit_error "Wrong number of parameters"
fi
cd /opt/monitor
NB_CW=`ssh $TARGET_HOST netstat -np | grep CLOSE_WAIT | wc -l`
rrdtool update $FILE_CW N:$NB_CW
'''


def _scripts(script: str) -> dict:
    return {"README.md": "# Supervision\n\nScripts de supervision des applications de la ville.\n", "stabilize.sh": script}


def test_a_variable_printed_by_a_script_loading_an_outside_library_is_no_setting(tmp_path):
    conf = _conf(tmp_path, _scripts(STABILIZE))
    assert "CALLEDNAME" not in conf["details"]["undocumented"] and "TARGET_HOST" in conf["details"]["undocumented"], conf


def test_a_variable_printed_by_a_script_loading_no_library_stays_a_setting(tmp_path):
    conf = _conf(tmp_path, _scripts(STABILIZE.replace("source /opt/smdf/common-lib.sh\n", "")))
    assert {"CALLEDNAME", "TARGET_HOST"} <= set(conf["details"]["undocumented"]), conf


def test_a_library_of_the_repository_is_read_as_before(tmp_path):
    files = _scripts(STABILIZE.replace("/opt/smdf/common-lib.sh", "./lib/common.sh"))
    files["lib/common.sh"] = "#!/bin/bash\ncheck_version() { return 0; }\n"
    conf = _conf(tmp_path, files)
    assert {"CALLEDNAME", "TARGET_HOST"} <= set(conf["details"]["undocumented"]), conf


SETTINGS_PY = '''import os

SECRET_KEY = os.environ.get("SECRET_KEY")
DATABASE_URL = os.environ.get("DATABASE_URL")
EMAIL_FILE_PATH = os.environ.get("EMAIL_FILE_PATH", "emails/")
LOGGING_LEVEL = os.environ.get("LOGGING_LEVEL", "INFO")
FAQ_URL = os.environ.get("FAQ_URL", "")
'''
ENV_MD = '''# Variables d'environnement

## Email

| Variable | Description | Valeur par défaut |
|----------|-------------|-------------------|
| `EMAIL_FILE_PATH` | Répertoire de stockage des emails en mode `local` | `emails/` |
'''
DAT = '''# Dossier d'architecture technique

## Configuration

- Variables d'environnement pour tous les paramètres sensibles (voir `ENV.md`)

## Monitoring et Logging

- **Logs applicatifs** : niveaux configurables via `LOGGING_LEVEL`, log de chaque requête entrante
'''


def test_the_documents_with_a_configuration_chapter_document_the_variables_they_name(tmp_path):
    files = {"README.md": "# Observatoire\n\nMesure de l'artificialisation des sols.\n\nVoir ENV.md pour les réglages.\n",
             "manage.py": "import os\nos.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings')\n",
             "requirements.txt": "django\n", "config/__init__.py": "", "config/settings.py": SETTINGS_PY,
             ".env.example": "SECRET_KEY=\nDATABASE_URL=postgres://localhost/obs\n", "ENV.md": ENV_MD, "docs/dat.md": DAT}
    conf = _conf(tmp_path, files)
    assert conf["details"]["undocumented"] == ["FAQ_URL"], conf  # (named in no document)
