"""A bot check's site key is public by design (issue 12, session 38 fixer fa38 = Romain64290/stationnement_pesh, reader ra37; the same in
Romain64290/zero_dechet, reader rc37): the public form's page holds reCAPTCHA's widget, ``<div class="g-recaptcha" data-sitekey="<40
characters>">``, and reusability.secrets listed that value "to review (high entropy)". A site key is written in every visitor's page,
as a Google browser key (AIza…) the tool already knows public: it is no secret to review, in an attribute, a grecaptcha.render option
or a setting named for it. The pair's secret key, which the server sends to …/siteverify?secret=…, stays a secret. The fixtures are
written for the test."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

INDEX = "<?php\nsession_start();\necho '<html><body><h1>Stationnement</h1></body></html>';\n"
FORM = ("<?php\nrequire 'model.inc.php';\n?>\n<html><head><script src=\"https://www.google.com/recaptcha/api.js\"></script></head><body>\n"
        "<form action=\"upload.php\" method=\"post\">\n<input name=\"immatriculation\">\n"
        "<br><div class=\"g-recaptcha\" data-sitekey=\"6LcQw3RTAAAAAJx8Vb2Nm5Kp7Ld4Hs9Gt1Yf6ZaE\" ></div><br> <!-- Captcha -->\n"
        "</form></body></html>\n")
RENDER = ("var widget;\nfunction onloadCallback() {\n  widget = grecaptcha.render('captcha', {\n"
          "    'sitekey' : '6LdP4mTAAAAAAKz7Wq2Xc9Vb3Nt5Rj8Hy1Ug6LoS',\n    'theme' : 'light'\n  });\n}\n")
UPLOAD = ("<?php\n$captcha = $_POST['g-recaptcha-response'];\n"
          "$response = file_get_contents(\"https://www.google.com/recaptcha/api/siteverify?secret=6LcQw3RTAAAAAKf3Pq9WmXr2Tb7Yn4Vd8sLh1JcE&response=\""
          " . $captcha);\n")


def _paths(result: dict) -> set[str]:
    return {e.get("path") for e in result["evidence"] if e.get("path")}


def test_a_captchas_site_key_in_the_page_is_no_secret_to_review(tmp_path):
    r = sec(tmp_path, {"index.php": INDEX, "modules/public/index.php": FORM, "modules/public/js/captcha.js": RENDER,
                       "modules/public/model.inc.php": "<?php\nfunction ok() { return true; }\n"})
    assert r["status"] == "pass", (r["message"], r["evidence"])
    assert not {"modules/public/index.php", "modules/public/js/captcha.js"} & _paths(r), r["evidence"]


def test_the_captchas_secret_key_stays_a_secret(tmp_path):
    # near miss: the secret key of the same pair, sent to the verification service, and a secret key set beside the site key
    both = "var keys = {sitekey: '6LdP4mTAAAAAAKz7Wq2Xc9Vb3Nt5Rj8Hy1Ug6LoS', secretkey: '6LdP4mTAAAAAAPq2Lk8Ws5Xe3Rd9Tf1Gy7Hu4JiM'};\n"
    r = sec(tmp_path, {"index.php": INDEX, "modules/public/index.php": FORM, "modules/public/upload.php": UPLOAD, "admin/keys.js": both})
    assert r["status"] == "fail", r["message"]
    assert {"modules/public/upload.php", "admin/keys.js"} <= _paths(r), r["evidence"]
