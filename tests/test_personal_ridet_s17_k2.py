"""Session 17 (k2, reader a2): opt-nc/api-partenaires-mobilis's Partenaire entity (nom, ridet, telephone, adresse, quartier): a partner
shop identified by New Caledonia's company register number (RIDET) was read as personal data ("phone number"). RIDET and French
Polynesia's numéro TAHITI identify an organisation, like a SIRET: its phone and address are the organisation's."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

ENTITY = ("package nc.opt.partenaires.entity;\n\nimport javax.persistence.*;\n\n@Entity\n@Table(name = \"partenaire\")\npublic class Partenaire {\n"
          "    @Id\n    private Long id;\n    private String nom;\n    private String ridet;\n    private String telephone;\n"
          "    private String adresse;\n    private String quartier;\n}\n")


def test_a_table_identified_by_a_ridet_is_an_organisations(tmp_path):
    r = pd(tmp_path / "shop", {"README.md": "# Partenaires\n", "src/main/java/nc/opt/partenaires/entity/Partenaire.java": ENTITY})
    assert r["status"] == "pass", r["message"]
    # (a person's table with the RIDET of the firm they run stays a person's)
    person = ENTITY.replace("Partenaire", "Gerant").replace("partenaire", "gerant").replace("    private String nom;\n",
                                                                                             "    private String nom;\n    private String prenom;\n")
    r = pd(tmp_path / "person", {"README.md": "# Gérants\n", "src/main/java/nc/opt/partenaires/entity/Gerant.java": person})
    assert r["status"] != "pass", r["message"]
