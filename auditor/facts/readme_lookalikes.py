"""README lines that share a section's word without being it, on State start-ups' READMEs (issue 12, s15 k7; readers' r3 W11, W13).

"### Contact multisites (calendrier ZCal)", a feature of the app, and "5. **Contact** : Mise en relation …", a page of its user journey,
reach no one; "(fait automatiquement à chaque déploiement)" says when, not how to deploy, while "## En prod" over "L'application est
déployée sur Scalingo" is the deployment chapter.
"""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

# "## En prod" / "## Production" over "L'application est déployée sur Scalingo", `pnpm start:production`: the deployment chapter
_PRODUCTION_ONLY = lazy_compile(r"^(?:\d+ )*(?:en |in |on )?(?:prod|production)$")
_DEPLOYED = lazy_compile(r"\b(?:deploye\w*|deployed|deploys?|deploying|deploiement|heberge\w*|hosted|hosting|mise en production|"
                         r"scalingo|clever cloud|clevercloud|heroku|kubernetes|helm|ansible|capistrano)\b")


def production_chapter(normed_heading: str, body: str) -> bool:
    return bool(_PRODUCTION_ONLY.match(normed_heading)) and bool(_DEPLOYED.search(norm(body)))


# "## Conteneur", "### Construction de l'image Docker" over building the image to ship it: pushed to a registry, saved as an archive,
# or run with its settings given at run time ("l'image est dépourvue de configuration, elle devra être fournie à l'exécution"): the
# deployment chapter (a chapter only starting the image on one's machine ships nothing)
_CONTAINER_HEADING = lazy_compile(r"^(?:\d+ )*(?:(?:construction|construire|creation|creer|build|building|generation|generer|publication|publier|"
                                  r"publish|publishing)(?: (?:de l|de la|du|d une|of the|of an|of a|of|the|an|a|une|la|l))? )?"
                                  r"(?:(?:image|images|conteneur|conteneurs|container|containers)(?: docker| oci)?|docker (?:image|images|container|containers))$")
_SHIPPED = lazy_compile(r"\b(?:docker|podman|buildah) (?:push|save)\b|\b(?:registry|registre|registries|registres)\b|"
                        r"\b(?:image|archive) compressee\b|\bcompressed image\b|"
                        r"\b(?:fournie?s?|donnee?s?|passee?s?|montee?s?) a l execution\b|\b(?:given|passed|provided|mounted|supplied) at run ?time\b")


def container_chapter(normed_heading: str, body: str) -> bool:
    return bool(_CONTAINER_HEADING.match(normed_heading)) and bool(_SHIPPED.search(norm(body)))


# A chapter setting up what serves the project on its server: a web server or a reverse proxy ("### Configuration apache", "## 3.
# Configuration Apache" over a VirtualHost with ProxyPass, a2enmod, sites-available; "## Nginx") or a service manager keeping it running
# ("### Mise en place du service" over /etc/supervisor/conf.d and supervisorctl reload; "## Service systemd" over a unit and systemctl):
# the deployment, whatever its set-up or settings word (issue 12, s36 g36 = PnCevennes/porteconnaissance_pq, PnEcrins/GeoConstats).
# The heading names the server or the service, and the chapter shows its set-up on the host (a network "proxy" the app goes through, a
# "service" of the product's own settings, or "Apache Kafka" with none of these lines are not it)
_SERVING_HEADING = lazy_compile(r"\b(?:apache2?|nginx|httpd|caddy|lighttpd|vhosts?|virtual ?hosts?|virtualhosts?|hotes? virtuels?|reverse proxy|proxy inverse|"
                                r"serveurs? web|serveurs? http|web ?servers?|http servers?|systemd|supervisor|supervisord|superviseur|pm2|services?|daemons?|demons?|"
                                # (a production WSGI server named by the heading — "# Lancer avec gunicorn" over a systemd unit copied to
                                # /etc/systemd/system, systemctl enable, Apache's ProxyPass: the deployment, s41 ft41)
                                r"gunicorn|uwsgi|mod wsgi|waitress|passenger)\b")
_SERVING_SETUP = lazy_compile(r"<VirtualHost\b|\bProxyPass(?:Reverse)?\b|\bproxy_pass\b|\ba2en(?:mod|site|conf)\b|\bsites-(?:available|enabled)\b|"
                              r"/etc/(?:nginx|apache2|httpd|supervisor|supervisord\.conf|systemd)\b|\bapache2ctl\b|\bnginx -s\b|\bDocumentRoot\b|"
                              r"\bsystemctl\b|\bsupervisorctl\b|^[^\S\n]*\[(?:program:[\w.-]+|Service)\][^\S\n]*$|\bExecStart=|"
                              r"\bpm2 (?:start|startup|save|reload|restart)\b|\bupdate-rc\.d\b|\bservice [\w.@-]+ (?:start|restart|reload)\b", re.M)
# the words such a heading may hold beside the server's name and a set-up or settings word: then the settings are the server's only
_SERVING_ONLY = frozenset({"configuration", "configurations", "config", "configurer", "configure", "configuring", "parametrage", "parametres", "settings",
                           "reglages", "setup", "set", "up", "mise", "en", "place", "installation", "install", "installer", "de", "du", "des", "d", "l",
                           "la", "le", "les", "the", "of", "for", "pour", "a", "an", "un", "une", "votre", "your", "fichier", "file", "site", "proxy",
                           "reverse", "inverse", "serveur", "serveurs", "server", "servers", "web", "http", "virtual", "host", "hosts", "hote", "hotes",
                           "virtuel", "virtuels", "unit", "unite"})


def serving_chapter(normed_heading: str, body: str) -> bool:
    """The chapter sets up the web server, the reverse proxy or the service manager that serves the project on its host: a deployment."""
    return bool(_SERVING_HEADING.search(normed_heading)) and bool(_SERVING_SETUP.search(body[:20000]))


# a run word leading the heading ("Lancer avec gunicorn", "Run under uWSGI", "Démarrer avec systemd")
_RUN_LEAD = lazy_compile(r"^(?:\d+ )*(?:lancer|lancement|executer|execution|demarrer|demarrage|run|running|start|starting|launch|launching)\b")


def served_run_chapter(normed_heading: str, body: str) -> bool:
    """A run heading naming the server or service manager that serves the project, over its set-up on the host (a systemd unit copied
    to /etc/systemd/system and started with systemctl, Apache's ProxyPass): the service run in production, a deployment (s41 ft41)."""
    return bool(_RUN_LEAD.match(normed_heading)) and serving_chapter(normed_heading, body)


def serving_settings_only(normed_heading: str) -> bool:
    """The heading names only the server's (or the service's) settings ("Configuration Apache", "Nginx configuration"), none of the project's."""
    return all(w.isdigit() or w in _SERVING_ONLY or _SERVING_HEADING.fullmatch(w) for w in normed_heading.split())


# "Lancer l'application localement en mode production", "Lancer l'app en mode production" over `yarn build; yarn start; open
# http://localhost:3000`: the production build tried on one's machine, no deployment (the chapter often says so and points to the next)
_LOCAL_WORDS = lazy_compile(r"\b(?:localement|en local|locally|local|sur (?:votre|ta|sa|son|mon|ma) (?:machine|poste)|on (?:your|my|a) (?:own )?"
                            r"(?:machine|computer|laptop))\b")
_MODE_PRODUCTION = lazy_compile(r"\b(?:(?:en )?mode (?:de )?prod(?:uction)?|prod(?:uction)? mode)\b")
_LOCAL_ADDRESS = lazy_compile(r"\b(?:localhost|127\.0\.0\.1|0\.0\.0\.0)\b")


# A heading led by a settings word ("Configuration production OVH…", "Paramétrage de production"): the production's settings, and
# one on bringing production's data elsewhere ("Load data from production to local", "Récupérer les données de production")
_PRODUCTION_SETTINGS = lazy_compile(r"^(?:\d+ )*(?:configuration|config|parametrage|parametres|parameters|reglages|settings|variables)\b")
_FROM_PRODUCTION = lazy_compile(r"\b(?:from|depuis) (?:the |la )?prod(?:uction)?\b")


def local_production_run(normed_heading: str, body: str, deploy_words: tuple[str, ...]) -> bool:
    """A heading that names deployment only by "production" (``deploy_words``: the deployment heading words), over running the
    production build locally: the heading says so ("localement", "en local"), or names the production mode over a chapter that
    opens a local address and names no host to deploy to."""
    if any(f" {p} " in f" {normed_heading} " for p in deploy_words if p != "production") or "production" not in normed_heading.split():
        return False
    if _LOCAL_WORDS.search(normed_heading) or _PRODUCTION_SETTINGS.match(normed_heading) or _FROM_PRODUCTION.search(normed_heading):
        return True  # (and "Configuration production OVH pour générer les clés": the production's settings; "Load data from production")
    return bool(_MODE_PRODUCTION.search(normed_heading)) and bool(_LOCAL_ADDRESS.search(body)) and not _DEPLOYED.search(norm(body))


# "Contact multisites (calendrier ZCal)", "Contact form", "Formulaire de contact": a contact feature of the application; with no
# channel to the team in its chapter (an address, a link, a tracker), no one to reach
_CONTACT_ALONE = lazy_compile(r"^(?:\d+ )*(?:contacts?|nous contacter|contactez nous|contact us|contact the team|contacter l equipe|"
                              r"contact et support|contact support|support et contact|contact info\w*|informations? de contact)$")
_CHANNEL = lazy_compile(r"[\w.+-]+@[\w-]+\.\w|https?://|\]\(|mailto:|(?<![\w-])@\w|\b(?:issues?|tickets?|forum|slack|matrix|discord|"
                        r"mattermost|rocket ?chat|gitter|teams|tchap|liste de diffusion|mailing list|contactez|contacter|ecrivez|write to|joindre|"
                        r"reach|telephone|phone)\b", re.I)


# "Contacts Brevo (Automations)", "Contacts importés": the contact records of a tool or of the app, not a way to reach the team
_CONTACT_RECORDS = lazy_compile(r"^(?:\d+ )*contacts (?!(?:(?:de l |du |de la |des |of the |of )?(?:equipe|team|projet|project|mainteneurs?|maintainers?|support|"
                                r"utiles|useful|techniques?|technical|presse|press|referents?|metiers?|fonctionnels?|produit|product|dev|developpeurs?|"
                                r"developers?))\b)\w+")


def records_label(normed_label: str, item: bool) -> bool:
    """A bold label leading a list item that names contacts with what they belong to ("- **Contacts Brevo (Automations)** : une
    Automation Brevo envoie ses mails …"): the item's subject, the mailing tool's contact lists, no chapter on reaching the team."""
    return item and bool(_CONTACT_RECORDS.match(normed_label))


def feature_contact(normed_heading: str, body: str) -> bool:
    return "contact" in normed_heading and not _CONTACT_ALONE.match(normed_heading) and not _CHANNEL.search(norm(body) + " " + body)


# A chapter opening on what a page of the site does ("### Support" under "## Pages": "La page de support permet de centraliser … les
# questions", "The help page lists …"): that page, a feature of the site, not a way for the README's reader to reach the team
_PAGE_FEATURE = lazy_compile(r"^(?:la|une) page (?:\w+ ){0,3}?(?:permet|permettent|sert a|affiche|presente|centralise|liste|regroupe|recense|propose)\b|"
                             r"^(?:the|a) (?:\w+ ){0,2}?page (?:allows|lets|enables|shows|displays|lists|gathers|centrali[sz]es|offers|provides)\b")


def page_feature(body: str) -> bool:
    return bool(_PAGE_FEATURE.match(norm(body.strip()[:300])))


# "(fait automatiquement à chaque déploiement)", "run on every deploy", "lors du déploiement": the moment, not how to deploy
_DEPLOY_MOMENT = lazy_compile(r"\b(?:a chaque|a tout|lors d un|lors du|lors de chaque|apres chaque|apres le|avant chaque|avant le|au moment du|"
                              r"pendant le|durant le|on each|on every|at each|at every|after each|after every|before each|before every|"
                              r"during|upon) (?:nouveau |new )?(?:deploiement|deploy|deployment|mise en production|release)s?\b")
_DEPLOY_WORDS = lazy_compile(r"\b(?:deploiement|deploiements|deployment|deployments|deployer|deploy|mise en production|hebergement)\b")


def deploy_moment_only(normed: str) -> bool:
    return bool(_DEPLOY_MOMENT.search(normed)) and not _DEPLOY_WORDS.search(_DEPLOY_MOMENT.sub(" ", normed))


def feature_list_lines(blocks: list, sections) -> frozenset[int]:
    """The lines of the items of a labelled list whose labels mostly name no section (``sections``: label → sections): the app's
    pages or steps ("1. **Landing** : …", "4. **Résultats** : …", "5. **Contact** : Mise en relation avec les porteurs de projets"),
    each a feature; an item that gives a channel (an address, a link) stays a contact."""
    out: set[int] = set()
    run: list = []
    for b in [*blocks, None]:
        if b is not None and b.kind == "paragraph" and b.item and b.label:
            run.append(b)
            continue
        if len(run) >= 3 and 2 * sum(1 for x in run if sections(x.label, label=True)) < len(run):
            out.update(x.line for x in run if not _CHANNEL.search(x.text))
        run = []
    return frozenset(out)


# "## Utilisations de l'API géo" over "L'API géo est notamment utilisée par Etalab et beta.gouv.fr" and a list of sites: who uses the
# project (its reusers, a showcase), not how to use it
_USES_HEADING = lazy_compile(r"^(?:\d+ )*(?:utilisations|usages|uses|reutilisations|reuses|references|qui l utilise|ils l utilisent|"
                             r"who uses|used by|utilise par|utilisee par)\b")
_USED_BY = lazy_compile(r"\b(?:utilisee?s? (?:\w+ )?(?:par|dans)|(?:is|are) (?:\w+ )?used (?:by|in)|used by)\b")


def reusers_chapter(normed_heading: str, body: str) -> bool:
    return bool(_USES_HEADING.match(normed_heading)) and bool(_USED_BY.search(norm(body[:4000])))


# "## Autres exemples de fournisseurs de services" over links to partners' repositories: other projects doing the same thing, no use of
# this one (a heading of other examples whose chapter runs nothing and only links away)
_OTHERS_EXAMPLES = lazy_compile(r"^(?:\d+ )*(?:d )?(?:autres|other|others) (?:\w+ )?(?:exemples?|examples?|implementations?)\b")
_LOCAL_LINK = lazy_compile(r"\]\((?!https?://)[^)\s]+\)")


def others_examples(normed_heading: str, body: str) -> bool:
    """The chapter under "Autres exemples …" / "Other examples …" lists other sites' projects: web links, no code, no link in the repository."""
    return bool(_OTHERS_EXAMPLES.match(normed_heading)) and "```" not in body and "http" in body and not _LOCAL_LINK.search(body)


# "## Utilisation du CMS" over "Toute la partie contenu du site est récupéré à partir du CMS Strapi" and its variables to set: the
# service the project takes its content or data from, no use of the project (not "Utilisation de l'API", a part of its own)
_USE_OF = lazy_compile(r"^(?:\d+ )*(?:utilisation|usage|use|using) (?:du|de la|de l|des|d un|d une|of the|of a|of) (?!(?:l )?(?:api|application|app|outil|tool|"
                       r"site|service|projet|project|module|plugin|script|scripts|cli|librairie|library|package|logiciel|software|interface)\b)\w+")
_TAKEN_FROM = lazy_compile(r"\b(?:est|sont) (?:recuperee?s?|chargee?s?|fournie?s?|issue?s?|extraite?s?) (?:a partir d\w*|depuis|par)\b|\bprovien\w* d\w*\b|"
                           r"\b(?:comes?|is fetched|are fetched|is loaded|are loaded|is pulled|are pulled|is served|are served) from\b")


def source_chapter(normed_heading: str, body: str) -> bool:
    """The chapter ``body`` under "Utilisation de X" says the project's content or data comes from X, and runs nothing (no code)."""
    return bool(_USE_OF.match(normed_heading)) and "```" not in body and bool(_TAKEN_FROM.search(norm(body[:4000])))


# "## Convention and Best Practices" over "Commits follow Conventional Commits", "Pull Requests should be prefixed…", branch prefixes: the
# rules contributors follow, a contributing chapter in all but name (a heading of conventions, practices or workflow, short)
_RULES_HEADING = lazy_compile(r"\b(?:conventions?|best practices|good practices|bonnes pratiques|git ?flow|git workflow)\b")
_REQUESTS = lazy_compile(r"\b(?:pull requests?|merge requests?|prs?)\b")
_COMMITS = lazy_compile(r"\b(?:commits?|branch|branches|branche)\b")
# (or addressed to the contributors: "Contributors must try their best to follow these guidelines", "… before trying to submit a merge request")
_CONTRIBUTORS = lazy_compile(r"\b(?:contributors?|contributeurs?|contributrices?|contribution|contributions)\b")


# "## Explication du fonctionnement des pull requests Github" over "En prod, l'app génère des pull requests sur le repository X": what
# the application itself does on a forge (a feature and its settings), not how to contribute to this repository
_APP_REQUESTS = lazy_compile(r"\b(?:l ?app\w*|l application|the app\w*|le bot|the bot|le robot|notre robot|our bot|le service|the service|le code|the code)"
                             r"(?: \w+){0,3} (?:genere\w*|generates?|cree\w*|creates?|ouvre\w*|opens?|effectue\w*|makes?|soumet\w*|submits?|fait)"
                             r"(?: \w+){0,2} (?:pulls? requests?|merge requests?|prs?|mrs?)\b")


def app_requests_chapter(body: str) -> bool:
    """The chapter says that the application (its bot, its code) opens the pull or merge requests."""
    return bool(_APP_REQUESTS.search(norm(body[:4000])))


def contributor_rules(normed_heading: str, body: str) -> bool:
    """A short heading of conventions or practices over rules for pull (merge) requests and for commits or branches, or for the
    contributors."""
    normed = norm(body)
    return len(normed_heading.split()) <= 6 and bool(_RULES_HEADING.search(normed_heading)) and bool(_REQUESTS.search(normed)) and bool(
        _COMMITS.search(normed) or _CONTRIBUTORS.search(normed))


# Publishing a version: Maven's release plugin, a tag pushed, a package registry's upload, a version bump
_RELEASE_COMMAND = lazy_compile(r"\bmvn\b[^\n]{0,80}\brelease:|\bgit tag\b|\bgit push\b[^\n]{0,40}(?:--tags|\borigin\s+\S*(?:tag|v?\d+\.\d+)\S*)|"
                                r"\b(?:npm|yarn|pnpm) (?:version|publish)\b|\bgradlew? [^\n]{0,40}\brelease\b|\bcargo publish\b|\btwine upload\b|"
                                r"\bpoetry publish\b|\bgh release create\b|\b(?:standard-version|semantic-release|bump2?version|release-it)\b", re.I)
# and nothing of a deployment: no host, no orchestrator, no deploy step
_DEPLOY_WORDS = lazy_compile(r"\b(?:deploy\w*|deploiement|deployer|mise en prod\w*|mettre en prod\w*|kubectl|helm|ansible|scalingo|heroku|"
                             r"capistrano|clever cloud|serveur|server|hebergement|hosting)\b")


def release_procedure(normed_heading: str, body: str, deploy_words: tuple[str, ...]) -> bool:
    """A heading that names deployment only by "release" ("### Release procedure") over the commands that publish a version
    (``mvn release:prepare``, ``git push origin <new_version_tag>``) and no deploy step: the maintainers' release, not how the
    service is deployed (``deploy_words``: the deployment heading words)."""
    if "release" not in normed_heading.split() or any(f" {p} " in f" {normed_heading} " for p in deploy_words if p != "release"):
        return False
    return bool(_RELEASE_COMMAND.search(body[:20000])) and not _DEPLOY_WORDS.search(norm(body[:20000]))


# A "deployment" chapter of course material or notebooks telling the reader how to open them for themselves ("## Déploiement à partir
# du SSP Cloud": "A partir de la page de la formation, les différents chapitres peuvent être déployés en un clic sous la forme d'un
# Notebook Jupyter"; "Launch the notebooks on Binder"): the user's own notebook started, the way the project is used, not a service
# hosted (issue 12, s36 p36, InseeFrLab/formation-python-initiation). Not when the chapter names a host, a server or a build, or
# holds commands (deploying JupyterHub, the site's publication).
_NOTEBOOK = lazy_compile(r"\b(?:notebooks?|jupyter(?: ?lab)?|binder|colab|google colaboratory)\b")
_OPENED = lazy_compile(r"\b(?:en un (?:seul )?clic|d un (?:seul )?clic|in (?:a |one )?(?:single )?click|one click|ouvr\w*|lanc\w*|launch\w*|open\w*|"
                       r"demarr\w*|start\w*|execut\w*|run\w*)\b")
_HOSTED = lazy_compile(r"\b(?:serveurs?|servers?|production|prod|heberg\w*|hosting|hosted|docker\w*|kubernetes|k8s|helm|nginx|apache|vhost|ssh|heroku|"
                       r"scalingo|clever cloud|netlify|vercel|github pages|gitlab pages|pages|jupyterhub|hub|ci|workflow\w*|pipelines?|build\w*|"
                       r"render\w*|publi\w*|site)\b")


def notebook_launch(body: str) -> bool:
    """A deployment chapter's text (``body``, as written) that tells how to open the material as one's own notebook (:data:`_NOTEBOOK`,
    :data:`_OPENED`), naming no host, server or build (:data:`_HOSTED`) and holding no command."""
    normed = norm(re.sub(r"\]\([^)\s]*\)|<?https?://[^\s)>]+>?", " ", body[:4000]))  # (the words, not the addresses)
    return bool(_NOTEBOOK.search(normed)) and bool(_OPENED.search(normed)) and not _HOSTED.search(normed) and "```" not in body and "~~~" not in body
