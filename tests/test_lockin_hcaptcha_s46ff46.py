"""scaling.vendor-lock-in knows hCaptcha (issue 12, s46 ff46 = reader rb46, villerslelac/website).

A commune's Remix site checks its contact form with hCaptcha: frontend/package.json declares @hcaptcha/react-hcaptcha (the
widget) and hcaptcha (the server-side verify() against hCaptcha's siteverify with the account's secret key); the report said
"No proprietary service": the list knew Google reCAPTCHA only. And the evidence of the second package pointed at the first
one's line, "hcaptcha" being found inside "@hcaptcha/react-hcaptcha". Fixtures written for the test.
"""

from __future__ import annotations

from auditor.facts.manifest_lines import first_line
from tests.test_reusability_fixtures import check_result

CID = "scaling.vendor-lock-in"
PACKAGE = ('{\n  "name": "site-commune",\n  "private": true,\n  "dependencies": {\n    "@hcaptcha/react-hcaptcha": "^1.10.1",\n'
           '    "@remix-run/react": "^2.9.2",\n    "hcaptcha": "^0.2.0",\n    "nodemailer": "^6.9.0"\n  }\n}\n')
FORM = ("import HCaptcha from '@hcaptcha/react-hcaptcha';\n\nexport function Formulaire({ siteKey }: { siteKey: string }) {\n"
        "  return (<form method=\"post\"><textarea name=\"message\" /><HCaptcha sitekey={siteKey} /></form>);\n}\n")
ACTION = ("import { verify } from 'hcaptcha';\n\nexport async function action({ request }: { request: Request }) {\n"
          "  const data = await request.formData();\n  const ok = await verify(process.env.HCAPTCHA_SECRET!, String(data.get('h-captcha-response')));\n"
          "  return ok.success;\n}\n")


def test_hcaptcha_on_a_contact_form_is_a_proprietary_service(tmp_path):
    r = check_result(tmp_path, {"frontend/package.json": PACKAGE, "frontend/app/routes/contact/form.tsx": FORM,
                                "frontend/app/routes/contact/index.tsx": ACTION}, CID)
    assert r["status"] in ("warn", "fail") and "hCaptcha" in r["message"]["en"], r["message"]
    lines = {e["value"]["match"]: e.get("line") for e in r["evidence"] if isinstance(e.get("value"), dict)}
    assert lines.get("@hcaptcha/react-hcaptcha") == 5 and lines.get("hcaptcha") == 7, r["evidence"]


def test_near_miss_a_self_hosted_captcha_stays_no_service(tmp_path):
    package = PACKAGE.replace('"@hcaptcha/react-hcaptcha": "^1.10.1"', '"altcha": "^1.0.0"').replace('    "hcaptcha": "^0.2.0",\n', "")
    form = FORM.replace("import HCaptcha from '@hcaptcha/react-hcaptcha';", "import 'altcha';").replace(
        "<HCaptcha sitekey={siteKey} />", "<altcha-widget challengeurl=\"/captcha\" />")
    action = "export async function action() {\n  return true;\n}\n"
    r = check_result(tmp_path, {"frontend/package.json": package, "frontend/app/routes/contact/form.tsx": form,
                                "frontend/app/routes/contact/index.tsx": action}, CID)
    assert r["status"] == "pass", r["message"]


def test_a_name_inside_a_scoped_name_is_not_its_line():
    assert first_line(PACKAGE, "hcaptcha") == 7
    assert first_line(PACKAGE, "@hcaptcha/react-hcaptcha") == 5
    assert first_line(PACKAGE, "react") is None
