"""A small commune's mail domain hard-coded as the only one allowed (issue 12, s21 fixer k1, from s20 reader m1:
Mairie-de-Bogny-Sur-Meuse/BognyTransfert). A town hall's file-transfer application accepts only its agents' addresses
(str_ends_with($email, '@<commune>.fr'), and the same in a regular expression, its dot escaped); the commune has fewer than
5,000 inhabitants, so communes.yml's domain names did not hold it and territory-neutral passed. A commune's name that joins
three words or more with a linking word inside it (<x>-sur-<y>, <x>-de-<y>) is now its domain's name whatever the town's size
(scripts/build_communes.py), and a host written in a regular expression is read. Generic and company domains stay out."""

from __future__ import annotations

from auditor.facts.territory_hosts import authority_host
from tests.test_addresses_outside_code import territory

README = "# Transfert\n\nDépôt et partage de fichiers pour les agents.\n"


def _controllers(domain: str) -> dict[str, str]:
    escaped = domain.replace(".", "\\.")
    return {
        "README.md": README,
        "app/controllers/LoginController.php": (
            "<?php\nclass LoginController {\n    public function register(string $email): bool {\n"
            f"        if (!str_ends_with($email, '@{domain}')) {{\n            return false;\n        }}\n"
            "        return true;\n    }\n}\n"),
        "app/controllers/SendController.php": (
            "<?php\nclass SendController {\n    public function send(string $email): bool {\n"
            f"        return preg_match('/@{escaped}$/', $email) === 1;\n    }}\n}}\n"),
    }


def test_a_small_communes_domain_is_its_own():
    # (Aillant-sur-Milleron, Vaux-sur-Mer: communes of fewer than 5,000 inhabitants, their name linking three words)
    assert authority_host("aillantsurmilleron.fr") and authority_host("mairie.vauxsurmer.fr")
    # a generic, a State's, a company's domain; a brand named like a village whose article opens the name
    assert not any(authority_host(d) for d in ("example.fr", "numerique.gouv.fr", "saint-gobain.fr", "capgemini.fr",
                                                "laroche-posay.fr", "assurance.fr"))


def test_the_only_allowed_mail_domain_of_a_small_commune_is_a_territory_value(tmp_path):
    t, where = territory(tmp_path, _controllers("aillantsurmilleron.fr"))
    assert t["status"] == "warn", t
    assert where == {("app/controllers/LoginController.php", 4), ("app/controllers/SendController.php", 4)}, where


def test_a_generic_or_a_companys_allowed_domain_stays_neutral(tmp_path):
    for i, domain in enumerate(("example.fr", "saint-gobain.fr")):
        t, where = territory(tmp_path, _controllers(domain), name=f"r{i}")
        assert t["status"] == "pass" and not where, (domain, t)
