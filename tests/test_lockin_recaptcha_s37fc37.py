"""scaling.vendor-lock-in (issue 12, s37 fc37 = reader ra37, Romain64290/stationnement_pesh): an agglomeration's public form checks its
visitors with Google reCAPTCHA — the widget loaded from www.google.com/recaptcha/api.js and drawn in a <div class="g-recaptcha"
data-sitekey="…">, each answer verified by the server at …/recaptcha/api/siteverify — and the report said "No proprietary service":
every reusing body must open a Google account and keys for its domain. Near miss: a form with an open, self-hosted captcha (ALTCHA)
and a page linking to google.com's search stay no service. The fixtures are written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.vendor-lock-in"
FORM = ("<?php\nsession_start();\n?>\n<html><head>\n<script src='https://www.google.com/recaptcha/api.js'></script>\n</head><body>\n"
        "<form action=\"upload.php\" method=\"post\">\n  <input name=\"immatriculation\">\n"
        "  <div class=\"g-recaptcha\" data-sitekey=\"6LcZx0QTAAAAAAbCdEfGhIjKlMnOpQrStUvWxYz1\"></div>\n</form>\n</body></html>\n")
VERIFY = ("<?php\n$captcha = $_POST['g-recaptcha-response'];\n"
          "$reponse = file_get_contents('https://www.google.com/recaptcha/api/siteverify?secret=' . getenv('CAPTCHA_SECRET') . '&response=' . $captcha);\n")


def test_google_recaptcha_on_a_public_form_is_a_proprietary_service(tmp_path):
    r = check_result(tmp_path, {"index.php": FORM, "upload.php": VERIFY}, CID)
    assert r["status"] in ("warn", "fail") and "reCAPTCHA" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "index.php" for e in r["evidence"]), r["evidence"]


def test_an_open_captcha_and_a_link_to_google_stay_no_service(tmp_path):
    form = FORM.replace("https://www.google.com/recaptcha/api.js", "/js/altcha.min.js").replace(
        "<div class=\"g-recaptcha\" data-sitekey=\"6LcZx0QTAAAAAAbCdEfGhIjKlMnOpQrStUvWxYz1\"></div>",
        "<altcha-widget challengeurl=\"/captcha.php\"></altcha-widget>\n  <a href=\"https://www.google.com/search?q=stationnement\">Aide</a>")
    verify = "<?php\n$ok = verifier_altcha($_POST['altcha']);\n"
    r = check_result(tmp_path, {"index.php": form, "upload.php": verify}, CID)
    assert r["status"] == "pass", r["message"]
