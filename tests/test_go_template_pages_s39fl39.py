"""interoperability.api-spec (issue 12, s39 fl39 = reader mb39's govpf/pwshare): a Go Fiber application whose three handlers render
Handlebars pages (`c.Render("index", fiber.Map{…}, "layouts/main")`) and answer no JSON was warned "HTTP server program (main.go)
without an API specification". Rule now: a Go server whose handlers only render templates (c.Render, c.HTML, template Execute to
the response) and whose code answers no JSON serves pages, no API: not applicable. Near miss: the same server with a c.JSON route
keeps the warning."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "interoperability.api-spec"
MAIN = """package main

import (
\t"os"

\t"github.com/gofiber/fiber/v2"
\t"github.com/gofiber/template/handlebars"
)

func main() {
\tengine := handlebars.New("./views", ".hbs")
\tapp := fiber.New(fiber.Config{Views: engine})
\tapp.Get("/", func(c *fiber.Ctx) error {
\t\treturn c.Render("index", fiber.Map{}, "layouts/main")
\t})
\tapp.Get("/secret/:id", func(c *fiber.Ctx) error {
\t\treturn c.Render("secret", fiber.Map{"Id": c.Params("id")}, "layouts/main")
\t})
\tapp.Listen(":" + os.Getenv("PORT"))
}
"""
FILES = {"README.md": "# Partage\n\nPartage de mots de passe par un lien limité.\n",
         "go.mod": "module example.org/partage\n\ngo 1.16\n\nrequire (\n\tgithub.com/gofiber/fiber/v2 v2.14.0\n\tgithub.com/gofiber/template v1.6.12\n)\n",
         "go.sum": "github.com/gofiber/fiber/v2 v2.14.0 h1:abc=\n", "main.go": MAIN,
         "views/index.hbs": "<form method=\"post\"><input name=\"pw\"><button>Partager</button></form>\n",
         "views/secret.hbs": "<p>{{Id}}</p>\n", "views/layouts/main.hbs": "<html><body>{{embed}}</body></html>\n"}


def test_a_go_server_rendering_templates_only_serves_pages(tmp_path):
    _, r = judge(tmp_path, FILES, [CHECK], name="pages")
    assert r[CHECK]["status"] == "not_applicable", r[CHECK]["message"]


def test_a_go_server_answering_json_keeps_the_warning(tmp_path):
    main = MAIN.replace('\tapp.Listen(', '\tapp.Get("/api/secrets", func(c *fiber.Ctx) error {\n\t\treturn c.JSON(fiber.Map{"count": 1})\n\t})\n\tapp.Listen(')
    _, r = judge(tmp_path, {**FILES, "main.go": main}, [CHECK], name="json")
    assert r[CHECK]["status"] == "warn", r[CHECK]["message"]
