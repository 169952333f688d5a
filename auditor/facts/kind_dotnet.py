"""What an ASP.NET Core program serves as pages (issue 12, s43 fj43).

ASP.NET Core serves no file of its project folders by itself: its static files come from the web root (``wwwroot/``, through
``UseStaticFiles``/``UseFileServer``), its pages from Razor views and pages (``Views/*.cshtml``, ``Pages/*.cshtml``, Blazor's
``*.razor``). An HTML file kept elsewhere in a .NET project's folder (``PortailTE44.Common/Template/*.html``, e-mails a mail
service fills with its ``{0}`` values) is read by the code, never served: no page of the server. A program pointing its static
files at another folder (``new PhysicalFileProvider(…)``, ``StaticFileOptions``, ``WebRootPath``/``UseWebRoot``) keeps all its
HTML files as pages.
"""

from __future__ import annotations

from auditor.lazyre import lazy_compile

# ASP.NET Core's host (the minimal host, the generic host with a Startup class, the older WebHost): its web root rule applies
_ASPNET_CORE = lazy_compile(r"\bWebApplication\.Create(?:Builder)?\s*\(|\bWebHost\.CreateDefaultBuilder\b|\.ConfigureWebHostDefaults\s*\(")
# static files served from another folder than the web root
_OTHER_ROOT = lazy_compile(r"\bPhysicalFileProvider\s*\(|\bStaticFileOptions\b|\bFileServerOptions\b|\bUseWebRoot\s*\(|\bWebRootPath\s*=")
_PROJECTS = ("csproj", "vbproj", "fsproj")
_RAZOR_EXT = ("cshtml", "vbhtml", "razor")
MAX_READ = 300


def aspnet_core_unserved(ctx, files, servers: list[str], html: list[str]) -> set[str]:
    """Of ``html``, the files an ASP.NET Core program does not serve: those in a .NET project's folder (a folder holding a
    .csproj/.vbproj/.fsproj, below the root) outside any ``wwwroot/`` folder, when one of ``servers`` (C# files making the program
    its own HTTP server) starts ASP.NET Core's host and no C# file of the project (the first 300 in path order, 128 KB each) serves
    static files from another folder. An empty set otherwise (an HttpListener or Nancy server, a project at the root of the
    repository, whose folder is the whole tree)."""
    if not html or not servers:
        return set()
    if not any(_ASPNET_CORE.search(ctx.snapshot.read_text(p, limit=128 * 1024) or "") for p in servers[:20]):
        return set()
    folders = sorted({e.path.rsplit("/", 1)[0] + "/" for e in files if e.ext.lower() in _PROJECTS and "/" in e.path})
    if not folders:
        return set()
    code = sorted(e.path for e in files if e.ext.lower() in ("cs", "vb", "fs"))[:MAX_READ]
    if any(_OTHER_ROOT.search(text or "") for _, text in ctx.snapshot.iter_text(code, limit=128 * 1024)):
        return set()
    return {p for p in html if any(p.startswith(f) for f in folders) and "wwwroot" not in p.lower().split("/")[:-1]}


def razor_pages(files) -> list[str]:
    """The Razor views, pages and components of a .NET project (``Views/Home/Index.cshtml``, ``Pages/Index.cshtml``,
    ``Shared/MainLayout.razor``): the pages its server renders. Those in a mail folder (``Views/Emails/``) are e-mails it sends."""
    return sorted(e.path for e in files if e.ext.lower() in _RAZOR_EXT
                  and not any(d.lower() in ("mail", "mails", "email", "emails", "e-mails", "templates") for d in e.path.split("/")[:-1]))
