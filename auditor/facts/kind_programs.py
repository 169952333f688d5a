"""Programs run on a machine that no manifest declares: a desktop application written in C or C++ (an openFrameworks kiosk
application's ``main.cpp`` calling ``ofRunApp``, a Qt or GTK program) and the operation scripts of a deployment (shell scripts
that deploy, start, stop and roll back a site built elsewhere). Without these rules such a repository had no kind of its own:
C++ sources made a "library" by default, a folder of shell scripts a "data specification" decided by its README alone."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test, is_vendored
from auditor.facts.kind_apps import GUI_IMPORT
from auditor.lazyre import lazy_compile

NATIVE_EXT = frozenset({"c", "cc", "cpp", "cxx", "m", "mm"})
MAX_NATIVE_FILES, NATIVE_BYTES = 60, 128 * 1024
# a program's entry point in C/C++ (int main(int argc, char** argv), Windows' WinMain)
_C_MAIN = lazy_compile(r"^[^\S\n]*(?:int|void)[^\S\n]+(?:main|w?WinMain)[^\S\n]*\(", re.M)
# a window drawn by a desktop toolkit: openFrameworks, Qt Widgets, GTK, SDL, wxWidgets, GLFW, SFML, Cinder, Dear ImGui's GLFW/SDL hosts
_GUI = lazy_compile(r"^[^\S\n]*#[^\S\n]*include[^\S\n]*[<\"](?:ofMain\.h|QApplication|QtWidgets(?:/\w+)?|QGuiApplication|QtQuick(?:/\w+)?|gtk/gtk\.h|gtkmm\.h|"
                    r"SDL2?/SDL\.h|SDL\.h|wx/wx\.h|wx/app\.h|GLFW/glfw3\.h|SFML/(?:Graphics|Window)\.hpp|cinder/app/\w+\.h)[>\"]"
                    r"|\bofRunApp\s*\(|\bQApplication\s+\w+\s*\(|\bgtk_init\s*\(|\bwxIMPLEMENT_APP\s*\(|\bIMPLEMENT_APP\s*\(", re.M)
# an openFrameworks project's own build files (the project generator writes them beside src/: addons.make, config.make)
OF_PROJECT = ("addons.make", "config.make")


def desktop_programs(ctx, files) -> list[str]:
    """The C/C++ sources holding a program's main() that opens a desktop window (or, in an openFrameworks project, calls
    ofRunApp): at most :data:`MAX_NATIVE_FILES` read, shallowest first, 128 KB each; tests and examples are not the program."""
    native = sorted((e.path for e in files if e.ext.lower() in NATIVE_EXT and not is_test(e.path)), key=lambda p: (p.count("/"), p))
    out = []
    for p in native[:MAX_NATIVE_FILES]:
        text = ctx.snapshot.read_text(p, limit=NATIVE_BYTES) or ""
        if _C_MAIN.search(text) and _GUI.search(text):
            out.append(p)
    if not out:  # (openFrameworks: main.cpp includes ofApp.h, whose ofApp.cpp draws; the project's config.make and addons.make say so)
        for p in native[:MAX_NATIVE_FILES]:
            folder = p.rpartition("/")[0]
            if not (folder == "src" or folder.endswith("/src")):
                continue
            project = folder[: -len("src")]  # ("" at the root, "Interprettable/" one folder down)
            if all(project + m in ctx.snapshot.files for m in OF_PROJECT) and _C_MAIN.search(ctx.snapshot.read_text(p, limit=NATIVE_BYTES) or ""):
                out.append(p)
    return out[:3]


# the operations a deployment's scripts carry out, in their names (cg_deploy_jcms.sh, rollback.sh, start-app.sh, stop_tomcat.sh,
# livraison.sh, mep.sh: "mise en production")
_OPERATION = lazy_compile(r"(?:^|[_.-])(?:deploy|deployment|redeploy|rollback|start|stop|restart|reload|release|provision|livraison|livrer|"
                          r"mep|backup|restore|upgrade|monitor)(?:[_.-]|$)", re.I)
SHELL_EXT = frozenset({"sh", "bash"})


def operation_scripts(files) -> list[str]:
    """The shell scripts named for a deployment's operations, when they are at least two and at least half the shell scripts, or
    when every shell script is one (a région's lone deploy.sh that stops Tomcat, clones the application's branch into webapps/ and
    starts it again)."""
    shell = sorted(e.path for e in files if e.ext.lower() in SHELL_EXT and not is_test(e.path))
    ops = [p for p in shell if _OPERATION.search(re.sub(r"\.(?:sh|bash)$", "", p.rsplit("/", 1)[-1], flags=re.I))]
    return ops if (len(ops) >= 2 and len(ops) * 2 >= len(shell)) or (ops and len(ops) == len(shell)) else []


# a script setting up the machine it runs on: it installs the system's packages (apt-get install, apt install, yum/dnf/zypper install,
# apk add) and edits the system's configuration (sed -i … /etc/…, >> /etc/…, cp … /etc/…): a host's provisioning or hardening, run once
# on the server (a Proxmox post-install script's menu of apt installs and /etc edits), no program nor data pipeline of its own
_PACKAGE_INSTALL = lazy_compile(r"(?:^|[\s;&|(])(?:sudo[ \t]+)?(?:apt-get|apt|aptitude|yum|dnf|zypper)[ \t]+(?:-[\w-]+(?:=\S+)?[ \t]+)*install\b"
                                r"|(?:^|[\s;&|(])(?:sudo[ \t]+)?apk[ \t]+add\b", re.M)
_ETC_EDIT = lazy_compile(r"(?:\bsed[ \t]+(?:-\w+[ \t]+)*-i\b[^\n]*|>>?[ \t]*|\b(?:cp|mv|tee|install|ln[ \t]+-s\w*)[ \t]+[^\n]*)[\"']?/etc/\w", re.M)
MIN_PROVISION_LINES = 2


def provisioning_scripts(ctx, files) -> list[str]:
    """The shell scripts (the first 20 in path order, 64 KB each) that install system packages and edit /etc, each at least
    :data:`MIN_PROVISION_LINES` times, when every shell script of the project is one (comments aside)."""
    shell = sorted(e.path for e in files if e.ext.lower() in SHELL_EXT and not is_test(e.path))[:20]
    out = []
    for path in shell:
        text = "\n".join(ln for ln in (ctx.snapshot.read_text(path, limit=64 * 1024) or "").splitlines() if not ln.lstrip().startswith("#"))
        if len(_PACKAGE_INSTALL.findall(text)) >= MIN_PROVISION_LINES and len(_ETC_EDIT.findall(text)) >= MIN_PROVISION_LINES:
            out.append(path)
    return out if out and len(out) == len(shell) else []


# a Python program frozen into an executable by its setup.py (py2exe's windows=[…]/console=[…], py2app's app=[…], cx_Freeze's
# executables=[Executable(…, base="Win32GUI")]) or a PyInstaller spec (EXE(…, console=False)): the setup builds a program for
# a desktop, not a package others install and import
_FREEZER = lazy_compile(r"^[^\S\n]*(?:import|from)[^\S\n]+(py2exe|py2app|cx_Freeze|PyInstaller)\b", re.M)
# (a list, or a name bound to one: cx_Freeze's executables=executables)
_FROZEN_TARGET = lazy_compile(r"\b(windows|console|app|executables)[^\S\n]*=[^\S\n]*[\[\w]")
_GUI_BASE = lazy_compile(r"\bbase[^\S\n]*=[^\S\n]*['\"](?:Win32GUI|gui)['\"]", re.I)
_SPEC_EXE = lazy_compile(r"\bEXE\s*\(")
_SPEC_CONSOLE = lazy_compile(r"\bconsole\s*=\s*(True|False)\b")


def frozen_program(ctx) -> tuple[str, str] | None:
    """(file, "desktop-application" or "cli-tool") when the root setup.py freezes the program into an executable (it imports
    py2exe, py2app or cx_Freeze and names its targets: windows=/app= or a Win32GUI base for a windowed program, console= or
    executables= for a console one) or a root PyInstaller .spec builds one (EXE(…), console=False for a windowed program)."""
    files = ctx.snapshot.files
    if "setup.py" in files and files["setup.py"].size <= 256 * 1024:
        text = ctx.snapshot.read_text("setup.py", limit=256 * 1024) or ""
        targets = {m.group(1) for m in _FROZEN_TARGET.finditer(text)} if _FREEZER.search(text) else set()
        if targets:
            windowed = bool(targets & {"windows", "app"}) or ("executables" in targets and bool(_GUI_BASE.search(text)))
            return "setup.py", "desktop-application" if windowed else "cli-tool"
    for path in sorted(p for p in files if "/" not in p and p.endswith(".spec") and files[p].size <= 64 * 1024)[:5]:
        text = ctx.snapshot.read_text(path, limit=64 * 1024) or ""
        if "Analysis(" in text and _SPEC_EXE.search(text):
            console = _SPEC_CONSOLE.search(text)
            return path, "desktop-application" if console and console.group(1) == "False" else "cli-tool"
    return None


# a file the Vagrantfile copies into the machine (config.vm.provision "file", source: "app.py", destination: "/home/vagrant/app.py")
_PROVISION_FILE = lazy_compile(r"""\.vm\.provision[^\S\n]*\(?[^\S\n]*(?::file|["']file["'])[^\S\n]*,[^\S\n]*source:[^\S\n]*["']([^"'\n]{1,200})["']""")
_PROVISIONS = lazy_compile(r"\.vm\.provision\b")


def provisioned_machines(ctx, files, code: list[str]) -> list[str]:
    """The Vagrantfiles (the first 20 in path order, 64 KB each) provisioning a machine with the project's scripts
    (config.vm.provision), when the project has no program of its own, or when its only code (at most three files) is what those
    Vagrantfiles copy into the machine: a deployment proof of concept's sample app.py, the payload it deploys, not the project."""
    if len(code) > 3:
        return []
    out = []
    for p in sorted(e.path for e in files if e.name == "Vagrantfile")[:20]:
        text = ctx.snapshot.read_text(p, limit=64 * 1024) or ""
        if not _PROVISIONS.search(text):
            continue
        folder = p[: -len("Vagrantfile")]
        copied = {folder + s.strip().removeprefix("./") for s in _PROVISION_FILE.findall(text)}
        if all(c in copied for c in code):
            out.append(p)
    return out


# a systemd unit's service section and the command it starts (ExecStart=/bin/bash /data/orgarif/start.sh, ExecStart=-/usr/bin/java …)
_UNIT_SERVICE = lazy_compile(r"^[^\S\n]*\[Service\][^\S\n]*$", re.M)
_EXEC_START = lazy_compile(r"^[^\S\n]*ExecStart[^\S\n]*=[^\S\n]*([^\n]{1,500})$", re.M)
MAX_UNITS = 10
UNIT_BYTES = 16 * 1024


def service_units(ctx, files) -> list[str]:
    """The systemd units (``*.service`` at most one folder down, a ``[Service]`` section) whose ExecStart runs a file the repository
    commits, named by its path's last part (ExecStart=/bin/bash /data/orgarif/start.sh beside start.sh): the machine's service set up
    from the repository — a deployment. A unit starting only programs installed elsewhere (/usr/bin/node /opt/app/server.js) says
    nothing of what the repository holds."""
    names = {e.name for e in files if not e.path.endswith(".service")}
    units = sorted(e.path for e in files if e.name.endswith(".service") and e.path.count("/") <= 1 and not is_test(e.path))[:MAX_UNITS]
    out = []
    for path in units:
        text = ctx.snapshot.read_text(path, limit=UNIT_BYTES) or ""
        if not _UNIT_SERVICE.search(text):
            continue
        run = [w.rsplit("/", 1)[-1] for m in _EXEC_START.finditer(text) for w in m.group(1).split()]
        if any("." in w and w in names for w in run):
            out.append(path)
    return out


def built_front_end(ctx) -> list[str]:
    """A built web interface the repository commits: a bundler's asset-manifest.json (Create React App's, at most one folder down)
    whose ``files`` name the page (index.html) and whose entry points or files name a script the repository holds — the manifest and
    that script. Empty otherwise."""
    from auditor import safejson

    paths = ctx.snapshot.files  # (the bundle is build output: every committed path)
    for path in sorted(p for p in paths if p.rsplit("/", 1)[-1] == "asset-manifest.json" and p.count("/") <= 1)[:3]:
        try:
            doc = safejson.loads(ctx.snapshot.read_text(path, limit=UNIT_BYTES) or "")
        except ValueError:
            continue
        listed = doc.get("files") if isinstance(doc, dict) else None
        if not isinstance(listed, dict) or "index.html" not in listed:
            continue
        base = path.rpartition("/")[0]
        named = [v for v in list(listed.values()) + list(doc.get("entrypoints") or []) if isinstance(v, str) and v.endswith(".js")]
        held = [p for p in (f"{base}/{v.lstrip('/')}".lstrip("/") for v in named) if p in paths]
        if held:
            return [path, held[0]]
    return []


MAX_PY_WINDOWS, PY_WINDOW_BYTES = 40, 128 * 1024
# a GUI toolkit's main loop started: Tk's (and CustomTkinter's) mainloop(), wx's MainLoop(), Qt's exec()/exec_()
_PY_LOOP = lazy_compile(r"\.(?:mainloop|MainLoop|exec_?)[^\S\n]*\([^\S\n]*\)")
_PY_MAIN = lazy_compile(r"^if __name__ == ['\"]__main__['\"]\s*:", re.M)


def python_windows(ctx, files) -> tuple[list[str], str]:
    """(the Python programs opening a desktop window, the toolkit): a script run as a program (``if __name__ == "__main__":``) that
    imports a desktop toolkit (Tk, CustomTkinter, Qt, wx, Kivy, GTK) and starts its main loop (``app.mainloop()``): a window
    program, no command-line tool, though no freezer builds it. A plugin's dialog (a QGIS plugin's ``dlg.exec_()``) is not run as
    a program. At most :data:`MAX_PY_WINDOWS` sources read, shallowest first; tests and copied code are not the program."""
    sources = sorted((e.path for e in files if e.ext.lower() == "py" and not is_test(e.path) and not is_vendored(e.path)),
                     key=lambda p: (p.count("/"), p))
    for p in sources[:MAX_PY_WINDOWS]:
        text = ctx.snapshot.read_text(p, limit=PY_WINDOW_BYTES) or ""
        m = GUI_IMPORT.search(text)
        if m and _PY_MAIN.search(text) and _PY_LOOP.search(text):
            toolkit = re.sub(r"^\s*(?:from|import)\s+", "", m.group(0)).strip()
            return [p], toolkit
    return [], ""
