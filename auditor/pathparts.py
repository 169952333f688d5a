"""The parts of a repository path (name, folder, extension), shared by the snapshot's entries and
the ``tree`` fact's (one rule for what a file's extension is)."""

from __future__ import annotations

from functools import lru_cache

# The words that name a settings file's template by the convention "<name>.<word>" (config.php.dist, settings.ini.sample,
# .env.example, app.template.json, config.default.js): one list for every rule that tells a template from the file copied from it
# (the settings facts, the secrets' filled-in pairs, the README's file to copy, a deployment's copy, a web server's template, a
# shipped default of an app's state)
TEMPLATE_WORDS = ("example", "exemple", "sample", "dist", "template", "tmpl", "tpl", "default")
TEMPLATE_ALT = "|".join(TEMPLATE_WORDS)


@lru_cache(maxsize=1 << 12)
def extension(name: str) -> str:
    """The lower-case extension of a file name ("" for none; a leading dot is not one: ``.env``)."""
    return name.rsplit(".", 1)[-1].lower() if "." in name[1:] else ""


class PathParts:
    """Mixin for an object with a ``path`` (POSIX, relative to the repository root)."""

    __slots__ = ()
    path: str

    @property
    def name(self) -> str:
        return self.path.rpartition("/")[2]

    @property
    def dir(self) -> str:
        return self.path.rsplit("/", 1)[0] if "/" in self.path else ""

    @property
    def ext(self) -> str:
        return extension(self.path.rpartition("/")[2])


def joined(folder: str, target: str) -> str:
    """``target`` (``../CONTRIBUTING.rst``, ``./lib/x.sh``) read from ``folder``, normalised inside the repository: a ``..`` above
    its root is dropped, never kept (a link or a script's path can climb no higher than the repository)."""
    parts = [p for p in folder.split("/") if p]
    for seg in target.strip("/").split("/"):
        if seg == "..":
            if parts:
                parts.pop()
        elif seg not in ("", "."):
            parts.append(seg)
    return "/".join(parts)
