"""Session 17 (h2, session 16's open kinds): a Go daemon kept in server/ (its go.mod there) beside the mobile clients that talk
to it was a "library" (kind undecided, "source code" of the Android client) because a Go program was looked for only at the
root or in cmd/<name>/; a Go program serving HTTP with the standard library was no web service at all. A PowerShell module
packaged by a Dockerfile was "infrastructure"; PowerShell scripts alone a "data specification" (from the README); SQL
queries alone a data model. A desktop program handling addresses was asked for public building blocks without a word of
where, and its DSFR said "reserved to State services"."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

GO_MOD = "module attest-server\n\ngo 1.20\n\nrequire (\n\tgithub.com/sirupsen/logrus v1.9.0\n)\n"
DAEMON = ('package main\n\nimport (\n\t"flag"\n\n\t"github.com/sirupsen/logrus"\n)\n\nvar enroll = flag.Bool("enroll", false, "first '
          'attestation")\n\nfunc main() {\n\tflag.Parse()\n\tlogrus.Info("waiting for the phone")\n\trun(*enroll)\n}\n')
ANDROID_GRADLE = "plugins {\n    id 'com.android.application'\n}\n\nandroid {\n    namespace 'fr.exemple.attest'\n}\n"
ATTEST = {
    "README.md": "# Attest\n\nA remote attestation server for your phone.\n\n## 1. Enrollment\n\n```\nsudo attest-server -enroll\n```\n",
    "server/go.mod": GO_MOD,
    "server/go.sum": "github.com/sirupsen/logrus v1.9.0 h1:abc=\n",
    "server/main.go": DAEMON,
    "server/protocol.go": "package main\n\n// run drives one attestation.\nfunc run(enroll bool) {\n\t_ = enroll\n}\n",
    "server/protocol_test.go": "package main\n\nimport \"testing\"\n\nfunc TestRun(t *testing.T) {\n\trun(false)\n}\n",
    "server/unit/attest-server.service": "[Unit]\nDescription=Attest server\n\n[Service]\nExecStart=/usr/bin/attest-server\n",
    "clients/Android/attest/app/build.gradle": ANDROID_GRADLE,
    "clients/Android/attest/app/src/main/AndroidManifest.xml": "<manifest package=\"fr.exemple.attest\"/>\n",
    **{f"clients/Android/attest/app/src/main/java/fr/exemple/attest/{n}.kt": f"package fr.exemple.attest\n\nclass {n} {{\n}}\n"
       for n in ("MainActivity", "Device", "DeviceDao", "Protocol")},
}


def test_a_go_daemon_in_a_folder_beside_its_mobile_clients_is_a_command_not_a_library(tmp_path):
    project, res = kind_and_results(tmp_path, ATTEST, ["interoperability.auth"])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "server/main.go", project["kind_evidence"]
    assert "bibliothèque" not in res["interoperability.auth"]["message"]["fr"], res["interoperability.auth"]["message"]


SERVE = ('package main\n\nimport (\n\t"log"\n\t"net/http"\n)\n\nfunc main() {\n\thttp.HandleFunc("/api/stops", stops)\n'
         '\tlog.Fatal(http.ListenAndServe(":8080", nil))\n}\n')
HANDLERS = 'package main\n\nimport "net/http"\n\nfunc stops(w http.ResponseWriter, r *http.Request) {\n\tw.Write([]byte("[]"))\n}\n'


def test_a_go_program_serving_http_is_a_web_service_and_a_go_module_without_program_a_library(tmp_path):
    api = {"README.md": "# Arrêts\n\nAPI des arrêts.\n", "go.mod": GO_MOD.replace("attest-server", "arrets"), "main.go": SERVE,
           "handlers.go": HANDLERS}
    project, res = kind_and_results(tmp_path / "api", api, ["interoperability.api-spec"])
    assert project["kind"] == "api-service" and project["kind_decided"], project
    # (its API is judged: served, described nowhere — not "no served API detected")
    assert res["interoperability.api-spec"]["status"] == "warn" and "main.go" in res["interoperability.api-spec"]["message"]["en"], res
    assert project["kind_evidence"][0] == {"path": "main.go", "reason": "Go program serving HTTP"}, project["kind_evidence"]
    pages = dict(api, **{"templates/index.html": "<html><body>{{range .}}<p>{{.Nom}}</p>{{end}}</body></html>\n"})
    project, _ = kind_and_results(tmp_path / "pages", pages, [])
    assert project["kind"] == "web-application", project
    # (a daemon whose server answers only its platform, health probes, an admission webhook and Prometheus, is no web service)
    probes = dict(api, **{"main.go": SERVE.replace('"/api/stops", stops', '"/healthz", stops') + "\nfunc init() {\n\thttp.HandleFunc(\"/mutate\", stops)\n}\n"})
    project, _ = kind_and_results(tmp_path / "probes", probes, [])
    assert project["kind"] == "cli-tool", project
    # (a library whose example starts a server is still a library)
    lib = {"README.md": "# arrets\n\nA Go package reading stops.\n", "go.mod": GO_MOD.replace("attest-server", "github.com/x/arrets"),
           "arrets.go": "package arrets\n\n// Stop is a stop.\ntype Stop struct{ Name string }\n",
           "examples/server/main.go": SERVE, "examples/server/handlers.go": HANDLERS}
    project, _ = kind_and_results(tmp_path / "lib", lib, [])
    assert project["kind"] == "library", project


# A PowerShell module (a .psd1 manifest, its .psm1 and one script per exported function) that a Dockerfile FROM the PowerShell
# image copies into its modules folder: it was "infrastructure" ("container or compose files around no code of their own", and
# "a container image of a server with its settings") since PowerShell was no code; its RequiredModules were no dependencies.
PSD1 = """#
# Module manifest for module 'Collecte-Journaux'
#
@{
    RootModule = '.\\\\Collecte-Journaux.psm1'
    ModuleVersion = '1.3.0'
    Author = 'equipe@exemple.fr'
    Description = 'Collecte les journaux d audit d un locataire'
    RequiredModules = @(
        @{ModuleName = 'Az.Accounts'; ModuleVersion = '2.1.0'; }
        @{ModuleName = 'ExchangeOnlineManagement'; RequiredVersion = '3.2.0'; }
        'PoshRSJob'
    )
    NestedModules = @(
        'Get-Journaux.ps1',
        'Get-Comptes.ps1'
    )
    FunctionsToExport = @('Get-Journaux', 'Get-Comptes')
}
"""
FUNCTION = "function {0} {{\n    [CmdletBinding()]\n    param([Parameter(Mandatory = $true)][string]$Locataire)\n    Write-Output $Locataire\n}}\n"
MODULE = {
    "README.md": "# Collecte-Journaux\n\nModule PowerShell de collecte des journaux.\n\n## Installation\n\n```\nInstall-Module Collecte-Journaux\n```\n",
    "Collecte-Journaux/Collecte-Journaux.psd1": PSD1,
    "Collecte-Journaux/Collecte-Journaux.psm1": "Get-ChildItem $PSScriptRoot -Filter *.ps1 | ForEach-Object { . $_.FullName }\n",
    "Collecte-Journaux/Get-Journaux.ps1": FUNCTION.format("Get-Journaux"),
    "Collecte-Journaux/Get-Comptes.ps1": FUNCTION.format("Get-Comptes"),
    "Dockerfile": "FROM mcr.microsoft.com/powershell:latest\nRUN pwsh -command Install-Module -Name Az.Accounts -RequiredVersion 2.1.0\n"
                  "ADD Collecte-Journaux /root/.local/share/powershell/Modules/Collecte-Journaux\nCMD [\"pwsh\"]\n",
    "docker-compose.yaml": "services:\n    collecte:\n        build:\n            context: .\n        volumes:\n            - .:/mnt/host\n",
}


def test_a_powershell_module_packaged_in_an_image_is_a_command_line_tool_with_its_dependencies(tmp_path):
    project, res = kind_and_results(tmp_path, MODULE, ["reusability.dependencies", "interoperability.auth"])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "Collecte-Journaux/Collecte-Journaux.psd1", project["kind_evidence"]
    assert "infrastructure" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]
    dep = res["reusability.dependencies"]
    assert dep["status"] != "not_applicable" and "powershell" in dep["message"]["en"], dep["message"]


def test_powershell_scripts_taking_parameters_are_commands_not_documents_nor_infrastructure(tmp_path):
    script = "[CmdletBinding()]\nparam([string]$Serveur = 'dc01')\nGet-ADUser -Server $Serveur -Filter * | Export-Csv comptes.csv\n"
    files = {"README.md": "# Outils AD\n\nScripts d'export.\n\n```\n.\\Export-Comptes.ps1 -Serveur dc02\n```\n",
             "Export-Comptes.ps1": script, "Export-Groupes.ps1": script.replace("ADUser", "ADGroup")}
    project, _ = kind_and_results(tmp_path / "s", files, [])
    assert project["kind"] == "cli-tool" and project["kind_decided"], project
    files["Dockerfile"] = "FROM mcr.microsoft.com/powershell:latest\nCOPY Export-Comptes.ps1 Export-Groupes.ps1 /outils/\nCMD [\"pwsh\"]\n"
    project, _ = kind_and_results(tmp_path / "d", files, [])
    assert project["kind"] == "cli-tool", project


# Session 16 (r5): a SQL query file (SELECT … JOIN …, no table defined) made a data model. Beside code k7 fixed it; alone, a
# folder of queries was still a data model, though a data model defines tables (CREATE TABLE/VIEW, a migration).
QUERY = ("-- tickets ouverts par service\nSELECT s.nom AS service, count(*) AS ouverts\nFROM ticket t\nJOIN service s ON s.id = t.service_id\n"
         "WHERE t.statut = 'ouvert'\nGROUP BY s.nom;\n")


def test_sql_queries_alone_are_analysis_and_table_definitions_a_data_model(tmp_path):
    files = {"README.md": "# Requêtes\n\nRequêtes du tableau de bord des tickets.\n",
             "requetes/ouverts.sql": QUERY, "requetes/fermes.sql": QUERY.replace("ouvert", "ferme"),
             "requetes/delais.sql": QUERY.replace("count(*)", "avg(t.duree)")}
    project, _ = kind_and_results(tmp_path / "q", files, [])
    assert project["kind"] == "analysis" and project["kind_decided"], project
    files["schema.sql"] = "CREATE TABLE ticket (id integer PRIMARY KEY, service_id integer, statut text, duree integer);\n"
    files["vues.sql"] = "CREATE VIEW ouverts AS SELECT * FROM ticket WHERE statut = 'ouvert';\n"
    project, _ = kind_and_results(tmp_path / "m", files, [])
    assert project["kind"] == "data-model", project


# Session 16 (r5, zaphir): a desktop program writing ISO 19139 metadata with its contacts' postal addresses was asked for public
# building blocks ("fail 0") with no word of what made them expected, and its DSFR was "reserved to State services" though a
# program's windows are no website. Decided: the rule applies (a desktop tool handling places could take them from API Adresse,
# geo.api.gouv.fr or the Géoplateforme), but the verdict names where the project handles them, and the DSFR reason fits.
def test_a_desktop_program_handling_addresses_is_shown_where_and_the_dsfr_reason_fits(tmp_path):
    from tests.test_kinds_s16_k7 import FICHES

    files = dict(FICHES, **{"fiches_module.py": "def convertir(chemin):\n    return open(chemin).read()\n\n\ndef contact(nom, adresse):\n"
                                                "    return {'organisationName': nom, 'deliveryPoint': adresse['rue'], 'postalCode': adresse['code'],\n"
                                                "            'city': adresse['ville']}\n"})
    project, res = kind_and_results(tmp_path, files, ["interoperability.public-building-blocks"])
    assert project["kind"] == "desktop-application", project
    r = res["interoperability.public-building-blocks"]
    assert r["status"] != "not_applicable", r["message"]
    assert "not desktop applications" in r["message"]["en"] and "reserved to State services" not in r["message"]["en"], r["message"]
    found = [(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"]
    assert found and all(p == "fiches_module.py" for p, _ in found) and len(found) == len(set(found)), r["evidence"]
