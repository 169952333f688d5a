"""Issue 12, s48 fe48 (reader rd48): GIP-RECIA/esco-ressources-gar, a Spring MVC web application whose JSP pages open with the
licence header `<%-- … Copyright (C) 2014 GIP RECIA http://www.recia.fr … --%>` (ressources.jsp:3, content/index.jsp:3), and whose
etc/header.template (the Maven licence plugin's header) starts "Copyright (C) ${project.inceptionYear} GIP RECIA http://www.recia.fr".
The text scan's comment filter knew /* */, <!-- --> and {# #} but not a server page's <%-- --%>, and a copyright notice's holder
address was a URL like any other: reusability.configuration said the code "writes the address of a server", territory-neutral
counted the two pages, scaling.hosting said the data "come from a public body's servers". A copyright line is a credit.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CHECKS = ["reusability.configuration", "reusability.territory-neutral", "scaling.hosting"]

HEADER = """<%--

    Copyright (C) 2019 Département de la Mayenne http://www.mayenne.fr
    @Author (C) 2019 Service informatique

    Licensed under the Apache License, Version 2.0 (the "License");
    you may not use this file except in compliance with the License.

--%>
"""
LIST_PAGE = HEADER + """<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core" %>
<c:forEach items="${ items }" var="item">
  <p><c:out value="${ item.label }"/></p>
</c:forEach>
"""
HOME_PAGE = HEADER + """<%@ page contentType="text/html;charset=UTF-8" %>
<html><body><h1>Catalogue</h1>{extra}</body></html>
"""
FILES = {
    "README.md": "# Catalogue\n\nApplication web qui liste les ressources de l'utilisateur connecté.\n",
    "pom.xml": "<project><groupId>fr.exemple</groupId><artifactId>catalogue</artifactId><packaging>war</packaging>"
               "<dependencies><dependency><groupId>org.springframework</groupId><artifactId>spring-webmvc</artifactId>"
               "<version>5.3.30</version></dependency></dependencies></project>\n",
    "etc/header.template": "Copyright (C) ${project.inceptionYear} Département de la Mayenne http://www.mayenne.fr\n\n"
                           "Licensed under the Apache License, Version 2.0 (the \"License\").\n",
    "src/main/resources/configuration.exemple.properties": "cas.server.base.url=http://localhost:8080/cas\napp.url=http://localhost:8080/catalogue\n",
    "src/main/webapp/WEB-INF/web.xml": "<web-app><display-name>catalogue</display-name></web-app>\n",
    "src/main/webapp/WEB-INF/jsp/list.jsp": LIST_PAGE,
    "src/main/java/fr/exemple/catalogue/ListController.java": "package fr.exemple.catalogue;\n\npublic class ListController {\n"
                                                             "    public String list() {\n        return \"list\";\n    }\n}\n",
}


def _audit(tmp_path, extra: str = "") -> dict:
    files = {**FILES, "src/main/webapp/content/index.jsp": HOME_PAGE.replace("{extra}", extra)}
    report = run_audit(build(tmp_path / "r", files), tmp_path / "c", CHECKS)
    return {"results": results(report), "hosts": report["facts"]["hosting_dependencies"]}


def _hosts(audit: dict) -> set[str]:
    return {h["host"] for h in audit["hosts"]["hosts"]}


def test_a_server_page_licence_comment_and_a_copyright_template_name_no_server(tmp_path):
    a = _audit(tmp_path)
    territory = a["results"]["reusability.territory-neutral"]
    assert territory["status"] == "pass", (territory["message"], territory["evidence"])  # was warn, the two pages' line 3
    assert "mayenne.fr" not in _hosts(a), a["hosts"]["hosts"]  # was "Data come from a public body's servers"
    config = a["results"]["reusability.configuration"]
    assert "mayenne" not in config["message"]["en"] and not any(e.get("kind") == "finding" for e in config["evidence"]), config


def test_near_miss_a_page_loading_from_the_authority_after_its_comment_keeps_the_finding(tmp_path):
    a = _audit(tmp_path, '<script src="https://carto.mayenne.fr/lib/carte.js"></script>')
    territory = a["results"]["reusability.territory-neutral"]
    assert territory["status"] != "pass", territory["message"]
    assert [(e["path"], e["line"]) for e in territory["evidence"] if e.get("kind") == "finding" or e.get("line")] == \
        [("src/main/webapp/content/index.jsp", 11)], territory["evidence"]
    assert "mayenne.fr" in _hosts(a), a["hosts"]["hosts"]
