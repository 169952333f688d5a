"""Private keys committed under any name, for the ``secrets`` fact (issue 12, s44 fg44 = OpenSourcePolitics/decidim-nanterre:
Vagrant's generated SSH key, ``.vagrant/machines/default/virtualbox/private_key``, a file without extension whose name is no known
key file's, was never scanned).

A small file the scan would not read by its name or extension is read as a key file when its first line is a PEM private-key header
(``-----BEGIN RSA PRIVATE KEY-----``, ``OPENSSH``, ``EC``, ``ENCRYPTED``, PKCS#8's bare ``PRIVATE KEY``, an OpenPGP private key
block): the scan then judges it as it judges ``id_rsa`` or ``server.key`` (an elided example body stays an example). A public key,
a certificate, or a header quoted after other text is no such file. Bounded: files of at most :data:`MAX_BYTES`, at most
:data:`MAX_FILES` of them in path order; media, office documents and archives are never read."""

from __future__ import annotations

from auditor.facts.inventory import ASSET_EXT, DOCUMENT_EXT
from auditor.lazyre import lazy_compile

MAX_BYTES = 16 * 1024  # (a 4096-bit RSA key in PEM is about 3.3 KB; an encrypted one a little more)
MIN_BYTES = 64
MAX_FILES = 400
_SKIP_EXT = ASSET_EXT | DOCUMENT_EXT | {"pyc", "class", "jar", "war", "ear", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "exe", "dll",
                                        "so", "dylib", "o", "a", "mo", "db", "sqlite", "sqlite3", "xls", "xlsx", "ods", "mp3", "mp4"}
PEM_PRIVATE_HEADER = lazy_compile(rb"-----BEGIN (?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|SSH2) )?PRIVATE KEY-----[ \t]*\r?(?:\n|$)"
                                  rb"|-----BEGIN PGP PRIVATE KEY BLOCK-----[ \t]*\r?(?:\n|$)")


def starts_with_private_key(data: bytes) -> bool:
    """The file's first line (after a byte-order mark and blank lines) is a PEM private-key header."""
    return bool(PEM_PRIVATE_HEADER.match(data[:256].removeprefix(b"\xef\xbb\xbf").lstrip(b" \t\r\n")))


def pem_key_files(snap, pool: list) -> list:
    """The entries of ``pool`` (files the scan would not read otherwise, see the module) whose first line is a private key's."""
    peek = sorted((e for e in pool if MIN_BYTES <= e.size <= MAX_BYTES and e.ext.lower() not in _SKIP_EXT), key=lambda e: e.path)[:MAX_FILES]
    by_path = {e.path: e for e in peek}
    return [by_path[path] for path, data in snap.iter_bytes([e.path for e in peek], limit=MAX_BYTES) if starts_with_private_key(data)]
