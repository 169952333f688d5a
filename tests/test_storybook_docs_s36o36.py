"""files.docs (issue 12, s36 o36 = reader r18b, MTES-MCT/monitor-ui): a React component library documents itself with its Storybook
site: .storybook/main.ts (addon-docs, stories '../stories/**/*.mdx' and '*.stories.tsx'), stories/Introduction.mdx ("Welcome to the
… Storybook documentation!"), Colors.mdx and the component stories, linked from the README's "## Documentation". No docs/ folder:
files.docs was null while facts.docs.site listed the Storybook. A Storybook that documents (MDX pages, or autodocs over its stories)
is a documentation site's configuration; a Storybook of stories alone (a workbench) is not."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

MAIN_MDX = ("import type { StorybookConfig } from '@storybook/react-vite'\n\nconst config: StorybookConfig = {\n"
            "  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],\n  docs: { defaultName: 'Documentation' },\n"
            "  framework: { name: '@storybook/react-vite', options: {} },\n  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.tsx']\n}\n\n"
            "export default config\n")
MAIN_STORIES = ("const config = {\n  addons: ['@storybook/addon-essentials'],\n  framework: '@storybook/react-vite',\n"
                "  stories: ['../src/**/*.stories.tsx']\n}\n\nexport default config\n")
PACKAGE = '{"name": "@ministere/ui-kit", "version": "1.0.0", "main": "dist/index.js", "devDependencies": {"storybook": "^8.0.0"}}\n'


def run(tmp_path, files: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# UI kit\n\nShared React components.\n\n## Documentation\n\n"
                                                              "Here is [the Storybook documentation](https://ministere.github.io/ui-kit).\n",
                                                 "package.json": PACKAGE, "src/Button.tsx": "export const Button = () => null\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.docs"]))
    return report["facts"]


def test_a_storybook_with_documentation_pages_is_the_documentation(tmp_path):
    facts = run(tmp_path, {".storybook/main.ts": MAIN_MDX,
                           "stories/Introduction.mdx": "import { Meta } from '@storybook/blocks'\n\n<Meta title=\"Introduction\" />\n\n"
                                                       "# UI kit\n\nWelcome to the UI kit Storybook documentation!\n",
                           "stories/Colors.mdx": "# Colors\n\nThe palette of the kit.\n",
                           "stories/Button.stories.tsx": "export default { title: 'Button' }\nexport const Primary = {}\n"})
    assert facts["files"]["docs"] == ".storybook/main.ts"


def test_a_storybook_writing_pages_from_its_stories_is_the_documentation(tmp_path):
    main = MAIN_STORIES.replace("  framework", "  docs: { autodocs: 'tag' },\n  framework")
    facts = run(tmp_path, {".storybook/main.ts": main, "src/Button.stories.tsx": "export default { title: 'Button', tags: ['autodocs'] }\n"})
    assert facts["files"]["docs"] == ".storybook/main.ts"


def test_a_storybook_of_stories_alone_is_no_documentation(tmp_path):
    facts = run(tmp_path, {".storybook/main.ts": MAIN_STORIES, "src/Button.stories.tsx": "export default { title: 'Button' }\n"})
    assert facts["files"]["docs"] is None
