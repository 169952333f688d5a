"""interoperability.data-standards verdicts found wrong at session 8's first reads (issue 12), each on a git fixture shaped like
the real case: JSON read through a Java library (a Lutece plugin mapping an agenda API with Jackson), a CSV import split by
hand, "ODS" from an extension → MIME-type table or a commented-out file name, and an application with no data of its own."""

from __future__ import annotations

import json

from tests.gitrepo import make_repo
from tests.test_project_kind import run
from tests.test_reusability_fixtures import results

DATE = "2026-11-02T10:00:00Z"
CHECK = "interoperability.data-standards"

POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>fr.paris.lutece.plugins</groupId><artifactId>plugin-agenda</artifactId>"
       "<packaging>lutece-plugin</packaging><version>1.0.0</version><dependencies><dependency><groupId>fr.paris.lutece</groupId>"
       "<artifactId>lutece-core</artifactId><version>7.0.0</version><type>lutece-core</type></dependency></dependencies></project>\n")
SQL = ("CREATE TABLE agenda_event (\n  id_event int NOT NULL,\n  title varchar(255) NOT NULL,\n  date_begin timestamp,\n"
       "  PRIMARY KEY (id_event)\n);\n")


def _one(tmp_path, files, name="r"):
    repo = make_repo(tmp_path / name, [{"files": files, "date": DATE}])
    return results(run(repo, tmp_path / f"c-{name}", only=[CHECK]))[CHECK]


def _plugin(java: dict[str, str]) -> dict[str, str]:
    return {"README.md": "# Plugin agenda\n\nAffiche les événements d'un agenda en ligne sur le site Lutece.\n", "pom.xml": POM,
            "src/sql/plugins/agenda/plugin/create_db_agenda.sql": SQL, **java,
            "webapp/WEB-INF/plugins/agenda.xml": ("<?xml version=\"1.0\"?>\n<plug-in>\n  <name>agenda</name>\n  <class>fr.paris.lutece.portal.service.plugin.PluginDefaultImplementation</class>\n"
                                                 "  <applications>\n    <application>\n      <application-id>agenda</application-id>\n"
                                                 "      <application-class>fr.paris.lutece.plugins.agenda.web.AgendaApp</application-class>\n    </application>\n  </applications>\n</plug-in>\n"),
            "webapp/WEB-INF/templates/skin/plugins/agenda/events.html": "<div class=\"agenda\">\n<#list events as e><h2>${e.title}</h2></#list>\n</div>\n"}


def test_json_mapped_by_jackson_is_an_open_format_read(tmp_path):
    """lutece-collab-plugin-openagenda: fail 0.0 "no open format read or written" while api/mapping/v2/*.java map the agenda
    API's JSON with Jackson's @JsonProperty (and lutece-elk-plugin-kibana reads saved objects with net.sf.json)."""
    java = ("package fr.paris.lutece.plugins.agenda.api.mapping;\n\nimport com.fasterxml.jackson.annotation.JsonProperty;\n\n"
            "public class Response\n{\n    @JsonProperty( \"events\" )\n    private java.util.List<Event> _listEvents;\n}\n")
    r = _one(tmp_path, _plugin({"src/java/fr/paris/lutece/plugins/agenda/api/mapping/Response.java": java}))
    assert "JSON" in r["details"]["formats"], r["message"]
    assert any(e["path"].endswith("Response.java") and e["line"] == 3 for e in r["evidence"]), (r["message"], r["evidence"])
    # a commented-out import reads nothing
    bare = java.replace("import com.fasterxml", "// import com.fasterxml")
    r = _one(tmp_path, _plugin({"src/java/fr/paris/lutece/plugins/agenda/api/mapping/Response.java": bare}), "b")
    assert "JSON" not in r["details"]["formats"], r["message"]


def test_a_csv_file_imported_and_split_by_hand_is_csv(tmp_path):
    """lutece-tech-plugin-referencelist: fail 0.0 "no open format" while ReferenceItemPrepareImport checks the uploaded file's
    extension against "csv" and splits its lines on ";"."""
    java = ("package fr.paris.lutece.plugins.agenda.service;\n\npublic final class ItemPrepareImport\n{\n"
            "    private static final String CONSTANT_SEPARATOR = \";\";\n    private static final String CONSTANT_FILE_EXTENTION = \"csv\";\n"
            "    public static boolean isImportable( String strExtension )\n    {\n"
            "        return CONSTANT_FILE_EXTENTION.equals( strExtension );\n    }\n}\n")
    r = _one(tmp_path, _plugin({"src/java/fr/paris/lutece/plugins/agenda/service/ItemPrepareImport.java": java}))
    assert "CSV" in r["details"]["formats"], r["message"]
    r = _one(tmp_path, _plugin({"src/java/fr/paris/lutece/plugins/agenda/service/ItemPrepareImport.java": java.replace('"csv"', '"txt"')}), "b")
    assert "CSV" not in r["details"]["formats"], r["message"]


MIME = "".join(f'            case ".{e}": retval = "{t}"; break;\n' for e, t in (
    ("json", "application/json"), ("ods", "application/vnd.oasis.opendocument.spreadsheet"), ("odt", "application/vnd.oasis.opendocument.text"),
    ("ogg", "audio/ogg"), ("pdf", "application/pdf"), ("png", "image/png"), ("txt", "text/plain"), ("zip", "application/zip"), ("svg", "image/svg+xml"))
    + tuple((f"x{i}", f"application/x-type{i}") for i in range(20)))  # (the real switch has 380 entries)


def test_an_extension_to_media_type_table_and_a_commented_file_name_write_no_spreadsheet(tmp_path):
    """erasme/liberasme-http-cil and erasme/erajs: "Open formats: ODS/tableur" from an entry of an HTTP library's extension →
    MIME-type switch; DataSud-Service-Open: from `# tableName = "….xlsx"`, a commented-out line beside the CSV it writes."""
    cs = ("namespace Erasme.Http\n{\n    public static class FileContent\n    {\n        public static string MimeType(string ext)\n"
          "        {\n            string retval;\n            switch (ext)\n            {\n" + MIME + "            default: retval = null; break;\n"
          "            }\n            return retval;\n        }\n    }\n}\n")
    py = ("import csv\n\ntablename = \"calendrier.csv\"\nwith open(tablename, \"w\") as f:\n    csv.writer(f).writerow([\"date\", \"action\"])\n"
          "# tableName = \"calendrier.xlsx\"\n")
    files = {"README.md": "# Http\n\nBibliothèque HTTP.\n", "Erasme.Http/FileContent.cs": cs, "scripts/calendrier.py": py}
    r = _one(tmp_path, files)
    assert "ODS/tableur" not in r["details"]["formats"] and "CSV" in r["details"]["formats"], r["message"]
    # the same names written by the code are read as spreadsheets
    written = {**files, "scripts/calendrier.py": py.replace("# tableName", "tableName")}
    assert "ODS/tableur" in _one(tmp_path, written, "w")["details"]["formats"]


def test_an_application_with_no_data_of_its_own_is_not_failed(tmp_path):
    """hackathon-franceconnect-poc-stationnement (a sign-in proof of concept) and erasme/erajs (a UI library whose samples hold
    PHP pages): fail 0.0 "no published data schema, and no open format" though no database model, data file or data format
    was found: not applicable, hedged on what was looked for. With a database model, the fail stays."""
    php = "<?php\nif (isset($_POST['name'])) {\n    echo '<p>Bonjour ' . htmlspecialchars($_POST['name']) . '</p>';\n}\n"
    files = {"README.md": "# Era\n\nBibliothèque d'interface JavaScript.\n", "era/ui.js": "function Button(label) {\n  this.label = label;\n}\n",
             "samples/form/service.php": php, "samples/form/index.php": php, "samples/upload/upload.php": php}
    r = _one(tmp_path, files)
    assert r["status"] == "not_applicable", r["message"]
    assert "recognised" in r["message"]["en"] and "reconnu" in r["message"]["fr"], r["message"]
    with_db = {**files, "sql/create.sql": "CREATE TABLE contact (\n  id int,\n  name varchar(50),\n  email varchar(100)\n);\n"}
    assert _one(tmp_path, with_db, "d")["status"] == "fail"


def test_json_content_kept_in_a_data_folder_is_the_projects_own_data(tmp_path):
    """erasme/rouedesinventions: n/a "a command-line tool … with no data or data model of its own" while the touch-table app
    ships its content as data/inventions.json (built from a spreadsheet's CSV)."""
    inventions = [{"id": i, "titre": f"Invention {i}", "annee": 1800 + i, "image": f"img/{i}.png"} for i in range(5)]
    files = {"README.md": "# La roue des inventions\n\nApplication de table tactile.\n",
             "main.py": "import json\nimport argparse\n\nparser = argparse.ArgumentParser()\nparser.add_argument('--plein-ecran')\n"
                        "with open('data/inventions.json') as f:\n    INVENTIONS = json.load(f)\n",
             "data/inventions.json": json.dumps(inventions, indent=1) + "\n"}
    r = _one(tmp_path, files)
    assert r["status"] != "not_applicable" and "JSON" in r["details"]["formats"], r["message"]
    assert any(e["path"] == "data/inventions.json" for e in r["evidence"]), r["evidence"]
    # translations kept under data/i18n/ are no data set
    i18n = {k.replace("data/inventions.json", "data/i18n/fr.json"): v for k, v in files.items()}
    assert "JSON" not in _one(tmp_path, i18n, "t")["details"]["formats"]


def test_a_generators_format_enum_and_an_es_import_of_sheetjs_are_formats_written_and_read(tmp_path):
    """sigrennesmetropole/rudi_portal: a generator's enum of its eleven output formats (CSV("text/csv", "csv")) is what it writes,
    not an extension → MIME-type lookup table; `import {read, utils} from 'xlsx'` reads spreadsheets with SheetJS."""
    enum = "public enum GenerationFormat\n{\n" + "".join(f'    F{i}("application/x-f{i}", "f{i}"),\n' for i in range(9)) + \
        '    CSV("text/csv", "csv"),\n    JSON("application/json", "json");\n}\n'
    ts = "import {read, utils, WorkBook} from 'xlsx';\n\nexport function table(buf: ArrayBuffer): WorkBook {\n  return read(buf);\n}\n"
    files = {"README.md": "# Portail\n\nPortail de données.\n", "generator/GenerationFormat.java": enum, "front/display-table.service.ts": ts}
    r = _one(tmp_path, files)
    assert "CSV" in r["details"]["formats"] and "ODS/tableur" in r["details"]["formats"], r["message"]
