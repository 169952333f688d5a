"""reusability.maintainability (issue 12, s38 fk38 = FlorentBedecarratsNM/meal4cast).

A golem Shiny app's app_server() hands functions to other calls inside its body: downloadHandler(filename = function() {…}, content =
function(file) {…}), scale_x_date(labels = function(x) format(x, "%b")). lizard's R reader ends app_server at the first of them and
gave the one-line lambda `labels` the rest of the server's body: "labels" at its line, complexity 13, named as the complex function.
A function written inside another's body is part of it: app_server is measured whole (its decisions, the lambdas' included), the
lambdas are no functions of their own. Near miss: functions written one after another at the top level stay apart, each measured.
"""

from __future__ import annotations

from auditor.facts.r_functions import nested_functions_hidden
from tests.test_local_authority_verdicts import judge

IFS = "".join(f"    if (input$mode == \"m{k}\") {{\n      n <- n + {k}\n    }}\n" for k in range(12))
SERVER = ("app_server <- function(input, output, session) {\n  n <- 0\n"
          "  output$dwn <- downloadHandler(\n    filename = function() {\n      paste(\"prev_\", input$year, \".ods\", sep = \"\")\n    },\n"
          "    content = function(file) {\n      write.csv(data.frame(), file)\n    }\n  )\n"
          "  output$plot <- renderPlot({\n    ggplot2::ggplot() + ggplot2::scale_x_date(labels = function(x) format(x, \"%b\"))\n  })\n"
          "  output$n <- renderText({\n" + IFS + "    n\n  })\n}\n")
HELPERS = "".join(f"helper_{k} <- function(x) {{\n  if (x > {k}) {{\n    x\n  }} else {{\n    0\n  }}\n}}\n\n" for k in range(8))


def _files(server: str) -> dict:
    return {"DESCRIPTION": "Package: repas\nVersion: 0.1.0\nImports: shiny, ggplot2\n", "R/app_server.R": server,
            "R/helpers.R": HELPERS, "R/app_ui.R": "app_ui <- function(request) {\n  shiny::fluidPage()\n}\n"}


def test_functions_handed_inside_a_server_are_part_of_it(tmp_path):
    _, res = judge(tmp_path, _files(SERVER), ["reusability.maintainability"])
    r = res["reusability.maintainability"]
    named = {(e["value"]["function"], e["line"]) for e in r["evidence"] if isinstance(e.get("value"), dict) and e["value"].get("function")}
    assert ("app_server", 1) in named and not any(name in ("labels", "filename", "content") for name, _ in named), r["evidence"]


def test_top_level_functions_stay_apart():
    text = HELPERS + SERVER
    hidden = nested_functions_hidden(text)
    assert len(hidden) == len(text) and hidden.count("\n") == text.count("\n")
    assert hidden.count("function(") == 8 + 1 and hidden.count("FUNCTION(") == 3, hidden
    # a one-line function at the top level does not make the next top-level block a function's body
    one_line = "sq <- function(x) x * x\nif (TRUE) {\n  f <- function(y) {\n    y\n  }\n}\n"
    assert nested_functions_hidden(one_line) == one_line
    # strings and comments are no code: a "{" or "function" in them changes nothing
    tricky = "g <- function(x) {\n  s <- \"function(\"  # function(\n  h <- function(z) z\n}\nk <- function() 1\n"
    assert nested_functions_hidden(tricky) == tricky.replace("h <- function(z)", "h <- FUNCTION(z)")
