"""Kinds of project decided wrongly on session 6's first reads (issue 12, family 1), and the not-applicable reasons that
followed from them; each on a git fixture shaped like the real case."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit


def kind_and_results(tmp_path, files: dict, checks: list[str]) -> tuple[dict, dict]:
    """The project fact and the results of the given checks, on a one-commit repository of these files."""
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", checks)
    return report["facts"]["project"], results(report)


def _java(pkg: str, cls: str, body: str = "") -> str:
    return f"package {pkg};\n\n/** {cls}. */\npublic class {cls} {{\n{body}}}\n"


# GIP-RECIA/esco-dynamic-groups: a Grouper module (Java, built into jars by Ant) with a Javadoc package.html in each
# package folder, settings shipped as *.properties.example, and Hibernate mappings of its own tables.
GROUPER_MODULE = {
    "README.md": "ESCO-DynamicGroups\n==================\n\nESCO-Grouper Module to create dynamic groups and updates members in grouper.\n",
    "build.xml": "<project name=\"esco-dg\" default=\"esco-dg.build\">\n  <target name=\"esco-dg.build\" description=\"Creates the jar for grouper\">\n"
                 "    <jar destfile=\"dist/grouper-esco-dg-hooks.jar\" basedir=\"build\"/>\n  </target>\n</project>\n",
    "resources/esco-dynamic-groups.properties.example": "# LDAP server used to read the members\nldap.url=ldap://localhost:389\nldap.base=dc=esco\n",
    "resources/mapping/DynGroups.hbm.xml": "<hibernate-mapping><class name=\"org.esco.dynamicgroups.DynGroup\" table=\"DynGroups\">"
                                           "<id name=\"id\" column=\"id\"/><property name=\"groupName\" column=\"group_name\"/></class></hibernate-mapping>\n",
    "db/DynGroups-MySQL.sql": "CREATE TABLE DynGroups (id INT PRIMARY KEY, group_name VARCHAR(255), email VARCHAR(255));\n",
    "src/org/esco/dynamicgroups/package.html": "<html>\n<body>\n\n<p>Dynamic groups for Grouper.</p>\n\n</body>\n</html>\n",
    "src/org/esco/dynamicgroups/dao/package.html": "<html>\n<body>\n<p>DAO classes.</p>\n</body>\n</html>\n",
    "src/org/esco/dynamicgroups/dao/db/package.html": "<html>\n<body>\n<p>Data bases DAO relative classes.</p>\n</body>\n</html>\n",
    "src/org/esco/dynamicgroups/DynGroup.java": _java("org.esco.dynamicgroups", "DynGroup", "    private String groupName;\n"),
    "src/org/esco/dynamicgroups/dao/db/DBDAO.java": _java("org.esco.dynamicgroups.dao.db", "DBDAO"),
    "src/org/esco/dynamicgroups/hooks/GroupHooks.java": _java("org.esco.dynamicgroups.hooks", "GroupHooks"),
    **{f"src/org/esco/dynamicgroups/domain/Definition{i}.java": _java("org.esco.dynamicgroups.domain", f"Definition{i}") for i in range(4)},
}


def test_javadoc_package_pages_make_no_static_site_and_an_ant_jar_is_a_library(tmp_path):
    checks = ["interoperability.api-spec", "interoperability.auth", "interoperability.accessibility-and-ecodesign",
              "interoperability.data-standards", "reusability.configuration"]
    project, res = kind_and_results(tmp_path, GROUPER_MODULE, checks)
    assert project["kind"] == "library" and project["kind_decided"], project
    assert [e["path"] for e in project["kind_evidence"]] == ["build.xml"]
    for cid in checks:
        said_fr = res[cid]["message"]["fr"].split("ce contrôle ne porte que sur")[0]
        said_en = res[cid]["message"]["en"].split("this check only judges")[0]
        assert "statique" not in said_fr and "static" not in said_en, (cid, res[cid]["message"])
    assert res["interoperability.accessibility-and-ecodesign"]["status"] == "not_applicable"
    # the settings template it ships is seen, not denied
    conf = res["reusability.configuration"]
    assert "resources/esco-dynamic-groups.properties.example" in conf["message"]["en"], conf["message"]
    # its own tables are not denied either
    data = res["interoperability.data-standards"]
    assert data["status"] == "not_applicable" and "no database model" not in data["message"]["en"], data["message"]
    assert "pas de modèle" not in data["message"]["fr"] and "ni modèle" not in data["message"]["fr"]


def test_an_html_page_beside_java_sources_not_named_for_javadoc_is_still_a_page(tmp_path):
    files = {"README.md": "# Carte\n", "index.html": "<!doctype html><html><body><div id=map></div></body></html>\n",
             "src/org/x/package.html": "<html><body><p>x</p></body></html>\n", "src/org/x/A.java": _java("org.x", "A")}
    project, _ = kind_and_results(tmp_path, files, ["reusability.configuration"])
    assert project["kind"] == "static-site" and [e["path"] for e in project["kind_evidence"]] == ["index.html"]


# e-Collectivites/premap: the description of a project to come (README + LICENSE), no code at all; Pleiade-Bureau-Virtuel: the
# same with technical documents (.docx), a video and a Drupal .gitignore template.
MIT = "MIT License\n\nCopyright (c) 2022 e-Collectivités\n\nPermission is hereby granted, free of charge, to any person obtaining a copy\n"
PROJECT_DESCRIPTION = {
    "README.md": "# Portail Régional de Marchés Publics dans les Pays de la Loire\n\n## Définition\nUn portail régional de marchés publics "
                 "est une plateforme recensant la majorité des appels d'offres des collectivités territoriales dans leur région.\n\n"
                 "## Objectifs\n* Développer un portail régional recensant tous les appels d'offres,\n* Faciliter la consultation des "
                 "appels d'offres.\n",
    "LICENSE": MIT,
}


def test_a_code_free_project_description_is_not_judged_on_installing_translating_or_packaging(tmp_path):
    checks = ["reusability.install", "reusability.portability", "reusability.configuration", "reusability.dependencies"]
    project, res = kind_and_results(tmp_path, dict(PROJECT_DESCRIPTION, **{".gitignore": "/vendor\n/core\n/sites/*/files\n",
                                                                          "Documentation technique/Documentation Administrateur.docx": "PK\x03\x04"}),
                                    checks)
    assert not project["kind_decided"]
    for cid in checks:
        assert res[cid]["status"] == "not_applicable", (cid, res[cid]["message"])
    for cid in ("reusability.install", "reusability.portability", "reusability.configuration"):
        assert "documentation only" in res[cid]["message"]["en"] and "seulement de la documentation" in res[cid]["message"]["fr"], res[cid]["message"]
    assert "settings file" not in res["reusability.configuration"]["message"]["en"]  # (.gitignore configures git, not a deployment)


def test_a_code_free_repository_with_install_steps_or_a_container_is_still_judged(tmp_path):
    steps = dict(PROJECT_DESCRIPTION, **{"README.md": PROJECT_DESCRIPTION["README.md"] + "\n## Installation\n\n```\ncomposer create-project "
                                                                                             "drupal/recommended-project pleiade\n```\n"})
    _, res = kind_and_results(tmp_path, steps, ["reusability.install"])
    assert res["reusability.install"]["status"] in ("pass", "warn"), res["reusability.install"]["message"]


def test_a_repository_of_settings_files_only_says_so_and_one_of_submodules_is_still_judged(tmp_path):
    # SICTIAM/stela-config: a Spring Cloud Config repository (the services' YAML settings and a README on certificates)
    settings = {"README.md": "# stela-config\n\nTo send documents to the Prefecture, you need to trust its certificate.\n",
                "application.yml": "spring:\n  datasource:\n    url: jdbc:postgresql://localhost/stela\n",
                "acte-service.yml": "application:\n  archive:\n    maxSize: 150\n"}
    _, res = kind_and_results(tmp_path / "a", settings, ["reusability.install", "reusability.portability"])
    for cid in ("reusability.install", "reusability.portability"):
        assert res[cid]["status"] == "not_applicable" and "2 settings file(s) only" in res[cid]["message"]["en"], res[cid]["message"]
        assert "2 fichier(s) de réglages seulement" in res[cid]["message"]["fr"]
    # geobretagne/addons: three add-ons pinned as git submodules: code, elsewhere; not "documentation only"
    from tests.gitrepo import git

    path = build(tmp_path / "b", {"README.md": "# addons\n\nLes addons du visualiseur.\n",
                                  ".gitmodules": "[submodule \"cadastre\"]\n\tpath = cadastre\n\turl = https://github.com/geobretagne/cadastre\n"})
    git(path, "update-index", "--add", "--cacheinfo", "160000,1111111111111111111111111111111111111111,cadastre")
    git(path, "commit", "-q", "-m", "submodule", env={"GIT_AUTHOR_DATE": "2026-03-02T11:00:00Z", "GIT_COMMITTER_DATE": "2026-03-02T11:00:00Z"})
    res = results(run_audit(path, tmp_path / "c2", ["reusability.install", "reusability.portability"]))
    for cid in ("reusability.install", "reusability.portability"):
        assert res[cid]["status"] != "not_applicable", (cid, res[cid]["message"])
