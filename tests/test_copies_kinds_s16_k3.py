"""A JSF web application built by Ant, with a whole Ant distribution and a third-party applet committed beside it (session 16,
reader r2, GIP-RECIA/cahier-de-texte, issue 12): the project was called a static site from two HTML help pages, and the copies
spoke for it (Ant's LICENSE "to copy to the root", Ant's INSTALL as install instructions, Ant's XSLT as a format, the applet's
translations as i18n and its web page's Google Analytics tag as lock-in); a CSV export sent with Excel's media type was called
a closed .xls format."""

from __future__ import annotations

import pytest

from tests.test_host_kinds import kind_and_results

APACHE = ("                                 Apache License\n                           Version 2.0, January 2004\n"
          "                        http://www.apache.org/licenses/\n\n   TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION\n")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))

JSF_APP = {
    "README.md": "# Carnet de liaison\n\nUn carnet de liaison pour les collèges.\n",
    "build.xml": ('<project name="carnet" default="war">\n  <target name="war">\n'
                  '    <copy file="${webpages}/web.example.xml" tofile="${build.web}/WEB-INF/web.xml"/>\n'
                  '    <copy file="${webpages}/faces-config.xml" tofile="${build.web}/WEB-INF/faces-config.xml"/>\n'
                  '    <jar basedir="${build}" destfile="${dist}/carnet.war"/>\n  </target>\n</project>\n'),
    "app/webpages/web.example.xml": ('<?xml version="1.0"?>\n<web-app version="2.5" xmlns="http://java.sun.com/xml/ns/javaee">\n'
                                     '  <display-name>Carnet</display-name>\n  <servlet>\n    <servlet-name>Faces Servlet</servlet-name>\n'
                                     '    <servlet-class>javax.faces.webapp.FacesServlet</servlet-class>\n  </servlet>\n</web-app>\n'),
    "app/webpages/faces-config.xml": ('<?xml version="1.0"?>\n<faces-config version="2.0" xmlns="http://java.sun.com/xml/ns/javaee">\n'
                                      '  <application><locale-config><default-locale>fr</default-locale></locale-config></application>\n'
                                      '</faces-config>\n'),
    "app/webpages/index.jsp": '<% response.sendRedirect("ecrans/accueil.jsf"); %>\n',
    "app/webpages/ecrans/accueil.xhtml": ('<html xmlns:h="http://java.sun.com/jsf/html"><h:body><h:outputText value="#{accueil.titre}"/>'
                                          '</h:body></html>\n'),
    "app/webpages/ecrans/saisie.xhtml": '<html xmlns:h="http://java.sun.com/jsf/html"><h:body><h:form/></h:body></html>\n',
    "app/webpages/guide.pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
    **{f"app/webpages/images/icone{i}.png": PNG for i in range(6)},
    "app/properties/aide.html": "<html><body><h1>Aide</h1><p>Saisissez la séance puis validez.</p></body></html>\n",
    "app/src/main/java/org/carnet/web/AccueilControl.java": ("package org.carnet.web;\n\n/** The home screen. */\npublic class AccueilControl {\n"
                                                         "    /** Its title. */\n    public String getTitre() {\n        return \"Carnet\";\n    }\n}\n"),
    # a CSV export the browser is told to open in a spreadsheet
    "app/src/main/java/org/carnet/report/CsvReport.java": ("package org.carnet.report;\n\n/** A report written as CSV. */\n"
                                                       "public class CsvReport {\n    /** The file's extension. */\n"
                                                       "    public String getExtension() {\n        return \".csv\";\n    }\n\n"
                                                       "    /** The media type sent. */\n    public String getContentType() {\n"
                                                       "        return \"application/vnd.ms-excel\";\n    }\n}\n"),
    # Apache Ant's distribution, committed whole to run the build
    "apache-ant-1.9.0/LICENSE": APACHE,
    "apache-ant-1.9.0/NOTICE": "Apache Ant\nCopyright 1999-2013 The Apache Software Foundation\n",
    "apache-ant-1.9.0/INSTALL": "For installation instructions see the manual in the docs subdirectory or online at\nhttp://ant.apache.org/manual/index.html\n",
    "apache-ant-1.9.0/bin/ant": "#! /bin/sh\n# Licensed to the Apache Software Foundation (ASF)\nexec java -classpath \"$LOCALCLASSPATH\" org.apache.tools.ant.launch.Launcher \"$@\"\n",
    "apache-ant-1.9.0/lib/ant.jar": b"PK\x03\x04ant",
    **{f"apache-ant-1.9.0/etc/{n}.xsl": ('<?xml version="1.0"?>\n<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n'
                                        '<xsl:template match="/"/>\n</xsl:stylesheet>\n') for n in ("changelog", "log", "junit-frames")},
    # a formula-editor applet copied with its documentation, its translations and its compiled classes
    "app/webpages/formules/MathEdit/LICENSE-gpl.txt": "                    GNU GENERAL PUBLIC LICENSE\n                       Version 2, June 1991\n",
    "app/webpages/formules/MathEdit/README.html": "<html><body><h1>MathEdit</h1><p>A drag and drop equation editor applet.</p></body></html>\n",
    "app/webpages/formules/MathEdit/Version History.html": (
        "<html><body><h1>Version History</h1>\n<script type=\"text/javascript\">\nvar gaJsHost = ((\"https:\" == document.location.protocol) ? "
        "\"https://ssl.\" : \"http://www.\");\ndocument.write(unescape(\"%3Cscript src='\" + gaJsHost + \"google-analytics.com/ga.js' "
        "type='text/javascript'%3E%3C/script%3E\"));\n</script>\n<script type=\"text/javascript\">\n"
        "var pageTracker = _gat._getTracker(\"UA-1234567-1\");\npageTracker._trackPageview();\n</script>\n</body></html>\n"),
    "app/webpages/formules/MathEdit/doc/index.html": "<html><body><h1>MathEdit manual</h1></body></html>\n",
    "app/webpages/formules/MathEdit/applet/MathEdit.jar": b"PK\x03\x04mathedit",
    "app/webpages/formules/MathEdit/applet/Display/MainApplet.class": b"\xca\xfe\xba\xbe\x00\x00\x002",
    **{f"app/webpages/formules/MathEdit/applet/lang/{c}.xml": f'<?xml version="1.0"?>\n<language code="{c}"><text id="ok">OK</text></language>\n'
       for c in ("de", "en", "fr", "it")},
}
CHECKS = ["licensing.license-file", "reusability.install", "interoperability.data-standards", "reusability.portability",
          "scaling.vendor-lock-in", "interoperability.auth", "interoperability.api-spec", "licensing.data-and-docs"]


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    return kind_and_results(tmp_path_factory.mktemp("jsf"), JSF_APP, CHECKS)


def test_its_descriptors_outside_web_inf_make_a_web_application_not_a_static_site(audited):
    project, r = audited
    assert project["kind"] == "web-application" and project["kind_decided"], project
    assert project["kind_evidence"][0]["path"] == "app/webpages/faces-config.xml", project["kind_evidence"]
    assert "static site" not in r["interoperability.auth"]["message"]["en"], r["interoperability.auth"]
    assert "static site" not in r["interoperability.api-spec"]["message"]["en"], r["interoperability.api-spec"]


def test_the_copied_ant_licence_is_not_the_projects(audited):
    """The project has no licence, and is not told to copy Apache-2.0 to its root."""
    lf = audited[1]["licensing.license-file"]
    assert lf["status"] == "fail" and "subfolder" not in lf["message"]["en"] and not lf["score"], lf


def test_the_copied_ant_install_guide_installs_ant(audited):
    install = audited[1]["reusability.install"]
    assert not any("apache-ant" in (e.get("path") or "") for e in install["evidence"]), install


def test_ant_stylesheets_and_a_csv_export_sent_as_excel_are_no_format_of_the_project(audited):
    ds = audited[1]["interoperability.data-standards"]
    assert "XSLT" not in ds["message"]["en"] and not any("apache-ant" in (e.get("path") or "") for e in ds["evidence"]), ds
    assert not any(e.get("value") == "application/vnd.ms-excel" for e in ds["evidence"]), ds["evidence"]


def test_the_copied_applets_analytics_and_translations_are_the_applets(audited):
    r = audited[1]
    assert "Google Analytics" not in r["scaling.vendor-lock-in"]["message"]["en"], r["scaling.vendor-lock-in"]
    pt = r["reusability.portability"]
    assert "Google Analytics" not in pt["message"]["en"] and "i18n: no" in pt["message"]["en"], pt


def test_the_web_interfaces_folder_is_no_documentation_folder(audited):
    """Its pages and images beside one PDF are the interface, not documentation."""
    dd = audited[1]["licensing.data-and-docs"]
    assert not any(e.get("path") == "app/webpages/" for e in dd["evidence"]), dd


def test_an_excel_export_keeps_its_closed_format(tmp_path):
    """The media type of a file the code names .xls (or writes with an XLS writer) is still the closed format."""
    files = {"README.md": "# Exports\n\nExports des inscriptions.\n",
             "src/main/java/org/x/Export.java": ("package org.x;\n\n/** An export. */\npublic class Export {\n"
                                                 "    /** Its name. */\n    public String name() {\n        return \"inscrits.xls\";\n    }\n\n"
                                                 "    /** Its type. */\n    public String type() {\n        return \"application/vnd.ms-excel\";\n    }\n}\n")}
    _, r = kind_and_results(tmp_path, files, ["interoperability.data-standards"])
    ev = r["interoperability.data-standards"]["evidence"]
    assert any("Closed format" in ((e.get("note") or {}).get("en") or "") for e in ev), ev


def test_a_jsf_component_library_stays_a_library(tmp_path):
    """A JSF component library's META-INF/faces-config.xml declares its components to the host application: no web application."""
    files = {"README.md": "# widgets-faces\n\nComposants JSF.\n",
             "pom.xml": ('<project><modelVersion>4.0.0</modelVersion><groupId>org.x</groupId><artifactId>widgets-faces</artifactId>'
                         '<version>1.0</version><packaging>jar</packaging></project>\n'),
             "src/main/resources/META-INF/faces-config.xml": '<?xml version="1.0"?>\n<faces-config version="2.0"><component/></faces-config>\n',
             "src/main/java/org/x/Widget.java": "package org.x;\n\n/** A widget. */\npublic class Widget {\n}\n"}
    project, _ = kind_and_results(tmp_path, files, ["interoperability.auth"])
    assert project["kind"] != "web-application", project


def test_an_xls_export_type_beside_csv_keeps_its_closed_format(tmp_path):
    """A view exporting "xls", "csv" or "ods" (tablib) writes the binary format when asked for xls: its media type counts."""
    files = {"README.md": "# Subventions\n\nExports des dossiers.\n",
             "app/views.py": ('XLS = "xls"\nCSV = "csv"\nCONTENT_TYPES = {\n    XLS: "application/vnd.ms-excel",\n    CSV: "text/csv",\n}\n\n\n'
                              'def export(dataset, kind):\n    return dataset.export(kind), CONTENT_TYPES[kind]\n')}
    _, r = kind_and_results(tmp_path, files, ["interoperability.data-standards"])
    ev = r["interoperability.data-standards"]["evidence"]
    assert any("Closed format" in ((e.get("note") or {}).get("en") or "") for e in ev), ev
