"""A setup.py's ``setup()`` keywords read statically (Python's ``ast``: the file is parsed, never run).

``setup(name=PROJECT_NAME, install_requires=requirements)`` names module-level assignments as often as it writes the
values in place: a bare name is resolved to its module-level literal (a string, a list or tuple of strings, ``+`` of
those, ``setup(**config)`` with ``config = dict(...)`` or ``{...}``), and a value read from a requirements file
(``open('requirements.txt').read().splitlines()``, ``parse_requirements('requirements.txt')``, a ``with open(...) as f``
block) gives that file's path, for the manifest reader to read beside the setup.py. Anything else (a computed value)
resolves to nothing, as before.
"""

from __future__ import annotations

import ast
import posixpath
import re

MAX_SETUP_BYTES = 256 * 1024  # a setup.py is a page or two; larger files are not parsed as Python
_MAX_DEPTH = 6  # name -> name -> ... resolutions followed
_MAX_FILES = 4  # requirement files named by one setup.py
_REQ_FILE = re.compile(r"^[\w./-]{0,200}\.(txt|in)$")
_REQ_NAMED = re.compile(r"(req|dep)[\w./-]*\.(txt|in)$", re.I)  # (inside a helper function's body: a requirements-like name only)


def _setup_call(tree: ast.Module) -> ast.Call | None:
    """The module's ``setup(...)`` / ``setuptools.setup(...)`` call, the first in source order."""
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and ((isinstance(n.func, ast.Name) and n.func.id == "setup") or (isinstance(n.func, ast.Attribute) and n.func.attr == "setup"))]
    return min(calls, key=lambda n: (n.lineno, n.col_offset)) if calls else None


def _module_bindings(tree: ast.Module) -> tuple[dict[str, ast.expr], dict[str, ast.expr], dict[str, ast.AST]]:
    """Module-level ``NAME = value`` (and ``NAME += value``, kept as ``NAME + value``), also inside top-level if/try/with
    blocks; the ``with open(...) as f`` targets (f -> the open call); the module's functions (a ``read_requirements()``)."""
    values: dict[str, ast.expr] = {}
    handles: dict[str, ast.expr] = {}
    functions: dict[str, ast.AST] = {}

    def visit(body: list) -> None:
        for st in body:
            if isinstance(st, ast.Assign) and len(st.targets) == 1 and isinstance(st.targets[0], ast.Name):
                values[st.targets[0].id] = st.value
            elif isinstance(st, ast.AnnAssign) and isinstance(st.target, ast.Name) and st.value is not None:
                values[st.target.id] = st.value
            elif isinstance(st, ast.AugAssign) and isinstance(st.target, ast.Name) and isinstance(st.op, ast.Add) and st.target.id in values:
                values[st.target.id] = ast.BinOp(left=values[st.target.id], op=ast.Add(), right=st.value)
            elif isinstance(st, (ast.With, ast.AsyncWith)):
                for item in st.items:
                    if isinstance(item.optional_vars, ast.Name):
                        handles[item.optional_vars.id] = item.context_expr
                visit(st.body)
            elif isinstance(st, ast.FunctionDef):
                functions[st.name] = st
            elif isinstance(st, ast.If):
                visit(st.body)
            elif isinstance(st, ast.Try):
                visit(st.body)

    visit(tree.body)
    return values, handles, functions


class _Resolver:
    def __init__(self, tree: ast.Module):
        self.values, self.handles, self.functions = _module_bindings(tree)
        self.files: list[str] = []

    def string(self, node: ast.expr, depth: int = 0) -> str | None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.Name) and depth < _MAX_DEPTH and node.id in self.values:
            return self.string(self.values[node.id], depth + 1)
        return None

    def strings(self, node: ast.expr, depth: int = 0) -> list[str]:
        """The strings of a list/tuple literal (or a name bound to one, or a sum of them); a requirements file read in the
        expression is recorded in ``self.files``."""
        if depth > _MAX_DEPTH:
            return []
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            out = []
            for elt in node.elts:
                if isinstance(elt, ast.Starred):
                    out += self.strings(elt.value, depth + 1)
                else:
                    s = self.string(elt, depth + 1)
                    if s is not None:
                        out.append(s)
            return out
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return self.strings(node.left, depth + 1) + self.strings(node.right, depth + 1)
        if isinstance(node, ast.Name):
            if node.id in self.values:
                return self.strings(self.values[node.id], depth + 1)
            return []
        self._files_read(node, depth)
        return []

    def _files_read(self, node: ast.AST, depth: int, helper: bool = False) -> None:
        """Requirement files an expression reads: a string constant naming a .txt/.in file inside it (open(...),
        parse_requirements(...), os.path.join(here, 'requirements.txt')), or a ``with open(...) as f`` handle it reads."""
        for sub in ast.walk(node):
            target = None
            if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                target = sub.value
            elif isinstance(sub, ast.Name) and sub.id in self.handles and depth < _MAX_DEPTH:
                self._files_read(self.handles[sub.id], depth + 1, helper)
            elif isinstance(sub, ast.Name) and sub.id in self.values and depth < _MAX_DEPTH and sub is not node:
                self._files_read(self.values[sub.id], depth + 1, helper)
            elif isinstance(sub, ast.Name) and sub.id in self.functions and depth < _MAX_DEPTH:
                self._files_read(self.functions[sub.id], depth + 1, True)  # (a read_requirements() helper: the file it opens)
            if target and _REQ_FILE.match(target) and (not helper or _REQ_NAMED.search(target)) and target not in self.files and len(self.files) < _MAX_FILES:
                self.files.append(target)

    def keywords(self, call: ast.Call) -> dict[str, ast.expr]:
        """The call's keywords, ``**config`` expanded when config is a dict literal or a dict(...) call (also by name)."""
        out: dict[str, ast.expr] = {}
        for kw in call.keywords:
            if kw.arg is not None:
                out[kw.arg] = kw.value
                continue
            value, depth = kw.value, 0
            while isinstance(value, ast.Name) and value.id in self.values and depth < _MAX_DEPTH:
                value, depth = self.values[value.id], depth + 1
            if isinstance(value, ast.Dict):
                for k, v in zip(value.keys, value.values):
                    if isinstance(k, ast.Constant) and isinstance(k.value, str):
                        out.setdefault(k.value, v)
            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "dict":
                for k2 in value.keywords:
                    if k2.arg is not None:
                        out.setdefault(k2.arg, k2.value)
        return out


def read_setup_py(text: str) -> tuple[str | None, list[str], list[str]] | None:
    """(name, install_requires strings, requirement files read for install_requires) of a setup.py's setup() call, or None
    when the file is not Python 3 syntax, too large or has no setup() call (the caller then falls back to its regexes)."""
    if len(text) > MAX_SETUP_BYTES:
        return None
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    call = _setup_call(tree)
    if call is None:
        return None
    res = _Resolver(tree)
    kws = res.keywords(call)
    name = res.string(kws["name"]) if "name" in kws else None
    deps = res.strings(kws["install_requires"]) if "install_requires" in kws else []
    return name, deps, list(res.files)


def _setup_py_regex(text: str) -> tuple[str | None, list[str]]:
    """The literal ``name='x'`` and ``install_requires=[...]`` strings anywhere in the file (a Python 2 setup.py)."""
    m = re.search(r"install_requires\s*=\s*\[((?:(?!install_requires)[^\]])*)\]", text, re.S)
    pkg = re.search(r"""\bname\s*=\s*(?:'{3}|"{3}|['"])([A-Za-z0-9][\w.-]*)['"]""", text)  # (name='''ckanext-x''': CKAN's template)
    return (pkg.group(1) if pkg else None), (re.findall(r"""['"]([^'"]+)['"]""", m.group(1)) if m else [])


def setup_py_fields(text: str) -> tuple[str | None, list[str], list[str]]:
    """(name, install_requires strings, requirement files read for install_requires): by ast, what it leaves unknown by
    the regexes (which read literal values only, as before)."""
    rx_name, rx_deps = _setup_py_regex(text)
    read = read_setup_py(text)
    if read is None:
        return rx_name, rx_deps, []
    name, deps, files = read
    return (name or rx_name), (deps or rx_deps), files


def requirement_file_path(setup_path: str, ref: str) -> str | None:
    """A requirement file named in a setup.py, as a repository path (relative to the setup.py's folder; None when it
    leaves the repository)."""
    folder = posixpath.dirname(setup_path)
    path = posixpath.normpath(posixpath.join(folder, ref))
    if path.startswith("../") or path == ".." or path.startswith("/"):
        return None
    return path


_META_STRINGS = ("name", "version", "url", "download_url", "license", "author", "author_email")


def setup_py_metadata(text: str) -> dict[str, str | list[str]]:
    """A setup.py's descriptive keywords read statically: ``name``, ``version``, ``url``, ``download_url``, ``license``, ``author``,
    ``author_email`` (literal
    strings, or names bound to one), ``project_urls`` (the values of a dict literal) and ``classifiers`` (strings); the line of
    ``name=`` as ``name_line``. The literal ``name=``/``url=`` strings when the file is not Python 3 syntax. Never run."""
    out: dict = {}
    tree = None
    if len(text) <= MAX_SETUP_BYTES:
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            tree = None
    call = _setup_call(tree) if tree is not None else None
    if call is not None:
        res = _Resolver(tree)
        kws = res.keywords(call)
        for key in _META_STRINGS:
            value = res.string(kws[key]) if key in kws else None
            if value:
                out[key] = value
        if "name" in kws:
            out["name_line"] = kws["name"].lineno
        urls = kws.get("project_urls")
        if isinstance(urls, ast.Dict):
            out["project_urls"] = [s for s in (res.string(v) for v in urls.values if v is not None) if s]
        if "classifiers" in kws:
            out["classifiers"] = res.strings(kws["classifiers"])
        return out
    for key in ("name", "url"):
        m = re.search(rf"""\b{key}\s*=\s*['"]([^'"\n]{{1,300}})['"]""", text)
        if m:
            out[key] = m.group(1)
            if key == "name":
                out["name_line"] = text.count("\n", 0, m.start()) + 1
    return out
