"""reusability.configuration (issue 12, s38 fk38 = fBedecarrats/Nantes_delibR).

A Métropole's Shiny app runs `source("credentials.R")`, a file git ignores (one installation's accounts), and gives its content as an
example in the comments under that call ("Exemple de contenu :" over `# credentials <- data.frame(user = c("MyUser"), …)`). The check
said "template: none", fail. The program's own comments document the settings file each installation writes: the R file is a
settings document. Near misses: the same call with no example under it, or sourcing a file the repository holds, documents nothing.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
APP = ('library(shiny)\nlibrary(shinymanager)\nsource("credentials.R", encoding = "utf-8")\n\n'
       "# Afin de ne pas exposer de secrets, les identifiants sont dans un fichier séparé, 'credentials.R'.\n"
       "# Exemple de contenu :\n# credentials <- data.frame(\n#     user = c(\"MyUser\"),\n#     password = c(\"aPassword\"),\n"
       "#     stringsAsFactors = FALSE\n# )\n\nui <- secure_app(fluidPage(textOutput(\"n\")))\n"
       "server <- function(input, output, session) {\n  secure_server(check_credentials = check_credentials(credentials))\n"
       "  output$n <- renderText(Sys.getenv(\"OCR_LANG\"))\n}\nshinyApp(ui, server)\n")
NO_EXAMPLE = APP.replace("# Exemple de contenu :\n# credentials <- data.frame(\n#     user = c(\"MyUser\"),\n#     password = c(\"aPassword\"),\n"
                         "#     stringsAsFactors = FALSE\n# )\n", "")


def _files(app: str, **more) -> dict:
    return {"app.R": app, ".gitignore": ".Rhistory\ncredentials.R\nrsconnect/\n", "README.md": "# delibR\n\nUne application Shiny.\n", **more}


def _docs(r: dict) -> list:
    return [e.get("path") for e in r["evidence"] if e.get("kind") == "found"]


def test_an_ignored_sourced_file_whose_example_the_code_gives_is_documented(tmp_path):
    r = check_result(tmp_path, _files(APP), CID)
    assert "app.R" in _docs(r) and r["status"] != "fail", r


def test_no_example_or_a_committed_file_documents_nothing(tmp_path):
    r = check_result(tmp_path, _files(NO_EXAMPLE), CID)
    assert "app.R" not in _docs(r), r
    held = _files(APP, **{"credentials.R": "credentials <- data.frame(user = 'a')\n", ".gitignore": ".Rhistory\n"})
    r = check_result(tmp_path / "c", held, CID)
    assert "app.R" not in _docs(r), r
