"""Frameworks', forges' and code generators' README templates, recognised by their signature
sentences (normalised as :func:`auditor.facts.document.norm` does): a README left as the template
says nothing about the project (``documentation.readme``, ``documentation.readme-sections``)."""

from __future__ import annotations

import re

from auditor.facts.document import Block, norm, parse_document, readme_format
from auditor.facts.readme_template_signs import CONTAINER_SIGNS, EXPORT_NOTES, GITLAB_CHAPTERS, NX_CHAPTERS, TEMPLATE_PATTERNS, TEMPLATES  # noqa: F401 (the signatures, by template; re-exported)
from auditor.lazyre import lazy_compile


# A starter's README kept as the project's: its title names a framework's starter kit, boilerplate or skeleton ("# Hugo starter kit"
# over "## Commands", "## Add a theme", "## Todo": the starter's chapters; reader s22 a4, an EPCI's climate-plan site built with Hugo).
# Read on a level-1 heading only: a sentence saying which starter the site was built from is the team's own.
STARTER_FRAMEWORKS = {"hugo": "Hugo", "jekyll": "Jekyll", "eleventy": "Eleventy", "11ty": "Eleventy", "hexo": "Hexo", "zola": "Zola", "pelican": "Pelican",
                      "mkdocs": "MkDocs", "gatsby": "Gatsby", "astro": "Astro", "next.js": "Next.js", "nuxt": "Nuxt", "vue": "Vue", "react": "React",
                      "angular": "Angular", "svelte": "Svelte", "sveltekit": "SvelteKit", "django": "Django", "flask": "Flask", "rails": "Rails",
                      "laravel": "Laravel", "symfony": "Symfony", "wordpress": "WordPress", "tailwind": "Tailwind"}
# the frameworks' names as written (for the messages of documentation.readme, readme-sections and reusability.install)
TEMPLATE_NAMES = {
    "create-react-app": "Create React App", "vite": "Vite", "vue-cli": "Vue CLI", "nuxt": "Nuxt", "next.js": "Next.js",
    "angular": "Angular CLI", "sveltekit": "SvelteKit", "rails": "Ruby on Rails", "symfony": "Symfony", "django": "Cookiecutter Django",
    "laravel": "Laravel", "nestjs": "NestJS", "expo": "Expo", "astro": "Astro", "gatsby": "Gatsby", "remix": "Remix", "gitlab": "GitLab",
    "github": "GitHub", "nx": "Nx", "openapi-generator": "OpenAPI Generator", "swagger-codegen": "Swagger Codegen",
    "ckan-extension": "ckanext (CKAN)", "claude-design": "Claude Design",
    "jhipster": "JHipster", "redwood": "RedwoodJS", "ionic": "Ionic", "alfresco-sdk": "Alfresco SDK", "mean.js": "MEAN.JS",
    "qgis2web": "qgis2web", "usethis": "usethis (R)", "simple-mvc": "Simple MVC (Wild Code School)", "underscores": "Underscores (_s)",
    "azure-devops": "Azure DevOps",
}
TEMPLATE_NAMES.update({f"{key}-starter": f"{name} starter kit" for key, name in STARTER_FRAMEWORKS.items()})  # ("# Hugo starter kit" as the title)
_STARTER_TITLE = lazy_compile(r"(hugo|jekyll|eleventy|11ty|hexo|zola|pelican|mkdocs|gatsby|astro|next js|nuxt|vue|react|angular|svelte|sveltekit|"
                              r"django|flask|rails|laravel|symfony|wordpress|tailwind) (?:starter|starter kit|starter template|boilerplate|skeleton|template)")


# The other chapters of a framework's README template, by their sentences (normalised): not counted as the template's signature (a team
# may keep one of them under its own text), but the chapters holding one are the framework's. Laravel's skeleton README (laravel/laravel,
# README.md, read 2026-12-05; the same sentences since Laravel 5): "Learning Laravel", "Laravel Sponsors", "Contributing", "Code of
# Conduct", "Security Vulnerabilities" (Taylor Otwell's address) and "License" ("The Laravel framework is … MIT license"), and Laravel
# 5.0-5.2's "Official Documentation".
TEMPLATE_CHAPTERS: dict[str, tuple[str, ...]] = {
    # JHipster's chapters (README.md.ejs of generator-jhipster 2 to 8): "Development" (Node, Bower/Gulp/Grunt or npm scripts), "Building
    # for production", "Testing" and "Code quality", "Using Docker to simplify development", "Continuous Integration", and the microservice
    # paragraph under the title; a team keeps them under its own chapters ("## First installation for CRRE")
    "jhipster": ("before you can build this project you must install and configure the following dependencies on your machine",
                 "application intended to be part of a microservice architecture please refer to the doing microservices with jhipster",
                 "this application is configured for service discovery and configuration with",
                 "for further instructions on how to develop with jhipster", "jhipster ships with pwa progressive web app support",
                 "jhipster control center can help you manage and control your application",
                 "bower is used to manage css and javascript dependencies used in this application",
                 "refer to using jhipster in production for more details",
                 "to package your application as a war in order to deploy it to an application server",
                 "it will also modify index html so it references these new files", "unit tests are run by karma and written with jasmine",
                 "ui end to end tests are powered by", "performance tests are run by gatling and written in scala",
                 "unit tests are run by jest and written with jasmine", "unit tests are run by jest they re located in", "unit tests are run by jest they re located near components",
                 "unit tests are run by vitest they re located near components", "you can execute automated lighthouse audits with cypress audit",
                 "run the following commands in two separate terminals to create a blissful development experience",
                 "the build system will install automatically the recommended version of node and npm",
                 "npm is also used to manage css and javascript dependencies used in this application",
                 "node is required for generation and recommended for development",
                 "to add leaflet library as a runtime dependency of your application", "to generate some custom client code",
                 "jhipster generates a number of docker compose configuration files", "spring docker compose integration is enabled by default",
                 "jhipster homepage and latest documentation", "to launch your application s tests run",
                 "to setup this project in jenkins use the following configuration", "for more information refer to the running tests page",
                 "sonar is used to analyse code quality", "you can use docker to improve your jhipster development experience",
                 "to configure ci for your project run the ci cd sub generator", "to set up a ci environment consult the setting up continuous integration page",
                 "openapi generator is configured for this application",
                 "in the project root jhipster generates configuration files for tools like git prettier eslint husky"),
    # Nest's starter README (nestjs/typescript-starter, README.md, its 2019 to 2026 wordings): "## Support" (a sponsors' appeal), "## Stay in
    # touch" (Nest's author), "## License" ("Nest is MIT licensed": Nest's licence, not the project's) and since 2024 "## Resources" (issue 12,
    # s30 o30: a State crawler's README left as `nest new` wrote it, read as MIT-licensed, reachable at "Support"). Not its "## Deployment"
    # sentence: teams write their own deployment under it ("### AWS ECS"), and the whole chapter would go with it
    "nestjs": ("nest is an mit licensed open source project", "nest is mit licensed", "author kamil mysliwiec",
               "check out a few resources that may come in handy when working with nestjs"),
    "laravel": ("laravel has the most extensive and thorough documentation and video tutorial library",
                "we would like to extend our thanks to the following sponsors for funding laravel development",
                "thank you for considering contributing to the laravel framework",
                "in order to ensure that the laravel community is welcoming to all",
                "if you discover a security vulnerability within laravel please send an e mail to taylor otwell",
                "the laravel framework is open source",  # ("open-sourced software" since 2017, "open-source software" before, both "… MIT license")
                "documentation for the framework can be found on the laravel website"),
    # the Angular CLI's README (`ng new`, packages/schematics/angular/workspace/files/README.md.template, the wordings of versions 6 to
    # 19): "Development server", "Code scaffolding", "Build", "Running unit tests", "Running end-to-end tests", "Further help", kept
    # under the team's own chapters, numbered with them ("### 6.6. Further help": `ng help`, no one to reach; issue 12, s27 c27)
    "angular": ("will automatically reload if you change any of the source files", "automatically reload whenever you modify any of the source files",
                "you can also use ng generate directive pipe service class guard interface enum module",
                "angular cli includes powerful code scaffolding tools", "the build artifacts will be stored in the dist directory",
                "store the build artifacts in the dist directory", "to execute the unit tests via karma",
                "to execute unit tests with the karma test runner", "to execute the end to end tests via",
                "angular cli does not come with an end to end testing framework by default", "to get more help on the angular cli use ng help",
                "for more information on using the angular cli including detailed command references"),
    # MEAN.JS's boilerplate README (meanjs/mean 0.4, README.md): "Getting Started With MEAN.JS", "Community" (its website for "changes and
    # the roadmap", #meanjs on freenode: the framework's roadmap and community, not the project's), "Live Example", "Credits" (issue 12,
    # s37 fl37 = GeotrekCE/Sitourisme-interface: the README's link to meanjs.org counted as the project's ROADMAP)
    # OpenAPI Generator's Spring README (JavaSpring/README.mustache, interface-only stub and Spring Boot server): its "## Overview"
    "openapi-generator": ("by using the openapi spec you can easily generate an api stub", "by using the openapi spec you can easily generate a server stub",
                          "this is an example of building api stub interfaces in java using the spring framework",
                          "this is an example of building a openapi enabled server in java using the springboot framework",
                          "the stubs generated can be used in your existing spring mvc or spring boot application",
                          "you can also use the interface to create spring cloud feign clients"),
    "mean.js": ("use to offical website to learn about changes and the roadmap", "join meanjs on freenode",
                "browse the live mean js example on", "you have your application running but there are a lot of stuff to understand",
                "the mean name was coined by valeri karpov"),
    "gitlab": GITLAB_CHAPTERS,
    "nx": NX_CHAPTERS,
}


def _sentences() -> tuple[str, ...]:
    return tuple(s for _, sigs in TEMPLATES for s in sigs) + tuple(s for sigs in TEMPLATE_CHAPTERS.values() for s in sigs)


def template_lines(blocks: list[Block], line_count: int) -> set[int]:
    """The lines of a README that a framework's template wrote (issue 12, s24 o3: a commune's Laravel site whose README is Laravel's,
    read as the project's licence, chapters and security contact): every chapter under a heading other than the README's title whose
    own text (down to the next heading) holds one of the templates' sentences, with its sub-chapters ("## Laravel Sponsors" and its
    "### Premium Partners"); elsewhere (above the first heading, under the title) the paragraphs holding one. Its sections, licence
    sentence and security contact are the framework's, not the project's."""
    signs = _sentences()
    heads = [i for i, b in enumerate(blocks) if b.kind == "heading"]
    # the README's title: its first heading when no later one is of its level or higher ("## Mon projet" over "### Installation"),
    # not "## About Laravel" among Laravel's other "##" chapters
    title = heads[0] if heads and all((blocks[k].level or 1) > (blocks[heads[0]].level or 1) for k in heads[1:]) else None
    out: set[int] = set()
    for i, b in enumerate(blocks):
        if b.kind != "heading" or i == title:
            continue
        own_end = next((k for k in range(i + 1, len(blocks)) if blocks[k].kind == "heading"), len(blocks))
        own = " ".join(norm(x.text) for x in blocks[i:own_end])
        if any(s in own for s in signs):
            end = next((x.line for x in blocks[i + 1:] if x.kind == "heading" and (x.level or 1) <= (b.level or 1)), line_count + 1)
            out.update(range(b.line, end))
        elif any(s in own for s in CONTAINER_SIGNS):  # (its own text only: GitLab's "# Editing this README")
            out.update(range(b.line, blocks[own_end].line if own_end < len(blocks) else line_count + 1))
    for i, b in enumerate(blocks):
        if b.kind == "paragraph" and b.line not in out and any(s in norm(b.text) for s in signs):
            out.update(range(b.line, blocks[i + 1].line if i + 1 < len(blocks) else line_count + 1))
    known = TEMPLATE_HEADINGS.union(*FRAMEWORK_HEADINGS.values())
    for i, b in enumerate(blocks):  # a heading with no text of its own over the template's chapters only ("## Building for production" over
        # JHipster's "### Packaging as jar" and "### Packaging as war"): the template's too — when a template writes that heading; a team's
        # own "## 6. Angular informations" over Angular CLI's chapters stays the team's (its README is not the untouched template)
        if b.kind == "heading" and b.line not in out and i != title and i + 1 < len(blocks) and blocks[i + 1].kind == "heading" and blocks[i + 1].line in out \
                and (blocks[i + 1].level or 1) > (b.level or 1) and _heading_words(b.text) in known:
            end = next((x.line for x in blocks[i + 1:] if x.kind == "heading" and (x.level or 1) <= (b.level or 1)), line_count + 1)
            if all(x.line in out for x in blocks[i + 1:] if x.line < end):
                out.update(range(b.line, end))
    return out


def without_template(text: str, blocks: list[Block]) -> str:
    """``text`` with the lines a framework's template wrote (:func:`template_lines`) left blank, every other line where it was: the
    README as the team wrote it, for the facts that read it (sections, licence, security contact)."""
    lines = text.split("\n")
    gone = template_lines(blocks, len(lines)) if find_template(blocks) else set()
    return "\n".join("" if n + 1 in gone else line for n, line in enumerate(lines)) if gone else text


def team_text(path: str, text: str) -> str:
    """A README's text without the chapters a framework's template wrote (:func:`without_template`), for the facts that read the README
    themselves (the licence it states, its security contact)."""
    return without_template(text, parse_document(text, readme_format(path, text))) if text else text


_TEMPLATE_PATTERNS = {framework: tuple(re.compile(p) for p in pats) for framework, pats in TEMPLATE_PATTERNS.items()}


def find_template(blocks: list[Block]) -> dict | None:
    """The first template signature met, with how many of that template's sentences the README holds."""
    found = None
    title = next((b for b in blocks[:20] if b.kind == "heading" and (b.level or 1) == 1), None)
    if title is not None and (m := _STARTER_TITLE.fullmatch(norm(title.text))):
        found = {"framework": m.group(1).replace(" ", ".") + "-starter", "line": title.line, "sentences": 0}
    for b in blocks[:400]:
        normed = norm(b.text)
        for framework, sigs in TEMPLATES:
            if (found is None or found["framework"] == framework) and any(sig in normed for sig in sigs):
                found = found or {"framework": framework, "line": b.line, "sentences": 0}
                found["sentences"] += sum(sig in normed for sig in sigs)
        if b.kind == "paragraph" and len(normed) <= 120:
            for framework, pats in _TEMPLATE_PATTERNS.items():
                if (found is None or found["framework"] == framework) and any(p.fullmatch(normed) for p in pats):
                    found = found or {"framework": framework, "line": b.line, "sentences": 0}
                    found["sentences"] += 1
    return found


# A starter's README kept whole: it says to clone the starter's own repository (`git clone git://github.com/<owner>/jekyll-foundation-base.git`,
# a name saying base, starter, boilerplate, template, skeleton, seed or kit) and that it exists to start new projects ("This tool really
# just exists to create a "base" directory for starting new projects"): the starter's text, copied with its files (issue 12, s32 k32: a
# Département's map site whose README is the Jekyll + Foundation starter's, read as described, installed and used). The starter's
# own repository (the same name) keeps its README.
_CLONE_ARG = lazy_compile(r"\bgit clone[ \t]+(?:-[\w-]{1,40}[ \t]+)*([^\s`'\"<>()]{1,300})")
_STARTER_REPO = lazy_compile(r"(?:^|[-_.])(?:base|starter|boilerplate|template|skeleton|seed|scaffold|kit)(?:$|[-_.])")
_STARTS_PROJECTS = lazy_compile(r"\b(?:for|to) (?:start|starting|kickstart|kick start|bootstrap|bootstrapping|begin|beginning) (?:new|a new|your next|your new|"
                                r"my next|my new) (?:projects?|sites?|websites?|apps?|applications?)\b|\bstarting point for (?:new|your|any|a new) ")


def starter_readme(text: str, blocks: list[Block], own: str | None) -> dict | None:
    """``{framework: "owner/name", line, sentences, whole}`` when the README is another repository's starter, copied whole: it clones a
    starter's repository other than ``own`` (the audited repository's name; unknown: nothing is said) and says it exists to start new
    projects. Its chapters, install and description are the starter's."""
    if not own or not any(_STARTS_PROJECTS.search(norm(b.text)) for b in blocks[:400] if b.kind == "paragraph"):
        return None
    for m in _CLONE_ARG.finditer(text):
        parts = [x for x in re.split(r"[/:]", m.group(1).removesuffix("/").removesuffix(".git")) if x]
        if len(parts) >= 2 and parts[-1].lower() != own.lower() and _STARTER_REPO.search(parts[-1].lower()):
            return {"framework": f"{parts[-2]}/{parts[-1]}", "line": text.count("\n", 0, m.start()) + 1, "sentences": 0, "whole": True}
    return None


# Headings framework templates write (a README whose every chapter is one of these has no chapter of the team's own)
TEMPLATE_HEADINGS = {"development server", "code scaffolding", "build", "running unit tests", "running end to end tests", "further help",
                     "getting started", "available scripts", "learn more", "deployment", "project setup", "setup", "development", "production",
                     "preview", "recommended ide setup", "type support for vue imports in ts", "customize configuration", "deploy on vercel",
                     "compiles and hot reloads for development", "compiles and minifies for production", "lints and fixes files",
                     "expanding the eslint configuration", "react compiler", "npm start", "npm test", "npm run build", "npm run eject"}


# The package managers a framework's README template runs its commands with (Docusaurus's create-docusaurus README: `$ yarn`, `$ yarn
# start`, `USE_SSH=true yarn deploy`, Docusaurus 2 and 3; Create React App's: npm's, or yarn's when created with yarn): a README of that
# template whose commands run another one (bun, pnpm, npm) was rewritten for the project, its steps the team's (issue 12, s36 q36 =
# incubateur-ademe/nosgestesclimat-doc: every yarn command turned to bun with the lock file, "### Installation" over `$ bun`)
TEMPLATE_TOOLS = {"docusaurus": frozenset({"yarn"}), "create-react-app": frozenset({"npm", "npx", "yarn"})}
_FENCE = lazy_compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_TOOL_COMMAND = lazy_compile(r"^[ \t]*(?:\$[ \t]+)?(?:[A-Za-z_][A-Za-z0-9_]*=\S*[ \t]+){0,4}(npm|npx|yarn|pnpm|pnpx|bun|bunx)(?=[ \t]|$)")
MAX_COMMAND_LINES = 400


def adapted_commands(framework: str, text: str) -> int | None:
    """The line of the first command in a fenced code block of ``text`` (a README of ``framework``'s template) that runs a package
    manager the template never writes (:data:`TEMPLATE_TOOLS`), else None (a framework whose tools are not known: None). A tool named in
    a sentence is no command. At most :data:`MAX_COMMAND_LINES` code lines read."""
    tools = TEMPLATE_TOOLS.get(framework)
    if not tools or not text:
        return None
    fence, read = None, 0
    for n, line in enumerate(text.split("\n")[:5000], 1):
        if (m := _FENCE.match(line)) and (fence is None or m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence)):
            fence = None if fence else m.group(1)
            continue
        if fence is None:
            continue
        read += 1
        if read > MAX_COMMAND_LINES:
            return None
        if (c := _TOOL_COMMAND.match(line)) and c.group(1) not in tools:
            return n
    return None


def untouched_template(info: dict) -> dict | None:
    """The README's framework template (``{framework, line}``) when the README is that template left as
    it is: short, with no chapter of the team's own. Its sections, links and commands are then the
    framework's, not the project's."""
    template = info.get("template")
    if template and template.get("whole"):  # (a starter's README copied whole: starter_readme)
        return template
    if template and template.get("adapted"):
        return None  # its commands rewritten for the project's tool (adapted_commands): the team's steps
    if own_chapters_above(info):
        return None  # a chapter of the team's own above the generator's text ("# Webpack config" and its npm install steps, then CRA's)
    # (a sentence, not the title read as the description for want of one: "# OpenAPI Generated JavaScript/Express Server", the
    # generator's own title over its text, says nothing of the team's; s47 lead, after fi47's title fallback 1dae34b6)
    heads = {h.get("line") for h in info.get("headings") or [] if isinstance(h, dict)}
    if template and (own_line := (info.get("description") or {}).get("line")) and own_line < template["line"] and own_line not in heads \
            and len(info.get("headings") or []) <= 1:  # (every chapter of the template set aside, the title and that sentence left)
        return None  # the team's own sentence on the project above the template's first line (a title and what it is, then GitLab's)
    if template and (template.get("sentences") or 0) >= 3:  # a generator's long README, sentence after sentence
        return template
    if template and len(info.get("headings") or []) <= 1 and not info.get("section_details") and not info.get("description"):
        return template  # every chapter the template's, none left of the team's whatever its length (JHipster 8's 1,100 words)
    return template if template and (info.get("words") or 0) < 600 and not own_headings(info) else None


def export_note(info: dict) -> str | None:
    """The generator whose export note the README is, left as written (:data:`EXPORT_NOTES`: qgis2web's), or None: its steps to open
    and publish the export are true of the files exported, though nothing in it is of the project."""
    template = untouched_template(info)
    return template["framework"] if template and template.get("framework") in EXPORT_NOTES else None


def export_note_sections(framework: str, blocks: list[Block]) -> list[dict]:
    """The sections an export note gives (``section_details`` entries: name, via "sentence", line, text), in the order of its lines."""
    out = []
    for name, sentence in EXPORT_NOTES.get(framework, ()):
        b = next((b for b in blocks if sentence in norm(b.text)), None)
        if b is not None:
            out.append({"name": name, "via": "sentence", "line": b.line, "text": b.text.strip()[:200]})
    return sorted(out, key=lambda d: d["line"])


# Headings one framework's template writes over its commands only (Nest's "## Installation" over `npm install`): a team's own chapter in
# any other README
FRAMEWORK_HEADINGS = {"nestjs": {"installation", "running the app", "test", "project setup", "compile and run the project", "run tests"},
                      # (Create React App's README since 4.0, facebook/create-react-app packages/cra-template/template/README.md: the
                      # chapters under "Learn More", each a link to the moved page; with yarn, the same chapters over its commands)
                      "create-react-app": {"code splitting", "analyzing the bundle size", "making a progressive web app", "advanced configuration",
                                           "npm run build fails to minify", "yarn start", "yarn test", "yarn build", "yarn eject",
                                           "yarn build fails to minify"},
                      # (create-svelte's and sv's README, sveltejs/kit packages/create-svelte/templates and sveltejs/cli: its three chapters,
                      # "If you're seeing this, you've probably already done this step. Congrats!" under the first)
                      "sveltekit": {"creating a project", "developing", "building"},
                      # (create-vue's README, vuejs/create-vue template/base/README.md and its add-ons: the chapters over its npm scripts;
                      # s35 af35, GeotrekCE/Geotrek-event-reservation's front-vite/README.md left as generated)
                      "vite": {"compile and hot reload for development", "type check compile and minify for production", "compile and minify for production",
                               "run unit tests with vitest", "run end to end tests with playwright", "run end to end tests with cypress",
                               "run headed component tests with cypress component testing", "lint with eslint", "format with prettier",
                               "recommended browser setup"},
                      # (JHipster's chapter titles, versions 2 to 8)
                      "jhipster": {"building for production", "packaging as jar", "packaging as war", "testing", "client tests", "other tests",
                                   "code quality", "using docker to simplify development optional", "continuous integration optional",
                                   "continuous integration", "doing api first development using openapi generator",
                                   "doing api first development using openapi generator cli", "pwa support", "managing dependencies",
                                   "using angular cli", "jhipster control center", "project structure"},
                      "usethis": {"installation", "example", "code of conduct"}}


def template_page(path: str, text: str) -> bool:
    """A README (of the project or of one of its parts) that is a framework's template left as it is: a template's signature found
    and every heading under its title one a template writes (Vue CLI's frontend/README.md: "Project setup" `npm install`, "Compiles
    and hot-reloads for development"…, "Customize configuration"): its steps are the framework's, not the project's."""
    blocks = parse_document(text, readme_format(path, text)) if text else []
    template = find_template(blocks)
    if not template:
        return False
    known = TEMPLATE_HEADINGS | FRAMEWORK_HEADINGS.get(template["framework"], set())
    heads = [b for b in blocks if b.kind == "heading"]
    return all(_heading_words(b.text) in known for b in heads[1:])


def _heading_words(text: str) -> str:
    return " ".join(re.sub(r"[^\w ]+", " ", re.sub(r"^[\d. ]+", "", text or "")).lower().split())


def own_headings(info: dict) -> list[str]:
    """The README's headings that no framework template writes (a team's own chapters)."""
    out = []
    framework = FRAMEWORK_HEADINGS.get((info.get("template") or {}).get("framework"), set())
    for h in info.get("headings") or []:
        normed = _heading_words(h.get("text"))
        if normed and normed not in TEMPLATE_HEADINGS and normed not in framework and h.get("level", 1) > 1:
            out.append(h["text"])
    return out


def own_chapters_above(info: dict) -> list[str]:
    """The chapters above the template's first line that hold a section and that no template writes: the team's own, written over
    the generator's text ("# Webpack config" and its "1. With npm install …" steps over Create React App's README). Vue CLI's own
    "## Project setup" (`npm install`) comes above its first signature sentence: a template's heading, not the team's."""
    template = info.get("template")
    if not template:
        return []
    heads = [h for h in info.get("headings") or [] if h.get("line", 0) < template["line"]]
    framework = FRAMEWORK_HEADINGS.get(template.get("framework"), set())
    out = []
    # (the README's title, read as its purpose for want of a sentence, "# OpenAPI Generated JavaScript/Express Server": the generator's
    # heading over its text, no chapter the team wrote; s47 lead, after fi47's title fallback 1dae34b6)
    title = heads[0]["line"] if heads and heads[0].get("level") == 1 and heads[0].get("line") == min(h.get("line", 0) for h in heads) else None
    for d in info.get("section_details") or []:
        if d["line"] < template["line"] and d["line"] != title:
            head = next((h for h in reversed(heads) if h["line"] <= d["line"]), None)
            text = head["text"] if head else ""
            if (not head or _heading_words(text) not in TEMPLATE_HEADINGS | framework) and text not in out:
                out.append(text)
    return out


# A generator's README whose steps run a script the generator wrote into the repository ("Run with `./run.sh build_start`": Alfresco
# SDK 4's archetype, its run.sh building this project's modules and images and starting them): those steps are this repository's own,
# not another project's (Ionic's `ionic start mySideMenu sidemenu` creates a new one); its tasks the README lists (`start`, `stop`,
# `tail`, each a case of the script) are how the project is used (issue 12, s37 fn37 = DevPAMGit/dossier-numerique-agent)
_RUN_SCRIPT = lazy_compile(r"(?<![\w/.-])\./([\w-]{1,40}\.(?:sh|bat|cmd|ps1))(?:[ \t]+([a-z][\w-]{0,40}))?")
_TASK = lazy_compile(r"`([a-z][\w-]{1,40})`")


def template_own_script(ctx, info: dict) -> dict | None:
    """``{line, command, script, tasks}`` when the README (the readme fact's ``info``) runs a script committed at the repository's root
    (``./run.sh build_start``, a regular file, no link): ``tasks`` are the README's `words` the script handles (``start)`` cases,
    ``start()`` functions, ``:start`` labels)."""
    path = info.get("path")
    if not path:
        return None
    from auditor.facts.tree import tree_of

    files = {e.path: e for e in tree_of(ctx)[:200_000] if "/" not in e.path and e.kind in ("file", "executable")}
    text = ctx.snapshot.read_text(path, limit=256 * 1024) or ""
    for number, line in enumerate(text.splitlines()[:400], 1):
        m = next((m for m in _RUN_SCRIPT.finditer(line) if m.group(1) in files), None)
        if m is None:
            continue
        script = ctx.snapshot.read_text(m.group(1), limit=256 * 1024) or ""
        tasks = sorted({t for t in list(dict.fromkeys(_TASK.findall(text[:64 * 1024])))[:100] if re.search(rf"(?m)^[ \t]*(?:{re.escape(t)}[ \t]*\)|{re.escape(t)}[ \t]*\(\)|:{re.escape(t)}\b)", script)})
        return {"line": number, "command": m.group(0), "script": m.group(1), "tasks": tasks[:20]}
    return None
