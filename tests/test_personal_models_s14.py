"""scaling.personal-data on session 14's reads (issue 12): a Remix application's TypeScript interfaces in app/domain/entity/ (a
company director's nom, prenoms, date_naissance, adresse) and a web service's JAXB beans with Lombok's @Data, their fields
protected and their getters generated (a pupil's nom, prenom, dateNaissance, numeroNational), were not read as models ("no
personal-data field"). Git fixtures shaped like the cases (invented content)."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

PD = ["scaling.personal-data"]


def _pd(tmp_path, files):
    return judge(tmp_path, files, PD)[1]["scaling.personal-data"]


_DIRECTOR = ("export interface IDirector {\n    nom: string | null\n    prenoms: string | null\n    date_naissance?: string | null\n"
             "    nationalite?: string | null\n    adresse?: string | null\n    code_postal?: string | null\n    ville?: string | null\n"
             "    fonction?: string,\n    ordre: number\n}\n")
REMIX = {"package.json": json.dumps({"name": "annuaire", "private": True, "dependencies": {"@remix-run/react": "^2.0.0", "react": "^18.2.0"}}),
         "app/root.tsx": "export default function App() {\n  return <html lang=\"fr\"><body /></html>\n}\n",
         "app/domain/entity/director.ts": _DIRECTOR,
         "app/domain/entity/search-params.ts": "export interface ISearchParams {\n    q: string\n    page: number\n}\n"}


def test_typescript_interfaces_in_a_domain_entity_folder_are_read(tmp_path):
    pd = _pd(tmp_path, REMIX)
    assert pd["status"] == "warn", pd["message"]
    assert any(e["path"] == "app/domain/entity/director.ts" for e in pd["evidence"]), pd["evidence"]


def _bean(cls: str, annotations: str, fields: str) -> str:
    return (f"package fr.org.ws.model.sso;\n\nimport jakarta.xml.bind.annotation.XmlAttribute;\nimport jakarta.xml.bind.annotation.XmlType;\n"
            f"import lombok.Data;\n\n{annotations}public class {cls} {{\n\n{fields}}}\n")


_PUPIL = "".join(f"    @XmlAttribute(name = \"{n.capitalize()}\", required = true)\n    protected String {n};\n"
                 for n in ("nom", "prenom", "dateNaissance", "numeroNational", "adresse1", "codePostal", "ville"))
SERVICE = {"pom.xml": "<project><artifactId>flux-ws</artifactId></project>\n",
           "src/main/java/fr/org/ws/Application.java": "package fr.org.ws;\n\npublic class Application {\n}\n",
           "src/main/java/fr/org/ws/model/sso/Pupil.java": _bean("Pupil", "@Data\n@XmlType(name = \"\", propOrder = {\"nom\"})\n", _PUPIL),
           "src/main/java/fr/org/ws/model/sso/Classe.java": _bean("Classe", "@Data\n", "    protected String code;\n    protected String libelle;\n")}


def test_jaxb_beans_with_lomboks_generated_getters_in_a_model_folder_are_read(tmp_path):
    pd = _pd(tmp_path, SERVICE)
    assert pd["status"] == "warn", pd["message"]
    assert any(e["path"] == "src/main/java/fr/org/ws/model/sso/Pupil.java" for e in pd["evidence"]), pd["evidence"]
    assert "identifiant national" in pd["message"]["fr"], pd["message"]  # (numeroNational: a pupil's national number)


def test_a_model_class_without_generated_or_written_getters_stays_unread(tmp_path):
    """Guard: the same fields in a class with neither annotations nor getters (a holder of constants, a builder's state) are not
    read as a model."""
    files = {**SERVICE, "src/main/java/fr/org/ws/model/sso/Pupil.java": _bean("Pupil", "", _PUPIL.replace("@XmlAttribute", "// attr"))}
    pd = _pd(tmp_path, files)
    assert pd["status"] != "warn", pd["message"]
