"""Generated documentation committed beside the code (session 9's reads, issue 12): a Ruby gem's YARD doc/ and a Java library's
Javadoc doc/ made them "static sites", and the N/A reasons then said "a static site". A documentation generator's output is
the generator's pages: it decides no kind, counts as no code, and it is the code's API reference. Each on a git fixture
shaped like the real case."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

_PAGE = "<!DOCTYPE html>\n<html><head><title>{0}</title><link rel=\"stylesheet\" href=\"css/style.css\"></head>\n<body><h1>{0}</h1></body></html>\n"


def _yard_gem() -> dict:
    """A small Ruby API client (Gemfile, lib/, a script, cucumber features) with YARD's output committed in doc/."""
    files = {"readme.md": "# Client de l'API\n\nUne petite enveloppe autour de l'API.\n\n# Installation\nClonez le dépôt puis `bundle`.\n",
             "Gemfile": "source 'https://rubygems.org'\ngem 'faraday'\n", "lib/client.rb": "module Api\n  class Client\n    def get(path)\n    end\n  end\nend\n",
             "sdk.rb": "require_relative 'lib/client'\n", "features/get.feature": "Feature: get\n",
             ".yardoc/checksums": "lib/client.rb 0123\n"}
    for name in ("index", "_index", "class_list", "method_list", "file_list", "frames", "file.readme", "Api", "Api/Client", "top-level-namespace"):
        files[f"doc/{name}.html"] = _PAGE.format(name)
    files.update({"doc/css/style.css": "body { margin: 0 }\n", "doc/css/common.css": "a { color: blue }\n",
                  "doc/js/app.js": "function navigate() { return 1; }\n", "doc/js/full_list.js": "function list() { return 2; }\n"})
    return files


def test_a_ruby_gem_with_its_yard_doc_committed_is_no_static_site(tmp_path):
    """Benoit-Vasseur/ruby-ovh shape: 10 YARD pages in doc/ against 3 Ruby files: "static site" on doc/OVH.html before, and
    the API, sign-in and building-block N/As said "a static site"."""
    project, res = kind_and_results(tmp_path, _yard_gem(), ["interoperability.auth", "documentation.docs"])
    assert project["kind"] != "static-site"
    assert not any(e["path"].startswith("doc/") for e in project["kind_evidence"])
    assert "type « site ou carte statique »" not in res["interoperability.auth"]["message"]["fr"]
    # the committed YARD reference is the library's API documentation
    assert "API" in res["documentation.docs"]["message"]["fr"].split(";")[0]


def test_a_java_library_with_its_javadoc_committed_is_no_static_site(tmp_path):
    """0obriano0/MySql_Library shape: a Maven library (2 classes) whose Javadoc (doc/ with allclasses-frame.html, package
    folders, class-use/, index-files/) outnumbers its code: "static site" before."""
    files = {"README.md": "# MySQL library\n\nA small wrapper around JDBC.\n",
             "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>org.example</groupId><artifactId>mysql-lib</artifactId>"
                        "<version>1.0</version><dependencies><dependency><groupId>mysql</groupId><artifactId>mysql-connector-java</artifactId>"
                        "<version>8.0.28</version></dependency></dependencies></project>\n",
             "src/main/java/org/example/db/Database.java": "package org.example.db;\n\npublic class Database {\n  public void open() {}\n}\n",
             "src/main/java/org/example/db/Rows.java": "package org.example.db;\n\npublic class Rows {\n}\n",
             "doc/package-list": "org.example.db\n", "doc/stylesheet.css": "body { color: #353833 }\n", "doc/script.js": "function show(type) { }\n"}
    for name in ("allclasses-frame", "allclasses-noframe", "constant-values", "deprecated-list", "help-doc", "index", "overview-tree"):
        files[f"doc/{name}.html"] = _PAGE.format(name)
    for name in ("Database", "Rows", "package-frame", "package-summary", "package-tree", "class-use/Database", "class-use/Rows"):
        files[f"doc/org/example/db/{name}.html"] = _PAGE.format(name)
    for i in range(1, 6):
        files[f"doc/index-files/index-{i}.html"] = _PAGE.format(i)
    project, res = kind_and_results(tmp_path, files, ["interoperability.api-spec"])
    assert project["kind"] != "static-site"
    assert "type « site ou carte statique »" not in res["interoperability.api-spec"]["message"]["fr"]


def test_a_static_site_keeps_its_kind_and_pages_in_a_docs_folder_are_no_generator_output(tmp_path):
    """The rule reads the generators' own files only: a hand-written map page and a docs/ folder of pages stay pages."""
    files = {"README.md": "# Carte des déchetteries\n", "index.html": _PAGE.format("Carte"), "js/carte.js": "L.map('map');\n",
             "docs/index.html": _PAGE.format("Aide"), "docs/guide.html": _PAGE.format("Guide")}
    project, _ = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] == "static-site"
    from auditor.facts.doc_outputs import doc_outputs  # (new with the rule)
    assert doc_outputs(files) == []


def test_each_generator_is_told_by_its_own_files():
    from auditor.facts.doc_outputs import doc_outputs
    paths = ["doc/allclasses-index.html", "doc/a/b/C.html", "api/ruby/created.rid", "api/ruby/index.html", "docs/html/doxygen.css",
             "docs/html/annotated.html", "site/out/styles/jsdoc-default.css", "site/out/index.html", "_build/html/searchindex.js",
             "_build/html/genindex.html", "created.rid", "styles/jsdoc-default.css"]
    assert doc_outputs(paths) == [("_build/html/", "sphinx"), ("api/ruby/", "rdoc"), ("doc/", "javadoc"), ("docs/html/", "doxygen"),
                                  ("site/out/", "jsdoc")]


def test_a_python_package_with_a_folder_of_select_queries_is_no_data_model(tmp_path):
    """JesseMaitland/redscope shape: a Python command-line package (setup.py with a console script, 23 modules) that reads 14
    introspection queries from a queries/ folder: "data model" on queries/columns.sql before, and the configuration and
    portability checks skipped as for a schema."""
    files = {"README.md": "# Introspect\n\nA schema introspection tool.\n",
             "setup.py": "from setuptools import setup\nsetup(name='introspect', packages=['introspect'],\n"
                         "      entry_points={'console_scripts': ['introspect=introspect.cli:main']})\n",
             "introspect/__init__.py": "", "introspect/cli.py": "def main():\n    pass\n"}
    for i in range(6):
        files[f"introspect/db/part{i}.py"] = f"def part{i}(cursor):\n    return cursor.fetchall()\n"
    for name in ("columns", "constraints", "distkey", "diststyle", "functions", "groups", "membership", "ownership", "permissions",
                 "schemas", "users", "views"):
        files[f"introspect/db/queries/{name}.sql"] = (f"-- the {name} of the database\nSELECT n.nspname AS schema_name, c.relname\n"
                                                      "FROM pg_catalog.pg_class c\nJOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace\n"
                                                      "WHERE c.relname NOT LIKE 'pg_%' AND n.nspname <> 'information_schema' -- create table\n;\n")
    project, res = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert project["kind"] != "data-model"
    assert "modèle de données" not in res["reusability.configuration"]["message"]["fr"]


def test_sql_that_creates_tables_beside_a_little_code_is_still_a_data_model(tmp_path):
    """The same layout holding DDL (a PostGIS model with a loading script) stays a data model: only pure queries are set aside."""
    files = {"README.md": "# Modèle des réseaux\n", "load.py": "import psycopg\n"}
    for name in ("canalisation", "regard", "branchement", "vanne"):
        files[f"sql/{name}.sql"] = f"CREATE TABLE reseau.{name} (id serial PRIMARY KEY, geom geometry(Point, 2154));\n"
    files["sql/vue_synthese.sql"] = "CREATE VIEW reseau.synthese AS SELECT count(*) FROM reseau.regard;\n"
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert project["kind"] == "data-model"
