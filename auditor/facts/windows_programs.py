"""Windows programs the code runs by their file name (``… + "\\include\\python\\pg_restore.exe"`` of a QGIS plugin shipping
PostgreSQL's client programs and DLLs): read by ``reusability.portability`` against the .exe files the repository commits, the
code then runs where those programs run only. Registered by :data:`auditor.facts.signal_registry.SIGNAL_MODULES`.
"""

from __future__ import annotations

import re

from auditor.facts.signal_registry import signal
from auditor.facts.territory_values import in_code
from auditor.lazyre import lazy_compile

# a file choosing the program by the system it runs on (sys.platform == "win32", os.name == "nt", process.platform) names the
# .exe for Windows and another program elsewhere
_PLATFORM_TEST = lazy_compile(r"\bsys\.platform\b|\bos\.name\b|\bplatform\.system\b|\bprocess\.platform\b|\bIS_?WIN|\bisWindows\b|"
                              r"\bPHP_OS|\bOperatingSystem\.|\bos\.name['\"]|\$env:OS\b|\bruntime\.GOOS\b|\bQ_OS_WIN|\bQSysInfo\b", re.I)
# a program offered for download, its link written by a page (href="http://"…$_SERVER['HTTP_HOST']."/addons/SVGView6.exe": an old
# site's Adobe SVG Viewer installer), is installed by the visitor, not run by the code
_LINK_BEFORE = lazy_compile(r"href|\bsrc\s*=|https?:|http_host|download|t[ée]l[ée]charg|<a\b|\burl\b", re.I)


# a program copied or moved as a file (a release script's shutil.copy('dist/Outil.exe', release_dir), cp, Copy-Item, File.Copy):
# the project's own build packaged, nothing run (issue 12, s44 fk44 = NumeriqueMediapass/Horodatage)
_COPY_BEFORE = lazy_compile(r"\bshutil\.(?:copy2?|copyfile|move)\s*\(|\bos\.(?:rename|replace)\s*\(|\b(?:File|Files|fs|fse)\.(?:Copy|copy|Move|move|copyFile|copyFileSync|rename|renameSync)\s*\("
                            r"|(?:^|[\s;&|(])(?:cp|mv|copy|xcopy|robocopy|move|Copy-Item|Move-Item)\s"
                            # (or named in a message printed for a person, print("3. Uploadez Outil.exe"), echo, console.log, Write-Host)
                            r"|\bprint\s*\(|\bconsole\.(?:log|info|warn)\s*\(|(?:^|[\s;&|(])(?:echo|Write-Host|Write-Output)\s", re.I)


def _runs_program(m) -> bool:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    return in_code(m) and not _LINK_BEFORE.search(m.string, line_start, m.start()) and not _COPY_BEFORE.search(m.string, line_start, m.start()) \
        and not _PLATFORM_TEST.search(m.string)


signal("portability.exe-call", r"""(?<![\w.-])([\w-][\w.-]{0,60}\.exe)(?![\w.-])""", (".exe",), classes=("code",), group=1,
       accept=_runs_program)
