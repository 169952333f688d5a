"""Static-site and documentation generators kept in a folder (issue 12, session 35 fixer p35).

- Nekika/alternance: a VuePress site (rapport/.vuepress/config.js, Markdown pages under rapport/, a few Vue components embedded in
  the pages in rapport/.vuepress/components/, the built site committed in rapport/.vuepress/dist/), no package.json: it was a web
  application for its components, so the configuration check failed ("no setting read from the environment") and the public
  building blocks check failed ("web application, building blocks used: none"), and the pages, a published document without a
  licence, were "no data set or documentation to publish". A Vue application whose docs/ folder holds a VuePress site stays a web
  application.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

VUE_COMPONENT = ("<template>\n    <div id=\"mapid\"></div>\n</template>\n\n<script>\nexport default {\n    data () {\n        return { map: null }\n"
                 "    },\n    mounted () {\n        this.map = L.map('mapid').setView([45.0, 5.0], 12)\n"
                 "        L.tileLayer('https://api.mapbox.com/styles/v1/{id}/tiles/{z}/{x}/{y}?access_token="
                 "pk.eyJ1IjoibWFwYm94IiwiYSI6ImNpejY4NXVycTA2emYycXBndHRqcmZ3N3gifQ.rJcFIG214AriISLbB6B5aw', {\n"
                 "            maxZoom: 18, id: 'mapbox/streets-v11'\n        }).addTo(this.map);\n"
                 "        L.marker([45.0, 5.0]).addTo(this.map).bindPopup('<b>Bonjour !</b><br />Une popup.').openPopup();\n    }\n}\n</script>\n")
PAGE = ("# {title}\n\nCette page du rapport décrit {what} : le contexte du projet, les outils employés au service SIG et le travail "
        "réalisé pendant l'année, avec les captures d'écran des étapes principales et les liens vers les sources utilisées.\n\n"
        "## Démarche\n\nLe travail a commencé par une étude des besoins des agents, puis par une maquette validée avec eux. Chaque "
        "étape a été présentée au responsable du service, qui a relu les choix techniques et proposé des améliorations.\n\n"
        "## Résultats\n\nLes agents utilisent l'outil chaque semaine. Les retours recueillis pendant les premiers mois ont permis de "
        "corriger plusieurs défauts d'ergonomie et d'ajouter une aide en ligne. La suite du travail portera sur la documentation "
        "destinée aux nouveaux arrivants et sur la publication des sources.\n\n"
        "## Bilan\n\nCe travail a montré l'intérêt d'associer les utilisateurs dès le début du projet : les besoins exprimés au "
        "départ ont évolué, et les maquettes successives ont permis de les préciser avant d'écrire la moindre ligne de code.\n\n"
        "![capture](../assets/images/{img}.png)\n")
SITE = {
    ".gitignore": "node_modules/\n",
    "rapport/.vuepress/config.js": ("module.exports = {\n    title: 'Suivi d\\'alternance',\n    description: 'Rapport d\\'alternance.',\n"
                                    "    themeConfig: {\n        sidebar: 'auto',\n        nav: [\n            { text: 'Accueil', link: '/' },\n"
                                    "            { text: 'Présentation', link: '/presentation' },\n            { text: 'Outils', link: '/outils/' }\n"
                                    "        ]\n    },\n    head: [['script', { src: 'https://unpkg.com/leaflet@1.6.0/dist/leaflet.js' }]]\n}\n"),
    "rapport/.vuepress/components/Hello.vue": "<template>\n    <p>Bonjour {{ name }}</p>\n</template>\n\n<script>\nexport default { props: ['name'] }\n</script>\n",
    "rapport/.vuepress/components/Leaflet.vue": VUE_COMPONENT,
    "rapport/.vuepress/components/Loader.vue": "<template>\n    <div class=\"loader\"></div>\n</template>\n\n<style>\n.loader { width: 2em; }\n</style>\n",
    "rapport/.vuepress/styles/index.styl": ".theme-container\n  color #222\n",
    "rapport/.vuepress/dist/index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Suivi d'alternance</title></head><body><div id=\"app\"></div></body></html>\n",
    "rapport/.vuepress/dist/presentation.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Présentation</title></head><body><p>Présentation</p></body></html>\n",
    "rapport/.vuepress/dist/assets/js/app.4f2a.js": "(window.webpackJsonp=window.webpackJsonp||[]).push([[0],[]]);\n",
    "rapport/README.md": "---\nhome: true\n---\n\n# Suivi d'alternance\n\nCe rapport présente l'institution et le service au sein desquels l'alternance a été réalisée, puis les projets menés.\n",
    "rapport/presentation.md": PAGE.format(title="Présentation", what="l'institution et le service", img="orga"),
    "rapport/outils/README.md": PAGE.format(title="Outils", what="les outils du service", img="qgis"),
    "rapport/outils/qgis.md": PAGE.format(title="QGIS", what="le logiciel QGIS et ses extensions", img="qgis"),
    "rapport/outils/lizmap.md": PAGE.format(title="Lizmap", what="la publication des cartes avec Lizmap", img="lizmap"),
    "rapport/projets/client.md": PAGE.format(title="Application client", what="l'application cartographique", img="client"),
    "rapport/projets/plugin.md": PAGE.format(title="Extension QGIS", what="l'extension QGIS écrite pour le service", img="plugin"),
    "rapport/liens.md": PAGE.format(title="Liens", what="les ressources consultées", img="liens"),
    "rapport/assets/images/orga.png": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64,
    "rapport/assets/images/qgis.png": b"\x89PNG\r\n\x1a\n" + b"\x01" * 64,
    "rapport/assets/images/lizmap.png": b"\x89PNG\r\n\x1a\n" + b"\x02" * 64,
    "rapport/assets/images/client.png": b"\x89PNG\r\n\x1a\n" + b"\x03" * 64,
}
CHECKS = ["reusability.configuration", "interoperability.public-building-blocks", "licensing.data-and-docs", "reusability.secrets",
          "reusability.dependencies"]


def test_a_vuepress_site_in_a_folder_is_a_static_site_whose_pages_are_documentation_to_license(tmp_path):
    report, res = judge(tmp_path, SITE, CHECKS)
    project = report["facts"]["project"]
    assert project["kind"] == "static-site", project
    assert project["kind_evidence"][0]["path"] == "rapport/.vuepress/config.js", project["kind_evidence"]
    assert res["reusability.configuration"]["status"] == "not_applicable", res["reusability.configuration"]["message"]
    assert res["interoperability.public-building-blocks"]["status"] == "not_applicable", res["interoperability.public-building-blocks"]["message"]
    assert res["reusability.secrets"]["status"] == "pass", res["reusability.secrets"]["message"]  # (Mapbox's public example token)
    data_docs = res["licensing.data-and-docs"]
    assert data_docs["status"] == "fail", data_docs["message"]
    deps = res["reusability.dependencies"]  # (VuePress comes from npm: a package.json is expected, and missing)
    assert deps["status"] == "fail" and "rapport/.vuepress/config.js" in deps["message"]["en"], deps["message"]


VUE_APP = {
    "README.md": "# Carto\n\nApplication cartographique de la collectivité.\n\n```\nnpm install\nnpm run serve\n```\n",
    "package.json": '{"name": "carto", "scripts": {"serve": "vue-cli-service serve", "docs": "vuepress dev docs"},\n'
                    ' "dependencies": {"vue": "^2.6.0", "leaflet": "^1.6.0"}, "devDependencies": {"vuepress": "^1.5.0"}}\n',
    "src/main.js": "import Vue from 'vue'\nimport App from './App.vue'\n\nnew Vue({ render: (h) => h(App) }).$mount('#app')\n",
    "src/App.vue": "<template>\n    <div id=\"app\"><Carte /></div>\n</template>\n\n<script>\nimport Carte from './components/Carte.vue'\n"
                   "export default { components: { Carte } }\n</script>\n",
    "src/components/Carte.vue": VUE_COMPONENT,
    "public/index.html": "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Carto</title></head><body><div id=\"app\"></div></body></html>\n",
    "docs/.vuepress/config.js": "module.exports = {\n    title: 'Carto',\n    themeConfig: { nav: [{ text: 'Guide', link: '/guide' }] }\n}\n",
    "docs/README.md": "# Carto\n\nDocumentation de l'application.\n",
    "docs/guide.md": PAGE.format(title="Guide", what="l'utilisation de l'application", img="carte"),
}


def test_a_vue_application_documented_by_a_vuepress_site_stays_a_web_application(tmp_path):
    report, _ = judge(tmp_path, VUE_APP, ["reusability.configuration"])
    project = report["facts"]["project"]
    assert project["kind"] == "web-application", project


PAGES_ONLY = {p: c for p, c in SITE.items() if "/.vuepress/" not in p}


def test_a_repository_of_written_pages_without_generator_has_documentation_to_license(tmp_path):
    _, res = judge(tmp_path, PAGES_ONLY, ["licensing.data-and-docs", "documentation.docs"])
    assert res["documentation.docs"]["details"]["found"] == ["folder"], res["documentation.docs"]["message"]  # (the written guides)
    data_docs = res["licensing.data-and-docs"]
    assert data_docs["status"] == "fail" and "documentation" in data_docs["message"]["en"], data_docs["message"]
    assert any(e.get("path") == "rapport/" for e in data_docs["evidence"]), data_docs["evidence"]


SCRIPT = "import sys\\n\\n\\ndef main(path):\\n    with open(path) as f:\\n        return sum(1 for _ in f)\\n\\n\\nif __name__ == '__main__':\\n    print(main(sys.argv[1]))\\n"
TOOLS = {  # method sheets beside the scripts they describe, fewer than the scripts: the program's notes, no documentation to license
    "README.md": "# Outils\n\nScripts de traitement des couches du service SIG.\n",
    **{f"traitements/{n}.py": SCRIPT.replace("sum(1", f"sum({i}") for i, n in enumerate(("communes", "voirie", "bati", "parcelles", "reseaux", "export"))},
    "traitements/communes.md": PAGE.format(title="Communes", what="le traitement des communes", img="communes"),
    "traitements/voirie.md": PAGE.format(title="Voirie", what="le traitement de la voirie", img="voirie"),
    "traitements/bati.md": PAGE.format(title="Bâti", what="le traitement du bâti", img="bati"),
}


def test_method_sheets_beside_more_scripts_are_no_documentation_to_license(tmp_path):
    _, res = judge(tmp_path, TOOLS, ["licensing.data-and-docs"])
    assert res["licensing.data-and-docs"]["status"] == "not_applicable", res["licensing.data-and-docs"]["message"]


HUGO = {  # a Hugo site configured by config.toml (Hugo before hugo.toml): a static site, Hugo a program installed apart
    "README.md": "# Site de l'observatoire\n\nSite statique construit avec Hugo : `hugo server` pour le prévisualiser.\n",
    "config.toml": 'baseURL = "https://observatoire.example.org/"\nlanguageCode = "fr-fr"\ntitle = "Observatoire"\ntheme = "simple"\n',
    "archetypes/default.md": "---\ntitle: \"{{ replace .Name \"-\" \" \" | title }}\"\ndraft: true\n---\n",
    "content/_index.md": "---\ntitle: Accueil\n---\n\nBienvenue sur le site de l'observatoire.\n",
    "content/publications/rapport-2023.md": "---\ntitle: Rapport 2023\n---\n\nLe rapport annuel de l'observatoire.\n",
    "layouts/_default/single.html": "{{ define \"main\" }}<article>{{ .Content }}</article>{{ end }}\n",
    "layouts/partials/menu.html": "<nav>{{ range .Site.Menus.main }}<a href=\"{{ .URL }}\">{{ .Name }}</a>{{ end }}</nav>\n",
    "static/js/menu.js": "document.querySelector('nav').addEventListener('click', function () { this.classList.toggle('open'); });\n",
}


def test_a_hugo_site_configured_by_config_toml_is_a_static_site_needing_no_manifest(tmp_path):
    report, res = judge(tmp_path, HUGO, ["reusability.dependencies"])
    project = report["facts"]["project"]
    assert project["kind"] == "static-site" and project["kind_evidence"][0]["path"] == "config.toml", project
    assert res["reusability.dependencies"]["status"] == "not_applicable", res["reusability.dependencies"]["message"]


def test_a_config_toml_without_hugos_base_url_makes_no_hugo_site(tmp_path):
    files = {**HUGO, "config.toml": '[database]\nhost = "localhost"\nname = "observatoire"\n'}
    project = judge(tmp_path, files, ["reusability.dependencies"])[0]["facts"]["project"]
    assert not any(e["path"] == "config.toml" for e in project["kind_evidence"]), project
