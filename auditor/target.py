"""Parse what the user typed (URL, scp-like address, ``owner/name``, a path) into a :class:`Target`.

Credentials typed into a URL are kept apart (``Target.secret_url``) and never appear in any
field that is displayed, logged, stored in a report or used to name a cache folder.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from auditor.errors import TargetError
from auditor.lazyre import lazy_compile

_SHORTHAND = lazy_compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}$")
_SCP = lazy_compile(r"^(?:(?P<user>[^@/\s]+)@)?(?P<host>[A-Za-z0-9.-]+):(?P<path>(?!/)[^\s]+)$")
_GITHUB_EXTRA = {"tree", "blob", "commits", "commit", "issues", "pulls", "pull", "releases", "wiki", "actions"}


def _extra_hosts(var: str) -> set[str]:
    return {h.strip().lower() for h in os.environ.get(var, "").split(",") if h.strip()}


def forge_of(host: str) -> str:
    """The forge kind for a host: ``github``, ``gitlab`` or ``unknown``.

    Self-hosted instances are declared in ``AUDITOR_GITHUB_HOSTS`` / ``AUDITOR_GITLAB_HOSTS``
    (comma-separated); a host whose name starts with ``gitlab.`` is taken for GitLab.
    """
    host = host.lower()
    if host in ("github.com", "www.github.com") or host in _extra_hosts("AUDITOR_GITHUB_HOSTS"):
        return "github"
    if host == "gitlab.com" or host in _extra_hosts("AUDITOR_GITLAB_HOSTS"):
        return "gitlab"
    if host.startswith("gitlab.") or ".gitlab." in host:
        return "gitlab"
    if host.startswith("github.") :
        return "github"
    return "unknown"


# ``user:password@`` in a URL: the password may hold unescaped ``/``, ``#``, ``?`` or ``@`` as
# typed by a person; a bare ``user@`` may be a token. Removed up to the last ``@`` before the host.
_USERINFO = r"(?:[^\s/@:]*:[^\s@]*(?:@[^\s@]*)*|[^\s/@:]+)"
_TARGET_USERINFO = lazy_compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*://)(" + _USERINFO + r")@(?=[A-Za-z0-9\[])(.*)$", re.S)
_WORDS = lazy_compile(r"\S+")
_USERINFO_STOP = lazy_compile(r"[/@:]")
_WORD_CHAR = lazy_compile(r"\w")
_HOST_AT = lazy_compile(r"@(?=[A-Za-z0-9\[])")
_SCHEME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-")
_AFTER_AT = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789[")


def _scheme_start(word: str, floor: int, sep: int) -> int | None:
    """Where the scheme ending at ``word[sep]`` (``://``) starts: the leftmost letter at a word boundary in the run of scheme
    characters before it, not before ``floor`` (the end of the previous removal)."""
    start = sep
    while start > floor and word[start - 1] in _SCHEME_CHARS:
        start -= 1
    for q in range(start, sep):
        if word[q].isascii() and word[q].isalpha() and (q == 0 or not _WORD_CHAR.match(word[q - 1])):
            return q
    return None


def _strip_word_userinfo(word: str) -> str:
    """``word`` (no whitespace) with each ``scheme://user[:password]@`` made ``scheme://``: a password holding ``:``, ``/`` or
    ``@`` runs to the word's last ``@`` before a host; a bare user holds none of ``/@:``. Each character is looked at a
    bounded number of times (a regular expression trying every ``://`` of ``a://a://…`` to the word's end was quadratic)."""
    last_at = -1
    for m in _HOST_AT.finditer(word):
        last_at = m.start()
    out, kept, floor = [], 0, 0
    sep = word.find("://")
    while sep != -1:
        begin = sep + 3
        stop = _USERINFO_STOP.search(word, begin) if _scheme_start(word, floor, sep) is not None else None
        end = None
        if stop and stop.group() == ":" and last_at > stop.start():
            end = last_at + 1
        elif stop and stop.group() == "@" and stop.start() > begin and stop.start() + 1 < len(word) and word[stop.start() + 1] in _AFTER_AT:
            end = stop.start() + 1
        if end is None:
            sep = word.find("://", sep + 1)
            continue
        out += [word[kept:begin]]
        kept = floor = end
        sep = word.find("://", end)
    return "".join(out) + word[kept:] if out else word


def _strip_userinfo(text: str) -> str:
    if "://" not in text:
        return text
    return _WORDS.sub(lambda m: _strip_word_userinfo(m.group()) if "://" in m.group() else m.group(), text)
_SECRETS: set[str] = set()


def register_secret(value: str | None) -> None:
    """Remember a credential (a URL's password, a forge token) so that :func:`redact` removes it
    wherever it appears, even outside a URL (a library's exception, a server's answer)."""
    if value and len(value) >= 4:
        _SECRETS.update({value, quote(value, safe=""), unquote(value)} - {""})


def redact(text: str) -> str:
    """The one redaction of the tool: every ``user:password@`` in URLs and every registered
    credential removed from ``text`` (messages, logs, reports, history rows, paths)."""
    if not text:
        return text
    text = _strip_userinfo(str(text))
    for secret in sorted(_SECRETS, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, "***")
    return text


def one_line(text: str) -> str:
    """``text`` redacted, on one line (a message made of a library's multi-line exception)."""
    return " ".join(part.strip() for part in redact(str(text)).splitlines() if part.strip())


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """``(url without credentials, user, password)``; user and password percent-decoded."""
    m = _TARGET_USERINFO.match(url)
    if not m:
        return url, None, None
    user, sep, password = m.group(2).partition(":")
    user, password = unquote(user), (unquote(password) if sep else None)
    return m.group(1) + m.group(3), user, password


@dataclass(frozen=True)
class Target:
    """One repository to audit, as parsed from the user's input."""

    input: str  # as given, credentials removed
    kind: str  # "remote", "local-git" or "folder"
    forge: str = "unknown"  # "github", "gitlab", "unknown" (or "local")
    host: str | None = None
    owner: str | None = None  # namespace, may hold "/" for GitLab nested groups
    name: str | None = None
    clone_url: str | None = None  # credentials removed
    web_url: str | None = None
    path: str | None = None  # local path for local-git and folder
    secret_url: str | None = field(default=None, repr=False, compare=False)

    @property
    def slug(self) -> str:
        """A readable, filesystem-safe identifier (never holds credentials)."""
        if self.host and self.name:
            base = f"{self.host}/{self.owner}/{self.name}" if self.owner else f"{self.host}/{self.name}"
        elif self.path:
            base = Path(self.path).name or "root"
        else:
            base = self.input
        safe = re.sub(r"[^A-Za-z0-9._-]+", "_", base).strip("_")[:80]
        digest = hashlib.sha256((self.clone_url or self.path or self.input).encode()).hexdigest()[:10]
        return f"{safe}-{digest}"

    def to_dict(self) -> dict:
        return {
            "input": self.input,
            "kind": self.kind,
            "forge": self.forge,
            "host": self.host,
            "owner": self.owner,
            "name": self.name,
            "clone_url": self.clone_url,
            "web_url": self.web_url,
        }


def _from_host_path(raw: str, host: str, path: str, clone_url: str, secret_url: str | None, scheme: str) -> Target:
    path = path.strip("/")
    forge = forge_of(host) if host else "unknown"
    parts = [p for p in path.split("/") if p]
    if forge == "gitlab" and "-" in parts:
        parts = parts[: parts.index("-")]
    if forge == "github" and len(parts) > 2 and parts[2] in _GITHUB_EXTRA:
        parts = parts[:2]
    if not parts:
        raise TargetError(f"no repository path in {redact(raw)!r}")
    name = parts[-1]
    if name.endswith(".git"):
        name = name[:-4]
    owner = "/".join(parts[:-1]) or None
    if forge in ("github", "gitlab") and len(parts) != len(path.split("/")):
        # The user pasted a web page URL inside the project: clone the project itself.
        repo_path = "/".join(parts)
        clone_url = f"https://{host}/{repo_path}" + ("" if repo_path.endswith(".git") else ".git")
        secret_url = None
    web = f"https://{host}/{owner + '/' if owner else ''}{name}" if forge in ("github", "gitlab") else None
    return Target(
        input=redact(raw), kind="remote", forge=forge, host=host or None, owner=owner, name=name,
        clone_url=clone_url, web_url=web, secret_url=secret_url,
    )


def parse_target(raw: str) -> Target:
    """Parse a target string; raise :class:`TargetError` with one clear line when it is not one."""
    text = raw.strip()
    if not text:
        raise TargetError("empty target")
    if "\n" in text or "\x00" in text:
        raise TargetError("a target is one line")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text):
        try:
            return _parse_url(raw, text)
        except ValueError as exc:  # urllib's own errors (a bad port…), redacted
            raise TargetError(f"{redact(text)}: not a valid URL ({one_line(str(exc))})") from None
    return _parse_other(text)


def _parse_url(raw: str, text: str) -> Target:
    public_text, user, password = split_credentials(text)
    register_secret(password)
    parts = urlsplit(public_text)
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http", "ssh", "git", "file", "git+ssh", "ssh+git"):
        raise TargetError(f"unsupported URL scheme {scheme!r} in {redact(text)!r}")
    if scheme == "file":
        local = Path(parts.path)
        return Target(
            input=redact(text), kind="remote", forge="unknown", host=None, owner=None,
            name=local.name.removesuffix(".git") or "repository", clone_url=urlunsplit(parts),
            secret_url=None,
        )
    host = parts.hostname or ""
    if not host:
        raise TargetError(f"no host in {redact(text)!r}")
    netloc = host + (f":{parts.port}" if parts.port else "")
    public = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    if user is not None and scheme in ("ssh", "git+ssh", "ssh+git"):
        public = urlunsplit((parts.scheme, f"{quote(user)}@{netloc}", parts.path, "", ""))
        secret = None
    elif user is not None:
        register_secret(user if password is None else password)  # a bare ``token@host`` is a token
        # Kept apart for git's credential helper (see acquire.auth_env), never on a command line.
        secret = urlunsplit((parts.scheme, f"{quote(user, safe='')}:{quote(password or '', safe='')}@{netloc}", parts.path, "", ""))
    else:
        secret = None
    return _from_host_path(text, host, parts.path, public, secret, scheme)


def _parse_other(text: str) -> Target:
    m = _SCP.match(text)
    if m and not os.path.exists(text) and "/" in m.group("path"):
        host = m.group("host")
        return _from_host_path(text, host, m.group("path"), text, None, "ssh")
    path = Path(text).expanduser()
    if path.exists():
        if not path.is_dir():
            raise TargetError(f"{text}: not a folder")
        resolved = path.resolve()
        kind = "local-git" if _is_git_dir(resolved) else "folder"
        return Target(input=text, kind=kind, forge="local", name=resolved.name, path=str(resolved))
    if _SHORTHAND.match(text) and not text.startswith((".", "/")):
        owner, name = text.split("/")
        return _from_host_path(text, "github.com", f"{owner}/{name}", f"https://github.com/{owner}/{name}.git", None, "https")
    raise TargetError(f"{text}: no such folder, and not a repository URL or owner/name")


def _is_git_dir(path: Path) -> bool:
    if os.path.lexists(path / ".git"):  # a .git that leads elsewhere is refused when read, never ignored
        return True
    # A bare repository given directly.
    return (path / "HEAD").is_file() and (path / "objects").is_dir()
