"""facts.project.kind (issue 12, s42 fj42 = reader re42's ISPF/enquetes-tourisme-eft-exportatn): R scripts that connect to a database,
select a month of a view, write it as CSV and zip it for a partner — no model, plot or statistic — are a data pipeline, a command-line
program as the tool's shell pipelines are, not a data analysis: reusability.portability judges it (it was not applicable) and
readme-sections counts its settings chapter. Near miss: the same scripts fitting a model and plotting it stay an analysis.
The fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.portability", "interoperability.data-standards"]
README = "# Export mensuel\n\nExtrait un mois de la vue des séjours, l'écrit en CSV puis le compresse en ZIP.\n"
FUNCTIONS = ('library(DBI)\nlibrary(odbc)\nlibrary(ini)\n\nparams <- read.ini("conf.ini")\n\nget_con <- function(){\n'
             '  dbConnect(odbc::odbc(), Driver = "PostgreSQL Unicode", Server = params$DB$SERVER, Database = params$DB$NAME)\n}\n')
MAIN = ('source("src/functions.R")\nlibrary(data.table)\n\nannee <- 2025\nmois <- 11\n'
        'sqlQuery <- sprintf("select * from sejours where year(datevol)=%s and month(datevol)=%s", annee, mois)\n'
        'outputFile <- sprintf("sejours%s%02d.csv", annee, mois)\n'
        'con <- get_con()\nDATA <- as.data.table(dbGetQuery(con, sqlQuery))\ndbDisconnect(con)\n'
        'fwrite(DATA, outputFile, sep = "|")\nzip(zipfile = sub(".csv", ".zip", outputFile), files = outputFile)\nfile.remove(outputFile)\n')
ANALYSIS = 'DATA[, duree := as.numeric(dateDepart - dateArrivee)]\nmodele <- lm(duree ~ motif, data = DATA)\nsummary(modele)\nplot(modele)\n'


def test_an_r_export_job_is_a_command_line_program(tmp_path):
    report, res = judge(tmp_path, {"main.R": MAIN, "src/functions.R": FUNCTIONS, "conf.ini": "[DB]\nSERVER = SQL\nNAME = EFT\n",
                                   "README.md": README}, CHECKS, name="export")
    project = report["facts"]["project"]
    assert project["kind"] == "cli-tool", project
    assert res["reusability.portability"]["status"] != "not_applicable", res["reusability.portability"]["message"]
    assert res["interoperability.data-standards"]["status"] != "not_applicable", res["interoperability.data-standards"]["message"]


def test_near_miss_scripts_fitting_a_model_stay_an_analysis(tmp_path):
    report, _ = judge(tmp_path, {"main.R": MAIN + ANALYSIS, "src/functions.R": FUNCTIONS, "conf.ini": "[DB]\nSERVER = SQL\nNAME = EFT\n",
                                 "README.md": README}, CHECKS, name="analysis")
    assert report["facts"]["project"]["kind"] == "analysis", report["facts"]["project"]
