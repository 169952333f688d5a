"""Session 18 (h4): signals read for more than they say.

- A static site's footer sentence "Site conçu pour être accessible aux outils de lecture d'écran (RGAA)" (a Hugo job board's
  content-footer partial, s17 b2) was taken for an accessibility statement ("Present: RGAA statement", warn 4): the bare word
  RGAA is a mention; a statement says a conformity, an audit, criteria met or the version it measured against."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"

HUGO = {"hugo.toml": "baseURL = 'https://emplois.exemple-agglo.fr/'\nlanguageCode = 'fr'\ntitle = 'Offres d emploi'\ntheme = 'relearn'\n",
        "content/_index.md": "---\ntitle: Offres\n---\n\nLes offres d'emploi de l'agglomération.\n",
        "content/offres/agent-voirie.md": "---\ntitle: Agent de voirie\n---\n\nPoste à pourvoir au service voirie.\n",
        "layouts/partials/custom-header.html": "<meta name=\"description\" content=\"{{ .Title }}\">\n",
        "README.md": "# Offres d'emploi\n\nSite statique Hugo des offres d'emploi.\n\n## Développement local\n\n    hugo server\n"}


def _footer(sentence: str) -> dict:
    return {**HUGO, "layouts/partials/content-footer.html": ("<footer>\n  <p>Agglomération — offres publiées chaque semaine.</p>\n"
                                                             f"  <p class=\"note\">{sentence}</p>\n</footer>\n")}


def test_a_footer_sentence_naming_rgaa_is_a_mention_not_a_statement(tmp_path):
    res = judge(tmp_path, _footer("Site conçu pour être accessible aux outils de lecture d'écran (RGAA)."), [A11Y])[1][A11Y]
    assert res["status"] != "not_applicable", res
    assert "RGAA statement" in res["message"]["en"].split("missing:")[-1], res["message"]
    assert "déclaration RGAA" in res["message"]["fr"].split("manquants")[-1], res["message"]


def test_a_sentence_saying_the_conformity_to_rgaa_still_is_a_statement(tmp_path):
    for i, sentence in enumerate(("Ce site est non conforme avec le RGAA : il n'a pas encore été audité.",
                                  "Conformité RGAA 4.1 : partielle, 63 % des critères respectés.")):
        res = judge(tmp_path, _footer(sentence), [A11Y], name=f"r{i}")[1][A11Y]
        assert "RGAA statement" not in res["message"]["en"].split("missing:")[-1], (sentence, res["message"])


API = "interoperability.api-spec"

WAGTAIL = {"requirements.txt": "Django==4.2.11\nwagtail==5.2.3\npsycopg2-binary==2.9.9\n",
           "manage.py": ("#!/usr/bin/env python\nimport os\nimport sys\n\nif __name__ == '__main__':\n"
                         "    os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'site_commune.settings.dev')\n"
                         "    from django.core.management import execute_from_command_line\n    execute_from_command_line(sys.argv)\n"),
           "site_commune/settings/base.py": "INSTALLED_APPS = ['home', 'search', 'wagtail', 'django.contrib.admin']\nROOT_URLCONF = 'site_commune.urls'\n",
           "site_commune/urls.py": ("from django.urls import include, path\nfrom wagtail import urls as wagtail_urls\n"
                                    "from wagtail.admin import urls as wagtailadmin_urls\nfrom search import views as search_views\n\n"
                                    "urlpatterns = [\n    path('admin-site/', include(wagtailadmin_urls)),\n"
                                    "    path('recherche/', search_views.search, name='search'),\n    path('', include(wagtail_urls)),\n]\n"),
           "search/views.py": ("from django.template.response import TemplateResponse\nfrom wagtail.models import Page\n\n\n"
                               "def search(request):\n    q = request.GET.get('q', '')\n    results = Page.objects.live().search(q) if q else []\n"
                               "    return TemplateResponse(request, 'search/search.html', {'q': q, 'results': results})\n"),
           "home/models.py": "from wagtail.models import Page\n\n\nclass HomePage(Page):\n    template = 'home/home_page.html'\n",
           "home/templates/home/home_page.html": "{% extends 'base.html' %}\n{% block content %}<h1>{{ page.title }}</h1>{% endblock %}\n",
           "site_commune/templates/base.html": "<!doctype html><html lang=\"fr\"><body>{% block content %}{% endblock %}</body></html>\n",
           "search/templates/search/search.html": "{% extends 'base.html' %}\n{% block content %}<form><input name=\"q\"></form>{% endblock %}\n",
           "README.md": "# Site de la commune\n\nLe site internet de la commune, sous Wagtail.\n"}


def test_a_django_site_serving_pages_only_has_no_api_to_describe(tmp_path):
    """onsenbray (s17 a1/k3): a commune's Wagtail site (pages, a sitemap, a search page; no JsonResponse, no DRF, no wagtail.api) got
    warn 4 "Web application (django) without an API specification: if it exposes data, describe it in OpenAPI"."""
    res = judge(tmp_path, WAGTAIL, [API])[1][API]
    assert res["status"] == "not_applicable", res
    assert "serving its pages" in res["message"]["en"] and "servant ses pages" in res["message"]["fr"], res["message"]


def test_a_django_site_answering_json_still_is_asked_for_a_specification(tmp_path):
    files = {**WAGTAIL, "search/api.py": ("from django.http import JsonResponse\nfrom wagtail.models import Page\n\n\n"
                                          "def pages(request):\n    return JsonResponse({'pages': [p.title for p in Page.objects.live()]})\n")}
    res = judge(tmp_path, files, [API])[1][API]
    assert res["status"] == "warn", res


def test_a_laravel_front_end_reading_another_api_serves_pages_only(tmp_path):
    """front_v1 (s17 a1): a Laravel front end (Blade views) consuming the sponsor's API, its routes/api.php Laravel's scaffold /user
    route only: no API of its own."""
    files = {"composer.json": '{"name": "laravel/laravel", "require": {"php": "^7.1.3", "laravel/framework": "5.8.*", "guzzlehttp/guzzle": "^6.3"}}\n',
             "artisan": "#!/usr/bin/env php\n<?php\nrequire __DIR__.'/vendor/autoload.php';\n",
             "routes/web.php": "<?php\n\nRoute::get('/', function () {\n    return view('welcome');\n});\nRoute::get('/table', 'ItemController@index');\n",
             "routes/api.php": ("<?php\n\nuse Illuminate\\Http\\Request;\n\nRoute::middleware('auth:api')->get('/user', function (Request $request) {\n"
                                "    return $request->user();\n});\n"),
             "app/Http/Controllers/ItemController.php": ("<?php\n\nnamespace App\\Http\\Controllers;\n\nuse GuzzleHttp\\Client;\n\n"
                                                         "class ItemController extends Controller\n{\n    public function index()\n    {\n"
                                                         "        $items = json_decode((new Client())->get(env('API_URL') . '/items')->getBody());\n"
                                                         "        return view('tableManager', ['items' => $items]);\n    }\n}\n"),
             "resources/views/welcome.blade.php": "<!doctype html><html lang=\"fr\"><body><h1>Accueil</h1></body></html>\n",
             "resources/views/tableManager.blade.php": "<table>@foreach ($items as $item)<tr><td>{{ $item->name }}</td></tr>@endforeach</table>\n",
             "README.md": "# Front\n\nInterface web de gestion des éléments.\n"}
    report, res = judge(tmp_path, files, [API])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"]
    assert res[API]["status"] == "not_applicable", res[API]


CONF = "reusability.configuration"


def test_a_sub_folders_readme_describing_the_settings_is_no_settings_file(tmp_path):
    """CartoGIS54 (s17 a1/k3): "settings file: src/README.md", the README of the sources whose "## Configuration" chapter says how
    to fill app.config.json from its model."""
    files = {"package.json": '{"name": "carto", "private": true, "scripts": {"serve": "vue-cli-service serve"}, "dependencies": {"vue": "^2.6.10", "leaflet": "^1.5.1"}}\n',
             "public/index.html": "<!doctype html><html lang=\"fr\"><body><div id=\"app\"></div></body></html>\n",
             "src/main.js": "import Vue from 'vue'\nimport App from './App.vue'\nimport config from './app.config.json'\n\nnew Vue({ render: h => h(App), provide: { config } }).$mount('#app')\n",
             "src/App.vue": "<template><div id=\"map\"></div></template>\n<script>\nexport default { inject: ['config'] }\n</script>\n",
             "src/model.app.config.json": '{"title": "Titre de la carte", "services": {"wms": "https://exemple.fr/qgisserver"}}\n',
             "src/README.md": ("# Sources\n\nThe source code of the web app.\n\n## Configuration\n\nThe `app.config.json` file contains the app configuration.\n\n"
                               "To fill it correctly please follow the `model.app.config.json`.\n"),
             "README.md": "# Carto\n\nA web map of WMS layers.\n\n## Configuration\n\nCopy src/model.app.config.json to src/app.config.json and fill it.\n"}
    res = judge(tmp_path, files, [CONF])[1][CONF]
    assert "settings file: src/README.md" not in res["message"]["en"], res["message"]
    assert "fichier de réglages : src/README.md" not in res["message"]["fr"], res["message"]


def test_a_port_read_from_the_environment_is_said_the_platforms(tmp_path):
    """CartoGIS54-file-API (s17 a1/k3): index.mjs reads process.env.PORT, and the report said "No setting read from the environment"."""
    files = {"package.json": '{"name": "file-api", "type": "module", "scripts": {"start": "node index.mjs"}, "dependencies": {"express": "^4.18.2"}}\n',
             "index.mjs": ("import express from 'express'\nimport fs from 'fs'\n\nconst config = JSON.parse(fs.readFileSync('./api.config.json'))\n"
                           "const app = express()\nconst port = process.env.PORT\n\napp.post('/files', (req, res) => { res.send(config.folder) })\n"
                           "app.listen(port)\n"),
             "model.api.config.json": '{"folder": "/chemin/vers/les/fichiers"}\n',
             "README.md": "# File API\n\nStores the files of the map.\n\n## Configuration\n\nCopy model.api.config.json to api.config.json.\n"}
    res = judge(tmp_path, files, [CONF])[1][CONF]
    assert "No setting read from the environment" not in res["message"]["en"], res["message"]
    if res["details"].get("env_vars") == 0:
        assert "only PORT, set by the platform" in res["message"]["en"] and "seulement PORT" in res["message"]["fr"], res["message"]


AUTH = "interoperability.auth"


def test_a_plugins_oauth2_client_of_a_remote_api_signs_no_one_in(tmp_path):
    """lutece-multimedia-plugin-phraseanet (s17 b1): the plugin gets its own token to a media server's API (client_id, "redirect_uri" set
    to the out-of-band urn:ietf:wg:oauth:2.0:oob, an access token kept for a configured account) and its back office stores that account's
    password; the report said "Standard authentication (OpenID Connect/OAuth2…)", warn 7. People sign in through the Lutece site."""
    files = {"pom.xml": "<project><artifactId>plugin-mediaserver</artifactId><packaging>lutece-plugin</packaging></project>\n",
             "src/java/fr/paris/lutece/plugins/mediaserver/service/api/MediaApiAuthentication.java": (
                 "package fr.paris.lutece.plugins.mediaserver.service.api;\n\npublic final class MediaApiAuthentication\n{\n"
                 "    private static final String PARAMETER_CLIENT_ID = \"client_id\";\n"
                 "    private static final String PARAMETER_REDIRECT_URI = \"redirect_uri\";\n"
                 "    private static final String PARAMETER_REDIRECT_URI_VALUE = \"urn:ietf:wg:oauth:2.0:oob\";\n"
                 "    private static final String PARAMETER_ACCESS_TOKEN = \"access_token\";\n\n"
                 "    public static String getAccessToken( Account account )\n    {\n"
                 "        UrlItem url = new UrlItem( account.getAccessURL( ) + \"/api/oauthv2/token\" );\n"
                 "        url.addParameter( PARAMETER_CLIENT_ID, account.getCustomerId( ) );\n"
                 "        url.addParameter( PARAMETER_REDIRECT_URI, PARAMETER_REDIRECT_URI_VALUE );\n        return call( url );\n    }\n}\n"),
             "webapp/WEB-INF/templates/admin/plugins/mediaserver/create_account.html": (
                 "<form action=\"jsp/admin/plugins/mediaserver/DoCreateAccount.jsp\" method=\"post\">\n"
                 "  <input type=\"text\" name=\"customer_id\">\n  <input type=\"text\" name=\"login\">\n"
                 "  <input type=\"password\" name=\"password\">\n</form>\n"),
             "webapp/WEB-INF/templates/skin/plugins/mediaserver/media.html": "<div class=\"media\">${media.title}</div>\n"}
    res = judge(tmp_path, files, [AUTH])[1][AUTH]
    assert res["status"] == "not_applicable" and "Lutece" in res["message"]["en"], res


def test_a_template_test_asserting_true_is_no_test(tmp_path):
    """api-relay-cnav (s17 b3/k7): tests/tests.py holds one `def test_OK() -> None: assert True`, left from a project template;
    files.tests was true."""
    from tests.test_state_files_s9 import files_fact

    base = {"README.md": "# API relais\n\nUne API relais.\n", "pyproject.toml": "[project]\nname = \"relay\"\ndependencies = [\"django>=5.0\"]\n",
            "relay/views.py": "from django.http import JsonResponse\n\n\ndef ping(request):\n    return JsonResponse({'ok': True})\n",
            "tests/__init__.py": "", "tests/tests.py": "def test_OK() -> None:\n    assert True\n"}
    assert files_fact(tmp_path, base)["tests"] is False
    own = "from relay.views import ping\n\n\ndef test_ping(rf):\n    assert ping(rf.get('/')).status_code == 200\n"
    assert files_fact(tmp_path / "own", {**base, "tests/tests.py": own})["tests"] is True


def test_a_chapters_text_after_the_install_is_no_description(tmp_path):
    """mobitag (s17 a2/k2): no sentence under the title says what it is; after "# Prérequis" and "# QuickStart", the first paragraph
    of "# Cool oneliners" ("Depuis le terminal, les oneliners sont super cools…") was taken for the description, and that of
    "### À propos de `awk`" (another subject) before the fix of the first rule. The description is the "Histoire de ce cli" chapter's."""
    from tests.test_readme_state_s12 import readme_fact

    text = ("# Smsctl\n\n![release](https://img.shields.io/badge/release-v1-green)\n\n# Prérequis\n\nUne clé d'API dans la variable SMS_API_KEY.\n\n"
            "# QuickStart\n\n```\nbrew install smsctl\nsmsctl send --to 0600000000 --message \"Bonjour\"\n```\n\n"
            "# Cool oneliners\n\nDepuis le terminal, les oneliners sont très pratiques : en une commande concise dans un terminal on accomplit des tâches "
            "rapidement sans écrire de programme complet.\n\n## Envoi en masse avec awk\n\n### À propos de `awk`\n\n"
            "Comment développer un outil en ligne de commande sans proposer une intégration avec le légendaire awk ? Voyons comment envoyer "
            "des messages en masse.\n\n# Histoire de ce cli\n\nCe dépôt était à l'origine une expérimentation pour envoyer des SMS gratuits "
            "depuis le terminal à partir du service de l'opérateur, devenue l'outil de l'équipe.\n")
    desc = readme_fact(tmp_path, text)["description"]
    assert desc and desc["text"].startswith("Ce dépôt était"), desc


def test_pages_only_keeps_the_json_a_helper_or_a_provider_library_answers(tmp_path):
    """The comparison over 45 web applications (s15/s17 readers' clones): a Flask back end answering through its own json_response()
    helper and 'Content-type': 'application/json' headers (megalis-bretagne/proto), and an Express OpenID Connect provider whose token
    and userinfo endpoints oidc-provider answers (france-connect/identity-provider-example) serve JSON: still asked for a specification."""
    flask = {"back/requirements.txt": "Flask==2.0.2\nrequests==2.26.0\n", "README.md": "# Proto\n\nUne interface et son back.\n",
             "back/app/endpoints.py": ("from flask import Blueprint\n\nfrom .utils import json_response\n\nbp = Blueprint('api', __name__)\n\n\n"
                                       "@bp.route('/api/version')\ndef version():\n    return json_response({'version': '1.0'}, 200)\n"),
             "web-app/src/index.html": "<!doctype html><html lang=\"fr\"><body><app-root></app-root></body></html>\n"}
    assert judge(tmp_path, flask, [API], name="f")[1][API]["status"] == "warn"
    express = {"package.json": '{"name": "idp", "dependencies": {"express": "~4.16.0", "ejs": "~2.5.7", "oidc-provider": "^4.8.1"}}\n',
               "src/router.js": ("export default (app, provider) => {\n  app.get('/interaction/:grant', async (req, res) => {\n"
                                 "    return res.render('sign-in', { grant: req.params.grant });\n  });\n};\n"),
               "views/sign-in.ejs": "<form method=\"post\"><input name=\"login\"></form>\n", "README.md": "# Fournisseur d'identité\n\nUn exemple.\n"}
    assert judge(tmp_path, express, [API], name="e")[1][API]["status"] == "warn"


def test_a_jsp_beans_action_answering_its_mappers_json_answers_its_own_page(tmp_path):
    """lutece-elk-plugin-elasticdata (s17 h4's open item): a JSP bean's @Action returns `_mapper.writeValueAsString( status )`, the
    indexing status its back-office page polls; api-spec was n/a 'no code answering JSON' — the verdict right, its reason false."""
    files = {"pom.xml": "<project><artifactId>plugin-indexer</artifactId><packaging>lutece-plugin</packaging></project>\n",
             "src/java/fr/paris/lutece/plugins/indexer/web/ManageIndexerJspBean.java": (
                 "package fr.paris.lutece.plugins.indexer.web;\n\npublic class ManageIndexerJspBean extends MVCAdminJspBean\n{\n"
                 "    private static ObjectMapper _mapper = new ObjectMapper( );\n\n    @Action( ACTION_STATUS )\n"
                 "    public String getStatus( HttpServletRequest request ) throws JsonProcessingException\n    {\n"
                 "        return _mapper.writeValueAsString( IndexerService.getStatus( request.getParameter( \"id\" ) ) );\n    }\n}\n"),
             "src/java/fr/paris/lutece/plugins/indexer/service/Exporter.java": (
                 "package fr.paris.lutece.plugins.indexer.service;\n\npublic class Exporter\n{\n    public String export( Object o ) throws Exception\n"
                 "    {\n        return new ObjectMapper( ).writeValueAsString( o );\n    }\n}\n"),
             "webapp/WEB-INF/templates/admin/plugins/indexer/manage.html": "<div id=\"status\"></div>\n",
             "webapp/WEB-INF/plugins/indexer.xml": "<plug-in><name>indexer</name><class>fr.paris.lutece.portal.service.plugin.PluginDefaultImplementation</class></plug-in>\n",
             "webapp/jsp/admin/plugins/indexer/ManageIndexer.jsp": ("<jsp:useBean id=\"manageIndexer\" scope=\"session\" "
                                                                  "class=\"fr.paris.lutece.plugins.indexer.web.ManageIndexerJspBean\" />\n"
                                                                  "<%= manageIndexer.processController( request, response ) %>\n")}
    res = judge(tmp_path, files, [API])[1][API]
    assert res["status"] == "not_applicable" and "own pages" in res["message"]["en"] and "ManageIndexerJspBean" in res["message"]["en"], res["message"]


def test_a_chapter_on_what_is_done_in_the_front_or_back_office_is_usage():
    """lutece-report-plugin-sqlpage (s17 b1): "## Call an SQLPage in the Front Office" and "## Create SQLPage in the Back Office" say
    how the plugin is used; readme-sections said "missing: usage"."""
    from auditor.facts.readme import analyse

    text = ("# Plugin querypage\n\n## Introduction\n\nThis plugin lets create pages from SQL statements and HTML templates.\n\n"
            "## Call a query page in the Front Office\n\nThe page is reached at `jsp/site/Portal.jsp?page=querypage&query=name`.\n\n"
            "## Create a query page in the Back Office\n\nIn the admin menu, open *Query pages* and fill the SQL and the template.\n")
    assert "usage" in analyse(text, "README.md")["sections"]
    assert "usage" in analyse("# Site\n\nLe site de la mairie.\n\n## Administration des actualités (back-office)\n\nLes actualités se gèrent "
                              "dans le back-office, sur /admin.\n", "README.md")["sections"]


def test_an_account_setup_chapter_is_configuration_not_installation():
    """lutece-multimedia-plugin-phraseanet (s17 b1): "## Account Setup" (the media server's account, API URL and credentials, entered
    once the plugin is activated) was the README's installation; reusability.install then said "written instructions: yes"."""
    from auditor.facts.readme import analyse

    text = ("# Media Plugin\n\n## Introduction\n\nThis plugin shows the media of a remote asset server in the back office.\n\n"
            "## Account Setup\n\nIn the back office, add an account: its name, the API URL, the client id and secret, the login and password.\n")
    a = analyse(text, "README.md")
    assert "configuration" in a["sections"] and "install" not in a["sections"], a["sections"]
    assert "install" in analyse("# Outil\n\nUn outil.\n\n## Setup\n\n    pip install outil\n", "README.md")["sections"]
