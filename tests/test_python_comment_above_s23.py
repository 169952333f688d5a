"""documentation.code-comments (issue 12, session 22 reader e1, a métropole's catalogue-export script): a Python script whose
functions are each described by the comment right above them (`# Fonction qui récupère toutes les fiches des deux catalogues`)
was "0 % of public functions and classes documented (0/2)", though the R, shell and script-JavaScript measures already credit
such a comment. A comment of words right above a `def` or its decorator now documents it; a pragma, a line of commented-out
code, or a comment separated by a blank line does not."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CC = "documentation.code-comments"

SCRIPT = '''import csv
import sys

import requests


# Fonction qui récupère toutes les fiches d'un catalogue CSW, page par page
def recuperer_fiches(url, pas):
    fiches = []
    debut = 1
    while debut > 0:
        reponse = requests.get(url, params={"startPosition": debut, "maxRecords": pas})
        fiches.extend(reponse.text.split("<gmd:MD_Metadata"))
        debut = 0
    return fiches


# Écrit une ligne par fiche dans le fichier de sortie
@staticmethod
def ecrire_tableur(fiches, chemin):
    with open(chemin, "w", newline="") as f:
        w = csv.writer(f)
        for fiche in fiches:
            w.writerow([fiche[:80]])


# ecrire_tableur(fiches, "sortie.csv")
def compter(fiches):
    return len(fiches)


# noqa: E302
def nettoyer(texte):
    return texte.strip()

# Calcule la taille moyenne des fiches

def moyenne(fiches):
    return sum(len(f) for f in fiches) / max(1, len(fiches))


if __name__ == "__main__":
    ecrire_tableur(recuperer_fiches(sys.argv[1], 50), sys.argv[2])
'''


def test_functions_described_by_the_comment_above_are_documented(tmp_path):
    res = judge(tmp_path, {"export_catalogue.py": SCRIPT, "README.md": "# Export du catalogue\n\nExporte les fiches du catalogue.\n"},
                [CC])[1][CC]
    py = res["details"]["by_language"]["python"]
    # (recuperer_fiches and ecrire_tableur; not compter under commented-out code, nettoyer under a pragma, nor moyenne under a
    # comment a blank line away)
    assert (py["documented"], py["declarations"]) == (2, 5), res["details"]
    assert "(2/5)" in res["message"]["en"], res["message"]
