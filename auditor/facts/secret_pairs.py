"""A settings block's account for a real server: keys naming a user and a password by a word of their name (``"user_svn" =>
"sibem"``, ``"passwd_svn" => "sibem"``, ``svn_password:``) beside the address of a server on the Internet in the same block
(``"frontal_svn_link" => "http://svn.dsi.gov.pf/svn/…"``) — a Vagrantfile's chef.json, a provisioning script's attributes: the
account that reaches that server, committed with the code, even when its password repeats the user name (issue 12, s40 fp40 =
sitle/chef-tefenua-frontal). The same pair beside this machine's or a composition's server (localhost, "database") stays a local
default (:func:`auditor.facts.secret_calls.local_account_default`)."""

from __future__ import annotations

import re

from auditor.facts.secret_values import LOCAL_HOST, PLACEHOLDER, REDACTED

_SEP = r"""['"]?\s*(?:=>|=(?![=>])|:(?!:))\s*(?:'([^'\n]{1,64})'|"([^"\n]{1,64})")"""
# a key one of whose parts (between _ - or .) is a password's or a user's word
_PASSWORD_KEY = re.compile(r"""(?<![\w$.>-]):?['"]?(?:[A-Za-z]\w*?[_.-])?(?:password|passwd|pwd|pass|mdp)(?:[_.-]\w*)?""" + _SEP, re.I)
_USER_KEY = re.compile(r"""(?<![\w$.>-]):?['"]?(?:[A-Za-z]\w*?[_.-])?(?:user|username|login|utilisateur)(?:[_.-]\w*)?""" + _SEP, re.I)
_URL = re.compile(r"""['"](?:https?|svn|svn\+ssh|git|ftp|sftp|ssh)://(?:[^/@\s'"]*@)?([A-Za-z0-9.-]{1,253})(?::\d{1,5})?(?:[/?#][^'"\s]*)?['"]""")
_NOT_ON_THE_INTERNET = (".local", ".localhost", ".internal", ".lan", ".home", ".test", ".example", ".invalid", "example.com",
                        "example.org", "example.net", "localhost")


def _literal(value: str | None) -> bool:
    v = (value or "").strip()
    return 3 <= len(v) <= 64 and re.search(r"[A-Za-z0-9]", v) is not None and not v.startswith(("$", "#{", "{{", "%", "<", "ENV", "@")) \
        and " " not in v and not PLACEHOLDER.match(v) and not REDACTED.match(v)


def server_account_pair(line: str, around: str) -> bool:
    """``line`` gives a literal password under a key naming one (:data:`_PASSWORD_KEY`), and ``around`` (the lines about it, its
    own too) a literal user under a key naming one and the address of a server named on the Internet (a dotted name whose top-level
    domain is letters, no example, private or local name)."""
    pw = next((m for m in _PASSWORD_KEY.finditer(line[:4000]) if _literal(m.group(1) if m.group(1) is not None else m.group(2))), None)
    if not pw:
        return False
    text = around[-4000:]
    if not any(_literal(m.group(1) if m.group(1) is not None else m.group(2)) for m in _USER_KEY.finditer(text)):
        return False
    for m in _URL.finditer(text):
        host = m.group(1).lower().rstrip(".")
        if "." in host and host.rsplit(".", 1)[1].isalpha() and not host.endswith(_NOT_ON_THE_INTERNET) \
                and not LOCAL_HOST.search("@" + host) and not PLACEHOLDER.match(host.split(".", 1)[0]):
            return True
    return False
