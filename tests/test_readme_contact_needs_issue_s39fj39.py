"""documentation.readme-sections (issue 12, s39 fj39 = reader rt39's codegouvfr/rjsf-dsfr): a library's README callout says "If you
want to use this library, please [open an\\n> issue](…/issues) to discuss your needs!", the link's label broken over two lines. Contact
was missing: the request-channel rule knew French "besoins" but not English "needs", and the broken label read "open anissue", so the
link was not found in the sentence. Rule now: a link label broken by a line reads with a space; inviting the reader to open an issue
for their needs or use case is a contact channel. Near miss: "if you find a bug, open an issue" alone stays no contact."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

RS = "documentation.readme-sections"
HEAD = ("# formulaires-dsfr\n\nUn thème de formulaires JSON Schema aux couleurs du DSFR.\n\n"
        "> [!IMPORTANT]\n> This theme is still a draft.\n>\n")
TAIL = "\n## Install\n\n```\nnpm install formulaires-dsfr\n```\n"
FILES = {"package.json": '{"name": "formulaires-dsfr", "version": "0.1.0"}\n', "src/index.ts": "export const theme = {};\n"}


def _sections(tmp_path, readme, name):
    r = judge(tmp_path, {**FILES, "README.md": readme}, [RS], name=name)[1][RS]
    return r["details"]["found"] if "found" in r["details"] else r["message"]["en"]


def test_open_an_issue_to_discuss_your_needs_is_a_contact(tmp_path):
    readme = HEAD + "> If you want to use this theme, please [open an\n> issue](https://github.com/exemple/formulaires-dsfr/issues) to discuss your needs!\n" + TAIL
    found = _sections(tmp_path, readme, "needs")
    assert "contact" in found, found


def test_a_bug_report_alone_stays_no_contact(tmp_path):
    readme = HEAD + "> If you find a bug, please [open an\n> issue](https://github.com/exemple/formulaires-dsfr/issues) with the steps!\n" + TAIL
    found = _sections(tmp_path, readme, "bug")
    assert "contact" not in found, found
