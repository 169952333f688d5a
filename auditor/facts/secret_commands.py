"""A password written on a command line of the repository's scripts (issue 12, s38 fi38 = akjoecapoeira007/mairie-lanveoc): a
deployment script uploading by FTP with ``curl -T config.js --user "site@host.fr:<password>" ftp://…``, and alike ``curl -u
name:password``, ``wget --password=…``, ``lftp -u name,password``, ``sshpass -p '…'``, ``smbclient -U name%password``: an account's
password committed with the code, readable by anyone who reads the repository, which detect-secrets' keyword plugin does not read in
these shapes. Not a variable (``$FTP_PASSWORD``, ``${PASS}``, ``%PASS%``), a placeholder or a redacted value, nor a local server's
(localhost, a container's default). Read as text, never run; scripts, CI and container files only (a guide's example is prose)."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

KIND = "Password on a command line"
MAX_FILES, MAX_BYTES = 400, 256 * 1024
_SCRIPT_EXT = frozenset({"sh", "bash", "zsh", "ksh", "ps1", "bat", "cmd", "yml", "yaml", "mk"})
_SCRIPT_NAME = lazy_compile(r"^(?:Makefile|Dockerfile(?:\.[\w.-]+)?|Jenkinsfile|Procfile)$")
_CUES = ("curl", "wget", "lftp", "sshpass", "smbclient")
_VALUE = r"""([^\s"'$%`]{4,100})"""
_COMMANDS = [
    lazy_compile(r"""\bcurl\b[^\n]{0,300}?[ \t](?:-u|--user)(?:[ \t]+|=)(["']?)[^\s"':$%`]{1,100}:""" + _VALUE + r"""\1(?=[\s;|&)]|$)"""),
    lazy_compile(r"""\bwget\b[^\n]{0,300}?[ \t]--(?:ftp-|http-)?password=(["']?)""" + _VALUE + r"""\1(?=[\s;|&)]|$)"""),
    lazy_compile(r"""\blftp\b[^\n]{0,300}?[ \t]-u[ \t]+(["']?)[^\s"',$%`]{1,100},""" + _VALUE + r"""\1(?=[\s;|&)]|$)"""),
    lazy_compile(r"""\bsshpass[ \t]+-p[ \t]*(["']?)""" + _VALUE + r"""\1(?=[\s;|&)]|$)"""),
    lazy_compile(r"""\bsmbclient\b[^\n]{0,300}?[ \t]-U[ \t]+(["']?)[^\s"'%$`]{1,100}%""" + _VALUE + r"""\1(?=[\s;|&)]|$)"""),
]
_LOCAL_URL = lazy_compile(r"(?:://|@)(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)\b")
_WORDS = lazy_compile(r"^(?:pass(?:word|wd)?|pwd|mdp|motdepasse|mot_de_passe|secret|your[-_]?\w*|my[-_]?\w*|votre[-_]?\w*|x{3,}|\*+|<[^>]*>|\.\.\.)$", re.I)


def command_passwords(snap, entries, placeholder, redacted, local) -> list[tuple[str, int]]:
    """``(path, line)`` of the literal passwords the scripts among ``entries`` (the first MAX_FILES in path order, MAX_BYTES each)
    give a transfer or remote-shell command; ``placeholder``, ``redacted`` (patterns of values) and ``local`` (a line's test) set
    the examples and the local servers aside."""
    scripts = [e for e in entries if (e.ext.lower() in _SCRIPT_EXT or _SCRIPT_NAME.match(e.name)) and e.size <= MAX_BYTES][:MAX_FILES]
    out = []
    for e in scripts:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        low = text.lower()
        if not any(c in low for c in _CUES):
            continue
        for n, lines in _logical_lines(text.splitlines()):
            line = " ".join(lines)
            if len(line) > 2000 or line.lstrip().startswith(("#", "//", "REM ", "rem ", "::")):
                continue
            for rx in _COMMANDS:
                m = rx.search(line)
                if m and not _WORDS.match(m.group(2)) and not placeholder.match(m.group(2)) and not redacted.match(m.group(2)) and not local(line) and not _LOCAL_URL.search(line):
                    out.append((e.path, n + next((i for i, x in enumerate(lines) if m.group(2) in x), 0)))
                    break
    return out


def _logical_lines(lines: list[str]):
    """``(first line's number, its physical lines)`` of each command, a shell's continued lines (ending with a backslash, 20 at most)
    joined."""
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) - 1 and j - i < 20 and lines[j].rstrip().endswith("\\"):
            j += 1
        yield i + 1, [x.rstrip().removesuffix("\\") for x in lines[i:j + 1]]
        i = j + 1
