"""Files that hold settings without being read as a template or a settings document (the ``env_settings`` fact's
``code_settings`` and ``settings_shaped``): what keeps reusability.configuration from saying that code reads no setting at all."""

from __future__ import annotations

import re

from auditor.facts.inventory import LOCKFILES, MANIFESTS, is_doc, is_generated, is_test, is_vendored
from auditor.facts.settings_files import CONTAINER_RECIPE, ci_file, in_data_folder
from auditor.lazyre import lazy_compile


# A file of the code named for the settings it holds (config.php, settings.py, db_config.js, src/environments/environment.prod.ts) or
# kept in a settings folder (config/database.php): values a deployment changes by editing the code. Not a tool's own file named
# <tool>.config.js (vite.config.js, eslint.config.js), nor a module named for something else (consts.js of a quiz's questions).
_SETTINGS_CODE = lazy_compile(r"(?:^|/)(?:[a-z0-9]+[_-])?(?:config|configuration|settings?|conf|parameters|params|parametres|parametrage|environment)"
                              r"(?:[_.-][\w-]+)?\.(?:php|inc|py|js|mjs|cjs|ts|jsx|tsx|rb|pl|java|kt|cs|go|lua|r|json|ya?ml|ini|toml|properties)$"
                              r"|(?:^|/)(?:config|conf|configuration|settings|parametres)/[^/]+\.(?:php|inc|py|js|mjs|cjs|ts|rb|pl|lua)$", re.I)


def settings_in_code(entries, category) -> list[str]:
    """The project's own files of code named or placed as settings (see :data:`_SETTINGS_CODE`), in path order, ten at most. Not a
    Sphinx documentation's conf.py, beside its index page (a QGIS plugin's help/source/conf.py: the manual's build settings)."""
    pages = {e.dir for e in entries if e.name in _DOC_INDEX}
    return sorted(e.path for e in entries if _SETTINGS_CODE.search(e.path) and not is_vendored(e.path) and not is_test(e.path)
                  and not is_generated(e.path) and not is_doc(e.path) and category(e.path) not in ("vendored", "generated")
                  and not (e.name == "conf.py" and e.dir in pages))[:10]


_DOC_INDEX = ("index.rst", "index.md", "index.txt")


# A file of settings' shape (JSON, YAML, XML, INI, properties…) that no rule above took for a template or a settings document: an
# add-on's manifest.json of default options, a Java application's WEB-INF/web.xml, a quiz's questions.json. Not the package's manifest
# or lockfile, a container, compose or CI recipe, a hidden tool's file (.eslintrc.json, .vscode/), a TypeScript or JavaScript
# compiler's tsconfig.json, nor a web app's PWA manifest, nor a file of a data folder (public/data/communes.json): none of them holds
# the service's settings.
_SETTINGS_SHAPED = lazy_compile(r"\.(?:json|ya?ml|xml|ini|conf|cfg|properties|toml|env|plist)$", re.I)
_NO_SETTINGS = lazy_compile(r"(?:^|/)\.|(?:^|/)(?:[jt]sconfig[\w.-]*\.json|renovate\.json|lerna\.json|nx\.json|turbo\.json|mkdocs\.ya?ml"
                            r"|[\w.-]+\.webmanifest|public/manifest\.json|dependabot\.ya?ml)$"
                            # (Drizzle Kit's migrations journal and snapshots, drizzle/meta/_journal.json: its own record, orm.drizzle.team/docs/kit-overview)
                            r"|(?:^|/)(?:drizzle|migrations)/meta/[\w.-]+\.json$", re.I)


def settings_shaped(entries, category) -> list[str]:
    """The project's own files of a settings file's shape (see :data:`_SETTINGS_SHAPED`), in path order, ten at most."""
    return sorted(e.path for e in entries if _SETTINGS_SHAPED.search(e.name) and not _NO_SETTINGS.search(e.path) and not in_data_folder(e.path)
                  and e.name not in MANIFESTS and e.name not in LOCKFILES and not CONTAINER_RECIPE.search(e.path) and not ci_file(e.path)
                  and not is_vendored(e.path) and not is_test(e.path) and not is_generated(e.path) and not is_doc(e.path)
                  and category(e.path) != "vendored")[:10]
