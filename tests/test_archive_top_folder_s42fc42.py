"""reusability.build-output (issue 12, s42 fc42 = Exanc/SAE_PNR, readers rc41 and vb41): a student desktop application committed, at
its root, the zip it handed in — three of its own Java sources at their repository paths (src/modele/traitement/Graphe.java…).
The archive rule dropped the one top folder every entry shares (src/), found no repository file at modele/traitement/Graphe.java
and said 'No build output is committed'. A shared top folder may be the package's own name or one of the repository's: both
readings are tried. Near miss: a zip of files under src/ that are not the repository's keeps today's verdict. Written for the test."""

from __future__ import annotations

import io
import zipfile

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "reusability.build-output"
POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.iut</groupId><artifactId>observations</artifactId>"
       "<version>1.0</version></project>\n")
SOURCES = {
    "README.md": "# Observations\n\nSaisie des observations de faune du parc.\n",
    "pom.xml": POM,
    "src/modele/traitement/Graphe.java": "package modele.traitement;\n\npublic class Graphe {\n    int ordre() { return 0; }\n}\n",
    "src/modele/traitement/Sommet.java": "package modele.traitement;\n\npublic class Sommet {\n    int id;\n}\n",
    "src/modele/donnee/Espece.java": "package modele.donnee;\n\npublic enum Espece { CHOUETTE, LOUTRE }\n",
    "src/vue/Fenetre.java": "package vue;\n\npublic class Fenetre {\n}\n",
}


def zipped(names: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in names.items():
            z.writestr(name, text)
    return buf.getvalue()


def build_output(tmp_path, extra: dict) -> dict:
    repo = make_repo(tmp_path / "r", [{"files": SOURCES, "date": "2022-05-19T10:00:00Z", "message": "modele"},
                                      {"files": extra, "date": "2022-06-03T10:00:00Z", "message": "rendu"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["results"][0]


def test_a_zip_of_the_repository_own_sources_at_their_paths_is_build_output(tmp_path):
    handed_in = {p: SOURCES[p] for p in ("src/modele/traitement/Graphe.java", "src/modele/traitement/Sommet.java",
                                         "src/modele/donnee/Espece.java")}
    r = build_output(tmp_path, {"rendu.zip": zipped(handed_in)})
    assert r["status"] == "warn" and "rendu.zip" in r["message"]["en"], (r["status"], r["message"])


def test_a_zip_of_other_sources_under_src_stays_as_today(tmp_path):
    other = {f"src/exercice/Tp{i}.java": f"public class Tp{i} {{}}\n" for i in range(1, 5)}
    r = build_output(tmp_path, {"tp.zip": zipped(other)})
    assert r["status"] == "pass", (r["status"], r["message"])
