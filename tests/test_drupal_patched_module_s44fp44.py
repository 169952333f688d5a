"""A Drupal site's patched contributed module (issue 12, s44 fp44 = reader vd44, DuaelFr/finistere): the site keeps a reCAPTCHA module
it modified itself in sites/all/modules/contrib_hacked/recaptcha/ (README_HACKED.txt: "Modifié le 10/01/2012 …"), whose code loads
Google's reCAPTCHA script. Since drupal.org-packaged modules are set aside as third-party (s44 fh44), Google reCAPTCHA was lost from
vendor-lock-in and portability. A contributed module the site patched (a folder above it named hacked / patched, or a README_HACKED /
PATCHES note at its root) is the site's code again. Near misses: the same module in contrib/ with no note stays drupal.org's; a
module named "hacked" (drupal.org's Hacked! module) in contrib/ stays drupal.org's."""

from __future__ import annotations

from tests.test_drupal6_packaged_s44fh44 import PACKAGED6, audit_of, site

RECAPTCHA = ("<?php\n\n/**\n * Adds the captcha's script.\n */\nfunction recaptcha_captcha($op) {\n"
             "  drupal_set_html_head('<script type=\"text/javascript\" src=\"https://www.google.com/recaptcha/api/js/recaptcha_ajax.js\"></script>');\n"
             "  return array('form' => array());\n}\n")
NOTE = "Modifié le 10/01/2012 : clés api en fonction du domaine (module keys).\n"


def _module(folder: str, note: str | None = None) -> dict:
    files = {f"{folder}/recaptcha.info": "name = reCAPTCHA\n" + PACKAGED6.format(p="recaptcha"),
             f"{folder}/recaptcha.module": RECAPTCHA}
    if note:
        files[f"{folder}/{note}"] = NOTE
    return files


def _lock_in(tmp_path, extra) -> dict:
    _, res = audit_of(tmp_path, site(extra), ["scaling.vendor-lock-in", "reusability.portability"])
    return res


def test_a_module_in_a_contrib_hacked_folder_is_the_sites_code(tmp_path):
    res = _lock_in(tmp_path, _module("sites/all/modules/contrib_hacked/recaptcha", "README_HACKED.txt"))
    assert "reCAPTCHA" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
    assert "reCAPTCHA" in res["reusability.portability"]["message"]["en"], res["reusability.portability"]["message"]


def test_a_module_holding_a_patches_note_is_the_sites_code(tmp_path):
    res = _lock_in(tmp_path, _module("sites/all/modules/contrib/recaptcha", "PATCHES.txt"))
    assert "reCAPTCHA" in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]


def test_the_same_module_unpatched_stays_drupal_orgs(tmp_path):
    res = _lock_in(tmp_path, _module("sites/all/modules/contrib/recaptcha"))
    assert "reCAPTCHA" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]


def test_a_module_named_hacked_is_no_patched_copy(tmp_path):
    res = _lock_in(tmp_path, _module("sites/all/modules/contrib/hacked"))
    assert "reCAPTCHA" not in res["scaling.vendor-lock-in"]["message"]["en"], res["scaling.vendor-lock-in"]["message"]
