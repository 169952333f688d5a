"""A platform named in a sentence, and Google's map embedded by its plain address (issue 12, session 29 fixer l29; reader s29 m21o1:
a commune's Next.js site whose content pages live in .ts arrays).

- interoperability.public-building-blocks and .geo: "… consultable en mairie et sur le Geoportail de l'urbanisme." — a sentence of the
  site's content, a quoted string making up its line of code — credited IGN's Géoplateforme. A service named to a reader is no call;
  its address, its SDK or a setting still count.
- scaling.vendor-lock-in and interoperability.geo: the site's only map, an <iframe src="https://www.google.com/maps?q=…&output=embed">,
  was not seen (only maps.google.<tld>/maps?…output=embed and google.<tld>/maps/embed were): Google's map shown to the users.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

BLOCKS, GEO, LOCK = "interoperability.public-building-blocks", "interoperability.geo", "scaling.vendor-lock-in"
PKG = ('{\n  "name": "site-ville",\n  "private": true,\n  "scripts": {"dev": "next dev", "build": "next build"},\n'
       '  "dependencies": {"next": "^15.1.0", "react": "^19.0.0", "react-dom": "^19.0.0"}\n}\n')
CONTENT = ("export const demarches = [\n\t{\n\t\tslug: \"urbanisme\",\n\t\ttitle: \"Demande d'autorisation d'urbanisme\",\n\t\tcontent: [\n"
           "\t\t\t\"Permis de construire, declaration prealable de travaux : le service urbanisme instruit toutes les demandes.\",\n"
           "\t\t\t\"Le Plan Local d'Urbanisme (PLU) de la commune est consultable en mairie et sur le Geoportail de l'urbanisme. "
           "La dematerialisation des actes permet de deposer une demande en ligne.\",\n\t\t],\n\t},\n];\n")
MAP = ("export default function Map({ query, height = 300 }: { query: string; height?: number }) {\n\treturn (\n"
       "\t\t<div className=\"rounded-xl\">\n\t\t\t<iframe\n"
       "\t\t\t\tsrc={`https://www.google.com/maps?q=${encodeURIComponent(query)}&output=embed`}\n"
       "\t\t\t\twidth=\"100%\"\n\t\t\t\theight={height}\n\t\t\t\tloading=\"lazy\"\n\t\t\t/>\n\t\t</div>\n\t);\n}\n")
PAGE = ("import Map from \"@/components/Map\";\nimport { demarches } from \"@/lib/content/demarches\";\n\n"
        "export default function Page() {\n\treturn <main><h1>Mairie</h1><Map query=\"Mairie\" />{demarches.length}</main>;\n}\n")
SITE = {"package.json": PKG, "lib/content/demarches.ts": CONTENT, "components/Map.tsx": MAP, "app/page.tsx": PAGE}


def test_a_platform_named_in_a_sentence_is_no_ign_service(tmp_path):
    _, res = judge(tmp_path, SITE, [BLOCKS, GEO])
    assert "Géoplateforme IGN" not in res[BLOCKS]["details"]["building_blocks"], res[BLOCKS]["evidence"]  # was warn "Géoplateforme IGN"
    assert res[GEO]["details"]["ign"] is False, res[GEO]["evidence"]  # was "IGN …: yes" from lib/content/demarches.ts


def test_a_platform_a_setting_names_keeps_its_credit(tmp_path):
    # a short string is a setting, not a sentence: the map's layer provider
    code = MAP.replace("export default", "const provider = \"geoportail\";\nexport default")
    _, res = judge(tmp_path, {**SITE, "components/Map.tsx": code}, [GEO], name="setting")
    assert res[GEO]["details"]["ign"] is True, res[GEO]["evidence"]


def test_googles_map_embedded_by_its_plain_address_is_a_proprietary_service(tmp_path):
    _, res = judge(tmp_path, SITE, [LOCK, GEO], name="embed")
    assert "Google Maps Platform" in res[GEO]["details"]["proprietary"], res[GEO]["evidence"]  # was []
    assert "Google Maps Platform" in str(res[LOCK]["evidence"]), res[LOCK]["message"]  # was "1 proprietary service: Resend"-like, no Google


def test_a_link_opening_google_maps_stays_a_link(tmp_path):
    # a search opened on Google Maps' site (no output=embed): a link a visitor follows, no service the site shows
    link = MAP.replace("https://www.google.com/maps?q=${encodeURIComponent(query)}&output=embed", "")\
        .replace("<iframe", "<a href={`https://www.google.com/maps?q=${encodeURIComponent(query)}`}>Itinéraire</a>\n\t\t\t<span")
    _, res = judge(tmp_path, {**SITE, "components/Map.tsx": link}, [LOCK, GEO], name="link")
    assert "Google Maps Platform" not in (res[GEO]["details"].get("proprietary") or []), res[GEO]["evidence"]
    assert "Google Maps Platform" not in str(res[LOCK]["evidence"]), res[LOCK]["evidence"]
