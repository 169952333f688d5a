"""A generator's README left untouched in a part's folder documents nothing of the project (issue 12, s40 fj40 = reader rh40's
AlexandreAubree/Town-hall-website: mairie-site/README.md is create-next-app's, mairie-cms/README.md create-strapi-app's, and
documentation.docs said "Found: deployment" from their "Deploy on Vercel" and "⚙️ Deployment … Strapi Cloud"). Rule: a part's README
that is a framework's template as generated (its signature, every chapter one the template writes) or two signature sentences of a
generator's README (Strapi's) is boilerplate for the documentation facts. Near miss: a part's README holding the generator's sentence
but a deployment chapter of the team's own still documents the deployment."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.docs"
NEXT = ("This is a [Next.js](https://nextjs.org) project bootstrapped with [`create-next-app`](https://nextjs.org/docs/app/api-reference/cli/create-next-app).\n\n"
        "## Getting Started\n\nFirst, run the development server:\n\n```bash\nnpm run dev\n```\n\n"
        "Open [http://localhost:3000](http://localhost:3000) with your browser to see the result.\n\n"
        "## Learn More\n\nTo learn more about Next.js, take a look at the following resources.\n\n"
        "## Deploy on Vercel\n\nThe easiest way to deploy your Next.js app is to use the Vercel Platform from the creators of Next.js.\n")
STRAPI = ("# 🚀 Getting started with Strapi\n\nStrapi comes with a full featured [Command Line Interface](https://docs.strapi.io/dev-docs/cli) (CLI) "
          "which lets you scaffold and manage your project in seconds.\n\n### `develop`\n\nStart your Strapi application with autoReload enabled.\n\n"
          "```\nnpm run develop\n```\n\n## ⚙️ Deployment\n\nStrapi gives you many possible deployment options for your project including "
          "[Strapi Cloud](https://cloud.strapi.io). Browse the deployment section of the documentation to find the best solution for your use case.\n\n"
          "```\nyarn strapi deploy\n```\n\n## 📚 Learn more\n\n- [Strapi documentation](https://docs.strapi.io) - Official Strapi documentation.\n")
OWN_DEPLOY = ("\n## Déploiement sur le serveur de la mairie\n\nLe site est construit par `npm run build` puis copié sur le serveur de la mairie "
              "par la commande `rsync -a out/ mairie:/var/www/site/`, lancée chaque vendredi par la secrétaire.\n")
ROOT = "# Site de la mairie\n\nProjet de stage : le site de la mairie et son CMS, où les secrétaires modifient les actualités.\n"


def files(site_readme: str) -> dict:
    return {"README.md": ROOT, "site/README.md": site_readme, "cms/README.md": STRAPI,
            "site/package.json": '{"name": "site", "scripts": {"dev": "next dev"}, "dependencies": {"next": "15.5.3"}}',
            "site/pages/index.js": "export default function Home() {\n  return <main>Bienvenue</main>;\n}\n",
            "cms/package.json": '{"name": "cms", "scripts": {"develop": "strapi develop"}, "dependencies": {"@strapi/strapi": "5.23.6"}}'}


def test_untouched_generator_readmes_in_parts_document_no_deployment(tmp_path):
    res = check_result(tmp_path, files(NEXT), CID)
    assert "deployment" in res["details"]["missing"], res["message"]


def test_near_miss_a_part_readme_with_the_teams_deployment_chapter_documents_it(tmp_path):
    res = check_result(tmp_path, files(NEXT + OWN_DEPLOY), CID)
    assert "deployment" not in res["details"]["missing"], res["message"]
