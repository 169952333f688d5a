"""The settings a project's shell scripts read from the environment: the variables they use and never set (``env_settings``).

A script reads its settings as variables it never sets (vrt.sh's ``${SOURCEDIR}``, ``${PROMOTE_TO_MULTI:-true}``): a variable it
sets, reads from the user, loops over or parses from its options is none, nor one of the shell's own or of the machine's tools. A
root Makefile's ``VAR ?= default`` that the README names is one too (:func:`make_reads`).
"""

from __future__ import annotations

import posixpath
import re

from auditor.facts.entrypoint_scripts import SERVER_CONFIG_NAME, lower_case_defaults
from auditor.facts.env_names import build_script_variable
from auditor.facts.inventory import is_test
from auditor.lazyre import lazy_compile

# Shell scripts read their settings as variables they never set: vrt.sh's ${SOURCEDIR}, ${PROMOTE_TO_MULTI:-true}
_SH_REF = lazy_compile(r"(?<!\\)\$\{?([A-Z][A-Z0-9_]{2,60})\b")  # (not an escaped \$CFG written into a PHP file by a heredoc)
_SH_SET = lazy_compile(r"^[ \t]*(?:(?:export|local|readonly|declare(?:[ \t]+-\w+)*)[ \t]+)?([A-Z][A-Z0-9_]{2,60})=(.*)$", re.M)
# (and the assignments after the first on one line, `FP_PATH="${1}"; FP_OGRP="${2}"; FP_DMOD="${3}"`: set by the script, s22 b1 Cartotheque)
_SH_SET_CHAINED = lazy_compile(r";[ \t]*(?:(?:export|local|readonly)[ \t]+)?([A-Z][A-Z0-9_]{2,60})=([^;\n]*)")
# (and one opening a subshell or a group, `(RED='\033[0;31m' && printf "${RED}…")`: a colour code set and used there, s27 q27 = m18 o1)
_SH_SET_GROUP = lazy_compile(r"^[ \t]*[({][ \t]*(?:(?:export|local)[ \t]+)?([A-Z][A-Z0-9_]{2,60})=([^;\n]*)", re.M)
# a search path of the machine the script extends with its own folders (`export LD_LIBRARY_PATH=$LD_LIBRARY_PATH:$ORACLE_HOME/lib`,
# `CLASSPATH="lib/*:$CLASSPATH"`): the system's variable, no setting of the project (s27 q27 = m18 o1, an Oracle client's libraries)
_SEARCH_PATH = r"""^["']?\$(?:\{{{v}\}}|{v}(?!\w)):(?![-=+?])|:\$(?:\{{{v}\}}|{v})["']?[ \t]*$"""  # (not ${VAR:-default}: a read)
_SH_SET_INLINE = lazy_compile(r"(?:\bif[ \t]+(?:![ \t]*)?|\beval[ \t]+(?:[\"'][ \t]*)?)([A-Z][A-Z0-9_]{2,60})=([^\n]*)")  # (not `[ -n "$X" ] || X=…`: a default)
_SH_INPUT = lazy_compile(r"\b(?:read(?:[ \t]+-\w+(?:[ \t]+(?:'[^']*'|\"[^\"]*\"))?)*|for|select)[ \t]+((?:[A-Z][A-Z0-9_]{2,60}[ \t]*)+)")
# (and `read` with options whose prompt is built by a substitution with quotes of its own, `read -e -p "$(echo -e $WARNING"Choix : "$NC)"
# -n1 SELECTION && …`: the names ending the command, before its end or a separator, are typed by the user — a menu's key, not a
# setting; issue 12, s48 fh48)
_SH_READ_NAMES = lazy_compile(r"(?:^|[;&|(]|\b(?:while|until|if|then|do|else)\b)[ \t]*read[ \t]+-[^\n]{0,600}?[ \t]((?:[A-Z][A-Z0-9_]{2,60}[ \t]*)+)"
                              r"(?=$|&&|\|\||;|<|\)|\bdo\b)", re.M)
# the options a script parses are no environment: getopts' loop variable (`while getopts 'u:n:' OPTION`) and the variables a case arm
# sets from them (`u)    PRODLOGIN=$OPTARG ;;`, `-n|--nfs) NFSFOLDER="$2"; shift ;;`)
_SH_GETOPTS = lazy_compile(r"\bgetopts[ \t]+(?:'[^'\n]*'|\"[^\"\n]*\"|[^\s'\"]+)[ \t]+([A-Z][A-Z0-9_]{2,60})\b")
_SH_CASE_SET = lazy_compile(r"^[ \t]*[^\s()]{1,40}\)[ \t]*([A-Z][A-Z0-9_]{2,60})=(.*)$", re.M)
_SHEBANG = lazy_compile(r"\A#![ \t]*/(?:usr/)?bin/(?:env[ \t]+)?(?:ba|da|k|z)?sh\b")
# a script loading a shell library (`source /opt/smdf/common-lib.sh`, `. "$LIB/functions.sh"`) that the repository does not hold: the
# variables it prints in its usage or messages may be the library's (CALLEDNAME, the script's own name), no setting (s27 d27 = s26
# m17-o3, a commune's monitoring scripts); a variable it uses elsewhere stays a read
_SH_SOURCE = lazy_compile(r"""^[ \t]*(?:source|\.)[ \t]+["']?([^\s"';|&)]+)""", re.M)
_SH_PRINT = lazy_compile(r"^[ \t]*(?:(?:then|else|do|\{|&&|\|\|)[ \t]+)?(?:echo|printf)\b")
SHELL_OWN = {"BASH_SOURCE", "BASH_VERSION", "BASH_REMATCH", "BASHPID", "RANDOM", "SECONDS", "LINENO", "IFS", "OPTARG", "OPTIND", "UID", "EUID",
             "PPID", "FUNCNAME", "PIPESTATUS", "BASH", "BASHOPTS", "BASH_ARGV", "BASH_ARGC", "HOSTNAME", "OLDPWD", "REPLY", "SHLVL", "OSTYPE", "HOSTTYPE", "MACHTYPE", "PS1", "PS4", "EPOCHSECONDS",
             # the rest of bash's own variables (Bash manual, "Shell Variables"): set by the shell as it runs (an ERR trap's
             # $BASH_COMMAND, a stack trace's ${BASH_LINENO[i]}), or the shell's own behaviour, never the project's settings
             "BASH_COMMAND", "BASH_LINENO", "BASH_SUBSHELL", "BASH_ALIASES", "BASH_CMDS", "BASH_EXECUTION_STRING", "BASH_VERSINFO",
             "BASH_ARGV0", "BASH_XTRACEFD", "BASH_COMPAT", "BASH_LOADABLES_PATH", "BASH_MONOSECONDS", "BASH_TRAPSIG", "EPOCHREALTIME",
             "COMP_CWORD", "COMP_KEY", "COMP_LINE", "COMP_POINT", "COMP_TYPE", "COMP_WORDBREAKS", "COMP_WORDS", "COMPREPLY", "DIRSTACK",
             "GROUPS", "HISTCMD", "HISTCONTROL", "HISTFILE", "HISTFILESIZE", "HISTIGNORE", "HISTSIZE", "HISTTIMEFORMAT", "PROMPT_COMMAND",
             "PS0", "PS2", "PS3", "TIMEFORMAT", "READLINE_LINE", "READLINE_POINT", "READLINE_MARK", "OPTERR", "MAPFILE", "COPROC",
             # the machine's tools, not the project's settings
             "JAVA_HOME", "CATALINA_HOME", "CATALINA_BASE", "VIRTUAL_ENV", "CONDA_PREFIX", "GOPATH", "NVM_DIR", "SUDO_USER", "SUDO_COMMAND",
             "SUDO_UID", "SUDO_GID", "EDITOR", "DISPLAY",
             # MSYS2's and Git Bash's own, set by their profile on Windows (a docs script's `[ -n "$MSYSTEM" ]` to pick venv/Scripts)
             "MSYSTEM", "MSYSTEM_PREFIX", "MINGW_PREFIX"}
# a build tool's wrapper (mvnw, gradlew: MAVEN_OPTS, GRADLE_OPTS, MVNW_REPOURL), copied in: the tool's variables, not the project's
_WRAPPER = lazy_compile(r"(^|/)(mvnw|gradlew|sbtx?|lein|activator|dotnet-install|rustup-init|nvm|pyenv)(\.\w+)?$|(^|/)(\.mvn|gradle/wrapper)/"
                        # and a browser or load test's runner (cas-war-overlay's puppeteer/run.sh: PUPPETEER_CAS_HOST), no setting of the service
                        r"|(^|/)(puppeteer|cypress|playwright|selenium|e2e|k6|gatling|jmeter|locust)/", re.I)


_MAKE_DEFAULT = lazy_compile(r"^[ \t]*(?:override[ \t]+)?([A-Z][A-Z0-9_]{2,60})[ \t]*\?=", re.M)
_README = lazy_compile(r"^(readme|lisezmoi)(\.(md|markdown|rst|txt|adoc))?$", re.I)


def make_reads(snap, entries) -> list[list]:
    """``[variable, [path, line, excerpt, "code"]]`` for the variables a root Makefile takes from the environment when set
    (``DIST ?= jessie``) and the root README names (docker-debian's "Configuration is made using environment variables":
    DIST, DEBOOTSTRAP_MIRROR…): the documented settings of a build driven by make (a Makefile's own ``PYTHON ?= python3``,
    which no README names, is none)."""
    makefiles = sorted(e.path for e in entries if e.dir == "" and e.name in ("Makefile", "GNUmakefile", "makefile") and e.size <= 64 * 1024)
    readmes = sorted(e.path for e in entries if e.dir == "" and _README.match(e.name))
    readme = snap.read_text(readmes[0], limit=64 * 1024) or "" if readmes else ""
    out: dict[str, list] = {}
    for path in makefiles[:1]:
        text = snap.read_text(path, limit=64 * 1024) or ""
        for m in _MAKE_DEFAULT.finditer(text):
            v = m.group(1)
            if v not in out and re.search(rf"(?<![\w$]){v}(?!\w)", readme):
                line = text.count("\n", 0, m.start()) + 1
                out[v] = [path, line, text[m.start():].split("\n", 1)[0].strip()[:120], "code"]
    return [[v, h] for v, h in out.items()][:50]


def shell_reads(snap, entries, is_setting, entrypoints: frozenset | set = frozenset()) -> tuple[list[list], set[str]]:
    """``[variable, [path, line, excerpt, "code"]]`` for the variables the project's shell scripts use and never set (at most 50
    scripts of 64 KB): settings the environment gives them (a variable a script sets, reads from the user or loops over is none);
    and the variables the scripts' comments name (``### - BIN_DRUSH``, ``# export SOURCEDIR=vrts``): documented there. (With a root
    Makefile's documented ``VAR ?= default``: :func:`make_reads`.) In the scripts a container runs at start (``entrypoints``), a web
    server's configuration name (SERVER_NAME) and a lower-case ``name=${name:-default}`` are settings too (entrypoint_scripts)."""
    texts: dict[str, str] = {}
    for e in sorted(entries, key=lambda e: e.path):
        if len(texts) >= 50:
            break
        if is_test(e.path) or e.size > 64 * 1024 or e.path.startswith((".github/", ".gitlab", "ci/", ".ci/")) or _WRAPPER.search(e.path) or \
                not (e.ext in ("sh", "bash") or (e.kind == "executable" and "." not in e.name)):
            continue
        text = snap.read_text(e.path, limit=64 * 1024) or ""
        # (a script with a shebang of another language is none: Drupal's scripts/drupal.sh is PHP)
        if _SHEBANG.match(text) or (e.ext in ("sh", "bash") and not text.startswith("#!")):
            texts[e.path] = text
    set_here: set[str] = set()
    for text in texts.values():
        set_here |= set_in(text)
    out: dict[str, list] = {v: h for v, h in make_reads(snap, entries) if is_setting(v) and v not in SHELL_OWN}
    commented: set[str] = set(out)  # (the README names them)
    names = {e.name for e in entries}
    for path, text in texts.items():
        library = any(_outside(snap, path, m.group(1), names) for m in _SH_SOURCE.finditer(text))
        literal = quoted_heredoc_lines(text)
        for i, line in enumerate(text.splitlines()[:5000], 1):
            if i in literal:
                continue  # (another program's text, given as is: node's `${JSON.stringify(…)}`)
            if line.lstrip().startswith("#"):
                commented |= set(re.findall(r"\b[A-Z][A-Z0-9_]{2,60}\b", line))
                continue
            if library and _SH_PRINT.match(line):
                continue  # (echo "Usage: $CALLEDNAME": a message, maybe of the library's variables)
            for m in _SH_REF.finditer(line):
                v = m.group(1)
                if v not in out and v not in set_here and v not in SHELL_OWN and (is_setting(v) or (path in entrypoints and SERVER_CONFIG_NAME.match(v))) \
                        and (not build_script_variable(path, v) or written_into_files(line, v)):
                    out[v] = [path, i, m.group(0)[:120], "code"]
        for v, i, excerpt in (lower_case_defaults(text) if path in entrypoints else []):
            if v not in out and is_setting(v):
                out[v] = [path, i, excerpt, "code"]
    return [[v, h] for v, h in out.items()][:100], commented & set(out)


# A variable a script writes into the application's files, as the replacement of a sed substitution (build.sh's `sed -i -e
# "s|%PLATFORM_ADDRESS%|${PLATFORM_ADDRESS}|g" $1` over www/app.const.js, google-services.json…: the placeholders the build fills
# in): a value the built application runs with, a setting whatever its name, even read by a build script (issue 12, s37 fg37 =
# OPEN-ENT-NG/ent-mobile: 21 such variables, 2 counted)
_SED_SUBSTITUTION = lazy_compile(r"""\bsed\b[^\n]*?[\s"']s([|/#@,:!])""")


def written_into_files(line: str, var: str) -> bool:
    """The variable is the replacement (or part of it) of a sed substitution on the line (see above)."""
    m = _SED_SUBSTITUTION.search(line)
    if not m:
        return False
    d = re.escape(m.group(1))
    sub = re.match(rf"(?:(?!{d}).)*{d}((?:(?!{d}).)*){d}", line[m.end():])
    return bool(sub) and re.search(rf"\$\{{?{var}\b", sub.group(1)) is not None


def set_in(text: str) -> set[str]:
    """The variables a shell script sets itself (assigns, reads from the user, loops over, parses from its options)."""
    out: set[str] = set()
    # (VAR=${VAR:-default} takes the environment's value first: a read)
    out |= {m.group(1) for m in _SH_SET.finditer(text) if not re.search(rf"\${{?{m.group(1)}\b", m.group(2))}
    # (and a variable set inside a line: `if ! GETOPT=$(getopt …)`, `eval "CURRENT_PARAM=\$…"`)
    out |= {m.group(1) for m in _SH_SET_INLINE.finditer(text) if not re.search(rf"\${{?{m.group(1)}\b", m.group(2))}
    out |= {m.group(1) for m in _SH_SET_CHAINED.finditer(text) if not re.search(rf"\${{?{m.group(1)}\b", m.group(2))}
    out |= {m.group(1) for m in _SH_SET_GROUP.finditer(text) if not re.search(rf"\${{?{m.group(1)}\b", m.group(2))}
    out |= {m.group(1) for m in _SH_SET.finditer(text) if re.search(_SEARCH_PATH.format(v=m.group(1)), m.group(2).strip())}
    out |= {v for m in _SH_INPUT.finditer(text) for v in m.group(1).split()}
    out |= {v for m in _SH_READ_NAMES.finditer(text) for v in m.group(1).split()}
    out |= {m.group(1) for m in _SH_GETOPTS.finditer(text)} | {m.group(1) for m in _SH_CASE_SET.finditer(text)}
    return out


def set_by_script(snap, reads: list[list]) -> list[list]:
    """The reads ``[variable, hit]`` less those found in a shell script that sets the variable itself: the program it feeds node in a
    heredoc reading ``process.env.ROOT`` after ``ROOT="$(cd "$(dirname "$0")/.." && pwd)"`` and ``ROOT="$ROOT" node <<'NODE'`` (issue
    12, s35 n35 = GwendolineD/app-mairies' scripts/generate-pwa-icons.sh): the script gives it its value, no deployment does."""
    texts: dict[str, set[str]] = {}
    out = []
    for r in reads:
        path = r[1][0]
        e = snap.files.get(path)
        if e is not None and e.size <= 64 * 1024 and (e.ext in ("sh", "bash") or (e.kind == "executable" and "." not in e.name)):
            if path not in texts:
                text = snap.read_text(path, limit=64 * 1024) or ""
                texts[path] = set_in(text) if _SHEBANG.match(text) or (e.ext in ("sh", "bash") and not text.startswith("#!")) else set()
            if r[0] in texts[path]:
                continue
        out.append(r)
    return out


# A heredoc whose delimiter is quoted (`node <<'NODE'`, `<<"EOF"`, `<<\EOF`) is handed on as written: the shell expands nothing in it,
# its `${JSON.stringify(manifest)}` is another program's (issue 12, s35 l35 = GwendolineD/app-mairies' generate-pwa-icons.sh); an
# unquoted one (`cat > x.ts <<EOF … "${VERSION}"`) is expanded, its variables read
_QUOTED_HEREDOC = lazy_compile(r"""<<(-?)[ \t]*(?:'([A-Za-z_][\w.-]{0,40})'|"([A-Za-z_][\w.-]{0,40})"|\\([A-Za-z_][\w.-]{0,40}))""")


def quoted_heredoc_lines(text: str) -> set[int]:
    """The numbers (from 1) of the lines in the body of a quoted heredoc (5000 lines read)."""
    out: set[int] = set()
    end, strip = None, False
    for i, line in enumerate(text.splitlines()[:5000], 1):
        if end is not None:
            if (line.lstrip("\t") if strip else line).rstrip() == end:
                end = None
            else:
                out.add(i)
            continue
        if not line.lstrip().startswith("#") and (m := _QUOTED_HEREDOC.search(line)):
            end, strip = m.group(2) or m.group(3) or m.group(4), m.group(1) == "-"
    return out


# The deployment's own variables a server's start reads from the environment: a Procfile's commands (`web: streamlit run app.py
# --server.port $PORT`), a container recipe's CMD or ENTRYPOINT (in shell form, or exec form running `sh -c`), and the shell scripts
# they run (setup.sh writing `port = $PORT` into Streamlit's config, run by `web: sh setup.sh && streamlit run app.py`: issue 12, s35
# l35 = aubryprieur/streamlit_data_territoire). Only the variables a platform or whoever runs the service gives it (the port, the
# listening address, the run mode: env_names.standard_roles says which); a script no deployment runs, a developer's helper, is left out
_DEPLOY_VARS = frozenset({"PORT", "HOST", "NODE_ENV", "APP_ENV", "RAILS_ENV", "RACK_ENV", "SYMFONY_ENV", "FLASK_ENV", "DJANGO_SETTINGS_MODULE"})
_PROCFILE = lazy_compile(r"(^|/)Procfile(\.[\w-]+)?$")
_PROC_LINE = lazy_compile(r"^[ \t]*([A-Za-z0-9_-]+)[ \t]*:[ \t]*(\S.*)$", re.M)
_DOCKER_RECIPE = lazy_compile(r"(^|/)(Dockerfile|Containerfile)([.-][\w.-]+)?$", re.I)
_DOCKER_START = lazy_compile(r"^[ \t]*(?:CMD|ENTRYPOINT)[ \t]+((?:[^\n]*\\\n)*[^\n]*)", re.I | re.M)
_TOKEN = lazy_compile(r"""[^\s;&|()<>"'\[\],=]+""")
_INLINE_SET = lazy_compile(r"(?:^|[\s;&|(])([A-Z][A-Z0-9_]{2,60})=")


def _run_script(snap, base: str, token: str) -> str | None:
    """The repository's shell script a command's word names (`setup.sh`, `./bin/start.sh`, an image's `/app/scripts/start.sh`),
    or None."""
    t = token.strip()
    if not t or "$" in t or t.startswith("-") or "." not in t.rsplit("/", 1)[-1] and "/" not in t:
        return None
    rel = re.sub(r"^(\./)+", "", t)
    candidates = [posixpath.normpath(base + rel)] if not t.startswith("/") else []
    if t.startswith("/"):  # (a path in the image: the longest of its tails the repository holds)
        parts = t.strip("/").split("/")
        candidates = ["/".join(parts[i:]) for i in range(len(parts))]
    for c in candidates:
        e = snap.files.get(c)
        if e is not None and e.kind in ("file", "executable") and e.size <= 64 * 1024 and \
                (e.ext in ("sh", "bash") or (e.kind == "executable" and "." not in e.name)):
            return c
    return None


def deployment_reads(snap, entries) -> list[list]:
    """``[variable, [path, line, excerpt, "code"]]`` for the deployment's own variables (see above) that a Procfile, a container's
    start command or a shell script they run reads and does not set (five Procfiles and five recipes, ten scripts of 64 KB)."""
    starts: list[tuple[str, int, str]] = []  # (file, line, command)
    recipes = [e for e in sorted(entries, key=lambda e: e.path) if e.size <= 64 * 1024 and not is_test(e.path)]
    for e in [e for e in recipes if _PROCFILE.search(e.path)][:5] + [e for e in recipes if _DOCKER_RECIPE.search(e.path)][:5]:
        if _PROCFILE.search(e.path):
            text = snap.read_text(e.path, limit=64 * 1024) or ""
            starts += [(e.path, text.count("\n", 0, m.start()) + 1, m.group(2)) for m in _PROC_LINE.finditer(text)
                       if not m.group(2).lstrip().startswith("#")][:10]
        else:
            text = snap.read_text(e.path, limit=64 * 1024) or ""
            for m in list(_DOCKER_START.finditer(text))[:4]:
                command = m.group(1).replace("\\\n", " ")
                if command.lstrip().startswith("[") and not re.search(r"""["']-c["']""", command):
                    command = re.sub(r"\$", "", command)  # (an exec form runs no shell: `$PORT` is given as written)
                starts.append((e.path, text.count("\n", 0, m.start()) + 1, command))
    out: dict[str, list] = {}
    scripts: list[str] = []
    for path, line, command in starts[:40]:
        base = path.rsplit("/", 1)[0] + "/" if "/" in path and not _DOCKER_RECIPE.search(path) else ""
        own = {m.group(1) for m in _INLINE_SET.finditer(command)}  # (`PORT=8000 gunicorn …`: given there)
        for m in _SH_REF.finditer(command):
            if m.group(1) in _DEPLOY_VARS and m.group(1) not in own:
                out.setdefault(m.group(1), [path, line, command.strip()[:120], "code"])
        scripts += [s for t in _TOKEN.findall(command) if (s := _run_script(snap, base, t)) and s not in scripts]
    for path in scripts[:10]:
        text = snap.read_text(path, limit=64 * 1024) or ""
        own, literal = set_in(text), quoted_heredoc_lines(text)
        for i, line in enumerate(text.splitlines()[:5000], 1):
            if i in literal or line.lstrip().startswith("#"):
                continue
            for m in _SH_REF.finditer(line):
                if m.group(1) in _DEPLOY_VARS and m.group(1) not in own:
                    out.setdefault(m.group(1), [path, i, line.strip()[:120], "code"])
    return [[v, h] for v, h in sorted(out.items())]


def _outside(snap, script: str, target: str, names: set[str]) -> bool:
    """A sourced file that the repository does not hold: an absolute path not in it, or a name no file of it bears (a path built
    from a variable, `$LIB/functions.sh`, is looked for by its file name)."""
    if "$" in target:
        return target.rsplit("/", 1)[-1] not in names
    folder = script.rsplit("/", 1)[0] + "/" if "/" in script else ""
    local = posixpath.normpath(folder + target) if not target.startswith(("/", "~")) else ""
    return local not in snap.files and target.lstrip("./") not in snap.files


# A file of variables the project's scripts source (config.sh: PG_HOST=localhost … PG_PASSWORD=…, loaded by `. ./config.sh` in each
# step of a shell and SQL pipeline and by installation/setup_db.sh's `source "../config.sh"`): the pipeline's settings, which each
# installation edits; every line of it an assignment (no command run), two at least (s30 d30 = s29 m21o4, a BAN quality dashboard)
ASSIGN_NAME = lazy_compile(r"^[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)=")


# The same in Windows batch: a file of ``set NAME=value`` lines (REM comments and ``@echo off`` aside) that the project's batch files
# ``call`` (ref_docs_prog/Ini.bat: set host=, set base=, set user=, set pass=, the paths of psql.exe and ogr2ogr.exe, called by
# CovadisV2_PLU_POS_CC.bat's `call %cd%/ref_docs_prog/Ini.bat` and Config_Postgis__2.0.bat's `call ./Ini.bat`): the kit's settings,
# which each installation edits (issue 12, s35 a35 = bbouteilles/CONTROLE_COVADIS_2.0)
_BAT_CALL = lazy_compile(r"""^[ \t]*@?call[ \t]+["']?([^\s"'&|<>]+\.(?:bat|cmd))\b""", re.I | re.M)
_BAT_SET = lazy_compile(r"""^[ \t]*@?set[ \t]+"?[A-Za-z_][\w.-]*[ \t]*=""", re.I)
_BAT_QUIET = lazy_compile(r"^[ \t]*(?:@?echo[ \t]+off|@?rem(?:[ \t].*)?|::.*|@?setlocal\b.*)$", re.I)
_BAT_HERE = lazy_compile(r"^(?:%cd%|%~dp0)[\\/]?", re.I)  # (the working folder, the script's folder)


def _called_settings(snap, e, lower: dict[str, str]) -> list[str]:
    """The files of ``set`` lines that the batch file ``e`` calls (see above); ``lower``: the repository's paths by their lower case
    (Windows names a file in any case)."""
    out: list[str] = []
    folder = e.path.rsplit("/", 1)[0] + "/" if "/" in e.path else ""
    for m in _BAT_CALL.finditer(snap.read_text(e.path, limit=512 * 1024) or ""):
        target = _BAT_HERE.sub("", m.group(1)).replace("\\", "/")
        if "%" in target or target.startswith("/") or re.match(r"[A-Za-z]:", target):
            continue
        for base in dict.fromkeys((folder, "")):  # (beside the script, or from the root the kit is run in)
            path = posixpath.normpath(base + target)
            found = path if path in snap.files else lower.get(path.lower())
            if found and found != e.path and snap.files[found].size <= 16 * 1024:
                lines = [x for x in (snap.read_text(found, limit=16 * 1024) or "").splitlines() if x.strip() and not _BAT_QUIET.match(x)]
                if len(lines) >= 2 and all(_BAT_SET.match(x) for x in lines):
                    out.append(found)
                break
    return out


def sourced_settings(snap, entries) -> list[str]:
    """The files of variables (at most five) that one of the project's shell scripts sources, or one of its batch files calls (see
    above)."""
    out: list[str] = []
    lower: dict[str, str] = {}
    for e in sorted(entries, key=lambda e: e.path)[:5000]:
        if e.ext.lower() in ("bat", "cmd") and e.size <= 512 * 1024 and not is_test(e.path):
            lower = lower or {p.lower(): p for p in sorted(snap.files, reverse=True)}  # (the first in path order wins)
            out += [p for p in _called_settings(snap, e, lower) if p not in out]
            continue
        if not (e.ext in ("sh", "bash") or (e.kind == "executable" and "." not in e.name)) or e.size > 64 * 1024 or is_test(e.path):
            continue
        for m in _SH_SOURCE.finditer(snap.read_text(e.path, limit=64 * 1024) or ""):
            target = m.group(1)
            if "$" in target or target.startswith(("/", "~")):
                continue
            path = posixpath.normpath((e.path.rsplit("/", 1)[0] + "/" if "/" in e.path else "") + target)
            if path in snap.files and path not in out and path != e.path and snap.files[path].size <= 16 * 1024:
                lines = [x for x in (snap.read_text(path, limit=16 * 1024) or "").splitlines() if x.strip() and not x.lstrip().startswith("#")]
                if len(lines) >= 2 and all(ASSIGN_NAME.match(x) for x in lines):
                    out.append(path)
    return out[:5]
