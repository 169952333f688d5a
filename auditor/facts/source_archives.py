"""The archives (.zip, .tar.gz, .tgz, .tar, .phar) that package the repository's own sources: their entries' names are the paths
of the project's own files (a TYPO3 extension's t3_<name>.zip made for the Extension Manager's upload, holding its ext_emconf.php,
Configuration/ and Resources/ as committed beside it, issue 12, s41 fb41 = CDG47-Dev/t3_Serignac). Such a copy is the project's
package, build output: it drifts from the sources it copies at the first fix.

Only the archive's list of names is read (a zip's central directory, a tar's headers), never a member's contents, nothing is
extracted; bounded by the archive's size, the count of names and the bytes a compressed tar may expand to. An archive whose
entries are not the repository's files (a shapefile's parts, a library downloaded as a zip) keeps its category."""

from __future__ import annotations

import io
import posixpath
import tarfile
import zipfile

MAX_ARCHIVES = 20  # archives read, in path order
MAX_ARCHIVE_BYTES = 16 * 1024 * 1024  # an archive larger is not read
MAX_NAMES = 5000  # names read in one archive
MAX_EXPANDED = 64 * 1024 * 1024  # bytes a compressed tar may expand to while its headers are read
MIN_SHARED = 3  # entries that must be the repository's own files, and at least half of the archive's
_EXT = (".zip", ".tar.gz", ".tgz", ".tar", ".phar", ".tar.bz2", ".tar.xz")
# (what a package of the project copies: its code, settings and pages; a data file or a library's copy alone makes no package)
_OWN = ("source", "test", "configuration", "manifest", "documentation", "asset", "community")
_CODE = ("source", "test", "configuration", "manifest")  # (one of them at least: a zip of the pages or images alone is no package)


class _Capped(io.RawIOBase):
    """A stream over ``inner`` that ends after ``cap`` bytes (a compressed tar's expansion bound)."""

    def __init__(self, inner, cap: int):
        self.inner, self.left = inner, cap

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self.left <= 0:
            return 0
        data = self.inner.read(min(len(buf), self.left))
        self.left -= len(data)
        buf[: len(data)] = data
        return len(data)


def archive_names(data: bytes) -> list[str]:
    """The file names an archive lists (directories left out), at most MAX_NAMES; [] when it is no zip or tar it can read."""
    names: list[str] = []
    if data[:4] == b"PK\x03\x04" or zipfile.is_zipfile(io.BytesIO(data)):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                return [i.filename for i in z.infolist()[:MAX_NAMES] if not i.is_dir()]
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return []
    stream = io.BytesIO(data)
    if data[:2] == b"\x1f\x8b":
        import gzip

        stream = gzip.GzipFile(fileobj=stream)
    elif data[:3] == b"BZh":
        import bz2

        stream = bz2.BZ2File(stream)
    elif data[:6] == b"\xfd7zXZ\x00":
        import lzma

        stream = lzma.LZMAFile(stream)
    try:
        with tarfile.open(fileobj=io.BufferedReader(_Capped(stream, MAX_EXPANDED)), mode="r|") as tar:
            for member in tar:
                if member.isfile():
                    names.append(member.name)
                if len(names) >= MAX_NAMES:
                    break
    except (tarfile.TarError, OSError, EOFError, ValueError):
        pass  # (no tar, or one cut at the bound: the names read so far)
    return names


def _relative(names: list[str]) -> list[list[str]]:
    """The names without a leading ./, as listed and, when every name shares one top folder, without it too
    (``t3_name-1.0/ext_emconf.php``): a shared top folder is the archive's own (the package's name) or one of the repository's
    (``src/`` of a zip holding src/modele/Graphe.java and src/modele/Sommet.java, issue 12, s42 fc42 = Exanc/SAE_PNR)."""
    names = [posixpath.normpath(n.lstrip("/")).removeprefix("./") for n in names if n and not n.startswith("..")]
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) == 1 and all("/" in n for n in names):
        return [names, [n.split("/", 1)[1] for n in names]]
    return [names]


def source_archives(snap, items: list) -> dict[str, str]:
    """``{path: "build"}`` for the archives whose entries are, for at least MIN_SHARED of them and half of all, the paths of the
    repository's own files (code, settings, pages, images; not data nor a copied library), code or settings among them, from the
    root or from the archive's folder."""
    category = {i.path: i.category for i in items}
    archives = sorted(p for p in category if p.lower().endswith(_EXT) and category[p] not in ("build", "vendored"))[:MAX_ARCHIVES]
    out: dict[str, str] = {}
    for path in archives:
        data = snap.read_bytes(path, limit=MAX_ARCHIVE_BYTES)
        readings = _relative(archive_names(data)) if data else []
        if not readings or len(readings[0]) < MIN_SHARED:
            continue
        folder = path.rpartition("/")[0]
        if any(_own_package(names, base, category) for names in readings for base in dict.fromkeys(("", folder + "/" if folder else ""))):
            out[path] = "build"
    return out


def _own_package(names: list[str], base: str, category: dict) -> bool:
    """Whether at least MIN_SHARED of the names, and half of them, are the repository's own files under ``base``, code among them."""
    shared = [n for n in names if category.get(base + n) in _OWN]
    return len(shared) >= MIN_SHARED and 2 * len(shared) >= len(names) and any(category[base + n] in _CODE for n in shared)
