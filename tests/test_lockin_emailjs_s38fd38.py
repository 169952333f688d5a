"""EmailJS is a proprietary mailing service (issue 12, s38 fd38 = reader rb38's GeyssA/cen-corse-app).

cen-corse-app: a Next.js application whose problem-report form sends its mail from the browser through EmailJS (package.json
"@emailjs/browser", the page's emailjs.init and emailjs.send with the account's service and template ids): the messages' templates
and the mail account's connection live in the vendor's account. scaling.vendor-lock-in said "no proprietary service" (pass 10) and
reusability.portability "aucun de ceux que l'outil connaît" (pass 8.5). Rule now: EmailJS (its @emailjs/* SDKs, emailjs-com, its
API host, its SDK called from a CDN copy) is in the catalogue's mailing services, the authority's own SMTP relay behind a server-side
mailer its alternative. Near miss: the unscoped npm package "emailjs", an open SMTP client sending through the authority's own
server, stays no service."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

LOCKIN = "scaling.vendor-lock-in"
PORTABILITY = "reusability.portability"

FORM = ("'use client'\nimport { useState } from 'react'\nimport { MAIL } from '@/lib/mail'\n\n"
        "export default function Signalement() {\n  const [sent, setSent] = useState(false)\n"
        "  async function submit(form: FormData) {\n    const emailjs = await import('@emailjs/browser')\n"
        "    emailjs.init(MAIL.PUBLIC_KEY)\n"
        "    await emailjs.send(MAIL.SERVICE_ID, MAIL.TEMPLATE_ID, { message: form.get('message') })\n    setSent(true)\n  }\n"
        "  return <form action={submit}><textarea name=\"message\" /><button>Envoyer</button>{sent && <p>Merci</p>}</form>\n}\n")
CONFIG = ("export const MAIL = {\n  SERVICE_ID: process.env.NEXT_PUBLIC_MAIL_SERVICE_ID!,\n"
          "  TEMPLATE_ID: process.env.NEXT_PUBLIC_MAIL_TEMPLATE_ID!,\n  PUBLIC_KEY: process.env.NEXT_PUBLIC_MAIL_PUBLIC_KEY!,\n}\n")
FILES = {"README.md": "# Application du conservatoire\n\nPrésentation, projets et formulaire de signalement.\n",
         "package.json": '{"name": "app", "scripts": {"build": "next build"}, "dependencies": {"next": "15.0.0", "react": "19.0.0", '
                         '"@emailjs/browser": "^4.4.1"}}\n',
         "src/app/signalement/page.tsx": FORM, "src/lib/mail.ts": CONFIG,
         "src/app/page.tsx": "export default function Home() {\n  return <main><h1>Accueil</h1></main>\n}\n"}

# the near miss: the open SMTP client "emailjs" (eleith/emailjs) in a route of the application's own server
SMTP_ROUTE = ("import { SMTPClient } from 'emailjs'\n\nconst client = new SMTPClient({ host: process.env.SMTP_HOST, ssl: true })\n\n"
              "export async function POST(request: Request) {\n  const { message } = await request.json()\n"
              "  await client.sendAsync({ text: message, from: process.env.MAIL_FROM!, to: process.env.MAIL_TO!, subject: 'Signalement' })\n"
              "  return Response.json({ ok: true })\n}\n")
OPEN = {**{k: v for k, v in FILES.items() if k not in ("src/app/signalement/page.tsx", "src/lib/mail.ts")},
        "package.json": FILES["package.json"].replace('"@emailjs/browser": "^4.4.1"', '"emailjs": "^4.0.3"'),
        "src/app/api/signalement/route.ts": SMTP_ROUTE}


def test_emailjs_is_a_proprietary_mailing_service(tmp_path):
    r = check_result(tmp_path, FILES, LOCKIN)
    assert r["score"] < 10 and "EmailJS" in r["message"]["en"], (r["score"], r["message"])
    assert "SMTP" in str(r.get("remediation")), r.get("remediation")


def test_portability_names_emailjs(tmp_path):
    r = check_result(tmp_path, FILES, PORTABILITY)
    assert "EmailJS" in str(r["details"]["vendors"]) + r["message"]["en"], (r["message"], r["details"])


def test_near_miss_the_open_smtp_client_emailjs_is_no_service(tmp_path):
    r = check_result(tmp_path, OPEN, LOCKIN)
    assert r["status"] == "pass", r["message"]
