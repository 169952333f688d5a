"""reusability.configuration (issue 12, session 16): the settings a service reads through an environment schema defined in one
module and handed the environment in another were not read."""

from __future__ import annotations

from tests.test_served_api_s16_h1 import audit_checks

SCHEMA = ('import { z } from "zod";\n\nexport const envSchema = z.object({\n  DATABASE_URL: z.string().url(),\n'
          '  SMTP_HOST: z.string(),\n  SMTP_PASSWORD: z.string(),\n  MATOMO_SITE_ID: z.coerce.number().optional(),\n});\n\n'
          'export type Env = z.infer<typeof envSchema>;\n')
MAIN = ('import { envSchema } from "./config/env.schema";\nimport { serve } from "./server";\n\n'
        'const env = envSchema.parse(process.env);\nserve(env);\n')
FILES = {"README.md": "# Guichet\n\nService de prise de rendez-vous.\n",
         "package.json": "{\"name\": \"guichet\", \"dependencies\": {\"zod\": \"^3\", \"express\": \"^4\"}}\n",
         "src/config/env.schema.ts": SCHEMA, "src/main.ts": MAIN,
         "src/server.ts": "import express from \"express\";\n\nexport function serve(env: object) {\n  express().listen(3000);\n}\n",
         ".env.example": "DATABASE_URL=postgresql://localhost/guichet\nSMTP_HOST=\n"}


def test_a_schema_defined_in_one_module_and_parsed_in_another_names_the_settings(tmp_path):
    conf = audit_checks(tmp_path, FILES, ["reusability.configuration"])["reusability.configuration"]
    assert conf["details"]["env_vars"] == 4, conf
    assert set(conf["details"]["undocumented"]) == {"SMTP_PASSWORD", "MATOMO_SITE_ID"}, conf


def test_a_schema_no_module_parses_names_no_setting(tmp_path):
    files = dict(FILES, **{"src/main.ts": "import { serve } from \"./server\";\n\nserve({});\n"})
    conf = audit_checks(tmp_path, files, ["reusability.configuration"])["reusability.configuration"]
    assert not conf["details"].get("env_vars"), conf
