"""territory.mail-brand stays linear on a long name opening on "Subject" (issue 12, s47 fb47 = OPEN-ENT-NG/exercizer).

The ENT module's Java filters are classes named SubjectScheduledOwnerForSubjectCopy and the like: "Subject" then 28 letters, then
" implements", no key's end. The mail-subject key's rest, "(?:_?[A-Za-z]+)*", split those letters into words every way (2^27 tries
for one name) before failing: one 2.7 KB file held the text scan for minutes, and 22 of the audit's 48 checks came back "stopped by
the time budget" on a 484-file repository. The rest of the name is now read a letter at a time: the same names, each tried once.
Near misses: a subject key named by a long multi-word name (mailSubjectForTheMonthlyReport =, EMAIL_SUBJECT_PREFIX =) and a
setSubject( call still carry the authority's tag they write.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys

from tests.test_reusability_fixtures import check_result

CID = "reusability.territory-neutral"

# A Java back end's access filters and services, written for this test: classes whose names open on "Subject" (an exercise's
# subject, nothing to do with a mail), each long enough to never end if its letters were split every way.
FILTER = """/*
 * Module de devoirs en ligne.
 */

package fr.devoirs.app.filters;

import fr.devoirs.http.Binding;

public class SubjectArchivedOwnerForSubjectAnswerExportProvider implements ResourcesProvider {

\t@Override
\tpublic void authorize(final Request request, final Binding binding, final Handler<Boolean> handler) {
\t\tfinal SubjectAssignmentRepositoryWithTeacherRightsAndGroupsLookup repo = lookup(binding);
\t\thandler.handle(repo != null);
\t}
}
"""

POM = """<project><modelVersion>4.0.0</modelVersion><groupId>fr.devoirs</groupId><artifactId>homework</artifactId>
<version>1.0.0</version><licenses><license><name>AGPL-3.0</name></license></licenses></project>
"""


def _filters(n: int) -> dict[str, str]:
    return {f"src/main/java/fr/devoirs/app/filters/SubjectFilter{i}.java": FILTER.replace("Provider", f"Provider{i}") for i in range(n)}


def test_classes_named_from_subject_are_scanned_in_bounded_work(repo, tmp_path):
    """Ten such classes: before, each name cost 2^40 and more tries (the scan never ended); now a few thousand steps. The
    subprocess's timeout is a guard, not a measure."""
    path = repo([{"files": {"pom.xml": POM, "README.md": "# Devoirs\n", **_filters(10)}, "date": "2025-03-01T10:00:00Z"}])
    out = tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "auditor", "audit", str(path), "--offline", "--no-history", "--format", "json", "-o", str(out),
                           "--cache-dir", str(tmp_path / "c"), "-q", "--only", CID], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["fact_errors"] == {}
    assert report["results"][0]["status"] == "pass", report["results"][0]["message"]


_PROBE = r'''
import re
from auditor.facts.signal_registry import load_signals
rx = re.compile(load_signals()["territory.mail-brand"].pattern)
for name in ("Subject" + "Ab" * 40, "subject_" + "ab_" * 40 + "a", "mailSubject" + "Xy" * 40, "OBJET" + "_A" * 40):
    assert rx.search("class " + name + " implements X {}\n") is None
print("ok")
'''


def test_the_mail_subject_key_is_linear_on_a_long_name():
    proc = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stdout.strip() == "ok", proc.stderr[-2000:]


MAILER = """package fr.devoirs.app.mail;

import javax.mail.Transport;
import javax.mail.internet.MimeMessage;

public class Notifier {
\tprivate static final String EMAIL_SUBJECT_PREFIX = "[Ville de Lyon] ";
\tprivate final String mailSubjectForTheMonthlyHomeworkReport = "[Ville de Lyon] Rapport mensuel";

\tpublic void send(MimeMessage message) throws Exception {
\t\tmessage.setSubject("[Ville de Lyon] Nouveau devoir");
\t\tTransport.send(message);
\t}
}
"""


def test_a_long_subject_key_still_carries_the_authoritys_tag(tmp_path):
    r = check_result(tmp_path, {"pom.xml": POM, "src/main/java/fr/devoirs/app/mail/Notifier.java": MAILER}, CID)
    lines = sorted(e.get("line") for e in r["evidence"] if e.get("path", "").endswith("Notifier.java") and e.get("kind") == "finding")
    assert r["status"] == "warn" and lines == [7, 8, 11], r["evidence"]


def test_the_name_read_a_letter_at_a_time_is_the_same_names():
    from auditor.facts.territory_mail import _KEY_END, _SUBJECT
    old = re.compile(_SUBJECT.replace("(?:_?[A-Za-z])*", "(?:_?[A-Za-z]+)*"))
    new = re.compile(_SUBJECT)
    assert old.pattern != new.pattern
    import random
    rnd = random.Random(47)
    # (at most a dozen characters after the key's word: the old pattern tries 2^n cuts of them when it fails)
    chars = ["_", "a", "B", "'", '"', "]", " ", "\t", ":", "=", "(", "[", "f", "9", ">"]
    for _ in range(20_000):
        text = (rnd.choice(["", "x", "mail", "set", "EMAIL_", "_"]) + rnd.choice(["Subject", "subject", "SUBJECT", "OBJET", "sujet", "Objet"])
                + "".join(rnd.choice(chars) for _ in range(rnd.randint(0, 12)))
                + rnd.choice(["", " = '[", '("[', ": `[", ' => "[', "=gettext('["]))
        a, b = old.search(text), new.search(text)
        assert (a and a.span()) == (b and b.span()), text
    assert _KEY_END in _SUBJECT
