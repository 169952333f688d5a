"""Session 35 (ab35): a Gatsby site is a static site, and the Gatsby + Netlify CMS starter's README is a template.

- makinacorpus/ortho44-2018: a Département's orthophoto viewer built with Gatsby (gatsby-config.js, gatsby-node.js, package.json
  declaring gatsby beside react, netlify.toml publishing public/), its Markdown pages under src/pages/ (a-propos.md,
  mentions-legales.md, poi/*.md with a front matter) edited through Netlify CMS. The kind was web-application (react decided:
  gatsby-config.js was no static site generator's configuration), so documentation.docs counted the site's content pages as 20
  guides; and the README, the "Gatsby + Netlify CMS Starter" left word for word (the Kaldi coffee company's example site), passed
  documentation.readme with the starter's description of another site.
- near misses: a React application without Gatsby stays a web application; a README that starts with the team's own description
  of the site, then keeps the starter's chapters, is no untouched template.
Files written for these tests, in the shape of the real case.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

STARTER_README = (
    "[![Netlify Status](https://api.netlify.com/api/v1/badges/0000/deploy-status)](https://app.netlify.com/sites/vue-du-ciel/deploys)\n\n"
    "----\n\n# Gatsby + Netlify CMS Starter\n\n"
    "This repo contains an example business website that is built with [Gatsby](https://www.gatsbyjs.org/), and "
    "[Netlify CMS](https://www.netlifycms.org): **[Demo Link](https://example.netlify.com/)**.\n\n"
    "## Prerequisites\n\n- Node (v8.2.0 or higher)\n- Gatsby CLI\n\n"
    "## Getting Started (Recommended)\n\n"
    "Netlify CMS can run in any frontend web environment, but the quickest way to try it out is by running it on a pre-configured "
    "starter site with Netlify. The example here is the Kaldi coffee company template.\n\n"
    "### Access Locally\n```\n$ git clone https://github.com/[GITHUB_USERNAME]/[REPO_NAME].git\n$ cd [REPO_NAME]\n$ yarn\n"
    "$ npm run develop\n```\n\n## Getting Started (Without Netlify)\n```\n$ npm run build\n$ npm run serve\n```\n")
OWN_README = ("# Vue du ciel\n\nVisionneuse des photographies aériennes du département : six séries d'orthophotos de 1850 à 2016, "
              "cartes synchronisées et points d'intérêt, publiée sur Netlify.\n\n## Prerequisites" + STARTER_README.split("## Prerequisites", 1)[1])
POI = ("---\ntemplateKey: poi\ntitle: {title}\norder: '{n}'\ndescription: >\n  {title} vu du ciel : un site remarquable du département, "
       "ses jardins et ses bâtiments tels que les montrent les photographies aériennes successives.\nlatitude: 47.{n}\nlongitude: -1.{n}\n---\n")
SITE = {
    "README.md": STARTER_README,
    "LICENSE": "MIT License\n\nCopyright (c) 2018\n",
    "package.json": '{\n  "name": "vue-du-ciel",\n  "description": "Le département vu du ciel",\n  "dependencies": {\n    "gatsby": "^1.9.279",\n'
                    '    "gatsby-source-filesystem": "~1.5.39",\n    "gatsby-transformer-remark": "~1.7.44",\n    "leaflet": "^1.7.1",\n'
                    '    "netlify-cms": "~1.9.2",\n    "react": "^17.0.2",\n    "react-dom": "^17.0.2",\n    "react-leaflet": "~1.9.1"\n  },\n'
                    '  "scripts": {\n    "build": "gatsby build",\n    "develop": "gatsby develop",\n    "serve": "gatsby serve"\n  }\n}\n',
    "gatsby-config.js": ("module.exports = {\n  siteMetadata: { title: 'Le département vu du ciel' },\n  plugins: [\n"
                         "    { resolve: 'gatsby-source-filesystem', options: { path: `${__dirname}/src/pages`, name: 'pages' } },\n"
                         "    'gatsby-transformer-remark',\n    'gatsby-plugin-netlify-cms',\n  ],\n};\n"),
    "gatsby-node.js": ("const path = require('path');\n\nexports.createPages = ({ boundActionCreators, graphql }) => {\n"
                       "  const { createPage } = boundActionCreators;\n  return graphql(`{ allMarkdownRemark { edges { node { id frontmatter { templateKey } } } } }`)\n"
                       "    .then(result => result.data.allMarkdownRemark.edges.forEach(({ node }) => createPage({\n"
                       "      path: node.id, component: path.resolve(`src/templates/${node.frontmatter.templateKey}.js`), context: { id: node.id },\n"
                       "    })));\n};\n"),
    "netlify.toml": '[build]\n  publish = "public"\n  command = "npm run build"\n',
    "src/components/SyncedMaps.js": ("import React from 'react';\nimport { Map, TileLayer } from 'react-leaflet';\n\n"
                                     "export default function SyncedMaps({ layers }) {\n  return (\n    <div>{layers.map(l => (\n"
                                     "      <Map key={l.id} center={[47.3, -1.7]} zoom={10}><TileLayer url={l.url} /></Map>))}</div>\n  );\n}\n"),
    "src/templates/poi.js": ("import React from 'react';\n\nexport default function Poi({ data }) {\n  const { frontmatter } = data.markdownRemark;\n"
                             "  return <article><h1>{frontmatter.title}</h1><p>{frontmatter.description}</p></article>;\n}\n"),
    "src/templates/default-page.js": ("import React from 'react';\n\nexport default function Page({ data }) {\n"
                                      "  return <div dangerouslySetInnerHTML={{ __html: data.markdownRemark.html }} />;\n}\n"),
    "src/pages/a-propos.md": ("---\ntemplateKey: 'default-page'\nid: 'a-propos'\ntitle: À propos de ce service\n---\n### Le meilleur point de vue\n\n"
                              "Le Département a fait photographier son territoire depuis un avion pendant l'été : ce site rassemble ces images et "
                              "les séries plus anciennes, pour comparer les paysages d'une époque à l'autre.\n"),
    "src/pages/mentions-legales.md": ("---\ntemplateKey: 'default-page'\nid: 'mentions-legales'\ntitle: Mentions légales\n---\n"
                                      "Éditeur du site : le Département. Hébergement : Netlify. Les photographies aériennes sont la propriété du Département.\n"),
    **{f"src/pages/poi/site-{n}.md": POI.format(title=f"Site remarquable {n}", n=n) for n in range(1, 7)},
    "static/admin/config.yml": "backend:\n  name: git-gateway\n  branch: master\ncollections:\n  - name: poi\n    folder: src/pages/poi\n",
}
CHECKS = ["documentation.readme", "documentation.readme-sections", "documentation.docs"]


def test_a_gatsby_site_is_a_static_site_whose_pages_are_no_guides(tmp_path):
    report, res = judge(tmp_path, SITE, CHECKS)
    project = report["facts"]["project"]
    assert project["kind"] == "static-site", (project["kind"], project.get("kind_evidence"))
    docs = res["documentation.docs"]
    assert docs["status"] == "fail", docs["message"]
    assert not any((e.get("path") or "").startswith("src/pages/") for e in docs["evidence"]), docs["evidence"]


def test_the_gatsby_netlify_cms_starters_readme_is_a_template(tmp_path):
    _, res = judge(tmp_path, SITE, CHECKS)
    readme = res["documentation.readme"]
    assert readme["status"] == "fail" and "Gatsby" in readme["message"]["en"] and "Gatsby" in readme["message"]["fr"], readme["message"]
    assert "example business website" not in res["documentation.readme-sections"]["message"]["en"], res["documentation.readme-sections"]["message"]


def test_a_react_application_without_gatsby_stays_a_web_application(tmp_path):
    files = {p: c for p, c in SITE.items() if not p.startswith(("gatsby-", "src/pages/", "static/admin/"))}
    files["package.json"] = ('{\n  "name": "vue-du-ciel",\n  "dependencies": {\n    "leaflet": "^1.7.1",\n    "react": "^17.0.2",\n'
                             '    "react-dom": "^17.0.2",\n    "react-leaflet": "~1.9.1",\n    "react-scripts": "5.0.1"\n  },\n'
                             '  "scripts": {\n    "build": "react-scripts build",\n    "start": "react-scripts start"\n  }\n}\n')
    files["public/index.html"] = "<!DOCTYPE html>\n<html lang=\"fr\"><head><title>Vue du ciel</title></head><body><div id=\"root\"></div></body></html>\n"
    files["src/index.js"] = "import React from 'react';\nimport ReactDOM from 'react-dom';\nimport SyncedMaps from './components/SyncedMaps';\n\nReactDOM.render(<SyncedMaps layers={[]} />, document.getElementById('root'));\n"
    report, _ = judge(tmp_path, files, ["documentation.readme"])
    assert report["facts"]["project"]["kind"] == "web-application", report["facts"]["project"].get("kind_evidence")


def test_a_readme_describing_the_site_above_the_starters_chapters_is_the_teams(tmp_path):
    _, res = judge(tmp_path, {**SITE, "README.md": OWN_README}, ["documentation.readme"])
    readme = res["documentation.readme"]
    assert "untouched" not in readme["message"]["en"], readme["message"]
