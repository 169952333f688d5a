"""README contact: a linked chat or mailing list the reader is asked to join is a way to reach the project (issue 12, session 9's
first reads: GIP-RECIA/uPortal-web-components' "Join us in [Slack][] and the [Mailing List][]!" under "## Contribute" left contact missing)."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# Composants web\n\nUne collection de composants web réutilisables pour le portail de l'ENT.\n\n## Contribute\n\n"
        "Components are built by people just like you! Check out [CONTRIBUTING.md][] for ways to get started.\n\n")


def sections(text: str) -> dict:
    return {d["name"]: d["line"] for d in analyse(text, "README.md")["section_details"]}


def test_a_linked_chat_and_mailing_list_to_join_is_the_contact():
    s = sections(HEAD + "Want to chat with the community and contributors? Join us in [Slack][] and the [Mailing List][]!\n\n"
                 "[slack]: https://example-slack.herokuapp.com/\n[mailing list]: https://groups.google.com/a/example.org/forum/#!forum/dev\n")
    assert s["contact"] == 9


def test_a_french_matrix_room_to_join_is_the_contact():
    s = sections(HEAD + "Pour discuter avec l'équipe, rejoignez le salon [Matrix](https://matrix.to/#/#composants:example.org).\n")
    assert s["contact"] == 9


def test_a_slack_bot_described_is_no_contact():
    s = sections("# Anniversaires\n\nUn bot Slack qui souhaite les anniversaires des agents, publié sur [npm](https://www.npmjs.com/).\n")
    assert "contact" not in s
    s = sections(HEAD + "Join us!\n")  # (no channel named, no link)
    assert "contact" not in s
