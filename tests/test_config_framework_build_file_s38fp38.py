"""reusability.configuration (issue 12, s38 fp38 = reader mc38, NatureEnLigne/ccpm).

A Next.js static export reads one setting, NEXT_PUBLIC_MAPBOX_TOKEN, documented in its README; its deployment checklist says the
HTTP headers are « Configurés dans `next.config.js` ». That build file (output: 'export', headers, webpack fallbacks) was named as
the settings template. A front-end framework's build configuration (next.config.js, vite.config.ts, vue.config.js…) named by a
guide is no settings template. Near miss: a settings module the same guide names (public/config.js with the server's address)
stays the template.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"
PKG = '{"name": "carto", "private": true, "scripts": {"build": "next build"}, "dependencies": {"next": "14.2.3", "react": "18.2.0", "mapbox-gl": "3.0.0"}}\n'
NEXT = """/** @type {import('next').NextConfig} */
const nextConfig = {
  trailingSlash: true,
  output: 'export',
  async headers() {
    return [{ source: '/(.*)', headers: [{ key: 'X-Frame-Options', value: 'DENY' }] }]
  },
}
module.exports = nextConfig
"""
README = """# Carto

Carte des observations.

## Installation

```
npm install
```

Créez un fichier `.env.local` :

```
NEXT_PUBLIC_MAPBOX_TOKEN=pk.votre_token
```
"""
FILES = {"package.json": PKG, "next.config.js": NEXT, "README.md": README,
         "src/config/mapbox.ts": "export const MAPBOX_TOKEN = process.env.NEXT_PUBLIC_MAPBOX_TOKEN || ''\n",
         "src/app/page.tsx": "import { MAPBOX_TOKEN } from '../config/mapbox'\nexport default function Page() { return <main>{MAPBOX_TOKEN ? 'ok' : ''}</main> }\n"}


def _templates(r: dict) -> list:
    return [e.get("path") for e in r["evidence"] if e.get("value") == "template"]


def test_a_frameworks_build_file_named_by_a_guide_is_no_settings_template(tmp_path):
    guide = "# Déploiement\n\n- ✅ **En-têtes HTTP** : Configurés dans `next.config.js`\n- ✅ Build statique\n"
    r = check_result(tmp_path, {**FILES, "DEPLOYMENT_CHECKLIST.md": guide}, CID)
    assert "next.config.js" not in _templates(r), r["evidence"]  # was « modèle : next.config.js »
    assert "next.config.js" not in r["message"]["fr"], r["message"]


def test_a_settings_module_named_by_the_guide_stays_the_template(tmp_path):
    guide = ("# Déploiement\n\n- ✅ **En-têtes HTTP** : Configurés dans `next.config.js`\n"
             "- Configurez l'adresse du serveur dans `public/config.js`\n")
    cfg = "window.APP_CONFIG = {\n  apiUrl: 'https://api.example.org',\n  title: 'Carto'\n};\n"
    r = check_result(tmp_path, {**FILES, "DEPLOYMENT_CHECKLIST.md": guide, "public/config.js": cfg}, CID)
    assert "public/config.js" in _templates(r), r["evidence"]
