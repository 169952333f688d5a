"""A coding assistant's guide that is the repository's only written guide.

CLAUDE.md, AGENTS.md, GEMINI.md and .github/copilot-instructions.md are written for a coding assistant: the install and
documentation checks set them aside, a real guide (a README, an install document) being where people look. When the repository
has no README and no install document, such a file is the only place where a person finds how to install, run or set up the
project (a demonstrator's CLAUDE.md "## Démarrage": `npm install`, `npm run dev`; its data chain and the variable that moves its
input folder): its install steps and the settings it names are then evidence, said to be found there, with the advice to move
them into a README. It never counts as community documentation.
"""

from __future__ import annotations

# the coding assistants' guides, in the order one is taken when several are there (AGENTS.md, the tool-neutral name, first)
AGENT_GUIDES = ("AGENTS.md", "CLAUDE.md", "GEMINI.md", "AGENT.md", ".github/copilot-instructions.md")
MAX_GUIDE_BYTES = 256 * 1024


def only_agent_guide(snapshot, readme_path: str | None, guides) -> str | None:
    """The coding assistant's guide that is the repository's only written guide: no README (``readme_path`` None) and no other
    install guide (``guides``: install documents, other READMEs' install chapters, pages of commands); the first of
    :data:`AGENT_GUIDES` committed as a file (not a symlink), else None."""
    if readme_path or any(guides):
        return None
    return next((p for p in AGENT_GUIDES if (e := snapshot.files.get(p)) is not None and e.kind in ("file", "executable")), None)


def agent_guide_steps(snapshot, path: str, files) -> dict | None:
    """``{"path", "install": [line, text] | None}``: the guide's install or run chapter (read as a README is: "## Démarrage" over
    `npm install`, `npm run dev`), else its first install or run command. None when the file cannot be read."""
    from auditor.facts.install_commands import first_command
    from auditor.facts.readme import analyse

    text = snapshot.read_text(path, limit=MAX_GUIDE_BYTES)
    if not text:
        return None
    info = analyse(text, path, files)
    install = next(([d["line"], d["text"][:160]] for d in info["section_details"] if d["name"] in ("install", "deployment")), None)
    if install is None and (hit := first_command(text)):
        install = [hit[0], hit[1][:160]]
    return {"path": path, "install": install}
