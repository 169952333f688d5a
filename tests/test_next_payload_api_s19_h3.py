"""Session 19 (h3): APIs a Next.js site serves, which interoperability.api-spec called "no served API detected". Fixtures shaped like
Birdiz/mairie-de-grandrupt (a commune's Next.js site with Payload CMS, whose REST and GraphQL API are mounted under app/(payload)/api/,
and a contact form's route handler answering NextResponse.json) and a State start-up's Next.js app with its own app/api/ routes."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

SPEC = ["interoperability.api-spec"]
PAGE = "export default function Home() {\n  return <main><h1>Bienvenue</h1></main>;\n}\n"
CONTACT = ('import { type NextRequest, NextResponse } from "next/server";\n\nexport async function POST(request: NextRequest) {\n'
           '  const body = await request.json();\n  if (!body.email) {\n    return NextResponse.json({ error: "invalide" }, { status: 422 });\n  }\n'
           '  return NextResponse.json({ success: true }, { status: 200 });\n}\n')


def _spec(tmp_path, files, name="r"):
    return judge(tmp_path, files, SPEC, name=name)[1]["interoperability.api-spec"]


def _site(deps):
    return {"package.json": json.dumps({"name": "site-commune", "private": True, "dependencies": deps}), "package-lock.json": "{}",
            "src/app/[locale]/page.tsx": PAGE}


def test_a_route_handler_answering_json_is_a_served_api(tmp_path):
    files = {**_site({"next": "16.0.0", "react": "19.0.0"}), "src/app/api/contact/route.ts": CONTACT}
    spec = _spec(tmp_path, files)
    assert spec["status"] == "warn" and "Next.js route handler" in spec["message"]["en"], spec
    assert [e["path"] for e in spec["evidence"]] == ["src/app/api/contact/route.ts"] * 2, spec["evidence"]


def test_payload_cms_serves_its_collections_as_an_api(tmp_path):
    files = {**_site({"next": "16.0.0", "payload": "^3.80.0", "@payloadcms/next": "^3.80.0", "react": "19.0.0"}),
             "src/app/(payload)/api/[...slug]/route.ts": (
                 'import config from "@payload-config";\nimport { REST_GET, REST_POST } from "@payloadcms/next/routes";\n\n'
                 "export const GET = REST_GET(config);\nexport const POST = REST_POST(config);\n")}
    spec = _spec(tmp_path, files)
    assert spec["status"] == "fail" and "payload" in spec["message"]["en"], spec
    assert "generate:graphQLSchema" in spec["remediation"]["en"], spec.get("remediation")


def test_a_next_site_whose_routes_answer_no_json_serves_no_api(tmp_path):
    files = {**_site({"next": "16.0.0", "react": "19.0.0"}),
             "src/app/api/auth/login/route.ts": ('import { redirect } from "next/navigation";\n\nexport async function GET() {\n'
                                                 '  redirect("https://identite.example.org/authorize");\n}\n'),
             "src/components/Search.tsx": ("export async function search(q: string) {\n  const r = await fetch(`/api/search?q=${q}`);\n"
                                           "  return r.json();\n}\n")}
    assert _spec(tmp_path, files)["status"] == "not_applicable"


# GIP-RECIA/esco-accueil's shape: a uPortal portlet on the servlet API alone, rendering one JSP view per audience
PORTLET_POM = ("<project><modelVersion>4.0.0</modelVersion><groupId>org.esco</groupId><artifactId>welcome-portlet</artifactId><version>1.0</version>"
               "<packaging>war</packaging>\n<dependencies>\n<dependency><groupId>javax.servlet</groupId><artifactId>servlet-api</artifactId>"
               "<version>2.5</version><scope>provided</scope></dependency>\n<dependency><groupId>javax.portlet</groupId><artifactId>portlet-api</artifactId>"
               "<version>1.0</version><scope>provided</scope></dependency>\n</dependencies></project>\n")
CONTROLLER = ("package org.esco.portlet.welcome;\n\n@Controller\npublic class WelcomeController {\n    @RequestMapping(\"VIEW\")\n"
              "    public ModelAndView renderView(RenderRequest request) {\n        return new ModelAndView(\"view-colleges\");\n    }\n}\n")


def _portlet(extra=None):
    files = {"pom.xml": PORTLET_POM, "src/main/java/org/esco/portlet/welcome/WelcomeController.java": CONTROLLER,
             "src/main/webapp/WEB-INF/jsp/view-colleges.jsp": "<%@ page contentType=\"text/html\" %>\n<div class=\"accueil\"><h2>Bienvenue</h2></div>\n",
             "src/main/webapp/WEB-INF/jsp/view-lycees.jsp": "<%@ page contentType=\"text/html\" %>\n<div class=\"accueil\"><h2>Bonjour</h2></div>\n",
             "src/main/webapp/WEB-INF/web.xml": "<web-app><display-name>welcome</display-name></web-app>\n"}
    return {**files, **(extra or {})}


def test_a_portlet_on_the_servlet_api_rendering_jsp_views_serves_no_api(tmp_path):
    spec = _spec(tmp_path, _portlet())
    assert spec["status"] == "not_applicable" and "serving its pages" in spec["message"]["en"], spec


def test_a_servlet_answering_json_still_asks_for_a_specification(tmp_path):
    servlet = ("package org.esco.portlet.welcome;\n\npublic class StatsServlet extends HttpServlet {\n"
               "    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {\n"
               "        resp.setContentType(\"application/json\");\n        resp.getWriter().write(\"{}\");\n    }\n}\n")
    spec = _spec(tmp_path, _portlet({"src/main/java/org/esco/portlet/welcome/StatsServlet.java": servlet}), "j")
    assert spec["status"] == "warn", spec
