"""scaling.vendor-lock-in, reusability.portability, scaling.hosting (issue 12, s39 fl39 = reader mb39's
nassimnissam54-droid/cadema-transport-mayotte): a bus network's static site sends every form (job applications, newsletter) to
Netlify Forms (`<form name="…" netlify netlify-honeypot="bot-field" hidden>`, posted to "/" with form-name), and its JSON-LD
GovernmentService names the site's own *.netlify.app address as "serviceUrl". Vendor lock-in and portability passed "no proprietary
service", and hosting said "Loads files or code from a person's or third party's account … copy what is loaded from it". Rules now:
a form carrying Netlify's attribute (netlify, data-netlify="true") is Netlify Forms, a SaaS form store; an address given only as the
site's published address (JSON-LD url/serviceUrl, canonical link, og:url, sitemap <loc>) is the site's own deployment address to
replace, nothing loaded. Near misses: a form posting to the site's own API, a data-netlify="false" form, and a script loaded from a
person's Netlify app keep the old verdicts."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["scaling.vendor-lock-in", "reusability.portability", "scaling.hosting"]
APP = "https://gentle-otter-1a2b3c.netlify.app/"
INDEX = f"""<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><title>Réseau de bus</title>
<script type="application/ld+json">
{{
  "@context": "https://schema.org",
  "@type": "GovernmentService",
  "name": "Réseau de bus",
  "serviceUrl": "{APP}"
}}
</script>
</head><body>
<form name="newsletter" netlify netlify-honeypot="bot-field" hidden><input name="email"></form>
<main><h1>Horaires</h1><input id="mail"><button id="go">S'abonner</button></main>
<script src="app.js"></script>
</body></html>
"""
APPJS = """function submitForm(name, fields) {
  const body = new URLSearchParams({'form-name': name, ...fields});
  return fetch('/', {method: 'POST', headers: {'Content-Type': 'application/x-www-form-urlencoded'}, body});
}
document.getElementById('go').addEventListener('click', () => submitForm('newsletter', {email: document.getElementById('mail').value}));
"""
FILES = {"index.html": INDEX, "app.js": APPJS, "netlify.toml": "[build]\n  publish = \".\"\n",
         "style.css": "body { font-family: sans-serif; }\n"}


def test_netlify_forms_are_a_saas_form_store_and_the_published_address_is_the_sites_own(tmp_path):
    _, r = judge(tmp_path, FILES, CHECKS, name="netlify")
    lock = r["scaling.vendor-lock-in"]
    assert lock["status"] == "warn" and "Netlify Forms" in lock["message"]["en"], lock["message"]
    port = r["reusability.portability"]
    assert port["status"] == "warn" and "Netlify Forms" in port["message"]["en"], port["message"]
    host = r["scaling.hosting"]
    assert host["status"] == "warn", host["message"]
    risk = str(host["details"].get("risk")) + str(host.get("remediation"))
    assert "Loads files or code" not in risk and "published address" in risk, risk


def test_a_form_posting_to_the_own_api_and_a_script_from_a_persons_app_keep_their_verdicts(tmp_path):
    index = INDEX.replace('<form name="newsletter" netlify netlify-honeypot="bot-field" hidden>',
                          '<form name="newsletter" action="/api/subscribe" method="post" data-netlify="false">')
    index = index.replace('"serviceUrl": "' + APP + '"', '"name2": "x"').replace('<script src="app.js"></script>',
                                                                             f'<script src="{APP}widget.js"></script>')
    _, r = judge(tmp_path, {**FILES, "index.html": index}, CHECKS, name="near")
    assert r["scaling.vendor-lock-in"]["status"] == "pass", r["scaling.vendor-lock-in"]["message"]
    host = r["scaling.hosting"]
    assert host["status"] == "warn" and "Loads files or code" in str(host["details"].get("risk")), host["details"].get("risk")
