"""scaling.hosting (issue 12, s39 fl39 = reader mb39's opt-nc/generative-art-temps-attente): a p5.js page reads its API container
at http://127.0.0.1:8081/communes (the compose's service); hosting passed "1 address(es) of forges, standards or package registries,
no hosting dependency: 127.0.0.1". Rule now: loopback addresses (localhost, 127.x, ::1, *.localhost) are the machine's own services,
not forges, standards or registries: left out of that list. Near miss: a package registry's address stays listed."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "scaling.hosting"
SKETCH = """let communes = [];
function preload() {
  communes = loadJSON("http://127.0.0.1:8081/communes");
}
function draw() { background(0); }
"""
FILES = {"README.md": "# Visualisation\n\nTemps d'attente dans les agences.\n", "index.html": "<html><body><script src=\"sketch.js\"></script></body></html>\n",
         "sketch.js": SKETCH}


def test_a_loopback_address_is_no_forge_nor_registry(tmp_path):
    _, r = judge(tmp_path, FILES, [CHECK], name="loop")
    assert r[CHECK]["status"] == "pass" and "127.0.0.1" not in r[CHECK]["message"]["en"], r[CHECK]["message"]


def test_a_registrys_address_stays_listed(tmp_path):
    sketch = SKETCH.replace("http://127.0.0.1:8081/communes", "https://registry.npmjs.org/p5/latest")
    _, r = judge(tmp_path, {**FILES, "sketch.js": sketch}, [CHECK], name="registry")
    assert r[CHECK]["status"] == "pass" and "registry.npmjs.org" in r[CHECK]["message"]["en"] or "npmjs.org" in r[CHECK]["message"]["en"], r[CHECK]["message"]
