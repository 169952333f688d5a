"""A copied Java archive states its licence inside itself: its manifest, its Maven pom.xml, its META-INF/LICENSE.

Real case (issue 12, s46 fa46): PatPercot/cd56-connecteur-asalae-executables commits 16 third-party jars in lib/;
commons-codec-1.11.jar carries META-INF/LICENSE.txt (Apache-2.0) and "Bundle-License: https://www.apache.org/licenses/…"
in its MANIFEST.MF, json-smart-2.2.1.jar a pom.xml with <licenses>. Jars were never opened, so licensing.dependencies said
all 22 were "copied into the repository without a stated licence" (inconclusive).
"""

from __future__ import annotations

import io
import zipfile

from auditor.engine import AuditOptions, audit
from auditor.facts.jar_licences import jar_licence
from auditor.fix import license_text


def jar(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in members.items():
            z.writestr(name, text)
        z.writestr("org/example/Thing.class", b"\xca\xfe\xba\xbe")
    return buf.getvalue()


MANIFEST = "Manifest-Version: 1.0\r\nBundle-Name: Parser\r\nBundle-License: https://www.apache.org/licenses/LICENSE-2.0.t\r\n xt\r\n"
POM = ("<project><artifactId>tiny-json</artifactId><licenses><license><name>The MIT License</name>"
       "<url>https://opensource.org/licenses/MIT</url></license></licenses></project>")
BARE = {"META-INF/MANIFEST.MF": "Manifest-Version: 1.0\r\n", "META-INF/maven/org.example/bare/pom.properties": "version=1.0\n"}


def test_the_three_places_a_jar_states_its_licence():
    assert jar_licence(jar({"META-INF/MANIFEST.MF": MANIFEST})) == "Apache-2.0"  # (a folded manifest line)
    assert jar_licence(jar({"META-INF/maven/org.example/tiny-json/pom.xml": POM})) == "MIT"
    assert jar_licence(jar({"META-INF/LICENSE.txt": license_text("BSD-3-Clause", "en", 2019, "Example Authors")})) == "BSD-3-Clause"


def test_near_miss_no_licence_or_several_texts_state_none():
    assert jar_licence(jar(BARE)) is None
    both = license_text("MIT", "en", 2019, "A") + "\n\n" + license_text("BSD-3-Clause", "en", 2019, "B")
    assert jar_licence(jar({"META-INF/LICENSE": both})) is None  # (a bundled part's licence beside the library's: not one licence)
    assert jar_licence(b"not a zip") is None
    assert jar_licence(jar({"META-INF/MANIFEST.MF": "Bundle-License: GPL\r\n"})) is None  # (a family without its version)


def check(repo, tmp_path, libs: dict[str, bytes]) -> dict:
    files = {"LICENSE": license_text("EUPL-1.2", "en", 2020, "Example Council"), "run.sh": "java -cp 'lib/*' org.example.Main \"$@\"\n",
             **{f"lib/{k}": v for k, v in libs.items()}}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.dependencies"]))
    return report["results"][0]


def test_copied_jars_are_judged_by_the_licences_they_carry(repo, tmp_path):
    r = check(repo, tmp_path, {"parser-2.1.jar": jar({"META-INF/MANIFEST.MF": MANIFEST}),
                               "tiny-json-1.4.jar": jar({"META-INF/maven/org.example/tiny-json/pom.xml": POM}),
                               "bare-1.0.jar": jar(BARE)})
    assert r["status"] == "pass" and r["details"]["ok"] == 2 and r["details"]["unknown"] == 1


def test_near_miss_jars_stating_nothing_stay_without_a_stated_licence(repo, tmp_path):
    r = check(repo, tmp_path, {"bare-1.0.jar": jar(BARE), "other-2.0.jar": jar({"META-INF/MANIFEST.MF": "Manifest-Version: 1.0\r\n"})})
    assert r["status"] == "inconclusive" and "without a stated licence" in r["message"]["en"]
