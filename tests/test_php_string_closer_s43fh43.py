"""A "?>" inside a PHP string closes no PHP block (issue 12, s43 fh43 = reader rf43's nicolasaunai/ccpl-news).

ccpl-news: a cron script of 11 functions whose scrapers call $dom->loadHTML('<?xml encoding="utf-8" ?>' . $body). lizard cut the
file at that string's "?>" and read the rest as HTML: 3 of 11 functions measured, 0 above 10, reported complete. Rule: a "?>"
inside a string literal, heredoc or block comment is text, masked before the measure; a real closing tag (in code or ending a
line comment) still ends the block. Near miss: a script whose "?>" is a real closing tag followed by HTML keeps its count."""

from __future__ import annotations

from auditor.facts.php_closers import closers_in_strings_masked
from tests.test_local_authority_verdicts import judge


def _branchy(name: str) -> str:
    ifs = "".join(f"    if ($n === {i}) {{\n        $out[] = {i};\n    }}\n" for i in range(12))
    return f"function {name}(int $n): array\n{{\n    $out = [];\n{ifs}    return $out;\n}}\n\n"


SCRIPT = ("<?php\n// Collecte des actualites des communes\n\nfunction lire_flux(string $url): array\n{\n    return [$url];\n}\n\n"
          "function lire_page(string $body): array\n{\n    $dom = new DOMDocument();\n"
          "    $dom->loadHTML('<?xml encoding=\"utf-8\" ?>' . $body);\n    return [$dom];\n}\n\n"
          + _branchy("lire_mairie_a") + _branchy("lire_mairie_b") + _branchy("lire_mairie_c"))
README = "# Actualites\n\nUn agregateur des actualites des communes.\n"


def test_a_closing_tag_inside_a_string_leaves_the_rest_of_the_file_measured(tmp_path):
    report, res = judge(tmp_path, {"README.md": README, "api/collecte.php": SCRIPT}, ["reusability.maintainability"], name="news")
    r = res["reusability.maintainability"]
    assert r["status"] != "pass", r["message"]
    assert r["message"]["en"].startswith("5 functions") and "3 above" in r["message"]["en"], r["message"]


def test_near_miss_a_real_closing_tag_still_ends_the_php_block(tmp_path):
    page = ("<?php\nfunction titre(): string\n{\n    return 'Accueil';\n}\n// fin du code ?>\n<html><body>\n"
            "<p>function pas_du_code() { if (a) { b(); } }</p>\n</body></html>\n")
    report, res = judge(tmp_path, {"README.md": README, "index.php": page}, ["reusability.maintainability"], name="page")
    r = res["reusability.maintainability"]
    assert r["status"] == "pass" and r["message"]["en"].startswith("1 function"), r["message"]


def test_masking_keeps_offsets_and_real_closers():
    text = "<?php $a = 'x ?> y'; /* ?> */ $b = \"?>\"; $c = <<<EOT\n?>\nEOT;\n// c ?>\n<p>?></p><?php $d='?>'; ?>"
    out = closers_in_strings_masked(text)
    assert len(out) == len(text) and out.count("\n") == text.count("\n")
    assert out.count("?>") == 3, out  # the line comment's closer, the HTML's text, the last closer
