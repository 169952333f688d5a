"""reusability.configuration (issue 12, s34 i34 = FelixBesancon/Hackathon_Bdx_Metropole): a Next.js front end and an Express back
end read JWT_SECRET, FRONTEND_URL and NEXT_PUBLIC_API_URL, while their .env.example templates and the README's "Créer les fichiers
d'environnement" chapter name only DATABASE_URL: the check passed "3 settings, 3 undocumented; template: Backend/.env.example". A
template naming none of the settings the code reads documents none of them: warn. The near miss: a template naming one of the
three keeps the pass."""

from __future__ import annotations

from tests.test_program_settings_s8 import conf

README = ("# Carte\n\nUne carte.\n\n## Installation\n\n```bash\nnpm install\n```\n\n## Configuration\n\n### Créer les fichiers d'environnement\n\n"
          "```bash\ncp Backend/.env.example Backend/.env\n```\n\nValeur attendue :\n\n```env\nDATABASE_URL=\"postgresql://postgres@localhost/h\"\n```\n")
FILES = {"README.md": README,
         "Backend/package.json": '{"name": "back", "dependencies": {"express": "^4.18.0", "@prisma/client": "^5.0.0"}}\n',
         "Backend/src/index.ts": "import express from 'express'\nconst app = express()\napp.use(cors({ origin: process.env.FRONTEND_URL }))\n"
                                 "app.listen(3001)\n",
         "Backend/src/middleware/auth.ts": "import jwt from 'jsonwebtoken'\nexport const secret = process.env.JWT_SECRET!\n",
         "Frontend/package.json": '{"name": "front", "dependencies": {"next": "14.2.0", "react": "18.2.0"}}\n',
         "Frontend/src/app/page.tsx": "export default function Page() {\n  const api = process.env.NEXT_PUBLIC_API_URL\n  return <a href={api}>x</a>\n}\n"}


def test_a_template_naming_none_of_the_settings_read_does_not_pass(tmp_path):
    r = conf(tmp_path, {**FILES, "Backend/.env.example": 'DATABASE_URL="postgresql://postgres@localhost/h"\nPORT=3001\n'})
    assert r["details"]["env_vars"] == 3 and len(r["details"]["undocumented"]) == 3, r["message"]
    assert r["status"] == "warn", r["message"]  # was pass (8)
    assert "naming none of them" in r["message"]["en"]


def test_a_template_naming_one_of_them_keeps_the_pass(tmp_path):
    r = conf(tmp_path, {**FILES, "Backend/.env.example": 'DATABASE_URL="postgresql://postgres@localhost/h"\nJWT_SECRET=change-me\n'})
    assert len(r["details"]["undocumented"]) == 2, r["message"]
    assert r["status"] == "pass", r["message"]
    assert "naming none" not in r["message"]["en"]
