"""The one folder that holds a repository's whole project (Stage/bdc/, packagempeb/): the root and each level above it hold nothing
of substance but that folder, and that folder's README is the project's."""

from __future__ import annotations

from auditor.facts.inventory import COMMUNITY, best_path as _best, classify, community_kind

README_NAMES = COMMUNITY["readme"]


def project_folder_readme(snapshot) -> str | None:
    """The README of the one folder that holds the whole project, when the root holds no code nor any other folder: only
    dotfiles and community files (a licence) beside it (an R package kept in packagempeb/ with its DESCRIPTION, R/ and readme.md,
    the root holding only .gitattributes). Several folders (a monorepo's front/ and back/, each with its README) name no README.
    The one folder may itself hold only one folder and nothing else of substance: the project is that one, two or three levels
    down (Stage/bdc/, s44 fj44)."""
    folder = project_folder_path(snapshot)
    if folder is None:
        return None
    entries = list(snapshot.files.values())
    # (its README at its top, and its manifest or its code: the project, not a folder of pictures)
    readmes = [e for e in entries if e.dir == folder and README_NAMES.match(e.name)]
    if not readmes or not any(classify(e.path)[0] in ("source", "manifest") for e in entries if e.path.startswith(folder + "/")):
        return None
    return _best([e for e in readmes if e.name.lower().startswith("readme")] or readmes)


MAX_PROJECT_FOLDER_DEPTH = 3


def project_folder_path(snapshot) -> str | None:
    """The one folder that holds the whole project: from the root, while a level holds no file but dotfiles and community files
    and a single folder (dotted folders aside), that folder; the first level holding anything else (a README, code, two folders)
    is the project's. None when the root itself is the project's (a file of substance, or several folders)."""
    entries = [e for e in getattr(snapshot, "files", snapshot).values() if not e.path.startswith(".")]  # (a snapshot or its files)
    folder = ""
    for _ in range(MAX_PROJECT_FOLDER_DEPTH):
        prefix = folder + "/" if folder else ""
        inside = [e for e in entries if e.path.startswith(prefix)]
        if any(e.dir == folder and not (e.name.startswith(".") or community_kind(e.name)) for e in inside):
            break  # (a Makefile, a manifest, a README, a script here: this level is the project's)
        subs = {e.path[len(prefix):].split("/", 1)[0] for e in inside if "/" in e.path[len(prefix):]}
        subs = {d for d in subs if not d.startswith(".")}
        if len(subs) != 1:
            break
        folder = prefix + subs.pop()
    return folder or None
