"""interoperability.public-building-blocks: a page's contact card, the label "Adresse :" as a tag's text over the publisher's own
street, postcode and town written as text, beside its phone's and e-mail's labels (a town hall's footer and home page), is the
site's contact, no address the service handles: no geocoding to advise (issue 12, s42 fe42 = WarLay0/MairieDeSevignyLaForet, a
commune's PHP site whose cut/footer.php and index.php cards gave fail 0 with "Adresse" as an address handled). Near miss: the same
card printing the street from the site's data (<?= $mairie['rue'] ?>) shows an address the project holds, and stays judged.
The files are written for these tests, in the shape of the real repository named above."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"
CARD = ("<footer>\n    <div class=\"footerSection\">\n        <h4>Mairie</h4>\n        <div class=\"footerSectionContent\">\n"
        "            <h5>Adresse :</h5>\n            {street}\n            <p>08999 Villeneuve-sur-Bois</p>\n        </div>\n"
        "        <div class=\"footerSectionContent\">\n            <h5>Téléphone :</h5>\n            <p>03.00.00.00.00</p>\n        </div>\n"
        "        <div class=\"footerSectionContent\">\n            <h5>Email :</h5>\n            <p>mairie@example.org</p>\n        </div>\n"
        "    </div>\n</footer>\n")
SITE = {
    "README.md": "# Mairie\n",
    "index.php": ("<?php include 'cut/header.php'; require 'config/db.php';\n$actus = $pdo->query('SELECT titre, texte, date FROM actu ORDER BY date DESC')"
                  "->fetchAll(); ?>\n<main>\n<?php foreach ($actus as $a) { ?>\n  <article><h2><?= htmlspecialchars($a['titre']) ?></h2>"
                  "<p><?= htmlspecialchars($a['texte']) ?></p></article>\n<?php } ?>\n</main>\n<?php include 'cut/footer.php'; ?>\n"),
    "cut/header.php": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Mairie</title><link rel=\"stylesheet\" href=\"assets/css/style.css\"></head><body>\n",
    "cut/form.php": ("<form method=\"post\" action=\"send.php\">\n  <label for=\"nom\">Nom</label><input id=\"nom\" name=\"nom\">\n"
                     "  <label for=\"email\">E-mail</label><input id=\"email\" name=\"email\" type=\"email\">\n"
                     "  <textarea name=\"message\"></textarea>\n  <button>Envoyer</button>\n</form>\n"),
    "send.php": "<?php\nmail('mairie@example.org', 'Contact', $_POST['message'], 'From: ' . $_POST['email']);\nheader('Location: index.php');\n",
    "config/db.php": "<?php\n$pdo = new PDO('mysql:host=' . getenv('DB_HOST') . ';dbname=mairie', getenv('DB_USER'), getenv('DB_PASSWORD'));\n",
    "assets/css/style.css": "body { margin: 0; }\n",
    "database/mairie.sql": "CREATE TABLE actu (id INT PRIMARY KEY, titre VARCHAR(200), texte TEXT, categorie VARCHAR(50), date DATE);\n",
}


def test_the_town_halls_contact_card_is_no_address_handled(tmp_path):
    r = check_result(tmp_path, {**SITE, "cut/footer.php": CARD.format(street="<p>8 Rue Grande Rue,</p>")}, CID)
    assert r["status"] == "not_applicable", (r["status"], r["message"], r["evidence"])
    assert not any(e.get("value") == "Adresse" for e in r["evidence"]), r["evidence"]


def test_a_card_printing_the_address_from_the_data_stays_an_address(tmp_path):
    printed = "<p><?= htmlspecialchars($mairie['rue']) ?></p>"
    r = check_result(tmp_path, {**SITE, "cut/footer.php": CARD.format(street=printed)}, CID)
    assert r["status"] != "not_applicable" and any(e.get("path") == "cut/footer.php" for e in r["evidence"]), (r["status"], r["message"], r["evidence"])
