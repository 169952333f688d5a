"""A README sentence that says a folder of the repository holds the settings, with a settings verb: "des fichiers dans le répertoire
CONFIGX-HPS permettent de configurer la base de données et les courriels" (issue 12, s37 fh37 = HPSdevs/ParcMachinesSivom) — the
configuration section, though it names the folder rather than its files (config-basededonnees.ini, config-email.ini).

The folder must be one of the repository's and hold a settings file (an .ini, .conf, .cfg, .properties, .toml or .env file, or a
JSON or YAML file named for its settings); the sentence must name it beside a folder word and a settings word."""

from __future__ import annotations

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

_SETTINGS_EXT = ("ini", "conf", "cfg", "properties", "toml", "env")
_SETTINGS_NAMED = lazy_compile(r"(?:config|configuration|settings|parametres|parameters|params)[\w.-]*\.(?:json|ya?ml)$")
_FOLDER_WORD = lazy_compile(r"\b(?:repertoire|dossier|folder|directory|sous dossier|subfolder)\b")
_SETTINGS_VERB = lazy_compile(r"\b(?:parametres|parameters|parametrage|reglages|settings|configuration|configure|configured|configurer|configures?|"
                              r"configuree?s?|parametree?s?|parametrer)\b")
MAX_WORDS = 60
MAX_PATHS = 100_000


def settings_folders(files) -> set[str]:
    """The names (normed) of the folders of ``files`` (the repository's paths) that hold a settings file directly."""
    out: set[str] = set()
    for i, path in enumerate(sorted(files or ())):
        if i >= MAX_PATHS:
            break
        if "/" not in path:
            continue
        folder, name = path.rsplit("/", 1)
        low = name.lower()
        ext = low.rsplit(".", 1)[-1] if "." in low[1:] else ""
        if ext in _SETTINGS_EXT or low.startswith(".env") or _SETTINGS_NAMED.search(low):
            leaf = norm(folder.rsplit("/", 1)[-1])
            if leaf:
                out.add(leaf)
    return out


def settings_folder_sentence(blocks: list, splitter, files) -> tuple[int, str] | None:
    """(line, sentence) of the first paragraph sentence naming a settings folder of the repository (:func:`settings_folders`) beside a
    folder word and a settings word, or None (None too when the listing is unknown)."""
    folders = settings_folders(files) if files is not None else set()
    if not folders:
        return None
    for b in blocks:
        if b.kind != "paragraph":
            continue
        for sentence in splitter.split(b.text)[:20]:
            normed = norm(sentence)
            if len(normed.split()) <= MAX_WORDS and _FOLDER_WORD.search(normed) and _SETTINGS_VERB.search(normed) \
                    and any(f" {f} " in f" {normed} " for f in folders):
                return b.line, sentence.strip()
    return None
