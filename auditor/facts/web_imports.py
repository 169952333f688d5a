"""``web_imports``: what a project's own PHP and JavaScript code loads from outside itself and outside the language — a Composer
autoloader or a vendor/ path required, a namespace used that no file of the project declares, a package imported or required by
its bare name — what a manifest would have to declare. Plain PHP built on its extensions alone (PDO, mysqli, password_hash, mail())
beside its own scripts loads nothing of the kind and needs no manifest (issue 12, s37 fh37 = HPSdevs/ParcMachinesSivom). A page's
script or stylesheet from a library folder, a minified build or another host is a library loaded too.

Value: ``{"php_files": n, "js_files": n, "other_code": n, "read": n, "third_party": [names], "where": {name: [path, line]}}``
(``other_code``: the project's own source files in another language than PHP, JavaScript, TypeScript or SQL, nor a shell's: a
deployment script calls programs, issue 12, s38 fi38). Read as text, never
run: the first 200 files of each language in path order, 256 KB each."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.lazyre import lazy_compile

_PHP_LOADER = lazy_compile(r"""\b(?:require|include)(?:_once)?\b[^;\n]{0,200}?['"][^'"\n]*(?:vendor/|autoload\.php)""", re.I)
_PHP_NAMESPACE = lazy_compile(r"^[ \t]*namespace[ \t]+\\?([A-Za-z_]\w*)", re.M)
_PHP_USE = lazy_compile(r"^[ \t]*use[ \t]+(?:function[ \t]+|const[ \t]+)?\\?([A-Za-z_]\w*)\\", re.M)
_PHP_BUILTIN_NAMESPACES = frozenset({"Random", "Dom", "FFI", "Pdo"})  # (PHP's own namespaced classes: Random\Randomizer, Dom\HTMLDocument)
_JS_IMPORT = lazy_compile(r"""^[ \t]*import[ \t]+(?:[^'"\n;]*?[ \t]from[ \t]+)?['"]([^./'"\n][^'"\n]*)['"]|\brequire\(\s*['"]([^./'"\n][^'"\n]*)['"]\s*\)""", re.M)
# a page's script or stylesheet taken from a library folder, a minified build or another host (<script src="libs/jquery/jquery-3.2.1.min.js">)
_PAGE_LOAD = lazy_compile(r"""<(?:script|link)\b[^>]{0,300}?\b(?:src|href)\s*=\s*["']((?:https?:)?//[^"']+|(?:[^"']*/)?(?:libs?|vendors?|node_modules|"""
                          r"""bower_components|third[_-]?party|plugins)/[^"']+|[^"']+\.min\.(?:js|css)(?:\?[^"']*)?)["']""", re.I)
_JS_LANGS = ("JavaScript", "TypeScript")
_SCRIPT_LANGS = ("Shell", "PowerShell", "Batchfile")
_NODE_BUILTINS = frozenset("assert buffer child_process crypto dns events fs http https net os path process querystring readline stream "
                           "string_decoder timers tls url util zlib worker_threads".split())


def _line(text: str, at: int) -> int:
    return text.count("\n", 0, at) + 1


@fact("web_imports", version=2, public=False)
def web_imports(ctx) -> dict:
    inv = inventory_of(ctx)
    own = [i for i in inv.items if i.category == "source"]
    php = sorted(i.path for i in own if i.language == "PHP")
    js = sorted(i.path for i in own if i.language in _JS_LANGS)
    # (a shell script beside them, deploy.sh pushing the site by git-ftp or curl, calls programs: nothing a manifest declares)
    other = [i.path for i in own if i.language not in (None, "PHP", "SQL", "CSS", "SCSS", "HTML", *_JS_LANGS, *_SCRIPT_LANGS)]
    texts = {p: ctx.snapshot.read_text(p, limit=256 * 1024) or "" for p in php[:200] + js[:200]}
    declared = {m.group(1) for p in php[:200] for m in _PHP_NAMESPACE.finditer(texts[p])}
    where: dict[str, list] = {}
    for path in php[:200]:
        text = texts[path]
        if m := _PHP_LOADER.search(text):
            where.setdefault("vendor/autoload.php (Composer)", [path, _line(text, m.start())])
        for m in _PAGE_LOAD.finditer(text):
            where.setdefault(m.group(1).split("?")[0].rsplit("/", 1)[-1][:80], [path, _line(text, m.start())])
        for m in _PHP_USE.finditer(text):
            if m.group(1) not in declared and m.group(1) not in _PHP_BUILTIN_NAMESPACES:
                where.setdefault(m.group(1), [path, _line(text, m.start())])
    for path in js[:200]:
        text = texts[path]
        for m in _JS_IMPORT.finditer(text):
            name = m.group(1) or m.group(2)
            top = "/".join(name.split("/")[:2]) if name.startswith("@") else name.split("/")[0]
            if not top.startswith("node:") and top not in _NODE_BUILTINS:
                where.setdefault(top, [path, _line(text, m.start())])
    kept = sorted(where)[:50]
    return {"php_files": len(php), "js_files": len(js), "other_code": len(other), "read": len(texts), "third_party": kept,
            "where": {k: where[k] for k in kept}}
