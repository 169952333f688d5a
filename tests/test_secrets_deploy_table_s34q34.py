"""A deployment guide's table of production settings (issue 12, s34 q34 = paulbindler-dev/mediatheques-strasbourg).

A Next.js application's DEPLOY.md gives the environment to set on the host as a Markdown table, ``| `NAME` | `value` |``, with
the production's generated ENCRYPTION_KEY, VAPID_PRIVATE_KEY and CRON_SECRET; detect-secrets reads no value between backticks
in a table cell and the check counted one probable secret, elsewhere. A documentation table row naming a secret or a key (not a
public one) with a generated value is a published secret; a row of placeholders, of a public key or of a sentence stays none."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"
HEX64 = "9c2e" + "41d07b5f" + "a3e86c1d" * 7  # (assembled, made up: no credential in this file)
HEX32 = "5e07" + "b1c94d2a" * 3 + "8f3a"
B64 = "Kp3" + "vQ8zR2mLx7" + "Tn_Yw5cB4s-Hd9Ej6"
PUBLIC = "BFm" + "2kQ9xR7vLp4Wn8Tz" * 4
CODE = {"package.json": '{"name": "app", "dependencies": {"next": "15.0.0"}}\n',
        "app/page.tsx": "export default function Page() { return null }\n", "README.md": "# App\n\nVoir DEPLOY.md.\n"}


def deploy(rows: list[tuple[str, str]]) -> str:
    table = "".join(f"| `{name}` | `{value}` |\n" for name, value in rows)
    return ("# Déploiement\n\n## Étape 3 — Vercel\n\nAjoute les variables d'environnement :\n\n| Variable | Valeur |\n|---|---|\n"
            "| `NEXT_PUBLIC_SUPABASE_URL` | (depuis Supabase Step 1) |\n" + table + "\n5. Clique **Deploy**\n")


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", {**CODE, **files}), tmp_path / "c", [CID]))[CID]


def test_production_values_in_a_deployment_table_are_probable_secrets(tmp_path):
    r = run(tmp_path, {"DEPLOY.md": deploy([("ENCRYPTION_KEY", HEX64), ("VAPID_PUBLIC_KEY", PUBLIC), ("VAPID_PRIVATE_KEY", B64),
                                            ("CRON_SECRET", HEX32)])})
    assert r["status"] == "fail"
    assert sorted(e["line"] for e in r["evidence"] if e["path"] == "DEPLOY.md") == [10, 12, 13]
    assert not any(v in str(r) for v in (HEX64, B64, HEX32))


def test_placeholders_public_keys_and_words_stay_none(tmp_path):
    r = run(tmp_path, {"DEPLOY.md": deploy([("ENCRYPTION_KEY", "your-encryption-key"), ("VAPID_PUBLIC_KEY", PUBLIC),
                                            ("CRON_SECRET", "changeme"), ("SESSION_TTL", "3600s"), ("APP_NAME", HEX32)])})
    assert r["status"] == "pass"
