"""reusability.territory-neutral: a small commune's name, known from the town hall's postal address the code writes, is the project's
territory wherever the code writes it again, when the repository names its files after it (issue 12, s43 fe43 = Guklam/Echinghen, reader
rb43): a village's site writes "Mairie, Route de …" / "62360 <Commune>" in its footer (found), and the commune again in every page's
title ("… : Commune d'<Commune>"), its welcome heading, its menu and the town hall's mailbox mairie.<commune>@<provider> — all missed,
the commune too small for the list of communes. Its logo and its mock-ups are named after it (logo-<commune>.png,
Mairie_<Commune>.epgz): that word is the project's own, as a town hall's name anchors it (s42). Near miss: the same site whose files
are not named after the town keeps the address alone. The files are written for these tests."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"
FOOTER = ("<div id=\"footer\">\n    <div class=\"footer-image\">\n        <img src=\"images/logo-{img}.png\">\n"
          "        <p>Mairie, Route du Moulin</p>\n        <p>62999 Bourgtestin</p>\n    </div>\n    <div class=\"footer-contact\">\n"
          "        <p><a href=\"mailto:mairie.bourgtestin@orange.fr\">mairie.bourgtestin@orange.fr</a></p>\n    </div>\n</div>\n")
HEAD = "<head>\n    <meta charset=\"utf-8\">\n    <title><?= $titre; ?> : Commune de Bourgtestin</title>\n</head>\n"
INDEX = ("<?php $titre = 'Accueil'; include 'includes/Head.php'; ?>\n<body>\n    <main>\n        <h1>Bienvenue à Bourgtestin</h1>\n"
         "        <p>Les actualités du village.</p>\n    </main>\n<?php include 'includes/Footer.php'; ?>\n</body>\n")


def _files(img: str, mockup: str) -> dict:
    return {"README.md": "# Site de la mairie\n", "index.php": INDEX, "includes/Head.php": HEAD, "includes/Footer.php": FOOTER.replace("{img}", img),
            f"images/logo-{img}.png": "\x89PNG\r\n", f"docs/{mockup}": "maquette\n"}


def _cited(res) -> set:
    return {(e.get("path"), e.get("line")) for e in res["evidence"] if e.get("path")}


def test_the_towns_name_the_repository_names_its_files_after_is_echoed(tmp_path):
    res = check_result(tmp_path, _files("bourgtestin", "Mairie_Bourgtestin.epgz"), CID)
    assert {("includes/Footer.php", 5), ("includes/Head.php", 3), ("index.php", 4), ("includes/Footer.php", 8)} <= _cited(res), \
        (res["message"], res["evidence"])


def test_a_town_the_files_are_not_named_after_keeps_the_address_alone(tmp_path):
    res = check_result(tmp_path, _files("site", "maquette.epgz"), CID)
    assert _cited(res) == {("includes/Footer.php", 5)}, (res["message"], res["evidence"])
