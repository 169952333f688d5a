"""A PHP framework committed whole beside the application written on it, told by its own marker files wherever its folder sits and
whatever the folder is called (issue 12, s23 k1): CodeIgniter's ``system/`` is often moved out of the web root and renamed
(``CI_system/``, ``ci/``, ``framework/``); the framework is still recognised by its bootstrap file, ``core/CodeIgniter.php`` with its
``CI_VERSION``.

Each marker is a path *relative to the framework's folder* and a pattern its text must match (the version line every release of that
framework carries): a project's own file named like a marker but without the framework's version line is never taken for it. A
folder named ``system/`` holding CodeIgniter's bootstrap file is the framework even without the version line (CodeIgniter's own
name for it). Bounded: at most :data:`MAX_MARKER_READS` marker files read (64 KB each), in path order.

Sources of the versions and licences (read 2026-12-04):
- CodeIgniter: system/core/CodeIgniter.php (``const CI_VERSION``, 3.x; ``define('CI_VERSION', …)``, 2.x); CodeIgniter 4's
  system/CodeIgniter.php beside system/Common.php; licence MIT from 3.0 (https://codeigniter.com/userguide3/license.html), EllisLab's
  own licence before (CodeIgniter 2.2 license.txt).
- Kohana 3.x: system/classes/Kohana/Core.php (3.3) or system/classes/kohana/core.php (3.0-3.2), ``const VERSION``; Kohana 2.x:
  system/core/Kohana.php, ``define('KOHANA_VERSION', …)``; licence BSD-3-Clause (https://kohanaframework.org/license).
- Zend Framework 1: library/Zend/Version.php, ``const VERSION``; licence BSD-3-Clause (https://framework.zend.com/license).
- Symfony 1: lib/autoload/sfCoreAutoload.php, ``define('SYMFONY_VERSION', …)``; Symfony 2+: src/Symfony/Component/HttpKernel/Kernel.php,
  ``const VERSION``; licence MIT (https://symfony.com/doc/current/contributing/code/license.html).
- Laravel: src/Illuminate/Foundation/Application.php, ``const VERSION``; licence MIT (https://github.com/laravel/framework LICENSE.md).
- CakePHP 2: lib/Cake/VERSION.txt, its last line the version; licence MIT (https://cakephp.org/ LICENSE).
- Yii 1: framework/YiiBase.php, ``getVersion() { return '1.1.x'; }``; Yii 2: BaseYii.php; licence BSD-3-Clause
  (https://www.yiiframework.com/license).
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_MARKER_READS = 50
MARKER_BYTES = 64 * 1024

_CI_VERSION = lazy_compile(r"\bCI_VERSION['\"]?\s*[=,]\s*['\"](\d+\.\d+(?:\.\d+)?)['\"]")
_CONST_VERSION = lazy_compile(r"\bconst\s+VERSION\s*=\s*['\"](\d+\.\d+(?:\.\d+)?)[\w.-]*['\"]")
_KOHANA2 = lazy_compile(r"\bdefine\(\s*['\"]KOHANA_VERSION['\"]\s*,\s*['\"](\d+\.\d+(?:\.\d+)?)['\"]")
_SYMFONY1 = lazy_compile(r"\bdefine\(\s*['\"]SYMFONY_VERSION['\"]\s*,\s*['\"](\d+\.\d+(?:\.\d+)?)[\w.-]*['\"]")
_CAKE = lazy_compile(r"^(\d+\.\d+\.\d+)[\w.-]*[^\S\n]*$", re.M)
_YII = lazy_compile(r"\bfunction\s+getVersion\s*\(\s*\)\s*\{\s*return\s+['\"](\d+\.\d+(?:\.\d+)?)[\w.-]*['\"]")


def _codeigniter_licence(version: str | None) -> str | None:
    # MIT from CodeIgniter 3.0 on; the 1.x and 2.x releases ship EllisLab's own licence (license.txt, "a legal agreement between you
    # and EllisLab Inc."), a custom permissive licence, not MIT
    return None if version is None else "MIT" if int(version.split(".")[0]) >= 3 else "LicenseRef-CodeIgniter-EllisLab"


# (marker relative to the framework's folder, the folder relative to the marker's prefix, pattern giving the version, sibling files the
# framework's folder also holds (relative to it) or None, name, licence from the version). A marker whose prefix's last folder is
# ``legacy`` may match without its pattern (CodeIgniter's system/).
MARKERS = (
    ("core/CodeIgniter.php", "", _CI_VERSION, None, "codeigniter", _codeigniter_licence),
    ("CodeIgniter.php", "", _CI_VERSION, ("Common.php",), "codeigniter", _codeigniter_licence),
    ("classes/Kohana/Core.php", "", _CONST_VERSION, None, "kohana", lambda v: "BSD-3-Clause"),
    ("classes/kohana/core.php", "", _CONST_VERSION, None, "kohana", lambda v: "BSD-3-Clause"),
    ("core/Kohana.php", "", _KOHANA2, None, "kohana", lambda v: "BSD-3-Clause"),
    ("Zend/Version.php", "Zend/", _CONST_VERSION, None, "zendframework", lambda v: "BSD-3-Clause"),
    ("autoload/sfCoreAutoload.php", "", _SYMFONY1, None, "symfony", lambda v: "MIT"),
    ("Symfony/Component/HttpKernel/Kernel.php", "Symfony/", _CONST_VERSION, None, "symfony", lambda v: "MIT"),
    ("Illuminate/Foundation/Application.php", "Illuminate/", _CONST_VERSION, None, "laravel", lambda v: "MIT"),
    ("Cake/VERSION.txt", "Cake/", _CAKE, ("Cake/Core/App.php",), "cakephp", lambda v: "MIT"),
    ("YiiBase.php", "", _YII, None, "yii", lambda v: "BSD-3-Clause"),
    ("BaseYii.php", "", _YII, None, "yii", lambda v: "BSD-3-Clause"),
)
FRAMEWORK_NAMES = frozenset(m[4] for m in MARKERS)
# CodeIgniter's own name for its folder: its bootstrap file there is the framework's even without a version line
_LEGACY = {("core/CodeIgniter.php", "system/"), ("CodeIgniter.php", "system/")}


def framework_folders(read_text, paths: list[str]) -> dict[str, dict]:
    """``{folder: {"name", "version", "license"}}`` of the frameworks committed in these paths (sorted), each told by its marker file
    whose text carries the framework's version line (see the module's docstring). ``read_text(path, limit)`` reads a file."""
    present = set(paths)
    out: dict[str, dict] = {}
    reads = 0
    for path in sorted(present):
        for marker, sub, pattern, siblings, name, licence in MARKERS:
            if not ("/" + path).endswith("/" + marker):
                continue
            prefix = path[: -len(marker)]
            if siblings and not all(prefix + s in present for s in siblings):
                continue
            if reads >= MAX_MARKER_READS:
                break
            reads += 1
            text = read_text(path, MARKER_BYTES) or ""
            matches = list(pattern.finditer(text))
            m = matches[-1] if matches and pattern is _CAKE else matches[0] if matches else None
            legacy = any(marker == lm and prefix.endswith(lf) for lm, lf in _LEGACY)
            if m is None and not legacy:
                continue  # a file named like the marker without the framework's version line: not the framework
            version = m.group(1) if m else None
            if not prefix + sub:
                continue  # (the repository is the framework itself: its own code)
            out.setdefault(prefix + sub, {"name": name, "version": version, "license": licence(version) if version else None})
    # (a framework folder inside another one's is part of it: keep the outermost)
    return dict(sorted((f, d) for f, d in out.items() if not any(o != f and f.startswith(o) for o in out if o)))


# The application's own framework package in its composer.json decides which framework it is built on, never the components it pulls
# in: Laravel 5 requires-dev symfony/css-selector and symfony/dom-crawler, and its .env is no Symfony defaults file (issue 12, s44 fm44
# = AdrienLeveque/Room_Project). A Symfony application requires symfony/framework-bundle (or the full symfony/symfony, or symfony/flex).
_SYMFONY_APP = lazy_compile(r'"symfony/(?:framework-bundle|symfony|flex)"\s*:')
_OTHER_PHP_FRAMEWORK = lazy_compile(r'"(?:laravel/(?:lumen-)?framework|cakephp/cakephp|yiisoft/yii2|codeigniter4/framework|'
                                    r'drupal/core(?:-recommended)?)"\s*:')


def symfony_composer(text: str) -> bool:
    """The composer.json ``text`` names Symfony and is no other framework's application (whatever symfony/* parts it requires)."""
    return "symfony" in text and (bool(_SYMFONY_APP.search(text)) or not _OTHER_PHP_FRAMEWORK.search(text))


# Symfony's .env committed under another name (.env.install, .env.dist, .env.defaults: the project's .env gitignored): the recipe's
# own header ("#  * .env  contains default values for the environment variables needed by the app") says it is the defaults file
# (issue 12, s44 fj44 = rmoubarak/Documentation-Stage); a local, production, test or CI run's file is none
SYMFONY_DEFAULTS_HEADER = lazy_compile(r"\.env\s+contains default values for the environment variables", re.I)
_OTHER_ENV_NAME = lazy_compile(r"^\.env\.(?!(?:[\w-]+\.)?local$|prod(?:uction)?(?:\.|$)|test(?:ing)?(?:\.|$)|ci(?:\.|$))[\w-]+$", re.I)


def symfony_defaults_named(name: str, text: str) -> bool:
    """A dotenv file named ``.env.<x>`` (not .local, prod, test or ci) carrying Symfony's defaults header in its first 4 KB."""
    return bool(_OTHER_ENV_NAME.match(name)) and bool(SYMFONY_DEFAULTS_HEADER.search(text[:4096]))
