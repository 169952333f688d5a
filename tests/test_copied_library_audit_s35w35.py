"""Wrong verdicts reader m31o4 found on ERASME's and Rennes Métropole's repositories (issue 12, session 35 fixer w35).

- urbanlab/flux: views/visu/p5.js, the readable build of p5.js 0.6.0 (2.6 MB, over the snapshot's cap, never read), beside its
  minified twin views/visu/p5.min.js whose banner names the library ("/*! p5.js v0.6.0 … */"): it stayed the project's source,
  so code-comments, territory-neutral and geo said inconclusive for a file left unread though every own file was read.
"""

from __future__ import annotations

from tests.test_copies_s15_k1 import categories
from tests.test_local_authority_verdicts import judge
from tests.test_reusability_fixtures import build

# a readable library build over the snapshot's 2 MiB cap (the categories helper caps at 1 MiB; the engine at 2 MiB)
BIG_BODY = "".join(f"  function part{i}(a, b) {{\n    // step {i}\n    return a + b * {i};\n  }}\n" for i in range(36000))
P5_JS = "/*! p5.js v0.6.0 January 19, 2018 */\n(function (f) {\n" + BIG_BODY + "})(this);\n"
P5_MIN = "/*! p5.js v0.6.0 January 19, 2018 */ !function(a){" + "var b=a;" * 400 + "}(this);\n"
SKETCH = ("// Visualisation des flux sur l'écran\nvar congestionMin = 1;\n\n/** Prépare la toile. */\nfunction setup() {\n"
          "  createCanvas(1920, 1080);\n}\n\n/** Dessine une image. */\nfunction draw() {\n  background(0);\n}\n")
SERVER = ("// Serveur de la démo\nconst express = require('express');\nconst app = express();\n\n/** Démarre le serveur. */\n"
          "function start() {\n  app.use(express.static('views'));\n  app.listen(8000);\n}\nstart();\n")
FLUX = {
    "README.md": "# FLUX\n\nDémonstrateur : étaler les horaires d'arrivée au travail réduit la congestion.\n\n## Installation\n\nnpm install\n",
    "package.json": '{\n  "name": "flux",\n  "version": "1.0.0",\n  "dependencies": {\n    "express": "^4.16.3"\n  }\n}\n',
    "index.js": SERVER,
    "views/visu/index.html": "<html><body><script src=\"p5.js\"></script><script src=\"sketch.js\"></script></body></html>\n",
    "views/visu/sketch.js": SKETCH,
    "views/visu/p5.js": P5_JS,
    "views/visu/p5.min.js": P5_MIN,
}


def test_a_library_build_too_large_to_read_is_known_by_its_minified_twins_banner(tmp_path):
    assert len(P5_JS) > 2 * 1024 * 1024
    cats = categories(build(tmp_path / "r", FLUX))
    assert cats["views/visu/p5.js"] == "vendored", cats
    assert cats["views/visu/sketch.js"] == "source", cats


def test_the_copied_library_too_large_to_read_leaves_the_own_code_checks_judged(tmp_path):
    report, res = judge(tmp_path, FLUX, ["documentation.code-comments", "reusability.territory-neutral", "interoperability.geo"])
    for cid in ("documentation.code-comments", "reusability.territory-neutral", "interoperability.geo"):
        assert res[cid]["status"] != "inconclusive", (cid, res[cid]["message"])
        assert "p5.js" not in res[cid]["message"]["en"], (cid, res[cid]["message"])


def test_a_large_own_script_beside_a_minified_twin_without_a_banner_stays_the_projects(tmp_path):
    # the project's own 2 MB script and its minified build, no library banner: its own, and left unread as before
    own = {k: v for k, v in FLUX.items() if not k.startswith("views/visu/p5")}
    own["views/visu/flux-carte.js"] = "// Carte des flux\n(function (f) {\n" + BIG_BODY + "})(this);\n"
    own["views/visu/flux-carte.min.js"] = "!function(a){" + "var b=a;" * 400 + "}(this);\n"
    cats = categories(build(tmp_path / "r", own))
    assert cats["views/visu/flux-carte.js"] == "source", cats
    report, res = judge(tmp_path, own, ["reusability.territory-neutral"], name="o")
    assert res["reusability.territory-neutral"]["status"] == "inconclusive", res["reusability.territory-neutral"]["message"]
