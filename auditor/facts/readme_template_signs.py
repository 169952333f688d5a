"""The signature sentences of frameworks', forges' and code generators' README templates (normalised as
:func:`auditor.facts.document.norm` does), by template: :mod:`auditor.facts.readme_templates` reads a README with them."""

from __future__ import annotations

# Untouched templates of frameworks and forges: signature sentences (normalized), by name.
TEMPLATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("create-react-app", ("this project was bootstrapped with create react app", "getting started with create react app",
                          "note this is a one way operation once you eject you can t go back")),
    ("vite", ("this template provides a minimal setup to get react working in vite", "react typescript vite",
              "this template should help get you started developing with vue 3 in vite", "vue 3 vite",
              "this template should help get you started developing with svelte in vite", "currently two official plugins are available")),
    ("vue-cli", ("compiles and hot reloads for development", "customize configuration see configuration reference")),
    ("nuxt", ("nuxt 3 minimal starter", "nuxt minimal starter", "look at the nuxt documentation to learn more",
              "look at nuxt docs and nuxt ui docs to learn more")),
    ("next.js", ("this is a next js project bootstrapped with create next app",)),
    ("angular", ("this project was generated with angular cli", "this project was generated using angular cli")),
    ("sveltekit", ("everything you need to build a svelte project powered by", "everything you need to build a svelte project powered by create svelte")),
    # (Rails 4 and later; and the README Rails 1 to 3 generated, "== Welcome to Rails", kept in many applications of the 2010s,
    # whose doc/README_FOR_APP said "Use this README file to introduce your application…": github.com/rails/rails, railties'
    # app generator templates of the 2-3-stable and 3-2-stable branches, read 2026-12-05)
    ("rails", ("this readme would normally document whatever steps are necessary to get the application up and running",
               "welcome to rails",
               "rails is a web application framework that includes everything needed to create database backed web applications",
               "sometimes your application goes wrong fortunately there are a lot of tools that will help you debug it",
               "the default directory structure of a generated ruby on rails application",
               "use this readme file to introduce your application and point to useful places in the api for learning more")),
    # (and `composer create-project symfony/framework-standard-edition`'s one line: "A Symfony project created on January 15, 2016, 9:43 am.")
    ("symfony", ("welcome to the symfony standard edition", "the symfony standard edition is configured with the following defaults",
                 "a symfony project created on")),
    # (dunglas/symfony-docker, the Docker setup a Symfony app starts from: its first sentence is about itself, not the app)
    ("symfony-docker", ("a docker based installer and runtime for the symfony web framework",)),
    ("django", ("built with cookiecutter django", "behold my awesome project")),
    ("laravel", ("laravel is a web application framework with expressive elegant syntax",)),
    ("expo", ("this is an expo project created with create expo app",)),
    # (`nest new`'s README, github.com/nestjs/typescript-starter: Nest's logo over its tagline, then "## Description" saying the repository is
    # Nest's starter; its Support, Stay in touch, License and Resources chapters below, TEMPLATE_CHAPTERS)
    ("nestjs", ("a progressive node js framework for building efficient and scalable server side applications",
                "nest framework typescript starter repository")),
    # (`yarn create redwood-app`'s README, redwoodjs/redwood packages/create-redwood-app/template(s)/*/README.md, v1 to v8: "Welcome to
    # RedwoodJS!" over its prerequisites, Prisma's Post model, Storybook, Jest and deploy tips; issue 12, s32: a compost association's
    # booking app whose README is Redwood's, its Windows tip read as the purpose)
    ("redwood", ("welcome to redwoodjs", "congratulations on running your first redwood cli command",
                 "redwood wouldn t be a full stack framework without a database",
                 "the best way to learn redwood is by going through the comprehensive tutorial")),
    ("astro", ("astro starter kit",)),
    # (and its starters' READMEs: gatsby-starter-default's and -blog's "Kick off your project with this … boilerplate", and the "Gatsby +
    # Netlify CMS Starter" (netlify-templates/gatsby-starter-netlify-cms, formerly AustinGreen's), the Kaldi coffee company's example site:
    # issue 12, s35 ab35, a Département's orthophoto viewer built from it, its README the starter's word for word under a Netlify badge)
    ("gatsby", ("gatsby minimal starter", "kick off your next gatsby app", "kick off your project with this default boilerplate",
                "kick off your project with this blog boilerplate",
                "this repo contains an example business website that is built with gatsby and netlify cms",
                "the example here is the kaldi coffee company template",
                "netlify cms can run in any frontend web environment but the quickest way to try it out is by running it on a pre configured starter site with netlify")),
    ("remix", ("welcome to remix",)),
    ("docusaurus", ("this website is built using docusaurus", "a modern static website generator",
                    "this command starts a local development server and opens up a browser window",
                    "this command generates static content into the build directory")),
    ("gitlab", ("to make it easy for you to get started with gitlab here s a list of recommended next steps",
                "already a pro just edit this readme md and make it your own")),
    ("github", ("this repository was created from a template",)),
    # (Nx's workspace README, `create-nx-workspace` (nrwl/nx, packages/workspace/src/generators/new/files-readme, Nx 15 to 20): "✨ This
    # workspace has been generated by Nx, a Smart, fast and extensible build system ✨" (Nx 15-16; "…, Smart Monorepos · Fast CI" in 17-18),
    # "✨ Your new, shiny Nx workspace is almost ready ✨" since 19, over Nx's logo; its chapters, NX_CHAPTERS. Issue 12, s43 fk43 =
    # GuilaumeDurandiere/angular-standalone: a syndicate's Angular portal whose README is Nx's, read as described and sectioned)
    ("nx", ("this workspace has been generated by nx", "your new shiny nx workspace is almost ready",
            "learn more about this workspace setup and its capabilities")),
    # (Claude Design's export, "a handoff bundle": the README it writes in every bundle speaks to the coding agent that will build the
    # mock-ups, "CODING AGENTS: READ THIS FIRST", never of the project)
    ("claude-design", ("is a handoff bundle from claude design", "exported this bundle so a coding agent can implement the designs for real",
                       "the design medium is html css js these are prototypes not production code", "read the chat transcripts first")),
    # CKAN's extension template (ckan generate extension / paster create -t ckanext), left unfilled
    ("ckan-extension", ("for example you might want to mention here which versions of ckan this extension works with",
                        "document any optional config settings here",
                        "if that link doesn t work then you can register the project on pypi for the first time by following these steps")),
    # code generators' READMEs: long, every paragraph the generator's (three of its sentences found: the whole README is it)
    # (and its Spring generator's README, JavaSpring/README.mustache: "This code was generated by the OpenAPI Generator project." over the
    # interface-only stub, "This server was generated by …" over the Spring Boot server; its other sentences, TEMPLATE_CHAPTERS, so that a
    # team's own chapter after them stays the team's; issue 12, s40 fq40 = ansforge/psc-secpsc-api)
    ("openapi-generator", ("this server was generated using the openapi generator project",
                           "this code was generated by the openapi generator project",
                           "this server was generated by the openapi generator project",
                           "this is a long read but there s a lot to understand please take the time to go through this",
                           "there s a fully working nodejs expressjs server waiting for you",
                           "take the time to understand the structure of the application")),
    ("swagger-codegen", ("this server was generated by the swagger codegen project",
                         "by using the openapi spec from a remote server you can easily generate a server stub")),
    # (JHipster's README, generator-jhipster's README.md.ejs, versions 2 to 9: its first sentence under the application's name; the other
    # chapters, TEMPLATE_CHAPTERS. Issue 12, s31 h31: a Région's Spring Boot + AngularJS application whose README is JHipster 2's, read as
    # described, with "Bower is used to manage…" as its usage)
    ("jhipster", ("this application was generated using jhipster",)),
    # (Ionic 2-3's starters, ionic-team/ionic2-starter-*: their `ionic start mySideMenu sidemenu` creates a new project; s37 rc37)
    ("ionic", ("this is a starter template for ionic",
               "this template does not work on its own the shared files for each starter are found in the ionic2 app base repo",
               "take the name after ionic2 starter and that is the name of the template to be used")),
    # (Alfresco SDK 4's archetype README: its first sentence, "This is an All-In-One (AIO) project for Alfresco SDK 4.x.", is no
    # signature, many teams go on it with what their module does; s37 rc37: a Département's agent-file module)
    ("alfresco-sdk", ("all the services of the project are now run as docker containers", "the run script offers the next tasks",
                      "no runner project the alfresco environment is now managed through docker",
                      "persistent test data through restart thanks to the use of docker volumes",
                      "abstract assembly into a dependency so we don t have to ship the assembly in the archetype")),
    # (MEAN.JS's boilerplate README, meanjs/mean 0.3-0.4: "MEAN.JS is a full-stack JavaScript open-source solution…", its prerequisites,
    # "Downloading MEAN.JS", Fig and Grunt; issue 12, s37 mb37: a Région's tourism gateway built on it, the README left as is)
    ("mean.js", ("mean js is a full stack javascript open source solution which provides a solid starting point for",
                 "before you begin we recommend you read about the basic building blocks that assemble a mean js application",
                 "there are several ways you can get the mean js boilerplate")),
    # (the README qgis2web writes into a standalone export, "README – Standalone qgis2web Export": how to open and publish any export,
    # nothing of the map's own layers; issue 12, s37 mb37: a syndicate's map of its river projects)
    ("qgis2web", ("standalone qgis2web export", "this export is completely self contained",
                  "the map works because all the required javascript libraries are included in the export")),
    # (R's usethis README, use_readme_rmd() / use_readme_md(), usethis inst/templates/package-README (read 2026-12-06): "The goal of
    # <pkg> is to ...", "You can install the development version of <pkg> like so:" over "# FILL THIS IN! HOW CAN PEOPLE INSTALL YOUR DEV
    # PACKAGE?", "This is a basic example which shows you how to solve a common problem:", and README.Rmd's knitr paragraphs; issue 12,
    # s38 fk38: a Métropole's golem Shiny app whose README.Rmd is the template left unfilled; the sentences naming the package are
    # TEMPLATE_PATTERNS')
    ("usethis", ("this is a basic example which shows you how to solve a common problem",
                 "what is special about using readme rmd instead of just readme md",
                 "you ll still need to render readme rmd regularly to keep readme md up to date",
                 "in that case don t forget to commit and push the resulting figure files so they display on github")),
    # (a training school's starter kit, WildCodeSchool/simple-mvc's README: "This repository is a simple PHP MVC structure from scratch",
    # its steps ending "From this starter kit, create your own web application", its /items example and "Ask for a tour !" over the Code
    # Tour extension; every student team's project starts from it and keeps it as its README; issue 12, s42 fl42 =
    # WildCodeSchool/2022-09-php-orleans-project-saintay, a commune's site whose README presented the kit)
    # (Automattic's Underscores starter theme, _s: the README every theme generated from it (underscores.me, or the _s folder copied and
    # renamed) gets, "Hi. I'm a starter theme called _s…", its "Getting Started" the steps to rename _s into a new theme and "Licensed under
    # GPLv2 or later" the starter's; issue 12, s47 fh47 = pboettch/wp-villeconin-theme, a commune's theme whose README is the starter's)
    ("underscores", ("i m a starter theme called s or underscores", "i m a theme meant for hacking so don t use me as a parent theme",
                     "my ultra minimal css might make me look like theme tartare",
                     "generate your s based theme from there", "you ll need to do a five step find and replace on the name in all the templates",
                     "update the stylesheet header in style css and the links in footer php with your own information",
                     "the next step is easy to say but harder to do make an awesome wordpress theme")),
    # (Azure DevOps' README for a new repository: Introduction, Getting Started, Build and Test, Contribute, each only a "TODO: …"
    # telling what to write, then the guidelines link and other projects' READMEs "for inspiration"; issue 12, s47 fj47 =
    # chantonin89240/OnDijon-Mobile, a metropolis's mobile application moved from Azure DevOps with this README untouched)
    ("azure-devops", ("todo give a short introduction of your project let this section explain the objectives or the motivation behind this project",
                      "todo guide users through getting your code up and running on their own system",
                      "todo describe and show how to build your code and run the tests",
                      "todo explain how other users and developers can contribute to make your code better",
                      "if you want to learn more about creating good readme files then refer the following guidelines")),
    ("simple-mvc", ("this repository is a simple php mvc structure from scratch", "from this starter kit create your own web application",
                    "just a simple example where users can choose one of their databases and see tables in it",
                    "we prepare a little guided tour to start with the simple mvc")),
)

# A template's sentences that name the package, as whole paragraphs (normalised), by template: usethis's unfilled purpose ("The goal of
# meal4cast is to ...": nothing after "is to") and its install line for a package not on GitHub, whose code block is its placeholder
TEMPLATE_PATTERNS: dict[str, tuple[str, ...]] = {
    "usethis": (r"the goal of [a-z][a-z0-9 ]{0,60} is to", r"you can install the development version of [a-z][a-z0-9 ]{0,60} like so"),
}


# A generator's note written into every export it makes (qgis2web's "Standalone qgis2web Export"): it says nothing of the project, but
# what it says of opening and publishing the exported files is true of this export (a static map opened by its index.html, no software
# to install, the folder uploaded to a web server): its sentences (normalised) by the README section they give (issue 12, s37 fl37 =
# SMMAGEMAPI/Projets_SMMA: its publishing steps were read as nothing said of publishing the map)
EXPORT_NOTES: dict[str, tuple[tuple[str, str], ...]] = {
    "qgis2web": (("usage", "to view the map simply open index html"), ("install", "no web server or additional software is required"),
                 ("deployment", "if you upload the entire folder to a web server")),
}


# Generators' READMEs of a project's part that the documentation facts read as boilerplate (its chapters, "Deployment" among them, are
# the generator's, no documentation of the project), though their commands do start the part (reusability.install keeps them):
# create-strapi-app's README, Strapi 4 and 5, "🚀 Getting started with Strapi" over develop, start, build, "⚙️ Deployment" (Strapi
# Cloud), "📚 Learn more", "✨ Community" (issue 12, s40 fj40 = AlexandreAubree/Town-hall-website's mairie-cms/README.md)
PART_GENERATORS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("strapi", ("getting started with strapi",
                "strapi comes with a full featured command line interface cli which lets you scaffold and manage your project in seconds",
                "strapi gives you many possible deployment options for your project including strapi cloud")),
)


# The chapters of GitLab's new-project README (gitlab-org/gitlab, the README a project created with "Initialize repository with a
# README" gets since 2021: "Getting started", "Add your files", "Integrate with your tools", "Collaborate with your team", "Test and
# Deploy", then "# Editing this README" over makeareadme.com's chapters, Name to Project status), by their stock sentences (normalised):
# each chapter holding one is GitLab's, its words, sections and install steps none of the project's (issue 12, s43 fg43 =
# ymansiaux/isochrones: 852 words of which the author wrote a title and one sentence). A team's own text under one of these headings
# holds none of them and stays the team's.
GITLAB_CHAPTERS: tuple[str, ...] = (
    "add files using the command line or push an existing git repository with the following command", "set up project integrations",
    "invite team members and collaborators", "create a new merge request", "use the built in continuous integration in gitlab",
    "get started with gitlab ci cd", "every project is different so consider which of these sections apply to yours",
    "choose a self explaining name for your project", "let people know what your project can do specifically",
    "on some readmes you may see small images that convey metadata",
    "depending on what you are making it can be a good idea to include screenshots or even a video",
    "within a particular ecosystem there may be a common way of installing things", "use examples liberally and show the expected output if you can",
    "tell people where they can go to for help", "if you have ideas for releases in the future it is a good idea to list them in the readme",
    "state if you are open to contributions and what your requirements are for accepting them",
    "show your appreciation to those who have contributed to the project", "for open source projects say how it is licensed",
    "if you have run out of energy or time for your project put a note at the top of the readme",
)
# A template's introduction to the chapters it asks the team to fill in (GitLab's "# Editing this README"): that chapter's own text is
# the template's, its sub-chapters each judged by their own text (a team's "## Installation" written under it is the team's)
CONTAINER_SIGNS: tuple[str, ...] = (
    "when you re ready to make this readme your own just edit this file and use the handy template below",
)


# The chapters of Nx's workspace README (NX sign in TEMPLATES), Nx 15 to 20, by their stock sentences (normalised): "Start the app",
# "Generate code", "Running tasks" / "Run tasks", "Want better Editor Integration?" / "Install Nx Console", "Ready to deploy?", "Set up
# CI!" / "Finish your CI setup", "Add new projects", "Connect with us!" / "Useful links": Nx's commands, its docs and its community, none
# of the project's. A team's own text under one of these headings holds none of them and stays the team's.
NX_CHAPTERS: tuple[str, ...] = (
    "open your browser and navigate to http localhost 4200 happy coding",
    "if you happen to use nx plugins you can leverage code generators that might come with it", "to execute tasks with nx use the following syntax",
    "have a look at the nx console extensions", "nx console is an editor extension that enriches your developer experience",
    "enhance your nx experience by installing nx console", "nx comes with local caching already built in",
    "the build artifacts will be stored in the dist directory ready to be deployed", "subscribe to the nx youtube channel",
    "join the nx community", "click here to finish setting up your workspace", "to visually explore what was created",
    "while you could add new projects to your workspace manually you might want to leverage nx plugins",
    "these targets are either inferred automatically or defined in the project json or package json files",
)
