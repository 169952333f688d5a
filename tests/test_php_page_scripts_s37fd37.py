"""Wrong verdict reader ra37 found on a PHP map catalogue of an agglomeration (issue 12, session 37 fixer fd37).

Romain64290/carthoteque: once the copied upload library was set aside, reusability.maintainability measured only the 11 functions
its PHP declares (darkroom, cc 11, in two pages: 2 of 11, fail 2) — the pages' own JavaScript, written in <script> blocks of the
same .php files (submitformulaire, the form handlers, $(function () {…}) callbacks: some 140 functions), was never read. A PHP
page's <script> blocks are its code too: measured as the JavaScript they are, where they stand (line numbers kept, PHP echoed into
them blanked). A page with no inline script is measured as before.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

_CASES = "".join(f"    elseif ($type == {i}) {{ $w = {i}; }}\n" for i in range(10))
DARKROOM = "function darkroom($img, $type)\n{\n    $w = 0;\n    if ($type == -1) { $w = 1; }\n" + _CASES + "    return $w;\n}\n"


def page(name: str, helper: str = "") -> str:
    handlers = "".join(f"function valider_{name}_{k}(type) {{\n  if (type == '{k}') {{ document.forms[0].submit(); }}\n}}\n" for k in range(6))
    return ("<?php\ninclude('../includes/php_open.php');\n" + helper + "$titre = 'Cartes';\n?>\n<html>\n<head>\n"
            "<script src=\"../includes/js/jquery.js\"></script>\n<script type=\"text/javascript\">\n" + handlers +
            "$(function () {\n  $('#titre').text('<?php echo $titre; ?>');\n});\n</script>\n</head>\n"
            "<body><h1 id=\"titre\"></h1></body>\n</html>\n")


APP = {"admin/includes/php_open.php": "<?php\n$link = mysql_connect(getenv('DB_HOST'), getenv('DB_USER'), getenv('DB_PASS'));\n",
       "admin/cartes/new04.php": page("new", DARKROOM), "admin/cartes/edit04.php": page("edit", DARKROOM),
       **{f"admin/{m}/index.php": page(m) for m in ("tags", "stats", "arborescence", "gestion_ip")}}


def test_a_php_pages_inline_scripts_are_measured(tmp_path):
    report, res = judge(tmp_path, APP, ["reusability.maintainability"])
    r = res["reusability.maintainability"]
    assert r["details"]["functions"] >= 30, r["message"]
    assert r["status"] == "pass", r["message"]
    assert [e["path"] for e in r["evidence"] if e.get("value", {}).get("function") == "darkroom"] == ["admin/cartes/edit04.php", "admin/cartes/new04.php"], r["evidence"]


def test_a_complex_inline_function_is_found_on_its_line(tmp_path):
    branches = "".join(f"  else if (type == '{k}') {{ n = {k}; }}\n" for k in range(14))
    files = {**APP, "admin/tags/index.php": page("tags").replace("$(function () {", "function trier(type) {\n  var n = 0;\n  if (type == 'a') { n = 1; }\n"
                                                                + branches + "  return n;\n}\n$(function () {")}
    report, res = judge(tmp_path, files, ["reusability.maintainability"])
    found = [e for e in res["reusability.maintainability"]["evidence"] if e.get("value", {}).get("function") == "trier"]
    line = files["admin/tags/index.php"].splitlines().index("function trier(type) {") + 1
    assert [(e["path"], e["line"]) for e in found] == [("admin/tags/index.php", line)], res["reusability.maintainability"]["evidence"]


def test_php_pages_without_inline_scripts_are_measured_as_before(tmp_path):
    # near miss: the same pages with their scripts in .js files loaded by src: only the PHP functions of the pages are theirs
    files = {p: t.split("<script type=")[0] + "</head>\n</html>\n" if p.endswith(".php") and "<script type=" in t else t for p, t in APP.items()}
    report, res = judge(tmp_path, files, ["reusability.maintainability"])
    r = res["reusability.maintainability"]
    assert r["details"]["functions"] == 2 and r["status"] == "fail", r["message"]
