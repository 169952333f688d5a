"""A headless CMS's accounts package signs people in with local accounts (issue 12, s40 fj40 = reader rh40's
AlexandreAubree/Town-hall-website: a mairie's Next.js site and the Strapi 5 back end its secretaries edit the content in, with
@strapi/plugin-users-permissions; interoperability.auth said "No sign-in of people found in the code"). Rule: as a whole WordPress or
Drupal site signs in with the CMS's local accounts, so does a Strapi with its users-permissions plugin (KeystoneJS with its password
auth): fail 3, no OpenID Connect provider. Near miss: a Strapi without that plugin, a public read API only, keeps its verdict."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

CID = "interoperability.auth"
PAGE = ("export async function getStaticProps() {\n  const res = await fetch(`${process.env.CMS_URL}/api/actus`);\n"
        "  return { props: { actus: (await res.json()).data } };\n}\n\nexport default function Home({ actus }) {\n"
        "  return <main>{actus.map((a) => <h2 key={a.id}>{a.titre}</h2>)}</main>;\n}\n")


def site(plugins: dict) -> dict:
    cms = {"name": "site-cms", "version": "0.1.0", "private": True, "scripts": {"develop": "strapi develop", "start": "strapi start"},
           "dependencies": {"@strapi/strapi": "5.23.6", **plugins, "better-sqlite3": "11.3.0"}}
    front = {"name": "site-front", "version": "0.1.0", "private": True, "scripts": {"dev": "next dev", "build": "next build"},
             "dependencies": {"next": "15.5.3", "react": "19.1.0", "react-dom": "19.1.0"}}
    return {"cms/package.json": json.dumps(cms, indent=2), "front/package.json": json.dumps(front, indent=2),
            "cms/config/admin.ts": "export default ({ env }) => ({\n  auth: { secret: env('ADMIN_JWT_SECRET') },\n});\n",
            "cms/src/api/actu/content-types/actu/schema.json": json.dumps({"kind": "collectionType", "collectionName": "actus",
                                                                           "attributes": {"titre": {"type": "string"}}}),
            "front/pages/index.js": PAGE, "README.md": "# Site de la mairie\n\nUn site et son CMS.\n"}


def test_a_strapi_with_its_accounts_plugin_signs_in_with_local_accounts(tmp_path):
    res = check_result(tmp_path, site({"@strapi/plugin-users-permissions": "5.23.6"}), CID)
    assert res["status"] == "fail" and res["score"] == 3.0, res["message"]
    assert "Strapi" in res["message"]["en"] and res["details"]["cms_accounts"] == "Strapi"


def test_near_miss_a_strapi_without_accounts_plugin_keeps_its_verdict(tmp_path):
    res = check_result(tmp_path, site({}), CID)
    assert res["status"] != "fail" and "cms_accounts" not in res["details"], res["message"]
