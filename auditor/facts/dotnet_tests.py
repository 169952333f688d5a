"""C#, F# and VB files named like tests that are no tests (issue 12, s43 fj43 = GuilaumeDurandiere/te-backend).

In .NET a test lives in a test project: a project file referencing the test SDK or a test framework (Microsoft.NET.Test.Sdk,
xUnit, NUnit, MSTest), or declaring ``<IsTestProject>true``; its cases carry the framework's attributes ([Fact], [Test],
[TestMethod]…). A file named ``*Test.cs`` in a library or a program project whose file references none of them, holding no such
attribute, is a class of the program (PortailTE44.Common/Mail/MailEngineTest.cs: a static mail sender of the common library),
whatever its name says. A file in a test folder (tests/, *.Tests/ is read by its project) keeps the inventory's reading.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_EXT = ("cs", "fs", "vb")
_PROJECTS = (".csproj", ".fsproj", ".vbproj")
# a test project: the test SDK, a test framework or its adapter referenced, or IsTestProject set
_TEST_PROJECT = lazy_compile(r"<PackageReference\b[^>]*\bInclude\s*=\s*[\"'](?:Microsoft\.NET\.Test\.Sdk|xunit(?:\.[\w.]+)?|NUnit(?:3TestAdapter|\.[\w.]+)?|"
                             r"MSTest(?:\.[\w.]+)?|Microsoft\.VisualStudio\.TestPlatform[\w.]*|FsUnit[\w.]*|Expecto[\w.]*)[\"']|"
                             r"<IsTestProject>\s*true\s*</IsTestProject>|Microsoft\.VisualStudio\.QualityTools\.UnitTestFramework|"
                             r"<Reference\b[^>]*\bInclude\s*=\s*[\"'](?:nunit\.framework|xunit)", re.I)
# a test framework's attributes or namespace in the file
_TEST_CODE = lazy_compile(r"[\[<]\s*(?:Test|Fact|Theory|TestMethod|TestCase|TestFixture|TestClass|Property)\b|\busing\s+(?:Xunit|NUnit\.Framework|"
                          r"Microsoft\.VisualStudio\.TestTools\.UnitTesting)\b|\bopen\s+(?:Xunit|NUnit|Expecto|FsUnit)\b|"
                          r"\bImports\s+(?:Xunit|NUnit\.Framework|Microsoft\.VisualStudio\.TestTools\.UnitTesting)\b")
MAX_FILES = 200  # test-named files read, in path order
MAX_BYTES = 64 * 1024


def untested_dotnet(snap, items, in_test_folder) -> set[str]:
    """The paths of ``items`` (the inventory's) filed as tests by their name alone (``in_test_folder(path)`` false) that are C#, F#
    or VB files of a .NET project whose nearest project file (in its folder or above) is no test project, and whose text holds no
    test framework's mark. The first :data:`MAX_FILES` such files in path order are read; a file with no project file above it is
    left as it is."""
    projects = {p.rsplit("/", 1)[0] if "/" in p else "": p for p in sorted(i.path for i in items if i.path.lower().endswith(_PROJECTS))}
    if not projects:
        return set()
    cands = sorted(i.path for i in items if i.category == "test" and i.path.rsplit(".", 1)[-1].lower() in _EXT and not in_test_folder(i.path))
    verdicts: dict[str, bool] = {}
    out = set()
    for path in cands[:MAX_FILES]:
        folder = path.rsplit("/", 1)[0] if "/" in path else ""
        while folder not in projects and folder:
            folder = folder.rsplit("/", 1)[0] if "/" in folder else ""
        project = projects.get(folder)
        if project is None:
            continue
        if project not in verdicts:
            verdicts[project] = bool(_TEST_PROJECT.search(snap.read_text(project, limit=MAX_BYTES) or ""))
        if verdicts[project] or _TEST_CODE.search(snap.read_text(path, limit=MAX_BYTES) or ""):
            continue
        out.add(path)
    return out
