"""A PHP framework's application template files, shipped with the framework and kept as shipped but for values (issue 12, s38 fi38 =
Boudjerada/Stage-Saint-Just): their comments are the framework's text, not the project's. Read from the file's own text (nothing is
run):

- CodeIgniter's front controller, ``index.php`` whose docblock names the framework (``@package CodeIgniter``);
- CodeIgniter 3's settings files, ``…/config/*.php`` opening on the framework's guard ``defined('BASEPATH') OR exit(…)``
  (config.php "URL to your CodeIgniter root", autoload.php, user_agents.php…);
- CodeIgniter 4's settings classes, ``app/Config/*.php`` in ``namespace Config`` extending the framework's ``BaseConfig``;
- Laravel's settings files, ``config/*.php`` returning an array under the framework's ruled comment banners (``|------``)
  and reading ``env(…)``.

The project's own files beside them (its controllers, models, views, a settings file of its own) are untouched.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_CI_FRONT = lazy_compile(r"@package\s+CodeIgniter\b")
_CI3_GUARD = lazy_compile(r"\A\s*<\?php\s+defined\(\s*'BASEPATH'\s*\)\s*(?:OR|\|\|)\s*exit\(", re.I)
_CI4_NAMESPACE = lazy_compile(r"^namespace[^\S\n]+Config[^\S\n]*;", re.M)
_CI4_BASE = lazy_compile(r"\bextends[^\S\n]+BaseConfig\b")
_LARAVEL_BANNER = lazy_compile(r"^[^\S\n]*\|-{20,}[^\S\n]*$", re.M)
_LARAVEL_RETURN = lazy_compile(r"^return\s*\[", re.M)
_CONFIG_FILE = lazy_compile(r"(?:^|/)config/[^/]+\.php$", re.I)


def framework_template(path: str, text: str) -> bool:
    """The file is one of a PHP framework's application template files (see above)."""
    name = path.rsplit("/", 1)[-1]
    head = text[:4000]
    if name == "index.php" and _CI_FRONT.search(head):
        return True
    if not _CONFIG_FILE.search(path):
        return False
    if _CI3_GUARD.search(head):
        return True
    if "/Config/" in "/" + path and _CI4_NAMESPACE.search(text[:20000]) and _CI4_BASE.search(text[:20000]):
        return True
    return bool(_LARAVEL_RETURN.search(text[:20000]) and len(_LARAVEL_BANNER.findall(text[:20000])) >= 2 and "env(" in text)
