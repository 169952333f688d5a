"""Session 45 (fl45 = reader ri45), issue 12: a constant named as a development default that the same file refuses in production is
no secret to revoke.

Mazzarno/villiers-adam, a commune's website with a NestJS API: apps/api/src/config/env.schema.ts declares DEV_JWT_SECRET and a seed
admin's DEV_… password as literals, and its environment schema adds an issue "must not use the development default in production"
when the configured value equals them. reusability.secrets failed with "2 probable secret(s) … Revoke today" on those lines.
Near misses: the same literals under names that say nothing of development, a DEV_ constant nothing compares with, or one
compared with what a person typed (a home-made sign-in), stay findings.
Files written for these tests, in the shape of that repository."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.secrets"
SCHEMA = """import {{ z }} from 'zod';

const {jwt} = 'dev_token_signing_value_replace_in_prod_48chars';
const {admin} = 'Welcome2024pwd';

export const schema = z
  .object({{
    NODE_ENV: z.enum(['development', 'production']).default('development'),
    JWT_SECRET: z.string().default({jwt}),
    SEED_ADMIN_PASSWORD: z.string().optional(),
  }})
  .superRefine((env, ctx) => {{
    if (env.NODE_ENV !== 'production') return;
{checks}  }});
"""
CHECKS = """    if (env.JWT_SECRET === {jwt}) {{
      ctx.addIssue({{ code: z.ZodIssueCode.custom, path: ['JWT_SECRET'], message: 'the development value is refused in production' }});
    }}
    if (env.SEED_ADMIN_PASSWORD && env.SEED_ADMIN_PASSWORD === {admin}) {{
      ctx.addIssue({{ code: z.ZodIssueCode.custom, path: ['SEED_ADMIN_PASSWORD'], message: 'the seed password is refused in production' }});
    }}
"""


def _files(jwt, admin, refused=True):
    checks = CHECKS.format(jwt=jwt, admin=admin) if refused else ""
    return {"api/src/config/env.schema.ts": SCHEMA.format(jwt=jwt, admin=admin, checks=checks),
            "api/package.json": '{"name": "api", "dependencies": {"zod": "^3.22.0"}}\n'}


def _flagged(r):
    return sorted(e["line"] for e in r["evidence"] if e.get("kind") == "finding" and "Probable secret" in (e.get("note") or {}).get("en", ""))


def test_development_defaults_refused_in_production_are_set_aside(tmp_path):
    r = check_result(tmp_path, _files("DEV_JWT_SECRET", "DEV_SEED_ADMIN_PASSWORD"), CID)
    assert r["status"] == "pass", (r["status"], r["message"], r["evidence"])  # was fail, 2 probable secrets at :3 and :4
    assert r["details"]["development_defaults"] >= 1 and r["details"]["strong"] == 0, r["details"]
    assert "refuses in production" in r["message"]["en"], r["message"]


def test_the_same_literals_under_plain_names_stay_secrets(tmp_path):
    r = check_result(tmp_path, _files("SIGNING_SECRET", "ADMIN_PASSWORD"), CID)
    assert r["status"] == "fail" and _flagged(r), (r["status"], r["evidence"])


def test_a_dev_constant_nothing_refuses_stays_a_secret(tmp_path):
    r = check_result(tmp_path, _files("DEV_JWT_SECRET", "DEV_SEED_ADMIN_PASSWORD", refused=False), CID)
    assert r["status"] == "fail" and _flagged(r), (r["status"], r["evidence"])


def test_a_dev_constant_compared_with_typed_input_stays_a_secret(tmp_path):
    code = ("const DEV_ADMIN_PASSWORD = 'Welcome2024pwd';\n\n"
            "export function signIn(req, res) {\n  if (req.body.password === DEV_ADMIN_PASSWORD) {\n    return res.json({ ok: true });\n  }\n"
            "  return res.status(401).end();\n}\n")
    r = check_result(tmp_path, {"api/src/auth.ts": code, "api/package.json": '{"name": "api"}\n'}, CID)
    assert r["status"] == "fail" and _flagged(r) == [1], (r["status"], r["evidence"])
