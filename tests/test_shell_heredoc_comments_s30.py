"""documentation.code-comments (issue 12, s30 n30 = reader m22o3, atd16/automx2plesk): an installer script's authors comment in
French ("# IP publique", "# mot de passe de la BDD plesk"), but the configuration files it writes with here-documents
(cat > /etc/automx.conf <<EOF … EOF) carry their own English '#' lines ("# The DEFAULT section is always merged…"), and the check
said "Comments mostly in English". A here-document's lines are text given to a command, not the script's comments; a script
commented in English, or one whose here-string or quoted "<<EOF" opens nothing, keeps its comments."""

from __future__ import annotations

from auditor.facts.comments import shell_metrics
from tests.test_local_authority_verdicts import judge

CC = "documentation.code-comments"

FRENCH = ["Script permettant d'installer le service de configuration automatique des boîtes de messagerie",
          "On récupère l'adresse IP publique du serveur pour la configuration du service",
          "Le mot de passe de la base de données est lu dans le fichier du panneau d'hébergement",
          "Configuration du serveur web pour que les clients trouvent le fichier de configuration"]
ENGLISH = ["The DEFAULT section is always merged into each other section of the configuration file",
           "Each section inherits the values of the default section unless it sets its own value here",
           "Set the log level that the service should use when it writes to the system log files",
           "The backend that is used to look up the mailboxes of a user in the hosting database",
           "DO NOT MODIFY THIS FILE BECAUSE IT WAS GENERATED AUTOMATICALLY BY THE INSTALLER SCRIPT",
           "The host name that the mail clients will use to reach the incoming mail server of the domain",
           "The port that the mail clients will use to reach the outgoing mail server of the domain"]


def script(outer: list[str], inner: list[str], opener: str = "cat > /etc/automx.conf <<EOF", closer: str = "EOF") -> str:
    body = ["#!/bin/bash\n"]
    for k, c in enumerate(outer):
        body.append(f"# {c}\nVALUE{k}=$(hostname -I | cut -d' ' -f1)\n")
    body.append(opener + "\n" + "".join(f"# {c}\nkey{k} = value{k}\n" for k, c in enumerate(inner)) + closer + "\n")
    body.append("systemctl restart automx\n")
    return "".join(body)


def test_here_document_lines_are_not_comments():
    m = shell_metrics(script(FRENCH, ENGLISH))
    assert m["comment_lines"] == len(FRENCH), m
    assert not any("DEFAULT section" in t for t in m["comment_texts"]), m["comment_texts"]
    m = shell_metrics(script(FRENCH, ENGLISH, "\tcat > /etc/a.conf <<- 'END'", "\tEND"))  # (<<- strips the closing tabs)
    assert m["comment_lines"] == len(FRENCH), m


def test_a_program_in_a_here_document_keeps_its_comments():
    # (python3 - <<'PY' runs the document; cat <<'EOF' > .git/hooks/pre-commit writing "#!/bin/bash" writes a script)
    for opener, first in (("python3 - <<'PY'", ""), ("sudo -u postgres bash <<EOF", ""), ("cat <<'EOF' > .git/hooks/pre-commit", "#!/bin/bash\n")):
        delim = opener.split("<<")[1].strip(" '").split()[0]
        text = script(FRENCH, ENGLISH, opener + ("\n" + first.rstrip("\n") if first else ""), delim)
        m = shell_metrics(text)
        assert m["comment_lines"] == len(FRENCH) + len(ENGLISH), (opener, m)


def test_a_here_string_or_a_quoted_marker_opens_nothing():
    for opener in ("grep -q x <<< \"$VALUE0\"", "echo \"write <<EOF to start\""):
        m = shell_metrics(script(FRENCH, ENGLISH, opener, "echo fin"))
        assert m["comment_lines"] == len(FRENCH) + len(ENGLISH), (opener, m)


def test_the_installer_is_commented_in_french(tmp_path):
    res = judge(tmp_path, {"automx2plesk_install.sh": script(FRENCH, ENGLISH), "README.md": "# automx2plesk\n\nInstalle automx sur Plesk.\n"},
                [CC])[1][CC]
    note = " ".join(str((e.get("note") or {}).get("en")) for e in res["evidence"])
    assert "mostly in English" not in note, res["evidence"]  # was "Comments mostly in English, as DINUM asks" (en 0.51, fr 0.49)


def test_english_comments_outside_here_documents_are_still_english(tmp_path):
    res = judge(tmp_path, {"install.sh": script(ENGLISH, FRENCH[:1]), "README.md": "# tool\n\nInstalls a service.\n"}, [CC])[1][CC]
    assert "mostly in English" in " ".join(str((e.get("note") or {}).get("en")) for e in res["evidence"]), res["evidence"]
