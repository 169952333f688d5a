"""interoperability.data-standards (issue 12, s42 fp42 = reader rh42, D-OTIsud/Bertel).

A tourism office's information system maps its records to the national DATAtourisme ontology (a SQL table of interoperability
profiles: ('datatourisme','HOT','Accommodation','https://www.datatourisme.fr/ontology/core#')) and exports them in it; the check
listed no national standard. The ontology's namespace in the project's mappings names the national standard of tourism data, as a
Sandre scenario's namespace names the water data's. Near miss: a README linking the platform's site names no namespace.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PROFILES = """CREATE TABLE interop_profile (code text, prefix text, class text, namespace text);
INSERT INTO interop_profile VALUES
  ('datatourisme', 'HOT', 'Accommodation', 'https://www.datatourisme.fr/ontology/core#'),
  ('schemaorg', 'SCH', 'LodgingBusiness', 'https://schema.org/');
"""

API = """import { Pool } from 'pg';

const pool = new Pool();

export async function fiche(id: string) {
  const { rows } = await pool.query('select * from objet where id = $1', [id]);
  return Response.json(rows[0]);
}
"""

FILES = {"package.json": '{"name": "fiches", "private": true, "dependencies": {"next": "15.1.0", "pg": "8.13.1"}}\n',
         "src/app/api/objets/route.ts": API,
         "db/schema.sql": "CREATE TABLE objet (id text PRIMARY KEY, nom text NOT NULL, commune text);\n"}


def _national(tmp_path, files) -> list:
    r = check_result(tmp_path, files, "interoperability.data-standards")
    return r["details"].get("national_standards") or []


def test_the_datatourisme_namespace_in_a_mapping_is_the_national_standard(tmp_path):
    national = _national(tmp_path, {**FILES, "db/interop_profiles.sql": PROFILES,
                                    "README.md": "# Fiches\n\nBase des fiches touristiques.\n"})
    assert any("DATAtourisme" in n for n in national), national


def test_a_readme_linking_the_platform_names_no_standard(tmp_path):
    national = _national(tmp_path, {**FILES, "README.md": "# Fiches\n\nVoir aussi https://www.datatourisme.fr pour les données ouvertes.\n"})
    assert not any("DATAtourisme" in n for n in national), national
