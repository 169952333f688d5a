"""A validation schema's personal fields (issue 12, s26 m26 = s26 reader o4, incubateur-ademe/impactco2): the contact and
feedback forms' payload is validated by a zod schema (src/utils/notion.ts: email: z.string().email(…)) and sent to a Notion database
and to Crisp, but only the Prisma and TypeScript models were read: "pass, no personal-data field".
The rule now: a zod, yup or Joi object schema is the record a service receives; its keys are read as a model's fields, counted
only when one is a person's (an API's query parameters, km or latitude, make no model "read").
Right neighbours: a validation schema of query parameters leaves the check where it was (not applicable with nothing else read),
and an environment schema's settings (EMAIL_USER: z.string(), a mail server's account, seen on a back end's envVars.ts) are none."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"

APP = {"package.json": '{"name": "comparateur", "private": true, "dependencies": {"next": "14.2.0", "react": "18.3.0", "zod": "3.23.0"}}\n',
       "README.md": "# Comparateur\n\nComparateur d'impact carbone.\n",
       "src/pages/index.tsx": "export default function Home() {\n  return <main>Comparateur</main>\n}\n"}

FORM = """import { z } from 'zod'

export const ContactValidation = z.object({
  structure: z.string().min(1, 'Veuillez renseigner votre structure.'),
  text: z.string().min(1),
  email: z
    .string({ message: 'Veuillez renseigner un email valide.' })
    .email('Veuillez renseigner un email valide.'),
  newsletter: z.boolean(),
})

export type Contact = z.infer<typeof ContactValidation>
"""
SEND = """'use server'

import axios from 'axios'
import { Contact, ContactValidation } from '../utils/contact'

export const sendContact = async (command: Contact) => {
  const inputs = ContactValidation.safeParse(command)
  if (!inputs.success) return inputs.error
  await axios.post('https://api.notion.com/v1/pages', { properties: { Email: { title: [{ text: { content: command.email } }] } } })
}
"""
QUERY = """import { z } from 'zod'

const transportValidation = z.object({
  km: z.coerce.number().optional(),
  latitude: z.coerce.number(),
  longitude: z.coerce.number(),
  language: z.enum(['fr', 'en']).optional(),
})

const envSchema = z.object({
  EMAIL_HOST: z.string(),
  EMAIL_USER: z.string(),
  EMAIL_PASSWORD: z.string(),
})

export async function GET(req: Request) {
  return transportValidation.safeParse(Object.fromEntries(new URL(req.url).searchParams))
}
"""


def test_a_zod_schema_of_a_contact_form_is_personal_data_received(tmp_path):
    files = dict(APP, **{"src/utils/contact.ts": FORM, "src/serverFunctions/forms.ts": SEND})
    res = judge(tmp_path, files, [PD])[1][PD]
    assert res["status"] == "warn", res["message"]
    assert "e-mail" in res["message"]["en"], res["message"]
    assert res["evidence"][0]["path"] == "src/utils/contact.ts" and res["evidence"][0]["line"] == 6, res["evidence"]
    assert res["evidence"][0]["value"]["table"] == "ContactValidation", res["evidence"]


def test_a_zod_schema_of_query_parameters_reads_no_model(tmp_path):
    res = judge(tmp_path, dict(APP, **{"app/api/v1/transport/route.ts": QUERY}), [PD])[1][PD]
    assert res["status"] == "not_applicable", res["message"]
