"""A collection of independent folders (one a session, a topic, a course chapter), each holding its own R scripts, R Markdown and
notebooks: an app confined to one or two of those folders is one demo among them, not the project (issue 12, s42 fj42 = ISPF/Truc:
a statistics office's R user group, fourteen session folders S01E01…S03E03 of scripts and notebooks, two of them holding a small
Shiny demo, was called a web application).

The rule holds by counts only: the app decides the kind when one of its files sits at the repository's root, or when the repository
has fewer than :data:`MIN_FOLDERS` top-level folders holding code (its main folder, ``app/``, ``src/``), or when the app's folders
are more than a third of them."""

from __future__ import annotations

MIN_FOLDERS = 4  # top-level folders holding code, for a collection of independent folders


def top_folder(path: str) -> str:
    return path.split("/", 1)[0] if "/" in path else ""


def demo_among_folders(app_files: list[str], code_files: list[str]) -> bool:
    """Whether the app's files (``app_files``) lie in few of the many top-level folders the code (``code_files``) fills, none at the
    root: a demo among a collection's folders, not the project."""
    if not app_files:
        return False
    app_dirs = {top_folder(p) for p in app_files}
    if "" in app_dirs:
        return False
    dirs = {top_folder(p) for p in code_files} - {""}
    return len(dirs) >= MIN_FOLDERS and len(app_dirs) * 3 <= len(dirs)
