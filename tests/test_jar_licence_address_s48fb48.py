"""A committed jar whose manifest gives its licence by the address of its own licence page (issue 12, session 48 fixer fb48 =
lutece-secteur-public/gru-plugin-identitystore, reader rg47): h2-2.4.240.jar's META-INF/MANIFEST.MF says
"Bundle-License: https://h2database.com/html/license.html" (H2's page: MPL-2.0 or EPL-1.0). The address names no licence this audit
knows, and the jar was reported "licence not stated" / "no license declared"; the licence is stated, by its address, which the audit
does not fetch. Jars built for the test."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.jar_licences import jar_licence, jar_statement
from auditor.fix import license_text
from tests.test_jar_licences_s46fa46 import BARE, MANIFEST, jar

ADDRESS = "https://dbengine.example.org/html/license.html"
OWN_PAGE = f"Manifest-Version: 1.0\r\nBundle-Name: Tiny DB Engine\r\nBundle-License: {ADDRESS}\r\n"


def test_an_unknown_licence_page_is_kept_as_the_stated_address():
    assert jar_statement(jar({"META-INF/MANIFEST.MF": OWN_PAGE})) == (None, ADDRESS)
    assert jar_licence(jar({"META-INF/MANIFEST.MF": OWN_PAGE})) is None
    # near misses: a known address is the licence itself; a jar stating nothing, or a word that is no address, gives none
    assert jar_statement(jar({"META-INF/MANIFEST.MF": MANIFEST})) == ("Apache-2.0", None)
    assert jar_statement(jar(BARE)) == (None, None)
    assert jar_statement(jar({"META-INF/MANIFEST.MF": "Bundle-License: GPL\r\n"})) == (None, None)


def test_the_checks_say_the_licence_is_given_by_its_address(repo, tmp_path):
    files = {"LICENSE": license_text("BSD-3-Clause", "en", 2020, "Example City"), "run.sh": "java -cp 'lib/*' org.example.Main \"$@\"\n",
             "lib/tinydb-2.4.1.jar": jar({"META-INF/MANIFEST.MF": OWN_PAGE}), "lib/bare-1.0.jar": jar(BARE)}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.dependencies", "reusability.dependencies"]))
    libs = {lib["name"]: lib for lib in report["facts"]["inventory"]["libraries"]}
    assert libs["tinydb"]["license"] is None and libs["tinydb"]["license_url"] == ADDRESS, libs
    assert "license_url" not in libs["bare"], libs
    res = {r["id"]: r for r in report["results"]}
    notes = [e["note"]["en"] for e in res["reusability.dependencies"]["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("library") == "tinydb"]
    assert notes and f"licence given by its address only, {ADDRESS}, not read" in notes[0], notes
    reasons = {e["value"]["name"]: e["value"]["reason"] for e in res["licensing.dependencies"]["evidence"] if isinstance(e.get("value"), dict) and "reason" in e["value"]}
    assert reasons["tinydb"] == f"license given by its address only ({ADDRESS}), not read", reasons
    assert reasons["bare"] == "no license declared", reasons


def test_a_jar_over_the_read_limit_is_not_read_rather_than_stating_nothing(repo, tmp_path):
    # (the real h2 jar is 2.6 MB, over the default 2 MB read limit: its manifest is not read at all)
    files = {"LICENSE": license_text("BSD-3-Clause", "en", 2020, "Example City"), "run.sh": "java -cp 'lib/*' org.example.Main \"$@\"\n",
             "lib/tinydb-2.4.1.jar": jar({"META-INF/MANIFEST.MF": OWN_PAGE, "org/example/Big.class": "x" * 9000}), "lib/bare-1.0.jar": jar(BARE)}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["licensing.dependencies"], max_blob=4096))
    libs = {lib["name"]: lib for lib in report["facts"]["inventory"]["libraries"]}
    assert libs["tinydb"].get("license_unread") is True and "license_url" not in libs["tinydb"], libs
    assert "license_unread" not in libs["bare"], libs  # (near miss: a small jar stating nothing)
    reasons = {e["value"]["name"]: e["value"]["reason"] for e in report["results"][0]["evidence"] if isinstance(e.get("value"), dict) and "reason" in e["value"]}
    assert reasons["tinydb"].startswith("license not read: the archive is over the read size limit"), reasons
