"""reusability.territory-neutral: a web agency's meta description is not the site's territory; the region in the page title is.

Real case (issue 12, s46 fd46 = LexaeART/villeinfo): a commune's PHP site kept its maker's `<meta name="description"
content="<Agency> est une agence web basée en Hauts-de-France…">` beside `<meta name="author" content="<Agency>">`; that line was the
only evidence of the region, while the page title "Accueil | Mairie de la commune de Ville | Hauts-de-France" was not read. The
maker's self-description is now left out (its name opens it and it presents a business), the region as a part of the title is found;
a description in the commune's own words keeps its region.
"""

from __future__ import annotations

from auditor.engine import AuditOptions, audit

HEAD = """<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8" />
  <meta name="description" content="{description}" />
  <meta name="author" content="{author}" />
  <title>{title}</title>
</head>
<body><?php echo $contenu; ?></body>
</html>
"""


def evidence(repo, tmp_path, description, author, title):
    page = HEAD.format(description=description, author=author, title=title)
    report = audit(str(repo([{"files": {"index.php": page, "contact.php": "<?php echo 'contact'; ?>\n"}}])),
                   AuditOptions(cache_dir=tmp_path / "c", only=["reusability.territory-neutral"]))
    r = report["results"][0]
    return r["status"], [(e["path"], e.get("line"), e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"]


def test_the_makers_description_is_left_out_and_the_title_found(repo, tmp_path):
    status, found = evidence(repo, tmp_path, "Pixelune est une agence web basée en Normandie, spécialisée en sites vitrines.",
                             "Pixelune", "Accueil | Mairie de Saint-Machin | Normandie")
    lines = {line for _, line, _ in found}
    assert status == "warn" and 5 not in lines and 7 in lines  # (the title's line: the region, and the commune's name on it)


def test_near_miss_the_communes_own_description_keeps_its_region(repo, tmp_path):
    status, found = evidence(repo, tmp_path, "Mairie de Saint-Machin, commune en Normandie : démarches et actualités.",
                             "Mairie de Saint-Machin", "Accueil")
    assert status == "warn" and 5 in {line for _, line, _ in found}
