"""Session 17, k5 (issue 12, b1's wrong verdicts): proprietary services a commune's Jekyll site and a Lutece OCR plugin
depend on (AT Internet's SmartTag loaded by the layouts; a Windows COM component driven through the Jacob bridge)."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

LOCK = ["scaling.vendor-lock-in", "reusability.portability"]


def _named(r):
    return {e["value"]["service"] for e in r["scaling.vendor-lock-in"]["evidence"] if isinstance(e.get("value"), dict)}


def test_a_site_loading_the_smarttag_script_depends_on_at_internet(tmp_path):
    """Shaped like a commune's Jekyll site: the header loads a copied, dated SmartTag script and the footer's links carry
    data-xiti-* attributes; the script itself is a copy (not read as the project's code)."""
    path = build(tmp_path / "r", {
        "_config.yml": "title: Mairie de Villeneuve\nmarkdown: kramdown\n",
        "_includes/header.html": '<header>\n  <script src="/assets/js/smarttag-20180211.js"></script>\n  <h1>{{ site.title }}</h1>\n</header>\n',
        "_includes/footer.html": '<footer>\n  <a href="https://www.cc-exemple.fr/" data-xiti-type="exit" data-xiti-niv2="3">Communauté</a>\n</footer>\n',
        "_layouts/default.html": "<html><body>{% include header.html %}{{ content }}{% include footer.html %}</body></html>\n",
        "assets/js/smarttag-20180211.js": ';(function(){var cfg={"site":123456,"log":"logc1","domain":"example.net"};window.Tag=cfg;})();\n',
        "index.md": "---\nlayout: default\n---\n# Bienvenue\n\nLe village et ses associations.\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert any(n.startswith("AT Internet (XiTi)") for n in _named(r)), r["scaling.vendor-lock-in"]
    assert "AT Internet" in r["scaling.vendor-lock-in"]["message"]["en"], r["scaling.vendor-lock-in"]["message"]  # (a convenience service)


def test_a_com_component_driven_through_jacob_is_a_windows_only_dependency(tmp_path):
    """Shaped like a Lutece OCR plugin: pom.xml declares com.jacob:jacob and the service drives an engine's ActiveX object by
    its CLSID; nothing else proprietary. A plain JNI library (no COM) is none."""
    path = build(tmp_path / "r", {
        "pom.xml": "<project><artifactId>plugin-ocrengine</artifactId><packaging>lutece-plugin</packaging><dependencies>\n"
                   "<dependency><groupId>fr.paris.lutece</groupId><artifactId>lutece-core</artifactId></dependency>\n"
                   "<dependency><groupId>com.jacob</groupId><artifactId>jacob</artifactId><version>1.19</version></dependency>\n"
                   "</dependencies></project>\n",
        "src/java/fr/ville/ocr/service/OcrService.java": "package fr.ville.ocr.service;\n\nimport com.jacob.activeX.ActiveXComponent;\n"
                                                        "import com.jacob.com.Dispatch;\n\npublic class OcrService {\n"
                                                        "  public Object start(String clsid) {\n    System.load(\"C:/tmp/jacob-x64.dll\");\n"
                                                        "    ActiveXComponent engine = new ActiveXComponent(\"clsid:{\" + clsid + \"}\");\n"
                                                        "    return Dispatch.call(engine, \"Init\");\n  }\n}\n",
        "webapp/WEB-INF/conf/plugins/ocrengine.properties": "ocrengine.activex.clsid=00000000-1111-2222-3333-444444444444\n"})
    r = results(run_audit(path, tmp_path / "c", LOCK))
    assert any(n.startswith("Windows COM/ActiveX component") for n in _named(r)), r["scaling.vendor-lock-in"]
    assert r["scaling.vendor-lock-in"]["status"] != "pass", r["scaling.vendor-lock-in"]["message"]
    assert r["reusability.portability"]["status"] != "pass" or r["reusability.portability"]["score"] < 8.5, r["reusability.portability"]
    plain = build(tmp_path / "p", {
        "pom.xml": "<project><artifactId>plugin-native</artifactId><dependencies>\n"
                   "<dependency><groupId>fr.paris.lutece</groupId><artifactId>lutece-core</artifactId></dependency>\n</dependencies></project>\n",
        "src/java/fr/ville/native/Native.java": "package fr.ville.nat;\n\npublic class Native {\n  static { System.loadLibrary(\"zstd\"); }\n}\n"})
    r = results(run_audit(plain, tmp_path / "cp", LOCK))
    assert not _named(r), r["scaling.vendor-lock-in"]


# personal data (b1's lutece-collab-plugin-announce and lutece-multimedia-plugin-phraseanet)
ANNOUNCE_SQL = """DROP TABLE IF EXISTS classifieds_ad;
CREATE TABLE classifieds_ad (
  id_ad int NOT NULL,
  id_category int default 0 NOT NULL,
  user_name varchar(100) NOT NULL,
  user_lastname varchar(100) NOT NULL,
  user_secondname varchar(100) NOT NULL,
  contact_information varchar(255) NOT NULL,
  title varchar(255) NOT NULL,
  price float default NULL,
  PRIMARY KEY (id_ad)
);
"""
CONNECTOR_SQL = """DROP TABLE IF EXISTS mediaserver_account;
CREATE TABLE mediaserver_account (
  id_account int NOT NULL,
  name varchar(255) NOT NULL,
  description varchar(255) default NULL,
  access_url varchar(255) default NULL,
  customer_id CHAR(32) NOT NULL,
  customer_secret CHAR(32) default NULL,
  password varchar(255) default NULL,
  token CHAR(32) default NULL,
  PRIMARY KEY (id_account)
);
"""
MEMBER_SQL = """CREATE TABLE club_account (
  id_account int NOT NULL,
  name varchar(255) NOT NULL,
  login varchar(50) NOT NULL,
  password varchar(255) NOT NULL,
  PRIMARY KEY (id_account)
);
"""


def test_role_prefixed_names_and_contact_details_are_personal_but_an_api_clients_account_name_is_not(tmp_path):
    path = build(tmp_path / "r", {
        "pom.xml": "<project><artifactId>plugin-classifieds</artifactId><packaging>lutece-plugin</packaging></project>\n",
        "src/sql/plugins/classifieds/plugin/create_db_classifieds.sql": ANNOUNCE_SQL,
        "src/sql/plugins/mediaserver/plugin/create_db_mediaserver.sql": CONNECTOR_SQL})
    pd = results(run_audit(path, tmp_path / "c", ["scaling.personal-data"]))["scaling.personal-data"]
    assert pd["status"] != "pass", pd["message"]
    text = str(pd["evidence"])
    assert "user_lastname" in text and "contact_information" in text, pd["evidence"]
    assert "mediaserver_account" not in text, pd["evidence"]
    # an account with a login and a password is a person's: its name still counts
    other = build(tmp_path / "m", {"src/sql/create_db_club.sql": MEMBER_SQL})
    pd = results(run_audit(other, tmp_path / "cm", ["scaling.personal-data"]))["scaling.personal-data"]
    assert "club_account" in str(pd["evidence"]), pd


# a static site's own pages (b1's flaux-village.github.io and presentation-optimisation-war)
PAGE = "---\nlayout: page\ntitre: {t}\ndescription: Portail du village\n---\n# {t}\n\nLe village de Villeneuve vous accueille : {t}.\n"


def _site_files(name_readme: str) -> dict:
    files = {"_config.yml": "title: Mairie de Villeneuve\ncollections:\n  actualites:\n    output: true\n",
             "Gemfile": "source 'https://rubygems.org'\ngem 'jekyll', '~> 4.2'\n",
             "_layouts/page.html": "<html><body><h1>{{ page.titre }}</h1>{{ content }}</body></html>\n",
             "_includes/footer.html": "<footer><p>Mairie de Villeneuve</p></footer>\n",
             "README.md": name_readme}
    for n, t in (("actualites", "Actualités"), ("dechets", "Déchets et tri"), ("hebergements", "Hébergements et restaurations"),
                 ("elus", "Les élus"), ("ecole", "L'école"), ("mairie", "La mairie"), ("index", "Accueil")):
        files[f"{n}.md"] = PAGE.format(t=t)
    return files


def test_a_communes_jekyll_sites_pages_are_its_content_not_its_documentation(tmp_path):
    readme = ("# Maintaining this website\n\n## Layouts\n\n### page\n\nSimilar to a page, with a banner.\n\n"
              "## Collections\n\nNews go in _actualites with a date.\n")
    path = build(tmp_path / "r", _site_files(readme))
    r = results(run_audit(path, tmp_path / "c", ["documentation.docs", "reusability.install"]))
    docs = r["documentation.docs"]
    assert not any(e.get("kind") == "found" for e in docs["evidence"]), docs["evidence"]
    assert "documentation site" not in docs["message"]["en"].split(";")[0], docs["message"]
    inst = r["reusability.install"]
    assert not any(e.get("value") == "install document" for e in inst["evidence"]), inst["evidence"]


def test_a_documentation_sites_pages_stay_its_documentation(tmp_path):
    """The same Jekyll site named as documentation (a platform's documentation site): its pages are documentation."""
    files = _site_files("# Documentation de la plateforme\n\nLe site de documentation de la plateforme de données.\n")
    path = build(tmp_path / "r", files)
    docs = results(run_audit(path, tmp_path / "c", ["documentation.docs"]))["documentation.docs"]
    assert any(e.get("kind") == "found" for e in docs["evidence"]), docs["evidence"]


def test_a_slide_decks_own_pages_address_is_no_documentation_site(tmp_path):
    path = build(tmp_path / "r", {
        "README.md": "# presentation-deploiements\nPrésentation des optimisations de déploiement.\n\n"
                     "Cette présentation se compile avec cleaver.\n\n"
                     "URL Web de cette présentation : https://ville-exemple.github.io/presentation-deploiements/\n",
        "presentation.md": "title: Optimisation\noutput: index.html\n--\n# Optimisation des déploiements\n--\n## Constat\n",
        "index.html": "<!doctype html><html><head><title>Optimisation</title></head><body><section><h1>Optimisation</h1></section></body></html>\n"})
    docs = results(run_audit(path, tmp_path / "c", ["documentation.docs"]))["documentation.docs"]
    assert "site" not in docs["details"]["found"], docs["evidence"]


def test_a_form_fields_example_address_and_a_messages_adresse_are_no_facts(tmp_path):
    """Shaped like an agglomeration's Symfony inventory app (b1's Agglo34_Mission): the LDAP settings form shows an example server
    in its placeholder, and the deploy script tells where the application answers ("à l'adresse : http://…"); a real internal
    host in the code and a box's postal address in its script still count."""
    path = build(tmp_path / "r", {
        "composer.json": '{"name": "agglo/inventaire", "require": {"symfony/framework-bundle": "^6.4"}}\n',
        "templates/pages/settings.html.twig": '<form method="post">\n  <label for="ldap_host">Serveur LDAP</label>\n'
                                              '  <input type="text" id="ldap_host" name="ldap_host" class="form-control" placeholder="ex: 10.3.12.55">\n</form>\n',
        "src/Service/Printer.php": "<?php\nnamespace App\\Service;\n\nclass Printer\n{\n    private string $host = '192.168.40.12';\n}\n",
        "deploy.sh": "#!/bin/bash\nset -e\ncomposer install --no-dev\n"
                     "echo \"L'application est accessible à l'adresse : http://$(hostname -I | awk '{print $1}')\"\n",
        "public/js/box.js": "function save(form) {\n  const data = {\n    nom: form.nom.value,\n    adresse: form.adresse.value,\n  };\n"
                            "  return fetch('/api/box', {method: 'POST', body: JSON.stringify(data)});\n}\n"})
    r = results(run_audit(path, tmp_path / "c", ["scaling.hosting", "interoperability.public-building-blocks"]))
    hosting = r["scaling.hosting"]
    values = str(hosting["evidence"])
    assert "10.3.12.55" not in values and "192.168.40.12" in values, hosting["evidence"]
    blocks = r["interoperability.public-building-blocks"]
    paths = {e.get("path") for e in blocks["evidence"]}
    assert "deploy.sh" not in paths and "public/js/box.js" in paths, blocks["evidence"]


def test_a_google_code_wikis_release_notes_are_the_changelog(tmp_path):
    """Shaped like a Spring Roo add-on migrated from Google Code (b1's zk-roo): its release notes are wiki/ReleaseNotes.wiki."""
    path = build(tmp_path / "r", {
        "README.md": "# roo-addon\n\nA Spring Roo add-on.\n",
        "pom.xml": "<project><groupId>org.example.roo</groupId><artifactId>roo-addon</artifactId><packaging>bundle</packaging></project>\n",
        "src/main/java/org/example/roo/AddonCommands.java": "package org.example.roo;\n\npublic class AddonCommands {\n}\n",
        "wiki/ReleaseNotes.wiki": "#summary Release notes\n\n== Release Notes 1.0.0.M2 ==\nRelease Date: 3 May 2013\n\n  * new command\n\n"
                                  "== Release Notes 1.0.0.M1 ==\nRelease Date: 2 April 2013\n\n  * first release\n",
        "wiki/Installation.wiki": "#summary How to install\n\n== Install ==\n\n  addon install bundle\n"})
    r = results(run_audit(path, tmp_path / "c", ["documentation.community-files"]))["documentation.community-files"]
    assert any(e.get("value") == "changelog" and e.get("path") == "wiki/ReleaseNotes.wiki" and e.get("kind") != "missing"
               for e in r["evidence"]), r["evidence"]


def test_a_jcms_plugins_unfilled_documentation_stubs_are_no_documentation(tmp_path):
    """Shaped like a département's Jalios JCMS plugin (b1's jSyndicats): the plugin wizard's docs/index.html and docs/changelog.txt
    left with their {Name} placeholder; a filled page beside them would count."""
    stub = ('<html>\n  <head>\n    <title>{Name} Documentation</title>\n  </head>\n  <body>\n  <h1>{Name} Documentation</h1>\n'
            '  <h2>Summary</h2>\n  <ol><li><a href="#Introduction">Introduction</a></li><li><a href="#Installation">Installation</a></li></ol>\n'
            '  <a name="Introduction"></a><h2>1. {Name} Introduction</h2>\n  <a name="Installation"></a><h2>2. {Name} Installation</h2>\n'
            '  </body>\n</html>\n')
    files = {"README.md": "# jAnnuaire\n\nModule JCMS de l'annuaire des élus.\n",
             "plugins/AnnuairePlugin/plugin.xml": '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plugin PUBLIC "-//JALIOS//DTD JCMS-PLUGIN 1.7//EN" '
                                                  '"https://community.jalios.com/dtd/jcms-plugin-1.7.dtd">\n<plugin name="AnnuairePlugin" version="0.1"/>\n',
             "plugins/AnnuairePlugin/docs/index.html": stub,
             "plugins/AnnuairePlugin/docs/changelog.txt": "   \n---++ {Name} Plugin v0.1 \n\n   1. Main new features\n      * \n",
             "WEB-INF/classes/fr/cg/annuaire/AnnuaireUtil.java": "package fr.cg.annuaire;\n\npublic class AnnuaireUtil {\n}\n"}
    docs = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.docs"]))["documentation.docs"]
    assert "folder" not in docs["details"]["found"], docs["evidence"]


def test_maven_snapshot_builds_in_a_committed_repository_are_one_version(tmp_path):
    """Shaped like b1's zk-roo: a file-based Maven repository committed in repo/ holding one artifact's timestamped snapshot builds."""
    base = "repo/org/example/roo/org.example.roo.addon/1.0.0.BUILD-SNAPSHOT/org.example.roo.addon-1.0.0.BUILD-"
    files = {"README.md": "# roo-addon\n\nA Spring Roo add-on.\n",
             "pom.xml": "<project><groupId>org.example.roo</groupId><artifactId>roo-addon</artifactId></project>\n",
             "src/main/java/org/example/roo/AddonCommands.java": "package org.example.roo;\n\npublic class AddonCommands {\n}\n"}
    for i, stamp in enumerate(("20120116.135839", "20120117.183439", "20120120.101840", "20120120.102557"), 1):
        files[f"{base}{stamp}-{i}.jar"] = f"PK jar {i}\n"
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", ["reusability.dependencies"])
    libs = [lib for lib in report["facts"]["inventory"]["libraries"] if lib["name"].startswith("org.example.roo.addon")]
    assert [(lib["name"], lib["version"]) for lib in libs] == [("org.example.roo.addon", "1.0.0.BUILD-SNAPSHOT")], libs
