"""The host version a plugin declares it runs on (``end_of_life``): a Drupal 7 module's ``.info`` (``core = "7.x"``), a Drupal
8+ module's ``.info.yml`` (``core_version_requirement: ^9.5 || ^10``, or ``core: 8.x``), wherever the module sits in the
repository (a repository of modules keeps one per folder). Read as text, nothing is run."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_HOST_FILES = 40  # the shallowest first, in path order
_DRUPAL7_CORE = lazy_compile(r"""^[^\S\n]*core\s*=\s*["']?(\d+)\.x["']?\s*$""", re.M)
_DRUPAL_REQUIREMENT = lazy_compile(r"""^core_version_requirement:\s*["']?([^"'\n#]+?)["']?\s*(?:#.*)?$""", re.M)
_DRUPAL8_CORE = lazy_compile(r"""^core:\s*["']?(\d+)\.x["']?\s*$""", re.M)


def is_host_version_file(name: str) -> bool:
    return name.endswith((".info", ".info.yml")) and name not in (".info", ".info.yml")


def host_versions(name: str, text: str) -> list[tuple[str, str, int, str, bool]]:
    """(product, constraint, position, excerpt, composer-style tilde) of the host versions a declaration file names."""
    if name.endswith(".info.yml"):
        m = _DRUPAL_REQUIREMENT.search(text)
        if m:
            return [("drupal", m.group(1).strip(), m.start(), m.group(0).strip(), True)]
        m = _DRUPAL8_CORE.search(text)
        return [("drupal", "==" + m.group(1), m.start(), m.group(0).strip(), False)] if m else []
    m = _DRUPAL7_CORE.search(text)
    return [("drupal", "==" + m.group(1), m.start(), m.group(0).strip(), False)] if m else []
