"""Session 36 (q36), README facts found wrong by reader r18c: a framework's README template whose commands the team rewrote.

incubateur-ademe/nosgestesclimat-doc's README is Docusaurus's ("This website is built using Docusaurus 2, a modern static website
generator", "This command starts a local development server…"), but the team rewrote every command from yarn to bun ("### Installation"
over `$ bun`, `$ bun start`, `bun deploy`) when it moved the site to bun: its steps are the project's, and the installation was said
absent because the README was read as the untouched template, recognised by its prose only. A template whose commands run another
package manager than the one the template writes is adapted: its install counts. Near miss: the template as Docusaurus writes it (yarn)
stays the untouched template. The texts are written for these tests, in the shape of those READMEs.
"""

from __future__ import annotations

import pytest

from auditor.facts.readme import analyse
from auditor.facts.readme_templates import untouched_template

DOCUSAURUS = """# Website

This website is built using [Docusaurus 2](https://docusaurus.io/), a modern static website generator.

### Installation

```
$ {tool}
```

### Local Development

```
$ {tool} start
```

This command starts a local development server and opens up a browser window. Most changes are reflected live without having to restart the server.

### Build

```
$ {tool} build
```

This command generates static content into the `build` directory and can be served using any static contents hosting service.

### Deployment

Using SSH:

```
$ USE_SSH=true {tool} deploy
```

If you are using GitHub pages for hosting, this command is a convenient way to build the website and push to the `gh-pages` branch.
"""


@pytest.mark.parametrize("tool", ["bun", "pnpm", "npm"])
def test_a_template_whose_commands_run_another_tool_is_adapted(tool):
    info = analyse(DOCUSAURUS.format(tool=tool if tool == "bun" else f"{tool} run" if tool == "npm" else tool), "README.md")
    assert info["template"]["framework"] == "docusaurus"
    assert untouched_template(info) is None, info["template"]
    assert "install" in info["sections"], info["section_details"]


def test_the_untouched_template_stays_a_template():
    info = analyse(DOCUSAURUS.format(tool="yarn"), "README.md")
    assert untouched_template(info) is not None
    assert info["sections"] == [], info["sections"]


def test_a_tool_named_in_prose_only_does_not_adapt_it():
    # near miss: the template's yarn commands kept, a sentence naming bun outside any command
    info = analyse(DOCUSAURUS.format(tool="yarn").replace("### Build", "We may move to bun later.\n\n### Build"), "README.md")
    assert untouched_template(info) is not None
