"""Vendored code (issue 12, s17 b2): a C++ public-transport server keeps the libraries it builds against in ``3rd/dev/``
(zlib, freetype, gd…). That folder was read as the project's own: a zlib contrib .csproj made the project a ".NET class
library", the libraries' INSTALL notes were its install instructions, their getenv() calls its settings. ``3rd/`` (like
``3rdparty/``, ``third_party/``, ``external/``) is a folder of copied libraries."""

from __future__ import annotations

import pytest

from auditor.engine import AuditOptions, audit
from auditor.facts.inventory import is_vendored
from tests.gitrepo import make_repo
from tests.test_reusability_fixtures import results

CSPROJ = ('<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">\n  <PropertyGroup>\n'
          '    <OutputType>Library</OutputType>\n    <AssemblyName>ZipLib</AssemblyName>\n  </PropertyGroup>\n</Project>\n')
INSTALL = "Installing the library\n======================\n\n  ./configure\n  make\n  make install\n"
FT_DEBUG = ('#include <stdlib.h>\n\nint ft_debug_level(void)\n{\n  const char* s = getenv("FT9_DEBUG_LEVEL");\n'
            '  return s ? atoi(s) : 0;\n}\n')
MAIN = ('#include "Server.hpp"\n\nint main(int argc, char** argv)\n{\n  transit::Server server(argc, argv);\n'
        '  return server.run();\n}\n')
SERVER = ('#include "Server.hpp"\n#include <boost/asio.hpp>\n\nnamespace transit {\n\nint Server::run()\n{\n'
          '  listen(8080);\n  return loop();\n}\n\n}\n')


@pytest.mark.parametrize(("path", "vendored"), [
    ("3rd/dev/zlib/src/contrib/dotzip/ZipLib.csproj", True),
    ("3rd/dev/freetype/src/src/base/ftdebug.c", True),
    ("3rd_party/expat/xmlparse.c", True),
    ("src/15_server/Server.cpp", False),
    ("docs/3rd-step.md", False),
])
def test_a_3rd_folder_holds_copied_libraries(path, vendored):
    assert is_vendored(path) is vendored


def test_a_servers_copied_libraries_decide_nothing(tmp_path):
    repo = make_repo(tmp_path / "r", [{"files": {
        "README.md": "# Transit\n\nA public transportation server: route planner, departure boards.\n",
        "CMakeLists.txt": "project(transit CXX)\nadd_executable(transit-server src/bin/server/main.cpp src/15_server/Server.cpp)\n",
        "src/bin/server/main.cpp": MAIN, "src/15_server/Server.cpp": SERVER,
        "src/15_server/Server.hpp": "namespace transit { class Server { public: Server(int, char**); int run(); }; }\n",
        "3rd/dev/zlib/src/contrib/dotzip/ZipLib.csproj": CSPROJ,
        "3rd/dev/freetype/src/INSTALL": INSTALL, "3rd/dev/gd/src/INSTALL": INSTALL,
        "3rd/dev/freetype/src/src/base/ftdebug.c": FT_DEBUG,
    }, "date": "2026-03-02T10:00:00Z", "message": "initial", "author": ("Jeanne Martin", "jeanne.martin@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True,
                                           only=["reusability.install", "reusability.configuration"]))
    proj = report["facts"]["project"]
    assert not any(e["path"].startswith("3rd/") or ".NET" in e["reason"] for e in proj.get("kind_evidence") or []), proj["kind_evidence"]
    r = results(report)
    for cid in ("reusability.install", "reusability.configuration"):
        paths = {e.get("path") or "" for e in r[cid]["evidence"]}
        assert not any(p.startswith("3rd/") for p in paths), (cid, paths)
    assert "FT9_DEBUG_LEVEL" not in str(r["reusability.configuration"]), r["reusability.configuration"]["message"]
