"""reusability.territory-neutral (issue 12, s33 y33 = makinacorpus/pes_auvergne): a Django platform of solidarity exchanges written
for one region sends its invitations with ``title = "Rejoindre la plate-forme d'échanges solidaires en Auvergne"`` and
``sender = "contact@echanges-solidaires-auvergne.fr"`` (management commands mailing.py, user_notifications.py), but the check said
"No territory-specific value in the files read; not measured: 1 file over 512 KB" (inconclusive): a region's name in a sentence of
the code (after "en" or "région") and an e-mail address on a domain carrying a region's name were no signal. They are now, and with
them found, the unread large file no longer keeps the check from a verdict.

Near-misses keep the old verdict: a list of universities naming three regions or more (a national list), a region's name in no
such sentence ("Université Clermont Auvergne"), in a comment or a README, and an author's address in a package's metadata."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CHECK = "reusability.territory-neutral"
BIG = "<html><body>\n" + "<p>Bienvenue sur la plate-forme.</p>\n" * 16000 + "</body></html>\n"  # (over 512 KB: left unread)
MAILING = ("# -*- coding: utf-8 -*-\nfrom django.core.management.base import BaseCommand\nfrom django.core.mail import EmailMultiAlternatives\n\n\n"
           "class Command(BaseCommand):\n    def handle(self, *args, **options):\n        for row in rows(args):\n"
           "            title = \"Rejoindre la plate-forme d'échanges solidaires en Limousin\"\n"
           "            sender = \"contact@echanges-solidaires-limousin.fr\"\n"
           "            msg = EmailMultiAlternatives(title, render('mailing.txt', row), sender, [row['email']])\n            msg.send()\n")
NOTIFY = ("class Command(BaseCommand):\n    def handle(self, *args, **options):\n        for person in Person.objects.all():\n"
          "            title = \"Notifications selon vos préférences\"\n            sender = \"contact@echanges-solidaires-limousin.fr\"\n"
          "            send(title, person, sender)\n")
NEUTRAL = ("UNIVERSITIES = [\n  \"Université Clermont Auvergne\",\n  \"Établissement public d'aménagement universitaire de la région Île-de-France\",\n"
           "  \"Université Bretagne Sud\",\n  \"Université de Caen Normandie\",\n]\n")
OTHERS = {
    "coop/universities.py": NEUTRAL,
    "coop/views.py": "# écrit pour la plate-forme en Limousin, réglages dans settings\nTITLE = settings.PLATFORM_TITLE\n",
    "coop/partner.py": "PARTNER = \"Université Clermont Auvergne\"\n",
    "setup.py": "from setuptools import setup\nsetup(name='coop', author='Équipe', author_email='dev@atelier-limousin.fr')\n",
}


def _audit(tmp_path, files: dict) -> dict:
    base = {"README.md": "# Échanges solidaires\n\nPlate-forme d'échanges solidaires en Limousin, écrite en Django.\n",
            "coop/__init__.py": "", "coop/templates/mailing_pes.html": BIG, **OTHERS}
    repo = make_repo(tmp_path / "p", [{"files": base, "date": "2014-01-10T10:00:00Z", "message": "init"},
                                      {"files": files, "date": "2014-02-14T12:00:00Z", "message": "mailing"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CHECK]))
    return next(x for x in report["results"] if x["id"] == CHECK)


def test_a_regions_name_in_a_mail_subject_and_its_sender_domain_are_territory_values(tmp_path):
    r = _audit(tmp_path, {"coop/management/commands/mailing.py": MAILING, "coop/management/commands/user_notifications.py": NOTIFY})
    found = sorted((e["path"], e["line"], e["value"]) for e in r["evidence"] if e.get("kind") == "finding")
    assert found == [("coop/management/commands/mailing.py", 9, "Limousin"),
                     ("coop/management/commands/mailing.py", 10, "echanges-solidaires-limousin.fr"),
                     ("coop/management/commands/user_notifications.py", 5, "echanges-solidaires-limousin.fr")], r["evidence"]
    assert r["status"] == "warn", r["message"]
    assert "512" in str(r["evidence"])  # (the unread file is still said)


def test_region_names_in_a_national_list_a_name_a_comment_or_metadata_leave_the_check_inconclusive(tmp_path):
    quiet = MAILING.replace(" en Limousin", "").replace("echanges-solidaires-limousin.fr", "example.org")
    r = _audit(tmp_path, {"coop/management/commands/mailing.py": quiet})
    assert [e for e in r["evidence"] if e.get("kind") == "finding"] == [], r["evidence"]
    assert r["status"] == "inconclusive", r["message"]
