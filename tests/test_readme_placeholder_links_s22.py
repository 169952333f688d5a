"""README chapters read wrong (issue 12, session 22 fixer g1, reader e3).

1. A chapter whose whole text is a placeholder of a chapter still to write ("## Installation" then ":construction: à venir",
   "## Utilisation" then "🚧 Coming soon", "TODO") says nothing: no section under that heading; the same headings over real steps
   keep their sections.
2. A chapter given by its linked heading only ("## [Licence](LICENSE)" with nothing under it, last of the README) gives the licence
   when the file is there; and a numbered documentation file ("[Installation](docs/01-installation.md)") gives the installation as
   "docs/installation.md" does.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

HEAD = ("# Portail des demandes\n\nLe portail permet aux agents de déposer et de suivre les demandes de subvention de la commune.\n\n")
APP = {"package.json": '{"name": "portail-demandes", "scripts": {"start": "node server.js"}}\n',
       "server.js": "const port = process.env.PORT || 3000;\nconsole.log(port);\n"}


def _names(tmp_path, files: dict) -> set[str]:
    make_repo(tmp_path, [{"files": files}])
    return {d["name"] for d in ctx_for(tmp_path).fact("readme")["section_details"]}


def test_placeholder_chapters_give_no_section(tmp_path):
    for i, (install, usage) in enumerate(((":construction: à venir", ":construction: À venir..."), ("🚧 Coming soon", "TODO"),
                                          ("Documentation en cours de rédaction.", "_Bientôt disponible_"))):
        readme = HEAD + f"## Installation\n\n{install}\n\n## Utilisation\n\n{usage}\n\n## Contribuer\n\nOuvrez une demande de fusion.\n"
        names = _names(tmp_path / str(i), {"README.md": readme, **APP})
        assert not {"install", "usage"} & names, (install, usage, names)  # was install and usage
        assert {"purpose", "contributing"} <= names, names


def test_chapters_with_steps_keep_their_sections(tmp_path):
    readme = HEAD + ("## Installation\n\n```\nnpm install\n```\n\n## Utilisation\n\nLancer `npm start` puis ouvrir http://localhost:3000 "
                     "et déposer une demande.\n\n## Installation avancée\n\nÀ venir : le déploiement sur un serveur, après `npm run build`.\n")
    names = _names(tmp_path, {"README.md": readme, **APP})
    assert {"install", "usage", "purpose"} <= names, names


def test_a_licence_given_by_its_linked_heading_alone(tmp_path):
    readme = HEAD + "## [Contribuer](CONTRIBUTING.md)\n\n## [Licence](LICENSE)\n"
    files = {"README.md": readme, "CONTRIBUTING.md": "# Contribuer\n\nOuvrez une demande de fusion.\n", **APP}
    assert "license" in _names(tmp_path / "there", {**files, "LICENSE": "MIT License\n"})  # was missed
    assert "license" not in _names(tmp_path / "missing", files)  # the link leads nowhere
    assert "license" not in _names(tmp_path / "plain", {**files, "README.md": HEAD + "## Licence\n\n## Contribuer\n\nOuvrez une demande.\n",
                                                        "LICENSE": "MIT License\n"})  # a heading left empty, no link


def test_a_numbered_documentation_file_gives_its_section(tmp_path):
    guide = "# Mise en place\n\n```\nnpm install\n```\n"
    for name in ("01-setup.md", "1_setup.md", "02.installation.md", "setup.md"):
        for label in ("Setup (en)", "Guide"):
            readme = HEAD + f"## Documentation\n\n* [{label}](doc/{name})\n"
            assert "install" in _names(tmp_path / f"{name}-{label[0]}", {"README.md": readme, f"doc/{name}": guide, **APP}), (name, label)  # numbered: missed
    readme = HEAD + "## Documentation\n\n* [Guide](doc/01-notes.md)\n"
    assert "install" not in _names(tmp_path / "notes", {"README.md": readme, "doc/01-notes.md": "# Notes\n\nLe vocabulaire du portail.\n", **APP})
