"""scaling.reuse (issue 12, s42 fp42 = reader rh42, D-OTIsud/Bertel).

A tourism office's information system says in its RGPD notes that its data "sont hébergées chez Supabase/AWS, région eu-west-1",
and an import note that a canyoning business "est installée à Langevin, sur la commune de Saint-Joseph": both were read as
deployments at public bodies ("Reuse attested: deployments at public organisations"). A cloud's region and a location phrase
("sur la commune de …") say where, not which public body runs the project. Near miss: "déployée par la commune de …" stays one.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

FILES = {"package.json": '{"name": "fiches", "private": true, "dependencies": {"next": "15.1.0"}}\n',
         "src/app/page.tsx": "export default function Page() { return <main>Fiches</main>; }\n",
         "README.md": "# Fiches\n\nBase des fiches touristiques de l'office de tourisme.\n"}

NOTES = """# Registre des traitements

> Note : les données personnelles sont hébergées chez Supabase/AWS, région eu-west-1 (Irlande, UE).

## Prestataires

Canyon Aventure est une structure de canyoning installée à Langevin, sur la commune de Saint-Joseph, au départ de la rivière.
"""


def test_a_cloud_region_and_a_location_are_no_deployment(tmp_path):
    r = check_result(tmp_path, {**FILES, "docs/registre.md": NOTES}, "scaling.reuse")
    assert r["status"] != "pass", r["message"]


def test_a_deployment_by_a_commune_stays_one(tmp_path):
    notes = NOTES + "\nL'application est déployée par la commune de Brest depuis 2025.\n"
    r = check_result(tmp_path, {**FILES, "docs/registre.md": notes}, "scaling.reuse")
    assert r["status"] in ("pass", "warn") and "1 deployment" in r["message"]["en"], r["message"]
