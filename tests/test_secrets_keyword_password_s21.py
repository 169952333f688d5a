"""reusability.secrets: a password given by name beside its account's name in the application's code (issue 12, s21 m4, a Rails
app's `http_basic_authenticate_with name: …, password: '…'` guarding its staging editor) was only a string "to review". A keyword
or hash argument, or an object key, named password/passwd/secret holding a literal beside the account's name is the account's
password written in the code (Ruby `password:` and `:password =>`, Python `password=`, a JS object over several lines); a
placeholder, an environment read, a field's type, and the same in a test stay out."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

README = "# Observatoire\n\nApplication de visualisation des flux.\n"


def _r(tmp_path, path, code):
    return sec(tmp_path, {path: code, "README.md": README})


def _strong(r, path):
    return r["status"] == "fail" and any(e.get("path") == path for e in r["evidence"])


def test_rails_basic_auth_password_in_a_controller_is_a_secret(tmp_path):
    rb = ("class ReportsController < ApplicationController\n  if Rails.env.staging?\n"
          "    http_basic_authenticate_with name: 'preprod', password: 'bluefinchorchard',\n      only: [:new, :edit]\n  end\nend\n")
    r = _r(tmp_path, "app/controllers/reports_controller.rb", rb)
    assert _strong(r, "app/controllers/reports_controller.rb"), r["message"]


def test_hash_rocket_python_keyword_and_multiline_object_are_secrets(tmp_path):
    for path, code in [("lib/mailer.rb", "Mail.defaults do\n  delivery_method :smtp, :user_name => 'relay', :password => 'plumtreeharbor'\nend\n"),
                       ("app/db.py", "import psycopg2\n\nconn = psycopg2.connect(host='sig.example.org', user='lecteur', password='plumtreeharbor')\n"),
                       ("src/client.js", "const client = createClient({\n  auth: {\n    user: 'lecteur',\n    password: 'plumtreeharbor',\n  },\n});\n")]:
        r = _r(tmp_path / path.replace("/", "_"), path, code)
        assert _strong(r, path), (path, r["message"])


def test_placeholders_environment_reads_types_and_tests_stay_out(tmp_path):
    cases = [("app/controllers/a_controller.rb", "class AController < ApplicationController\n"
              "  http_basic_authenticate_with name: ENV['BASIC_USER'], password: ENV['BASIC_PASSWORD']\nend\n"),
             ("app/controllers/b_controller.rb", "class BController < ApplicationController\n"
              "  http_basic_authenticate_with name: 'admin', password: 'changeme'\nend\n"),
             ("src/schema.js", "const User = new Schema({\n  name: 'string',\n  password: 'string',\n});\n"),
             ("spec/controllers/c_spec.rb", "describe 'login' do\n  let(:creds) { { name: 'preprod', password: 'bluefinchorchard' } }\nend\n")]
    for path, code in cases:
        r = _r(tmp_path / path.replace("/", "_"), path, code)
        assert r["status"] != "fail", (path, r["message"])
