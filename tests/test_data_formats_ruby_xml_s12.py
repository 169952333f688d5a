"""interoperability.data-standards sees JSON read by Ruby's standard library and XML the code writes as text (issue 12, s11
reads: a metropolis's Sinatra proof of concept reading its data providers' answers with ``JSON.parse(res.body)``, and an
OPSN's PHP web service building a list server's XML input from ``"<?xml version=\\"1.0\\"?>\\n"`` and concatenated tags, were
said to read or write no open format). A comment naming them, and JavaScript's everyday JSON.parse, stay out."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DS = ["interoperability.data-standards"]

APP_RB = ("require 'sinatra'\nrequire 'json'\nrequire 'net/http'\n\n"
          "def fetch(url)\n  res = Net::HTTP.get_response(URI(url))\n  JSON.parse(res.body)\nend\n\n"
          "get '/justificatif' do\n  data = fetch(settings.provider_url)\n  erb :justificatif, locals: { data: data }\nend\n")
BUILDER = ("<?php\n/**\n * Builds the list's XML description.\n */\nclass ListXml {\n    private static $content;\n\n"
           "    public static function init() {\n        self::$content = \"<?xml version=\\\"1.0\\\"?>\\n\";\n"
           "        self::$content .= \"<list>\\n\";\n    }\n\n    public static function add($key, $value) {\n"
           "        self::$content .= \"  <\" . $key . \">\" . htmlspecialchars($value) . \"</\" . $key . \">\\n\";\n    }\n}\n")


def _formats(r) -> set:
    return {e.get("value") for e in r["evidence"] if e.get("kind") == "found"}


def test_ruby_json_parse_reads_json(tmp_path):
    files = {"README.md": "# POC\n\nPreuve de concept.\n", "Gemfile": "source 'https://rubygems.org'\ngem 'sinatra'\n", "app.rb": APP_RB,
             "config.ru": "require './app'\nrun Sinatra::Application\n", "views/justificatif.erb": "<h1>Justificatif</h1>\n<p><%= data['nom'] %></p>\n"}
    _, res = judge(tmp_path, files, DS)
    r = res["interoperability.data-standards"]
    # (JSON messages of the services it calls and no data of its own: no data schema expected, not "no open format")
    assert r["status"] != "fail" and "JSON" in r["message"]["en"] and "Ni schéma" not in r["message"]["fr"], r["message"]


def test_xml_built_as_text_is_written_xml(tmp_path):
    files = {"README.md": "# Listes\n\nService web de création de listes.\n", "lib/ListXml.class.php": BUILDER,
             "service.php": "<?php\nrequire 'lib/ListXml.class.php';\nListXml::init();\nListXml::add('name', $_POST['name']);\n"}
    _, res = judge(tmp_path, files, DS)
    r = res["interoperability.data-standards"]
    assert "XML" in _formats(r), r


def test_javascript_json_parse_and_comments_are_no_format(tmp_path):
    files = {"README.md": "# Outil\n\nUn outil.\n", "src/store.js": "export const load = () => JSON.parse(localStorage.getItem('k'));\n",
             "lib/notes.rb": "# JSON.parse(res.body) would read the answer\nputs 'ok'\n",
             "lib/doc.php": "<?php\n// echo \"<?xml version=\\\"1.0\\\"?>\";\necho 'ok';\n"}
    _, res = judge(tmp_path, files, DS)
    assert not {"JSON", "XML"} & _formats(res["interoperability.data-standards"]), res["interoperability.data-standards"]
