"""``unimported_packages``: the packages a manifest declares that the project's readable code never names — a
``pip freeze`` of a developer's machine pinned as requirements.txt (O365, openai, djangorestframework installed once for a
try), a package.json entry no script imports. A package in a manifest is not a use of it: the checks looking for a feature
by its package (a served API framework, a sign-in library, a proprietary SDK) leave these out.

Decided only where the code can be read: the ecosystem's own code files exist (Python files for pip, JavaScript or
TypeScript for npm) and every file read stays within the bounds (path order, MAX_FILES files of MAX_BYTES each); otherwise
nothing is listed and the manifest stands. A Jupyter notebook is read by its cells, code and Markdown (its outputs, figures of
hundreds of KB, dropped), its file up to NOTEBOOK_MAX_RAW_BYTES and its cells up to MAX_BYTES. A package counts as used when any of its module names appears as a word in the
project's code, settings, scripts or templates (an import, a Django ``INSTALLED_APPS`` string, a command in a Procfile):
lenient on purpose, a false "unused" would hide a real dependency. A JavaScript module every require of which is commented out
(``disabled_modules``) is not read: the packages only it names are unused.

Value: ``{"pip": [names], "npm": [names], "read": n}`` (names in lower case, sorted)."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.embedded import NOTEBOOK_MAX_RAW_BYTES, notebook_sources
from auditor.facts.js_disabled import disabled
from auditor.facts.inventory import LOCKFILES, MANIFESTS, REQUIREMENTS, inventory_of
from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES = 600, 256 * 1024
# the import names of distributions whose module is not their name (the packages the checks look for, and common ones)
MODULES = {
    "google-api-python-client": ("googleapiclient", "apiclient"), "djangorestframework": ("rest_framework",),
    "djangorestframework-gis": ("rest_framework_gis",), "djangorestframework-simplejwt": ("rest_framework_simplejwt",),
    "django-ninja": ("ninja",), "strawberry-graphql": ("strawberry",), "social-auth-app-django": ("social_django",),
    "social-auth-core": ("social_core",), "python-social-auth": ("social",), "django-oauth-toolkit": ("oauth2_provider",),
    "pyoidc": ("oic",), "pysaml2": ("saml2",), "python3-saml": ("onelogin",), "airtable-python-wrapper": ("airtable",),
    "amplitude-analytics": ("amplitude",), "analytics-python": ("analytics",), "segment-analytics-python": ("segment", "analytics"),
    "auth0-python": ("auth0",), "aws-cdk-lib": ("aws_cdk",), "facebook-sdk": ("facebook",), "llama-index-llms-openai": ("llama_index",),
    "py-trello": ("trello",), "python-twitter": ("twitter",), "slackclient": ("slack",), "django-anymail": ("anymail",),
    "django-google-analytics-app": ("google_analytics",), "zappa": ("zappa_settings",), "beautifulsoup4": ("bs4",),
    "pyyaml": ("yaml",), "pillow": ("pil",), "scikit-learn": ("sklearn",), "opencv-python": ("cv2",), "python-dateutil": ("dateutil",),
    "pyjwt": ("jwt",), "mysqlclient": ("mysqldb",), "python-ldap": ("ldap",), "attrs": ("attr",), "protobuf": ("google",),
    "django-cors-headers": ("corsheaders",), "django-crispy-forms": ("crispy_forms",), "django-filter": ("django_filters",),
    "django-environ": ("environ",), "python-dotenv": ("dotenv",), "pymupdf": ("fitz",), "python-docx": ("docx",),
    "google-generativeai": ("google.generativeai",), "google-genai": ("google.genai", "genai"),  # (Gemini)
}
# namespaces shared by a vendor's packages (google-cloud-storage is google.cloud.storage)
NAMESPACES = (("google-cloud-", "google"), ("google-auth", "google"), ("azure-", "azure"), ("zope.", "zope"), ("backports.", "backports"))
_PREFIXES = ("python-", "py-", "django-", "flask-")
_SUFFIXES = ("-python", "-py", "-binary", "-sdk", "-api")
PIP = {"pip", "python", "pipenv"}
_PY_CODE = {"py", "pyw", "pyx", "ipynb"}
_PY_READ = _PY_CODE | {"cfg", "ini", "toml", "yml", "yaml", "sh", "html", "htm", "jinja", "jinja2", "j2", "json", "conf"}
_JS_CODE = {"js", "mjs", "cjs", "jsx", "ts", "tsx", "vue", "svelte"}
_JS_READ = _JS_CODE | {"html", "htm", "json", "yml", "yaml", "css", "scss", "less", "sh", "astro"}
_BY_NAME = lazy_compile(r"^(Procfile|Makefile|Dockerfile([._-][\w.-]*)?|Containerfile|\.babelrc|\.eslintrc|\.stylelintrc)$")


def module_names(dist: str) -> set[str]:
    """The names under which a pip distribution is imported or named (lower case)."""
    d = dist.lower()
    names = {d, d.replace("-", "_").replace(".", "_"), *MODULES.get(d, ())}
    for prefix, space in NAMESPACES:
        if d.startswith(prefix):
            names.add(space)
    for p in _PREFIXES:
        if d.startswith(p) and len(d) > len(p):
            names.add(d[len(p):].replace("-", "_"))
    for s in _SUFFIXES:
        if d.endswith(s) and len(d) > len(s):
            names.add(d[: -len(s)].replace("-", "_"))
    return {n for n in names if n}


def _files(ctx, code: set[str], read: set[str], excluded: set[str]) -> tuple[bool, list[str]]:
    inv = inventory_of(ctx)
    own = [i for i in inv.items if i.category not in ("vendored", "generated", "build", "documentation", "lockfile", "manifest", "data", "asset")]
    has_code = any(i.path.rsplit(".", 1)[-1].lower() in code for i in own if "." in i.path.rsplit("/", 1)[-1])
    paths = []
    for i in own:
        name = i.path.rsplit("/", 1)[-1]
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if i.path in excluded or name in MANIFESTS or name in LOCKFILES or REQUIREMENTS.match(name):
            continue
        if ext in read or _BY_NAME.match(name):
            paths.append(i.path)
    return has_code, paths


def _unnamed(ctx, wanted: dict[str, set[str]], paths: list[str], scoped: bool = False) -> list[str]:
    """The packages none of whose names appears as a word in these files. With ``scoped`` (npm), a package is also named by
    the scoped modules of its own name it ships or pulls in: deck.gl's code is imported as "@deck.gl/react", "@deck.gl/layers"
    (s35 af35, naturalsolutions/ecoteka); a name after "@" otherwise stays no use of it (an e-mail address, a decorator)."""
    if not wanted:
        return []
    words = sorted({n for ns in wanted.values() for n in ns}, key=lambda n: (-len(n), n))
    alt = "|".join(re.escape(w) for w in words)
    scope = (r"(?<![\w@.-])@(" + "|".join(re.escape(w) for w in words if not w.startswith("@")) + r")/[\w.-]" if scoped
             and any(not w.startswith("@") for w in words) else None)
    rx = re.compile(r"(?<![\w@.-])(" + alt + r")(?![\w-])" + (r"|" + scope if scope else ""), re.I)
    seen: set[str] = set()
    for path in paths:
        if path.lower().endswith(".ipynb"):  # a notebook: its cells, code and Markdown, bounded as a file (its outputs dropped)
            raw = ctx.snapshot.read_text(path, limit=NOTEBOOK_MAX_RAW_BYTES) or ""
            text = notebook_sources(raw, MAX_BYTES)
            if text is None:  # (no readable notebook: its text, as any file)
                text = raw if len(raw.encode("utf-8", "replace")) <= MAX_BYTES else ""
        else:
            text = ctx.snapshot.read_text(path, limit=MAX_BYTES) or ""
        seen.update((m.group(1) or m.group(2)).lower() for m in rx.finditer(text))
        if all(ns & seen for ns in wanted.values()):
            break
    return sorted(d for d, ns in wanted.items() if not ns & seen)


@fact("unimported_packages", version=4, public=False)
def unimported_packages(ctx) -> dict:
    manifests = ctx.fact("manifests").get("manifests") or []
    paths_of = {m["path"] for m in manifests}
    pip = {d.lower(): module_names(d) for m in manifests if m.get("ecosystem") in PIP for d in m.get("dependencies") or []}
    npm = {d.lower(): {d.lower()} for m in manifests if m.get("ecosystem") == "npm" for d in m.get("dependencies") or []}
    if "strapi" in npm or "@strapi/strapi" in npm:  # (Strapi loads the plugins installed beside it by their names: no import names them)
        npm = {d: ns for d, ns in npm.items() if not d.startswith(("strapi-plugin-", "@strapi/plugin-"))}
    out: dict = {"pip": [], "npm": [], "read": 0}
    for eco, wanted, code, read in (("pip", pip, _PY_CODE, _PY_READ), ("npm", npm, _JS_CODE, _JS_READ)):
        if not wanted:
            continue
        # (a module the code stopped requiring, its require commented out, names no package in use: js_disabled.py)
        has_code, files = _files(ctx, code, read, paths_of | (disabled(ctx) if eco == "npm" else frozenset()))
        if not has_code or len(files) > MAX_FILES:
            continue  # no code of that language to read, or too much to read it all: the manifest stands
        out[eco] = _unnamed(ctx, wanted, files, scoped=eco == "npm")
        out["read"] += len(files)
    return out
