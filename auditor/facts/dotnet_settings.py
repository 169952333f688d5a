""".NET programs' settings (C#, VB), read the .NET ways that the shared text scan does not know: ``Environment.GetEnvironmentVariable("X")``
(the environment), ``ConfigurationManager.AppSettings["X"]`` (App.config / Web.config), an ``IConfiguration``'s ``Configuration["X"]``,
``GetValue<T>("X")``, ``GetConnectionString("X")`` (appsettings.json and its per-environment copies, which the environment overrides), and
a settings file loaded from a literal path (``xmlDoc.Load(@"C:\\Shutdown\\Service.xml")``, ``AddJsonFile("appsettings.json")``,
``AddXmlFile``, ``AddIniFile``): each is a setting the program reads outside its code (s23 r1, a Windows service reading its two timers
from an XML file under C:\\)."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

MAX_FILES = 200
MAX_BYTES = 256 * 1024
MAX_LINES = 5000
DOTNET_SOURCE_EXT = ("cs", "vb")
DOTNET_PROJECT_EXT = ("csproj", "vbproj", "fsproj")

# Environment.GetEnvironmentVariable("SMTP_HOST") (C# and VB; not the machine's own, which env_names filters with the others)
ENV_READ = lazy_compile(r"""\bEnvironment\.GetEnvironmentVariable[ \t]*\([ \t]*"([A-Za-z_][A-Za-z0-9_]{1,60})\"""")
# a key of App.config's <appSettings>/<connectionStrings> or of an IConfiguration (appsettings.json): the configuration objects' names
# (ConfigurationManager.AppSettings["Smtp"], .AppSettings.Get("Smtp"), VB's AppSettings("Smtp"), builder.Configuration["Api:Url"],
# _configuration["Key"], config.GetValue<int>("Timer"), GetConnectionString("Default"), GetSection("Mail"))
# (or the key given as nameof(MailSettings): C# evaluates it to the name's last identifier, "MailSettings", the section an options class
# is bound to — builder.Configuration.GetSection(nameof(MailSettings)); issue 12, s44 fa44 = te-backend)
_KEY = r"""(?:"([A-Za-z_][\w:.-]{0,80})"|\bnameof[ \t]*\([ \t]*(?:[A-Za-z_]\w*[ \t]*\.[ \t]*){0,5}([A-Za-z_]\w{0,80})[ \t]*\))"""
CONFIG_KEY = lazy_compile(r"""(?:\bConfigurationManager\.(?:AppSettings|ConnectionStrings)(?:\.Get)?[ \t]*[\[(]|\b_?[Cc]onfig(?:uration)?[ \t]*\[)"""
                          r"""[ \t]*""" + _KEY + r"""[ \t]*[\])]"""
                          r"""|\.(?:GetValue[ \t]*<[\w?.]+>|GetConnectionString|GetSection)[ \t]*\([ \t]*""" + _KEY + r"""[ \t]*[,)]""")
# a settings file given by a literal path: an XML document loaded (XmlDocument.Load, XDocument.Load, a DataSet's ReadXml), a
# configuration source added (AddJsonFile, AddXmlFile, AddIniFile), or a file read whole (File.ReadAllText("config.json"))
FILE_READ = lazy_compile(r"""(?:\.Load|\.ReadXml|\bAdd(?:Json|Xml|Ini)File|\bFile\.(?:ReadAllText|ReadAllLines|OpenRead|ReadLines))[ \t]*\([ \t]*"""
                         r"""@?"([^"\n]{1,200}\.(?:xml|json|ini|config|cfg|conf|txt|ya?ml))"[ \t]*[,)]""", re.I)
SETTINGS_FILE_EXT = ("xml", "json", "ini", "config", "cfg", "conf", "yml", "yaml")
# .NET's own settings files beside the project file: the application's settings a deployment adapts
DOTNET_SETTINGS = lazy_compile(r"^(appsettings(\.[\w-]+)?\.json|app\.config|web\.config)$", re.I)
_CONFIG_SOURCE = lazy_compile(r"\bAdd(?:Json|Xml|Ini)File\b")
_SETTINGS_WORD = lazy_compile(r"conf|setting|param|option|r[eé]glage", re.I)
_SETTINGS_SECTIONS = lazy_compile(r"<(appSettings|connectionStrings|applicationSettings)\b")


# .NET's configuration built with the environment as a source: AddEnvironmentVariables(), or a default builder that adds it (ASP.NET
# Core's WebApplication.CreateBuilder, the generic host's Host.CreateDefaultBuilder/CreateApplicationBuilder, WebHost's)
ENV_SOURCE = lazy_compile(r"\.AddEnvironmentVariables[ \t]*\(|\bWebApplication\.CreateBuilder[ \t]*\(|\bHost\.Create(?:Default|Application)Builder[ \t]*\(|"
                          r"\bWebHost\.CreateDefaultBuilder[ \t]*\(")
# a key read from the configuration's root (configuration["Api:Url"], builder.Configuration.GetValue<int>("Timer"),
# Configuration.GetSection("Mail"), GetConnectionString("Default")): not a sub-section's (GetSection("Mail").GetSection("Host"))
ROOT_KEY = lazy_compile(r"""\b(?:_?[Cc]onfig(?:uration)?|[Cc]onfigurationManager)(?:[ \t]*\[[ \t]*""" + _KEY + r"""[ \t]*\]|"""
                        r"""\.(?:GetValue[ \t]*<[\w?.]+>|GetSection|GetRequiredSection)[ \t]*\([ \t]*""" + _KEY + r"""[ \t]*[,)])"""
                        r"""|\bGetConnectionString[ \t]*\([ \t]*"([A-Za-z_][\w.-]{0,80})"[ \t]*\)""")


def environment_keys(text: str) -> list[str]:
    """The environment variables a .NET configuration built with the environment as a source reads for the keys ``text`` reads
    from its root: ``Section:Key`` is ``Section__Key``, a connection string ``ConnectionStrings__Name`` (.NET's mapping)."""
    out = []
    for m in ROOT_KEY.finditer(text):
        name = (m.group(1) or m.group(2) or m.group(3) or m.group(4) or "").replace(":", "__") or "ConnectionStrings__" + m.group(5)
        if name not in out:
            out.append(name)
    return out


def dotnet_sources(entries) -> list:
    """The C# and VB sources (not tests), sorted, at most :data:`MAX_FILES`."""
    return sorted((e for e in entries if e.ext in DOTNET_SOURCE_EXT and not is_test(e.path) and 0 < e.size <= MAX_BYTES),
                  key=lambda e: e.path)[:MAX_FILES]


def dotnet_reads(snap, entries) -> dict:
    """``env``: ``[variable, [path, line, excerpt, "code"]]`` read from the environment; ``keys``: the same for the configuration keys
    read (App.config, appsettings.json); ``files``: ``[literal path, [path, line, excerpt, "code"]]`` for a settings file loaded by its
    path (first hit of each, in sorted order; at most 50 of each)."""
    env: dict[str, list] = {}
    keys: dict[str, list] = {}
    files: dict[str, list] = {}
    sources = dotnet_sources(entries)
    texts = {e.path: snap.read_text(e.path, limit=MAX_BYTES) or "" for e in sources}
    # (a configuration taking the environment as a source: every key read from its root is read from the environment too, the
    # ConnectionStrings__dbPortail a container sets overriding appsettings.json's — s43 fj43)
    from_env = any(ENV_SOURCE.search(t) for t in texts.values())
    for e in sources:
        text = texts[e.path]
        for i, line in enumerate(text.splitlines()[:MAX_LINES], 1):
            stripped = line.lstrip()
            if stripped.startswith(("//", "'", "*", "/*")):
                continue
            excerpt = stripped[:120]
            for m in ENV_READ.finditer(line):
                env.setdefault(m.group(1), [e.path, i, excerpt, "code"])
            for m in CONFIG_KEY.finditer(line):
                keys.setdefault(next(g for g in m.groups() if g), [e.path, i, excerpt, "code"])
            for name in environment_keys(line) if from_env and not stripped.startswith(("Imports", "using")) else []:
                env.setdefault(name, [e.path, i, excerpt, "code"])
            for m in FILE_READ.finditer(line):
                if m.group(1).rsplit(".", 1)[-1].lower() in SETTINGS_FILE_EXT:
                    files.setdefault(m.group(1), [e.path, i, excerpt, "code"])
    return {k: [[n, h] for n, h in d.items()][:50] for k, d in (("env", env), ("keys", keys), ("files", files))}


def file_name(literal: str) -> str:
    """The file name of a path written in the code (``C:\\Shutdown\\Service.xml`` → ``Service.xml``)."""
    return re.split(r"[\\/]", literal)[-1]


def outside_repository(literal: str) -> bool:
    """A path on the machine, not in the repository: a drive (``C:\\…``), a UNC share, or an absolute Unix path."""
    return bool(re.match(r"^(?:[A-Za-z]:[\\/]|\\\\|/)", literal))


def dotnet_templates(snap, entries, reads: dict) -> list[str]:
    """.NET settings files committed beside a project file (appsettings.json, App.config; a Web.config holding <appSettings> or
    <connectionStrings>), and the committed copy of a settings file the code loads by its name; shallowest first, at most five."""
    projects = {e.dir for e in entries if e.ext in DOTNET_PROJECT_EXT}
    programs = {e.name.rsplit(".", 1)[0].lower() for e in entries if e.ext in DOTNET_PROJECT_EXT}
    # (a file added as a configuration source, or named as settings or after the program: not a data file the code reads, communes.json)
    loaded = {name for n, h in reads.get("files") or [] if (name := file_name(n).lower())
              and (_CONFIG_SOURCE.search(h[2]) or _SETTINGS_WORD.search(name) or name.rsplit(".", 1)[0] in programs)}
    out = []
    # (the base file before its per-environment copies: appsettings.json, then appsettings.Development.json)
    for e in sorted(entries, key=lambda e: (e.path.count("/"), e.dir, e.name.lower() not in ("appsettings.json", "app.config", "web.config"), e.path)):
        if is_test(e.path) or not 0 < e.size <= MAX_BYTES:
            continue
        if e.dir in projects and DOTNET_SETTINGS.match(e.name):
            if e.name.lower() == "web.config" and not _SETTINGS_SECTIONS.search(snap.read_text(e.path, limit=MAX_BYTES) or ""):
                continue  # (IIS's rewrite rules, a PHP site's too: no setting)
            out.append(e.path)
        elif loaded and e.name.lower() in loaded and e.ext in SETTINGS_FILE_EXT:
            out.append(e.path)
    return out[:5]


def uncommitted_files(entries, reads: dict) -> list[list]:
    """The settings files the code loads from a path on the machine (C:\\Shutdown\\Service.xml) of which the repository holds no copy:
    ``[literal path, hit]``."""
    names = {e.name.lower() for e in entries}
    return [[n, h] for n, h in reads.get("files") or [] if outside_repository(n) and file_name(n).lower() not in names][:10]


def appsettings_keys(text: str, names) -> set[str]:
    """Of ``names`` (environment variables in .NET's ``Section__Key`` form), those an appsettings JSON ``text`` holds as a key path
    (``{"ConnectionStrings": {"Default": …}}`` holds ``ConnectionStrings__Default``; a section holds its own name): the settings it
    documents. Case-insensitive, as .NET's configuration keys are."""
    from auditor import safejson

    try:
        data = safejson.loads(text.lstrip("\ufeff"))
    except ValueError:
        return set()
    out = set()
    for name in names:
        node = data
        for part in name.split("__"):
            node = next((v for k, v in node.items() if k.lower() == part.lower()), None) if isinstance(node, dict) else None
            if node is None:
                break
        if node is not None:
            out.add(name)
    return out
