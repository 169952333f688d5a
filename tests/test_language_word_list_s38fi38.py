"""documentation.language (issue 12, s38 fi38 = reader ra38, Zigazou/rouen-ocr).

A Python command-line tool with an English README keeps, in its package's assets, a Markdown word list the OCR step reads as its
vocabulary (src/<pkg>/assets/words.md: bare lines of one French term each under a few headings). The check said "README in
English, but documentation in French: translate the README", the word list taken for a French guide written beside the code. A
list of bare term lines is data, not documentation: the README is judged alone (English only).
Near miss: a French method sheet of sentences beside the code stays French documentation.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.language"

README = """# OCR utilities

This project converts PDF files into accessible HTML pages. It renders each page as an image, then asks a local model to read
the text and to describe the pictures, so that screen readers can follow the document.

## Convert a PDF to images

Run the command below to render every page of the document into a folder of images that the next step reads.

## OCR a PDF

The second command reads the rendered pages and writes one HTML file, with alternative texts for the pictures it finds.
"""

TERMS = ["Ville de Rouen", "Commune de Rouen", "Mairie de Rouen", "Hôtel de Ville", "Conseil municipal", "conseillère municipale",
         "adjoint au Maire", "Maire de Rouen", "Municipalité", "Métropole Rouen Normandie", "Conseil métropolitain",
         "Centre communal d’action sociale", "CCAS", "Préfecture de la Seine-Maritime", "Département de la Seine-Maritime",
         "Région Normandie", "délibération", "séance du Conseil municipal", "procès-verbal", "compte rendu", "ordre du jour",
         "rapporteur", "budget primitif", "décision modificative", "orientations budgétaires", "marché public",
         "appel d’offres", "direction des finances", "services municipaux", "espace public", "voirie communale"]
TERMS += [f"{t} de la Ville" for t in ("conseil de quartier", "service des sports", "service culturel", "police municipale",
                                         "état civil", "cimetière communal", "bibliothèque municipale", "conservatoire",
                                         "piscine municipale", "crèche municipale", "centre de loisirs", "restauration scolaire")]
WORDS = "# Entités institutionnelles\n\n" + "\n".join(TERMS[:16]) + "\n\n# Vocabulaire des délibérations\n\n" + "\n".join(TERMS[16:]) + "\n"

GUIDE = """# Méthode de reconnaissance

Le traitement découpe chaque page du document en images, puis le modèle lit le texte de chaque image et le restitue dans l'ordre
de lecture. Les images de la page reçoivent un texte alternatif rédigé en français, afin que les lecteurs d'écran puissent les
décrire aux personnes qui ne les voient pas.

Les titres, les listes et les tableaux sont reconstitués à partir de la mise en page, et les césures de fin de ligne sont
supprimées avant l'écriture du fichier HTML. Les erreurs les plus fréquentes de la reconnaissance sont corrigées ensuite par une
liste de règles appliquées au texte produit, page après page.

Pour un nouveau type de document, on ajoute ses termes propres au vocabulaire du modèle, puis on relance la conversion sur
quelques pages afin de vérifier que les noms propres et les sigles sont bien reconnus avant de traiter le document entier.

Les résultats sont relus par un agent du service de la communication, qui vérifie les textes alternatifs des photographies et
la structure des titres, puis le fichier est publié sur le site de la ville avec le document original en téléchargement.
"""

FILES = {"README.md": README,
         "pyproject.toml": "[project]\nname = \"ocr-tools\"\nversion = \"0.1.0\"\n\n[project.scripts]\npdf-to-text = \"ocr_tools.pdf_to_text:main\"\n",
         "src/ocr_tools/__init__.py": "",
         "src/ocr_tools/pdf_to_text.py": "from importlib.resources import files\n\n\ndef main():\n    words = files('ocr_tools').joinpath('assets/words.md').read_text()\n    print(len(words))\n"}


def test_a_word_list_in_the_package_is_no_documentation(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/ocr_tools/assets/words.md": WORDS}, CID)
    assert "translate the README" not in r["message"]["en"], r["message"]
    assert not any(e.get("path") == "src/ocr_tools/assets/words.md" for e in r["evidence"]), r["evidence"]
    assert r["status"] == "warn" and "English only" in r["message"]["en"], r["message"]


def test_a_french_method_sheet_beside_the_code_stays_french_documentation(tmp_path):
    r = check_result(tmp_path, {**FILES, "src/ocr_tools/methode.md": GUIDE}, CID)
    assert "translate the README" in r["message"]["en"], r["message"]
