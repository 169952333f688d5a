"""reusability.territory-neutral (issue 12, s42 fp42 = reader rh42, nuit-musee-musba/experience-2025 and
ThomasLafargue/mediatheque-arcachon).

A museum kiosk's quiz lists its artworks' cartels one record a line (`{ id: "artName", text: "Ville de Bordeaux - Médaille " }`,
the title of a medal), and a library's generated screen lists its new books (`{t:"…",a:"…",d:"… débarquent en Normandie…"}`, a
book's summary): each name was read as a hard-coded territory. A name inside one record of a list of records of the same keys is
that item's content. Near misses: the same name given to a constant, or a region written in a page's own sentence, stay
territory values.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

WORKS = ["Portrait de femme", "Nature morte aux fruits", "La Seine à Rouen", "Paysage d'hiver", "Le Port", "Étude de mains",
         "Vase de fleurs", "Scène de marché", "Buste d'homme"]


def _quiz(title: str) -> str:
    rows = [f'    {{ id: "artName", text: "{w}" }},' for w in WORKS] + [f'    {{ id: "artName", text: "{title}" }},']
    return "export const cartels = [\n" + "\n".join(rows) + "\n];\n"


BOOKS = ["Le chat qui dort", "La forêt bleue", "Un été au lac", "Mon ami le loup", "Petit ours brun", "La nuit des étoiles",
         "Les trois pirates", "Le grand voyage", "La cabane perchée"]


def _screen(summary: str) -> str:
    rows = [f'  {{t:"{b}",a:"Auteur {i}",y:"2026",d:"Une histoire tendre pour les petits lecteurs qui aiment rêver le soir."}},'
            for i, b in enumerate(BOOKS)]
    rows.append(f'  {{t:"La mouette",a:"Auteur X",y:"2026",d:"{summary}"}},')
    return ("<!doctype html><html lang=\"fr\"><head><title>Nouveautés</title></head><body><div id=\"s\"></div>\n<script>\n"
            "const livres = [\n" + "\n".join(rows) + "\n];\ndocument.getElementById('s').textContent = livres.length;\n</script></body></html>\n")


BASE = {"package.json": '{"name": "kiosque", "private": true, "scripts": {"build": "vite build"}, "devDependencies": {"vite": "6.0.3"}}\n',
        "index.html": "<!doctype html><html lang=\"fr\"><head><title>Kiosque</title></head><body><script type=\"module\" src=\"/src/main.js\"></script></body></html>\n",
        "src/main.js": "import { cartels } from './cartels.js';\ndocument.body.append(String(cartels.length));\n"}


def _values(r: dict) -> str:
    return " ".join(str(e.get("value")) for e in r["evidence"])


def test_names_inside_content_records_are_content(tmp_path):
    files = {**BASE, "src/cartels.js": _quiz("Ville de Bordeaux - Médaille "),
             "ecrans/nouveautes.html": _screen("Quand la mouette et le corbeau débarquent en Normandie, c'est la surprise générale.")}
    r = check_result(tmp_path, files, "reusability.territory-neutral")
    assert "Bordeaux" not in _values(r) and "Normandie" not in _values(r), r["evidence"]


def test_a_constant_or_a_pages_own_sentence_stays_a_territory_value(tmp_path):
    files = {**BASE, "src/cartels.js": _quiz("Paysage") + 'export const COLLECTIVITE = "Ville de Bordeaux";\n',
             "ecrans/nouveautes.html": _screen("Une histoire.").replace("<title>Nouveautés</title>",
                                                                       "<title>Nouveautés</title><h1>Les livres de la médiathèque en Normandie</h1>")}
    r = check_result(tmp_path, files, "reusability.territory-neutral")
    assert "Bordeaux" in _values(r), r["evidence"]
    assert "Normandie" in _values(r), r["evidence"]
