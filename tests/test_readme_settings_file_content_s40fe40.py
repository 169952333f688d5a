"""readme.sections (issue 12, s40 fe40 = reader rv40, InseeFrLab/ACDC): a Vite front end's README says "You'll have to create a `.env`
file in the root directory of the project, with the following content:" over a block of `VITE_API_BASE_URL=https://…`, under
"## Quickstart". Configuration was missed (no "environment variables" words, no sample file to copy): the settings file written out,
its setting and value, is the configuration. Near miss: the same sentence over a block that runs commands gives none."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

VITE_PKG = '{"name": "designer", "private": true, "scripts": {"dev": "vite"}, "devDependencies": {"vite": "^5.0.0"}}\n'


def _sections(tmp_path, readme: str) -> list[str]:
    files = {"README.md": readme, "package.json": VITE_PKG, "src/App.tsx": "export const api = import.meta.env.VITE_API_BASE_URL;\n"}
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.readme-sections"]))
    return report["facts"]["readme"]["sections"]


QUICKSTART = """# Designer

PoC of a survey protocol designer, built with React.

## Quickstart

```bash
git clone https://github.com/exemple/designer.git
cd designer
yarn
yarn run dev
```

You'll have to create a `.env` file in the root directory of the project, with the following content:

"""


def test_a_settings_file_written_out_after_create_a_env_is_configuration(tmp_path):
    readme = QUICKSTART + "```bash\nVITE_API_BASE_URL=https://back-office.exemple.fr/ (or any other URL)\n```\n"
    assert "configuration" in _sections(tmp_path, readme)  # was purpose, install


def test_the_same_sentence_over_commands_gives_no_configuration(tmp_path):
    readme = QUICKSTART + "```bash\nyarn build\nyarn preview\n```\n"
    assert "configuration" not in _sections(tmp_path, readme)
