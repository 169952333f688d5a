"""A contact block's "Adresse : <street>, <postcode> <town>" written as text is no address handled (issue 12, s45 ff45 = reader
rb45's LexaeART/villeinfo).

villeinfo: a commune's PHP site also holds cv/index.html, a person's CV page whose contact block lists "E-mail : …", "Tel : …" and
"Adresse : <number> Rue …, <postcode> <town>" in one <p> each. interoperability.public-building-blocks gave that line as an "address
handled here, which the public services would provide", its only evidence. The contact-card rule read the label only as a tag's
whole text over an address on the next lines. Rule now: the label followed, in the same tag's text, by a written address with its
postcode and town, beside a phone or e-mail label, is a contact card too. Near miss: the same label over an address the page prints
from its data (<?= $ligne['adresse'] ?>) is still an address the project holds."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PBB = "interoperability.public-building-blocks"


def _files(address_line: str) -> dict:
    contact = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Contact</title></head><body>\n<div id=\"contact\">\n"
               "  <p>E-mail : <a href=\"mailto:accueil@example.org\">accueil@example.org</a></p>\n"
               "  <p>Tel : <a href=\"tel:+33100000000\">01 00 00 00 00</a></p>\n"
               f"  {address_line}\n</div>\n</body></html>\n")
    return {"index.php": "<?php\n$ligne = ['adresse' => ''];\ninclude 'contact.php';\n", "contact.php": contact,
            "README.md": "# Site\n\nLe site de la commune.\n"}


def test_a_written_address_in_a_contact_block_is_no_address_handled(tmp_path):
    _r, res = judge(tmp_path, _files("<p>Adresse : 12 Rue des Tilleuls, 60400 Lieuville</p>"), [PBB], name="card")
    assert not any(e.get("path") == "contact.php" for e in res[PBB]["evidence"]), res[PBB]


def test_near_miss_an_address_printed_from_data_is_still_handled(tmp_path):
    _r, res = judge(tmp_path, _files("<p>Adresse : <?= $ligne['adresse'] ?>, 60400 <?= $ligne['ville'] ?></p>"), [PBB], name="data")
    assert any(e.get("path") in ("contact.php", "index.php") for e in res[PBB]["evidence"]), res[PBB]
