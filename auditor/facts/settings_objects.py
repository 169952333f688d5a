"""A module of the project's code the README names as where its settings live, exporting a config object (issue 12, s39 fc39, a town
hall's static site: src/data/site.js "Source de vérité unique du site", ``const config = {siteName: "…", baseUrl: "…", nap: {…}}`` …
``module.exports = { config, nav, pages }``, required by build.js, and the README's "Tout est dans src/data/site.js, objet config.nap et
config.hours"): the project's documented settings file, written as code because the site's build reads no environment — as a
js/config.js the pages load (settings_files.settings_modules), whatever the module's name.

A module counts when: it is a JavaScript or TypeScript file of the project (not a test), 64 KB at most, reading no environment; it
declares and exports an object named for settings (config, settings, configuration, params, siteConfig, APP_SETTINGS…) with three
literal values at least; another file of the project loads it (import, require, a script tag); and a README line names its path (the
whole path or less its first folders) with either a configuring word (modifier, edit, configurer, paramètres…) or a member of that object
(``config.nap``). Not a module writing a password, secret or token, nor a database's address: the settings of its connections, written
in the code, which reusability.configuration judges as such. Bounded: 200 candidates' heads, 200 loaders of 256 KB, 3,000 README lines.
"""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

_EXT = {"js", "mjs", "cjs", "ts"}
_LOADER_EXT = {"html", "htm", "js", "mjs", "cjs", "jsx", "ts", "tsx", "vue", "svelte"}
_OBJ_NAME = r"(?:\w*?(?:config|configuration|settings|conf|params|parametres|parameters|options)|[A-Z][A-Z_]*(?:CONFIG|SETTINGS))"
_DECLARED = lazy_compile(rf"^[ \t]*(?:export[ \t]+(?:default[ \t]+)?)?(?:const|let|var)[ \t]+({_OBJ_NAME})[ \t]*(?::[^=\n]+)?=[ \t]*\{{", re.I | re.M)
_LITERAL = lazy_compile(r"""^[ \t]*["']?[A-Za-z_]\w*["']?[ \t]*:[ \t]*(?:"[^"\n]*"|'[^'\n]*'|-?\d[\d.]*|true|false)[ \t]*,?[ \t]*(?://[^\n]*)?$""", re.M)
_READS_ENV = lazy_compile(r"\bprocess\.env\b|\bimport\.meta\.env\b|\bDeno\.env\b")
# a connection's credentials or a database's address written in the module: its connections' settings, not a settings file to edit
_CONNECTION = lazy_compile(r"""["']?\b(?:\w*?password|passwd|pwd|mot_?de_?passe|secret|client_?secret|api_?key|apikey|token|access_?token|db_?host|"""
                           r"""database|dbname|db_?user|user(?:name)?|db_?password|db_?pass)["']?[ \t]*[:=][ \t]*["'][^"'\n]+["']|\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis)://""", re.I)
_EDIT_WORDS = lazy_compile(r"configur|param[eèé]tr|r[ée]glage|\bsettings?\b|modifi|\bedit|adapt|renseign|chang|remplac|replace|set\b", re.I)
MAX_CANDIDATES, MAX_LOADERS, MAX_LINES = 200, 200, 3000


def _exported(text: str, name: str) -> bool:
    """``name``, declared in ``text``, is exported: ``export const name =``, ``export default name``, ``module.exports = {name, …}``,
    ``module.exports = name``, ``exports.name =``, ``export { name }``."""
    n = re.escape(name)
    return bool(re.search(rf"^[ \t]*export[ \t]+(?:default[ \t]+)?(?:const|let|var)[ \t]+{n}\b|\bexport[ \t]+default[ \t]+{n}\b|"
                          rf"\bmodule\.exports[ \t]*=[ \t]*(?:\{{[^}}]*\b{n}\b[^}}]*\}}|{n}\b)|\bexports\.{n}[ \t]*=|\bexport[ \t]*\{{[^}}]*\b{n}\b",
                          text, re.M))


def readme_settings_objects(snap, entries, readme_text: str) -> list[str]:
    """The modules (at most three, by depth then path) the README names as where the settings live (see the module's docstring)."""
    lines = [ln for ln in (readme_text or "").splitlines()[:MAX_LINES] if "." in ln]
    if not lines:
        return []
    cands = sorted((e for e in entries if e.ext in _EXT and 0 < e.size <= 64 * 1024 and not is_test(e.path) and "node_modules/" not in e.path),
                   key=lambda e: (e.path.count("/"), e.path))
    named = []
    for e in cands:
        segs = e.path.split("/")
        spellings = ["/".join(segs[i:]) for i in range(len(segs) - 1)]  # (src/data/site.js, data/site.js: a folder at least)
        hits = [ln for ln in lines if any(re.search(rf"(?<![\w.-]){re.escape(s)}(?![\w-])", ln) for s in spellings)]
        if hits:
            named.append((e, hits))
        if len(named) >= MAX_CANDIDATES:
            break
    if not named:
        return []
    loaders = sorted((e.path for e in entries if e.ext in _LOADER_EXT and e.size <= 256 * 1024 and "node_modules/" not in e.path),
                     key=lambda p: (p.count("/"), p))[:MAX_LOADERS]
    out: list[str] = []
    for e, hits in named:
        text = snap.read_text(e.path, limit=64 * 1024) or ""
        if _READS_ENV.search(text) or _CONNECTION.search(text) or len(_LITERAL.findall(text)) < 3:
            continue
        objs = [m.group(1) for m in _DECLARED.finditer(text) if _exported(text, m.group(1))]
        if not objs or not any(_EDIT_WORDS.search(ln) or any(re.search(rf"(?<![\w$]){re.escape(o)}\.\w", ln) for o in objs) for ln in hits):
            continue
        stem = re.escape(e.name.rsplit(".", 1)[0])
        rx = re.compile(rf"""(?:\bfrom[ \t]+|\bimport[ \t]*\([ \t]*|\brequire[ \t]*\([ \t]*|\bsrc[ \t]*=[ \t]*)["'](?:[\w./@-]*/)?{stem}(?:\.\w+)?["'?]""")
        if any(p != e.path and rx.search(snap.read_text(p, limit=256 * 1024) or "") for p in loaders):
            out.append(e.path)
        if len(out) >= 3:
            break
    return out
