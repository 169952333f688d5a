"""A part's README holding the steps a framework's generator wrote (formations-client/README.md, Nuxt's "# Nuxt Minimal Starter"
with its "## Setup" `npm install` and "## Development Server" `npm run dev`, beside the part's package.json): the only written steps a
repository may have when its own README links an install guide a template left unfilled (issue 12, s41 fi41 = reader ra41 on
gitreunion/datacup-challenge-les-pivots). reusability.install cites them as it cites a root README left as a framework's template:
generic steps that do run the part, nothing of the project's own (never a pass). Nothing is run; at most :data:`MAX_READ` READMEs of
the README's bound each."""

from __future__ import annotations

from auditor.facts.document import MAX_README_BYTES

MAX_READ = 10
# the manifests a framework's generator writes beside its README: the part is that framework's application
_MANIFESTS = frozenset({"package.json", "composer.json", "pom.xml", "build.gradle", "build.gradle.kts", "pyproject.toml", "requirements.txt",
                        "Gemfile", "go.mod", "Cargo.toml", "pubspec.yaml"})


def part_template_steps(snap, files, readme_path: str | None, agents: tuple = ()) -> list[list]:
    """``[path, line, command, framework]`` of each top-level part's README (``<part>/README.md``, the part holding a manifest) that
    keeps a framework's template above the team's own chapters (not left untouched:
    :func:`auditor.facts.readme_templates.untouched_template`) giving an install, build or run command
    (:func:`auditor.facts.install_commands.first_command`), in path order."""
    from auditor.facts.install_commands import OTHER_README, first_command
    from auditor.facts.readme import analyse
    from auditor.facts.readme_templates import untouched_template

    parts = {e.path.split("/", 1)[0] for e in files if e.path.count("/") == 1 and e.name in _MANIFESTS}
    paths = sorted(e.path for e in files if e.path.count("/") == 1 and e.path != readme_path and OTHER_README.match(e.name)
                   and e.path.split("/", 1)[0] in parts and not e.path.startswith(agents))[:MAX_READ]
    out = []
    for path in paths:
        text = snap.read_text(path, limit=MAX_README_BYTES)
        if not text:
            continue
        found = analyse(text, path, snap.files)
        # (kept by a team that wrote its own chapters below it — "# Documentation" / "## Structure des données" under the starter's —:
        # the team's README, whose steps are the generator's; not one left untouched, the generator's README alone, which gives no
        # instructions (s35 ac35, r35: CRA's or Vue CLI's stock README in frontend/), nor steps rewritten for the project's tool)
        template = found.get("template")
        if template and not untouched_template(found) and not template.get("adapted") and (hit := first_command(text)):
            out.append([path, hit[0], hit[1][:120], template.get("framework")])
    return out
