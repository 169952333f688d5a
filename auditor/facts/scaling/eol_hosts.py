"""The host version a plugin declares it runs on (``end_of_life``): a Drupal 7 module's ``.info`` (``core = "7.x"``), a Drupal
8+ module's ``.info.yml`` (``core_version_requirement: ^9.5 || ^10``, or ``core: 8.x``), wherever the module sits in the
repository (a repository of modules keeps one per folder); a TYPO3 extension's ``ext_emconf.php`` (``'depends' => ['typo3' =>
'8.7.0-8.99.99']``: the TYPO3 cores it installs on); a WordPress plugin's or theme's ``readme.txt`` or main file's header (``Tested up to: 4.2.4``: the newest
WordPress it was tested on, the branch its users run it with; "Requires at least" is a minimum and says nothing of it). Read as text,
nothing is run."""

from __future__ import annotations

import re

from auditor.data import load
from auditor.facts.readme_wordpress import is_wordpress_readme
from auditor.lazyre import lazy_compile

MAX_HOST_FILES = 40  # the shallowest first, in path order
_DRUPAL7_CORE = lazy_compile(r"""^[^\S\n]*core\s*=\s*["']?(\d+)\.x["']?\s*$""", re.M)
_DRUPAL_REQUIREMENT = lazy_compile(r"""^core_version_requirement:\s*["']?([^"'\n#]+?)["']?\s*(?:#.*)?$""", re.M)
_DRUPAL8_CORE = lazy_compile(r"""^core:\s*["']?(\d+)\.x["']?\s*$""", re.M)
_WORDPRESS_TESTED = lazy_compile(r"^[^\S\n]*(?:\*[^\S\n]*)?Tested up to[^\S\n]*:[^\S\n]*(\d+\.\d+)(?:\.\d+)?[^\S\n]*$", re.M | re.I)
_WORDPRESS_REQUIRES = lazy_compile(r"^[^\S\n]*(?:\*[^\S\n]*)?(Requires PHP|Requires at least)[^\S\n]*:[^\S\n]*(\d+\.\d+)(?:\.\d+)?[^\S\n]*$", re.M | re.I)


# the 'depends' section's 'typo3' range, lowest-highest ('6.2.9-7.99.99', '8.7.0 - 8.99.99'); '' or '0.0.0' as the highest is none
_TYPO3_DEPENDS = lazy_compile(r"""['"]depends['"]\s*=>\s*(?:array\s*\(|\[)[^\])]{0,2000}?['"]typo3['"]\s*=>\s*['"]\s*(\d+\.\d+(?:\.\d+)?)"""
                              r"""\s*-?\s*(\d+\.\d+(?:\.\d+)?)?\s*['"]""", re.I)


def is_host_version_file(name: str) -> bool:
    return name.endswith((".info", ".info.yml")) and name not in (".info", ".info.yml") or name in ("ext_emconf.php", "readme.txt")


def wordpress_header_versions(head: str) -> list[tuple[str, str, int, str, bool]]:
    """The versions a WordPress plugin's header states (its readme.txt's, or its main PHP file's comment): ``Tested up to: 4.2``
    the branch it runs with; ``Requires PHP: 7.2`` and ``Requires at least: 5.8`` (when nothing says the tested branch) are
    minimums, which say that past and supported versions are allowed, not the version in use."""
    m = _WORDPRESS_TESTED.search(head)
    out = [("wordpress", "==" + m.group(1), m.start(), m.group(0).strip(), False)] if m else []
    for m in _WORDPRESS_REQUIRES.finditer(head):
        product = "php" if m.group(1).lower().endswith("php") else "wordpress"
        if product == "php" or not out:
            out.append((product, ">=" + m.group(2), m.start(1), f"{m.group(1)}: {m.group(2)}", False))
    return out


def host_versions(name: str, text: str) -> list[tuple[str, str, int, str, bool]]:
    """(product, constraint, position, excerpt, composer-style tilde) of the host versions a declaration file names."""
    if name == "readme.txt":  # (a WordPress readme's header, before its first chapter)
        return wordpress_header_versions(text[:4096]) if is_wordpress_readme(name, text) else []
    if name == "ext_emconf.php":
        m = _TYPO3_DEPENDS.search(text)
        if not m:
            return []
        low, high = m.group(1), m.group(2)
        if not high or not high.strip("0."):
            return []  # a lowest version only: it says nothing of the cores in use
        if int(high.split(".")[0]) > max(int(str(c).split(".")[0]) for c in load("endoflife.yml")["products"]["typo3"]["cycles"]):
            return []  # a range reaching cores newer than the data may run on a supported one
        return [("typo3", f"{low} - {high}", m.start(1), f"typo3 => {low}-{high}", False)]
    if name.endswith(".info.yml"):
        m = _DRUPAL_REQUIREMENT.search(text)
        if m:
            return [("drupal", m.group(1).strip(), m.start(), m.group(0).strip(), True)]
        m = _DRUPAL8_CORE.search(text)
        return [("drupal", "==" + m.group(1), m.start(), m.group(0).strip(), False)] if m else []
    m = _DRUPAL7_CORE.search(text)
    return [("drupal", "==" + m.group(1), m.start(), m.group(0).strip(), False)] if m else []
