"""A part's README whose developers' chapter only compiles its style sheets is no installation of the project (issue 12, session 26
fixer d26; reader s25 o3: QuentinEcollectivites/LdapAdmin).

A Drupal module beside a Bootstrap sub-theme, and no README at the root: the sub-theme's README has "## Development." then "### CSS
compilation.": "Prerequisites: install sass", "To compile, run: `sass scss/style.scss css/style.css && sass …`". The compiled CSS is
committed; the chapter is how the theme's developers rebuild it, not how a site installs the module: reusability.install finds no
written instructions (was warn 4 "written instructions: yes" from that chapter). Neighbours keep theirs: a part's "Development"
chapter that installs and starts a copy (`npm install`, `npm run dev`), and a part's "Installation" chapter whose only command is sass.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for, run

THEME_README = ("# B5 Drupal theme\n\n[Bootstrap 5](https://www.drupal.org/project/bootstrap5) subtheme.\n\n## Development.\n\n"
                "### CSS compilation.\n\nPrerequisites: install [sass](https://sass-lang.com/install).\n\n"
                "To compile, run from subtheme directory: `sass scss/style.scss css/style.css && sass scss/ck5style.scss css/ck5style.css`\n")
MODULE = {
    "custom/ldapconnector/ldapconnector.info.yml": "name: LDAP connector\ntype: module\ncore_version_requirement: ^10\n",
    "custom/ldapconnector/ldapconnector.module": "<?php\nfunction ldapconnector_help($route_name) {\n  return 'LDAP';\n}\n",
    "custom/ldapconnector/ldapconnector.routing.yml": "ldapconnector.list:\n  path: '/ldap/list'\n",
    "b5subtheme/b5subtheme.info.yml": "name: B5 subtheme\ntype: theme\nbase theme: bootstrap5\ncore_version_requirement: ^10\n",
    "b5subtheme/scss/style.scss": "$primary: #003366;\nbody { color: $primary; }\n",
    "b5subtheme/css/style.css": "body{color:#036}\n",
}


def _ctx(tmp_path, readme: str):
    make_repo(tmp_path, [{"files": {**MODULE, "b5subtheme/README.md": readme}}])
    return ctx_for(tmp_path)


def test_a_sub_themes_css_compilation_chapter_is_no_install(tmp_path):
    ctx = _ctx(tmp_path / "theme", THEME_README)
    assert ctx.fact("install_recipes")["readme_installs"] == []  # was [["b5subtheme/README.md", 5, "Development."]]
    install = run(ctx, "reusability.install")
    assert install.status.value == "fail" and install.details.get("instructions") is False, install.message  # was warn 4


def test_a_parts_development_chapter_running_a_copy_or_its_installation_chapter_stays(tmp_path):
    dev = THEME_README.replace("`sass scss/style.scss css/style.css && sass scss/ck5style.scss css/ck5style.css`",
                               "\n\n```\nnpm install\nnpm run dev\n```\n")
    ctx = _ctx(tmp_path / "dev", dev)
    assert [r[:2] for r in ctx.fact("install_recipes")["readme_installs"]] == [["b5subtheme/README.md", 5]]
    install = ctx.fact("install_recipes")
    named = THEME_README.replace("## Development.", "## Installation")
    ctx = _ctx(tmp_path / "named", named)
    assert [r[:2] for r in ctx.fact("install_recipes")["readme_installs"]] == [["b5subtheme/README.md", 5]], install
    assert run(ctx, "reusability.install").details.get("instructions") is True
