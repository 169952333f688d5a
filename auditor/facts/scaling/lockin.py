"""``vendor_lockin``: proprietary services and tools the code cannot run without, recognised from
``proprietary_services.yml`` by their hosts and code in running files, their SDK packages in the
manifests, imported by the project's Python code (``import gspread`` with no requirements file: the python_imports fact) or
copied into the repository (a jar in WEB-INF/lib, a copied script) and their file types. The one list of proprietary services:
scaling.vendor-lock-in and reusability.portability both read this fact."""

from __future__ import annotations

import re
from fnmatch import fnmatchcase

from auditor.data import load
from auditor.facts import fact
from auditor.facts.inventory import inventory_of
from auditor.facts.machinery import machinery_script
from auditor.facts.js_disabled import disabled
from auditor.facts.project import STYLE_EXT
from auditor.facts.map_owner import basemap_among_open, tile_address
from auditor.facts.office_text import MACRO_ENABLED_EXT, MAX_MACRO_PACKAGE_BYTES, holds_macros
from auditor.facts.scaling.common import data_about, is_dev_only, project_files
from auditor.facts.scaling.datasources import Datasources
from auditor.facts.textscan import file_class, hits
from auditor.facts.unimported_packages import module_names

MAX_EVIDENCE = 8
# a vendor's namespace shared with its open or generic packages (google.oauth2, google.protobuf): no one service's import
_NAMESPACES = frozenset({"google", "azure", "zope", "backports"})


_IMAGE_RECIPE = re.compile(r"(^|/)(Dockerfile|Containerfile)([._-][\w.-]*)?$|\.dockerfile$", re.I)


# Mono's debug symbols beside each assembly (UnityEngine.AIModule.dll.mdb, a Unity build's Managed/ folder): no Access database
_MONO_SYMBOLS = re.compile(r"\.(?:dll|exe)\.mdb$", re.I)
_URL_HOST = re.compile(r"https?://([\w.-]+)", re.I)


def _line(ctx, path: str, line: int | None) -> str:
    """The text of one line of a file (its first 256 KiB), "" when the line is not there."""
    lines = (ctx.snapshot.read_text(path, limit=256 * 1024) or "").split("\n")
    return lines[line - 1] if line and 0 < line <= len(lines) else ""


def _on_state_host(ctx, path: str, line: int | None) -> bool:
    """The API path's line calls a State portal (https://data.education.gouv.fr/api/explore/v2.1/…, the school calendar) or a
    national public platform of hosting.yml (the DILA's Annuaire de l'administration, https://api-lannuaire.service-public.fr/api/
    explore/v2.1/, served by Opendatasoft's engine): the same open data for every reusing body, with no vendor account
    (public-building-blocks counts it as a building block)."""
    text = _line(ctx, path, line)
    if not text:
        return False
    national = load("hosting.yml").get("public_national") or []
    return any(h.endswith(".gouv.fr") or any(h == n or h.endswith("." + n) for n in national)
               for h in (m.group(1).lower().rstrip(".") for m in _URL_HOST.finditer(text[:4000])))


# A monitoring tool's scenarios or test cases that drive a browser (testcases/Keepeek.php: php-webdriver opens the city's photo
# library, logs in and times each step; a Selenium scenario of a Nagios probe): the applications they visit are what is watched, no
# service the tool runs on. Only a scenario's folder with a browser driver in the file: a scraper elsewhere depends on its site.
_SCENARIO_DIRS = frozenset({"testcases", "test_cases", "test-cases", "scenarios", "scenarii", "scenario"})
_BROWSER_DRIVER = re.compile(r"""\bFacebook\\WebDriver\\|\bRemoteWebDriver\b|\bfrom\s+selenium\b|\bimport\s+org\.openqa\.selenium\b"""
                             r"""|require\(\s*['"](?:selenium-webdriver|puppeteer|playwright)['"]|\bwebdriver\.(?:Chrome|Firefox|Remote|Edge)\s*\("""
                             r"""|\bfrom\s+playwright\b""")


def scenario_visit(ctx, path: str) -> bool:
    """The file is a scenario of a monitoring or test tool that drives a browser through the applications it watches."""
    if not _SCENARIO_DIRS & {seg.lower() for seg in path.split("/")[:-1]}:
        return False
    return bool(_BROWSER_DRIVER.search(ctx.snapshot.read_text(path, limit=256 * 1024) or ""))


def _open_read(ctx, path: str, line: int | None, excerpt: str, shape: str | None) -> bool:
    """The address the service's code pattern matched on this line asks its answer in an open format (``open_read`` of the
    list: ``f=geojson`` on an ArcGIS REST query)."""
    if not shape:
        return False
    text = _line(ctx, path, line)
    at = text.find(excerpt) if text else -1
    return at >= 0 and bool(re.search(shape, re.split(r"""[\s'"`<>]""", text[at:], maxsplit=1)[0], re.I))


def _basemap_beside_open(ctx, path: str, line: int | None, texts: dict[str, str]) -> bool:
    """The line addresses a basemap's tiles in a file that offers an open basemap too (:func:`basemap_among_open`)."""
    if path not in texts:
        texts[path] = ctx.snapshot.read_text(path, limit=256 * 1024) or ""
    lines = texts[path].split("\n")
    return bool(line) and 0 < line <= len(lines) and basemap_among_open(lines[line - 1], texts[path])


def _tile_line(ctx, path: str, line: int | None, texts: dict[str, str]) -> bool:
    """The line addresses a basemap's tiles (:func:`tile_address`)."""
    if path not in texts:
        texts[path] = ctx.snapshot.read_text(path, limit=256 * 1024) or ""
    lines = texts[path].split("\n")
    return bool(line) and 0 < line <= len(lines) and tile_address(lines[line - 1])


def _runtime_setting(ctx, path: str, line: int | None) -> bool:
    """The Dockerfile line sets the image's environment (ENV EXTENSIONS_GALLERY=…marketplace…): a service used at run time."""
    return _line(ctx, path, line).lstrip().upper().startswith(("ENV ", "ARG "))


def _style_sidecar(path: str, own: set[str]) -> bool:
    """A macOS AppleDouble file (``._DEPARTEMENT.LYR``: a copy's Finder metadata, no content of the type), or a layer style shipped
    with the data set it styles (IGN's DEPARTEMENT.LYR beside DEPARTEMENT.shp in a downloaded GEOFLA): no use of the vendor's tool."""
    folder, _, name = path.rpartition("/")
    stem, dot, ext = name.rpartition(".")
    if name.startswith("._"):
        return True
    return bool(dot) and ext.lower() in STYLE_EXT and f"{folder}/{stem}.shp".lstrip("/").lower() in own


def _without_macro_free_packages(ctx, paths: list[str]) -> list[str]:
    """``paths`` without the macro-enabled Office packages (.xlsm, .docm…) read and found to hold no VBA project: the extension only
    allows macros (openpyxl writes an .xlsm without any). The first 20 such files are read; one not read (too large) is kept."""
    macro_typed = [p for p in paths if p.lower().endswith(MACRO_ENABLED_EXT)][:20]
    free = {p for p in macro_typed if holds_macros(ctx.snapshot.read_bytes(p, limit=MAX_MACRO_PACKAGE_BYTES)) is False}
    return [p for p in paths if p not in free]


@fact("vendor_lockin", version=71)
def vendor_lockin(ctx) -> dict:
    services = load("proprietary_services.yml")["services"]
    manifests = ctx.fact("manifests").get("manifests") or []
    copied = [lib for lib in (ctx.fact("inventory") or {}).get("libraries") or [] if not is_dev_only((lib.get("paths") or [""])[0])]
    # Files of a proprietary type count where the project runs them: a test fixture or an example
    # (an FME plugin's test workspaces) shows an optional integration, not a dependency.
    own = [e.path for e in project_files(ctx, tests=False) if file_class(e.path) not in ("test", "example", "doc")]
    # an open entry point the code imports (react-map-gl/maplibre) uses the open library as if declared (maplibre-gl)
    open_entries = {"maplibre-gl"} if hits(ctx, "code.open-entry") else set()
    found = []
    best = _most_specific(services)
    # a package the readable code never names (a pip freeze's O365, openai) is no use of the service
    unimported = ctx.fact("unimported_packages") or {}
    unused = {"pip": set(unimported.get("pip") or []), "npm": set(unimported.get("npm") or [])}
    imported = {k.lower(): v for k, v in ((ctx.fact("python_imports") or {}).get("where") or {}).items()}
    texts: dict[str, str] = {}
    datasources = Datasources(ctx)
    dep_lines: dict | None = None  # (read when a package of a service is declared)
    off = disabled(ctx)
    for s in services:
        ev: list[dict] = []
        basemap: set[tuple[str, int | None]] = set()
        tiles: set[tuple[str, int | None]] = set()  # (the lines addressing the service's tiles, with or without an open basemap beside)
        sig_ids = [f"scaling.svc.{s['id']}.host"] + [f"scaling.svc.{s['id']}.code{i}" for i in range(len(s.get("code") or []))] + \
                  [f"scaling.svc.{s['id']}.path{i}" for i in range(len(s.get("host_patterns") or []))]
        for i, sid in enumerate(sig_ids):
            for path, line, excerpt, _cls in hits(ctx, sid):
                if path in off:
                    continue  # a module the code stopped requiring (its require commented out): left code, no use
                if is_dev_only(path) or machinery_script(path):
                    continue  # a dev server's proxy or mock, a developer's settings; a fuzzing or QA script's download (a public seed corpus)
                if scenario_visit(ctx, path):
                    continue  # an application a monitoring scenario visits in a browser: watched, not used
                if datasources.unused_at(path, line):
                    continue  # a container's datasource the application never looks up, while it looks up another: a leftover
                if i == 0 and _IMAGE_RECIPE.search(path) and not _runtime_setting(ctx, path, line):
                    continue
                if i == 0 and best(excerpt) not in (None, s["id"]):
                    continue
                if i == 0 and any(e["how"] == "host" and e["path"] == path and e["line"] == line for e in ev):
                    continue  # (the same line's other host of the service: a tenant named in the API's path, api-v3.tourinsoft.com/…/reunion.tourinsoft.com/)
                if 0 < i <= len(s.get("code") or []) and _open_read(ctx, path, line, excerpt, s["code"][i - 1].get("open_read")):
                    continue  # a layer asked as GeoJSON from an ArcGIS server (f=geojson): open data read, no vendor software
                if s.get("host_patterns") and i > len(s.get("code") or []) and _on_state_host(ctx, path, line):
                    continue  # an Opendatasoft-style API path on the State's own portal (data.education.gouv.fr): open national data  # vscode.blob.core.windows.net is the Marketplace's, not Azure's blob storage: the longest listed host names it  # a host a Dockerfile downloads a tool from while building the image (the Dart SDK's apt source): no service called
                ev.append({"path": path, "line": line, "value": excerpt, "how": "host" if i == 0 else "code",
                           # (a code pattern matching the service's web API address, an ArcGIS REST endpoint: a call, as a host is)
                           **({"address": True} if 0 < i <= len(s.get("code") or []) and s["code"][i - 1].get("address") else {})})
                if i <= len(s.get("code") or []) and _basemap_beside_open(ctx, path, line, texts):
                    basemap.add((path, line))
                if i <= len(s.get("code") or []) and _tile_line(ctx, path, line, texts):
                    tiles.add((path, line))
        pkgs = s.get("packages") or {}
        if s.get("driver") and not ev:
            pkgs = {}  # (a driver declared or copied alone, no address nor class of it read anywhere: a leftover, no use)
        for m in manifests:
            eco = {"pip": "pip", "python": "pip", "pipenv": "pip", "conda": "pip", "npm": "npm", "composer": "composer",
                   "bundler": "gem", "maven": "maven", "gradle": "maven"}.get(m.get("ecosystem"), m.get("ecosystem"))
            names = pkgs.get(eco)
            if not names:
                continue
            declared = {d.lower() for d in m.get("dependencies") or []}
            for dep in m.get("dependencies") or []:
                if dep.lower() in unused.get(eco, ()):
                    continue
                if package_listed(dep, names) and (s.get("open_with") or {}).get(dep.lower()) not in declared | open_entries:
                    if dep_lines is None:
                        dep_lines = ctx.fact("manifest_lines") or {}
                    # (the line that declares it: the Gemfile's `gem 'gibbon'`, for evidence developers can click)
                    ev.append({"path": m["path"], "line": (dep_lines.get(m["path"]) or {}).get(dep.lower()), "value": dep, "how": "package"})
        # a service's Python client imported by the project's code that no manifest declares (process_data.py's `import gspread`
        # reading a Google Sheet, with no requirements file): used as much as a declared one
        if pkgs.get("pip") and imported:
            pip_declared = {d.lower() for m in manifests if m.get("ecosystem") in ("pip", "python", "pipenv", "conda")
                            for d in m.get("dependencies") or []}
            for dist in pkgs["pip"]:
                if dist.startswith("!") or "*" in dist or dist.lower() in pip_declared:
                    continue
                for mod in sorted(module_names(dist) - _NAMESPACES):
                    if mod in imported and not is_dev_only(imported[mod][0]) and not machinery_script(imported[mod][0]):
                        path, line = imported[mod]
                        ev.append({"path": path, "line": line, "value": dist, "how": "code"})  # (the package: part_words name the part)
                        break
        for lib in copied:  # a client library copied beside the sources (WEB-INF/lib/mailjet-client-5.1.1.jar, lib/highcharts.js)
            names = pkgs.get({"java": "maven", "javascript": "npm", "native": "native"}.get(lib.get("ecosystem"), ""))
            if names and lib.get("name") and package_listed(lib["name"], names):
                ev.append({"path": (lib.get("paths") or [""])[0], "line": None, "value": lib["name"], "how": "package"})
        types = tuple(t.lower() for t in s.get("file_types") or [])
        langs = set(s.get("languages") or [])  # (a type its first bytes tell, not its extension: the inventory's language)
        if types or langs:
            inv = inventory_of(ctx)
            own_lower = {p.lower() for p in own}
            typed = [p for p in own if ((types and p.lower().endswith(types) and not _MONO_SYMBOLS.search(p)) or inv.language(p) in langs)
                     and not _style_sidecar(p, own_lower)]
            typed = _without_macro_free_packages(ctx, typed)  # (an .xlsm whose package holds no vbaProject.bin needs no Excel macros)
            ev.extend({"path": p, "line": None, "value": p.rsplit(".", 1)[-1], "how": "file_type"} for p in typed[:20])
            n_typed = len(typed)
        else:
            n_typed = 0
        if ev:
            order = lambda e: ({"package": 0, "file_type": 1}.get(e["how"], 2), e["path"], e["line"] or 0)  # noqa: E731
            ev.sort(key=order)
            # (the first of each way it was seen, then the others: forty ArcGIS Pro files do not hide the ArcGIS Online basemap a
            # web map calls)
            firsts = [next(e for e in ev if e["how"] == h) for h in dict.fromkeys(e["how"] for e in ev)]
            shown = sorted((firsts + [e for e in ev if e not in firsts])[:MAX_EVIDENCE], key=order)
            found.append({"id": s["id"], "name": s["name"], "named": named(s["name"], [e["value"] for e in ev], s.get("part_words")),
                          "category": s.get("category"), "severity": _severity(s, ev),
                          "alternatives": s.get("alternatives"), "evidence": shown, "evidence_total": len(ev),
                          "hows": sorted({e["how"] for e in ev}), "files_of_type": n_typed,
                          # (only the tiles of a basemap a map offers beside open ones, Esri's imagery beside OpenStreetMap's)
                          **({"basemap_beside_open": True} if all((e["path"], e["line"]) in basemap for e in ev) else {}),
                          # (only a basemap's tile addresses, Esri's World_Imagery/MapServer/tile/{z}/{y}/{x} in an L.tileLayer: a
                          # service the map calls, replaced by a line, no platform the code is built on; issue 12, s36 r36)
                          **({"tiles_only": True} if all((e["path"], e["line"]) in tiles for e in ev) else {}),
                          **({"public_hub_only": True, "public_hubs": hubs} if (hubs := _public_hubs_only(ctx, s, ev, texts)) else {}),
                          # (only a device's APIs used, none of the service's parts that store data: no back end holding the app's data)
                          **({"on_device": True} if (dev := s.get("on_device")) and not any(re.search(dev["unless"], str(e["value"]), re.I) for e in ev) else {})})
    found = _without_generic(found, services)
    found.sort(key=lambda f: (-f["severity"], f["id"]))
    return {"services": found, "data": data_about("proprietary_services.yml")}


_KEY_ON_LINE = re.compile(r"""\bapi[_-]?key\b|\bAuthorization\b|\bApikey\s""", re.I)


def _public_hubs_only(ctx, service: dict, ev: list[dict], texts: dict[str, str]) -> list[str]:
    """The hubs read, when every use of the service is a read of one of its shared public hubs (``public_hubs`` of the list: public.opendatasoft.com,
    where Opendatasoft republishes national datasets, INSEE's IRIS, the COG, read without an account), named on the line with no
    key beside it: the same address for every reusing body, no value of a deployment. A client package, a host of the vendor that
    is no hub (a territory's own portal, metropole.opendatasoft.com), an API path under another host (data.<city>.fr) or joined to
    a base URL the line does not name, or a key on the line (apikey=, Authorization: Apikey …: an account's), and it is not ([])."""
    hubs = [h.lower() for h in service.get("public_hubs") or []]
    if not hubs or not ev:
        return []
    read: set[str] = set()
    vendor = "|".join(re.escape(h) for h in service.get("hosts") or [])
    hosts_rx = re.compile(r"(?<![\w.-])((?:[\w-]+\.)*(?:" + vendor + r"))(?![\w-])", re.I) if vendor else None
    for e in ev:
        if e.get("how") not in ("host", "code") or not e.get("line"):
            return []
        if e["path"] not in texts:
            texts[e["path"]] = ctx.snapshot.read_text(e["path"], limit=256 * 1024) or ""
        lines = texts[e["path"]].split("\n")
        text = lines[e["line"] - 1] if 0 < e["line"] <= len(lines) else ""
        named = {m.group(1).lower() for m in hosts_rx.finditer(text)} if hosts_rx else set()
        if not named or not named <= set(hubs) or _KEY_ON_LINE.search(text):
            return []
        if e["how"] == "code" and not any(h in str(e.get("value") or "").lower() for h in hubs):
            return []  # (the API path matched after another host of the line)
        read |= named
    return sorted(read)


def _severity(service: dict, ev: list[dict]) -> int:
    """The list's severity, or its ``api`` one when the evidence shows the service's API used (sheets.googleapis.com, gspread: the
    records kept in the vendor's spreadsheet, a data store reached with an account's key) rather than a form's link or an embed."""
    api = service.get("api") or {}
    used = any(fnmatchcase(e["value"].lower(), v.lower()) for e in ev for v in api.get("values") or [])
    return max(int(service.get("severity", 1)), int(api.get("severity", 0)) if used else 0)


def _without_generic(found: list[dict], services: list[dict]) -> list[dict]:
    """A vendor's generic entry (Google's API clients and www.googleapis.com: "Workspace APIs (Agenda, Drive, Gmail…)") seen
    only through its generic client or host, while one of the vendor's listed services is found: the API called is that
    service (a Sheets client, a Firebase messaging scope), not Agenda or Gmail."""
    ids = {f["id"] for f in found}
    generic = {s["id"]: s["generic"] for s in services if s.get("generic")}
    out = []
    for f in found:
        g = generic.get(f["id"])
        if g and ids & set(g.get("for") or []) and f["evidence_total"] == len(f["evidence"]) \
                and all(any(fnmatchcase(e["value"].lower(), v.lower()) for v in g.get("values") or []) for e in f["evidence"]):
            continue
        out.append(f)
    return out


def _most_specific(services: list[dict]):
    """The service whose listed host is the longest suffix of a host met (``vscode.blob.core.windows.net`` is listed by the
    Visual Studio Marketplace, ``blob.core.windows.net`` by Azure: the Marketplace's)."""
    listed = sorted(((h.lower(), s["id"]) for s in services for h in s.get("hosts") or []), key=lambda x: -len(x[0]))

    def best(host: str) -> str | None:
        host = host.lower().strip(".")
        return next((sid for h, sid in listed if host == h or host.endswith("." + h)), None)
    return best


def package_listed(dep: str, names: list[str]) -> bool:
    """A declared package is one of a service's: its name listed, or under a listed ``prefix*`` and not
    taken back out by a ``!name`` (``@aws-sdk/client-*`` but ``!@aws-sdk/client-s3``)."""
    dep = dep.lower()
    listed = [n.lower() for n in names]
    if any(fnmatchcase(dep, n[1:]) for n in listed if n.startswith("!")):
        return False
    return any(fnmatchcase(dep, n) for n in listed if not n.startswith("!"))


def _key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def named(name: str, values: list[str], part_words: dict | None = None) -> str:
    """The services of a family entry ("Contentful / Sanity / Prismic") that the evidence names (an SDK package,
    a host): a jury reads every name shown as used. The whole entry when none, or every one, is named. ``part_words``
    (from the list) names a part by the packages serving it alone (gspread: Google Sheets)."""
    parts = name.split(" / ")
    if len(parts) == 1:
        return name
    words = {_key(w): p for p, ws in (part_words or {}).items() for w in ws}
    values = list(values) + [words[_key(v)] for v in values if _key(v) in words]
    flat = " ".join(_key(v) for v in values)
    firsts = [_key(p.split()[0]) for p in parts]
    # each part by its first word ("Brevo (Sendinblue)": brevo), by its last when a brand starts several ("Google Forms / Sheets")
    keys = [f if firsts.count(f) == 1 else _key(p.split()[-1]) for f, p in zip(firsts, parts)]
    hit = [p for p, k in zip(parts, keys) if k and k in flat]
    return " / ".join(hit) if hit and len(hit) < len(parts) else name
