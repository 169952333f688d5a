"""interoperability.accessibility-and-ecodesign: an image named URL-encoded in an address ("page%20accueil.jpg") is the file
"page accueil.jpg" the interface uses (issue 12, s45 fi45, reader rf45).

crepinbaudouin/observatoire-territorial's Accueil.py:11 loads its background as …/page%20accueil.jpg: the check kept only the images
the interface names, compared names undecoded, and said "convert the 4 PNG/JPEG images" where the interface uses 5. Near miss: an
encoded name that decodes to no committed file adds nothing (page-accueil.jpg is a different file)."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.accessibility-and-ecodesign"


def _raster(tmp_path, committed: str) -> int:
    page = ('import streamlit as st\n\nst.image("emploi.jpeg")\n'
            'st.markdown("""<style>.app { background-image: url("https://exemple.org/site/page%20accueil.jpg"); }</style>""",'
            ' unsafe_allow_html=True)\n')
    files = {"app.py": page, "requirements.txt": "streamlit>=1.35\n", "README.md": "# Tableau de bord\n",
             "emploi.jpeg": "JPEG-1", committed: "JPEG-2", "brouillon.png": "PNG-3"}
    r = check_result(tmp_path, files, CID)
    return r["details"].get("raster_images")


def test_url_encoded_name_counts_its_image(tmp_path):
    assert _raster(tmp_path, "page accueil.jpg") == 2


def test_near_miss_encoded_name_of_no_committed_file(tmp_path):
    assert _raster(tmp_path, "page-accueil.jpg") == 1
