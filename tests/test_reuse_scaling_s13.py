"""Session 13, k3 (issue 12, local authorities' unseen repositories): reusability and scaling values."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

LOCK = ["scaling.vendor-lock-in", "reusability.portability"]


def _named(r):
    return {e["value"]["service"] for e in r["scaling.vendor-lock-in"]["evidence"] if isinstance(e.get("value"), dict)}


GO_MAIN = ('package main\n\nimport (\n\t"database/sql"\n\t"fmt"\n\n\t_ "github.com/denisenkom/go-mssqldb"\n)\n\n'
           'func open(user, pass, host, base string) (*sql.DB, error) {\n'
           '\tdsn := fmt.Sprintf("sqlserver://%s:%s@%s?database=%s", user, pass, host, base)\n'
           '\treturn sql.Open("sqlserver", dsn)\n}\n\nfunc main() {}\n')


def test_a_go_service_on_sql_server_is_locked_to_it(tmp_path):
    """Shaped like a management centre's Go export service: go.mod requires the SQL Server driver, the code opens a
    sqlserver:// address."""
    path = build(tmp_path / "r", {"go.mod": "module exports\n\ngo 1.17\n\nrequire (\n\tgithub.com/denisenkom/go-mssqldb v0.12.2\n"
                                            "\tgithub.com/labstack/echo/v4 v4.8.0\n)\n",
                                  "main.go": GO_MAIN})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert "Microsoft SQL Server" in _named(r), r["scaling.vendor-lock-in"]["evidence"]
    assert r["scaling.vendor-lock-in"]["status"] != "pass", r["scaling.vendor-lock-in"]["message"]
    assert r["reusability.portability"]["status"] != "pass", r["reusability.portability"]["message"]
    # the code alone (no go.mod) names it too: the driver's address
    code_only = build(tmp_path / "s", {"db.go": GO_MAIN.replace('\t_ "github.com/denisenkom/go-mssqldb"\n', "")})
    assert "Microsoft SQL Server" in _named(results(run_audit(code_only, tmp_path / "cs", LOCK)))


def test_a_go_service_on_postgresql_names_no_sql_server(tmp_path):
    path = build(tmp_path / "r", {"go.mod": "module exports\n\ngo 1.17\n\nrequire github.com/lib/pq v1.10.0\n",
                                  "main.go": GO_MAIN.replace("github.com/denisenkom/go-mssqldb", "github.com/lib/pq")
                                  .replace("sqlserver", "postgres")})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert "Microsoft SQL Server" not in _named(r), r["scaling.vendor-lock-in"]["evidence"]


TRIGGER = ("CREATE OR REPLACE FUNCTION urba.f_doc_urba() RETURNS trigger LANGUAGE plpgsql AS $BODY$\nBEGIN\n"
           "IF TG_OP = 'INSERT' THEN\n"
           "SELECT '{siren}_PLUI_' || to_char(NEW.datappro, 'YYYYMMDD') AS idurba, 'PLUI',\n"
           "       '{siren}_reglement_' || to_char(NEW.datappro, 'YYYYMMDD') || '.pdf' AS nomreg\n"
           "INTO NEW.idurba, NEW.typedoc, NEW.nomreg;\nEND IF;\nRETURN NEW;\nEND;\n$BODY$;\n")
MODEL = "CREATE TABLE urba.doc_urba (idurba varchar(30) PRIMARY KEY, typedoc varchar(4), nomreg varchar(80), datappro date);\n"


def test_a_plui_trigger_building_ids_on_the_bodys_siren_is_territory_specific(tmp_path):
    """Shaped like an intercommunality's PostGIS PLUi model: its trigger writes the CNIG idurba and file names from the EPCI's
    SIREN written in the SQL."""
    path = build(tmp_path / "r", {"sql/doc_urba.sql": MODEL, "sql/trigger_doc_urba.sql": TRIGGER.format(siren="243500667"),
                                  "README.md": "# PLUi\n\nModèle de données du PLUi.\n"})
    r = results(run_audit(path, tmp_path / "c", ["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] != "pass", r["message"]
    assert any(e.get("path") == "sql/trigger_doc_urba.sql" and e.get("line") == 4 for e in r["evidence"]), r["evidence"]


def test_an_id_on_a_number_that_is_no_siren_is_no_territory_value(tmp_path):
    """Nine digits whose Luhn key is wrong (a batch number) and a placeholder are not a body's SIREN."""
    path = build(tmp_path / "r", {"sql/doc_urba.sql": MODEL, "sql/trigger_doc_urba.sql": TRIGGER.format(siren="243500668"),
                                  "README.md": "# PLUi\n\nModèle de données du PLUi.\n"})
    r = results(run_audit(path, tmp_path / "c", ["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "pass", r["evidence"]


def test_mono_debug_symbols_are_no_access_database(tmp_path):
    """Shaped like a Unity WebGL build committed with its player cache: each assembly has its Mono symbols (X.dll.mdb)."""
    files = {"Assets/Scripts/Hotspot.cs": "using UnityEngine;\n\npublic class Hotspot : MonoBehaviour {\n  void Start() {}\n}\n",
             "Web/Library/PlayerDataCache/Data/Managed/UnityEngine.AIModule.dll": "MZ\x00\x01",
             "Web/Library/PlayerDataCache/Data/Managed/UnityEngine.AIModule.dll.mdb": "\x00\x01mdb",
             "Web/Library/PlayerDataCache/Data/Managed/Assembly-CSharp.dll.mdb": "\x00\x01mdb"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", LOCK))
    assert "Microsoft Access / Excel macros" not in _named(r), r["scaling.vendor-lock-in"]["evidence"]
    # an Access database beside them still is one
    with_base = build(tmp_path / "s", {**files, "data/inventaire.mdb": "\x00\x01\x00\x00Standard Jet DB"})
    assert "Microsoft Access / Excel macros" in _named(results(run_audit(with_base, tmp_path / "cs", LOCK)))


def test_a_classic_asp_page_is_tied_to_iis(tmp_path):
    """Shaped like a management centre's calculator page: a classic ASP page including its footer, a script and a style."""
    files = {"calculateur.asp": '<%@ Language="VBScript" %>\n<html><head><script src="etp.js"></script></head>\n<body>\n'
                                '<form><input id="indice"/></form>\n<% Server.Execute("footer.asp") %>\n</body></html>\n',
             "footer.asp": "<p>Centre de gestion</p>\n", "etp.js": "function calcul(i) {\n  return i * 2;\n}\n",
             "etp.css": "body { margin: 0; }\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", LOCK))
    assert any(n.startswith("Classic ASP") for n in _named(r)), r["scaling.vendor-lock-in"]["evidence"]
    assert "Classic ASP" in r["reusability.portability"]["message"]["en"], r["reusability.portability"]["message"]
    # an ASP.NET Core page (.cshtml) or a PHP page is not classic ASP
    other = build(tmp_path / "s", {"index.php": "<?php echo 'ok';\n", "etp.js": files["etp.js"]})
    assert not any(n.startswith("Classic ASP") for n in _named(results(run_audit(other, tmp_path / "cs", LOCK))))


def test_a_regex_unicode_class_is_no_network_share(tmp_path):
    """Shaped like a Symfony bundle's slugifier: preg_replace('~[^\\\\pL\\d]+~u', …) in PHP, beside a real share in SQL."""
    slug = ("<?php\n\nnamespace App\\Util;\n\nclass Slugify\n{\n    public static function slug($text, $sep = '-')\n    {\n"
            "        $text = preg_replace('~[^\\\\pL\\d]+~u', $sep, $text);\n        $text = preg_replace('/\\\\pL+/u', '', $text);\n"
            "        return strtolower(trim($text, $sep));\n    }\n}\n")
    r = results(run_audit(build(tmp_path / "r", {"src/Util/Slugify.php": slug, "composer.json": '{"name": "acme/bundle"}'}),
                          tmp_path / "c", ["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] == "pass", r["evidence"]
    share = build(tmp_path / "s", {"src/Util/Export.php": "<?php\n$dir = '\\\\\\\\fichiers\\\\SIG\\\\exports';\n"})
    r = results(run_audit(share, tmp_path / "cs", ["reusability.territory-neutral"]))["reusability.territory-neutral"]
    assert r["status"] != "pass", r["message"]


def test_a_committers_own_domain_is_a_personal_address(repo):
    """Shaped like a documentation site written by a volunteer from his own domain under a country's second level (org.nz)."""
    from auditor.facts.history import registrable_domain
    from tests.test_local_authority_domains import _history
    from tests.test_scaling import ctx_for
    from tests.test_scaling import run as run_check

    assert registrable_domain("doc.govt.nz") == "doc.govt.nz" and registrable_domain("www.moon.org.nz") == "moon.org.nz"
    assert registrable_domain("sig.paris.fr") == "paris.fr" and registrable_domain("a.b.example.co.uk") == "example.co.uk"
    r = _history(repo, [("George Moon", "george@moon.org.nz")] * 6 + [("parc", "parc@pnr-exemple.fr")] * 2)
    res = run_check(ctx_for(r), "scaling.contributor-organisations")
    assert "org.nz" not in res.message["en"] and "moon" not in res.message["en"], res.message
