"""documentation.community-files (issue 12, s39 ff39 = reader rc39, yak0ub-b/mairie-lepin): a commune's site has a page securite.html
(CCTV cameras, emergency numbers 17/18/15); the file was taken as the project's SECURITY policy by its name alone. A web page of a site
is read by its content: a security policy only when it speaks of reporting vulnerabilities. Near misses: a SECURITY.md at the root
stays the policy, and a securite.html page explaining how to report a vulnerability counts."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo


def page(title, body):
    return (f"<!DOCTYPE html>\n<html lang=\"fr\"><head><title>{title}</title></head>\n<body><nav><a href=\"index.html\">Accueil</a>"
            f"<a href=\"securite.html\">Sécurité</a></nav><main><h1>{title}</h1>{body}</main></body></html>\n")


SITE = {
    "index.html": page("Mairie", "<p>Bienvenue sur le site de la commune.</p>"),
    "mairie.html": page("La mairie", "<p>Horaires d'ouverture.</p>"),
    "contact.html": page("Contact", "<p>Écrivez-nous.</p>"),
    "assets/css/style.css": "body { margin: 0; }\n",
}
CCTV = page("Sécurité — Mairie", "<h2>Vidéoprotection</h2><p>22 caméras protègent les espaces publics.</p>"
                                 "<h2>Numéros d'urgence</h2><ul><li>Pompiers : 18</li><li>Police : 17</li><li>SAMU : 15</li></ul>")
POLICY = page("Sécurité", "<h2>Signaler une vulnérabilité</h2><p>Pour signaler une faille de sécurité de ce site, écrivez à "
                          "securite@example.org ; nous répondons sous 72 heures.</p>")


def community(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-01T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.community-files"]))
    r = report["results"][0]
    return r, " ".join(str(e.get("path")) for e in r["evidence"] if e.get("kind") == "found")


def test_a_site_page_on_cctv_and_emergency_numbers_is_no_security_policy(tmp_path):
    r, found = community(tmp_path, {**SITE, "securite.html": CCTV})
    assert "securite.html" not in found, r
    assert "Present: SECURITY" not in r["message"]["en"], r


def test_a_security_md_at_the_root_stays_the_policy(tmp_path):
    r, found = community(tmp_path, {**SITE, "securite.html": CCTV, "SECURITY.md": "# Security\n\nPlease e-mail us.\n"})
    assert "SECURITY.md" in found, r


def test_a_security_page_on_reporting_vulnerabilities_counts(tmp_path):
    r, found = community(tmp_path, {**SITE, "securite.html": POLICY})
    assert "securite.html" in found, r
