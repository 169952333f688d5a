"""reusability.territory-neutral (issue 12, s37 fh37 = manelocana/SIVOM_du_Fenouilledes).

The site's shared footer gives the syndicate's address one line a piece inside <address>, under its name:
<h3>SIVM du Fenouillèdes</h3> … <address>\\n 50 avenue du Général de Gaulle<br>\\n 66220 Saint Paul de Fenouillet<br>. The
postal-address signals read a code only right after a tag's '>' or a quote on its line, and an address under a town hall's or a
Pays' name only. A postal code opening its line after a line ending on <br>, <address> or <p> is an address's line, and an address
under a syndicate of communes' name is that body's, read as under a town hall's when the publisher is unknown.
Near misses: a number opening a line after a closed paragraph (no address), and an address line under no body's name (publisher
unknown), stay no finding.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

FOOTER = """<footer id="footer">
    <h3>
        HEAD
    </h3>
    <address>
        12 rue des Tanneurs<br>
        46100 Figeac<br>
        05 65 00 00 00<br>
    </address>
</footer>
"""


def _files(head: str) -> dict:
    return {"requirements.txt": "Flask==3.1.0\n",
            "app/__init__.py": "from flask import Flask, render_template\n\napp = Flask(__name__)\n\n\n@app.route('/')\ndef home():\n"
                               "    return render_template('home.html')\n",
            "app/templates/home.html": "{% include 'footer.html' %}\n", "app/templates/footer.html": FOOTER.replace("HEAD", head),
            "README.md": "# Site\n\nSite web.\n"}


def test_an_address_line_under_a_syndicates_name_is_found(tmp_path):
    r = check_result(tmp_path, _files("SIVU du Haut-Quercy"), CID)
    found = {(e.get("path"), e.get("line"), e.get("value")) for e in r["evidence"] if e.get("kind") == "finding"}
    assert ("app/templates/footer.html", 7, "46100 Figeac") in found, r["evidence"]  # was not read: no '>' before the code


def test_an_address_line_under_no_body_or_a_number_after_a_paragraph_is_none(tmp_path):
    r = check_result(tmp_path, _files("Nous contacter"), CID)
    assert r["status"] == "pass", r["evidence"]
    files = _files("Nous contacter")
    files["app/templates/home.html"] = "<p>Chiffres</p>\n46100 Figeac<br>\n{% include 'footer.html' %}\n"
    r = check_result(tmp_path / "p", files, CID)
    assert r["status"] == "pass", r["evidence"]
