"""README lines that say something other than what the project is: where a thing is reached ("… est disponible ici : https://…"),
how to reach the team, the stack a template names, how the repository is laid out, where it came from (a generator, a template)
and which tool wrote it. Read by :func:`auditor.facts.readme_asides.not_a_description` (moved out of readme_asides.py, issue 12,
s36 lead: over 400 lines after this session's fixes; a pure move). Texts are :func:`auditor.facts.document.norm` forms unless said."""

from __future__ import annotations

import re

from auditor.facts.document import norm
from auditor.lazyre import lazy_compile

# A line saying only where a thing is reached, its subject short and its address closing it ("Un premier client de notre API est
# disponible ici : https://…", "L'API est documentée ici : https://…/docs/", "The web client is available at https://…", "La démo est
# accessible [ici](…)"; s35 g35 = r15a, betagouv/api-subventions-asso): a pointer, not what the project does
_AVAILABLE_AT = lazy_compile(r"^[ \t]*(?P<subject>(?:[^\n.!?:]|\.(?=\S)){1,120}?)[ \t]+(?:est|sont|is|are)[ \t]+(?:(?:aussi|[ée]galement|also|now|d[ée]sormais|"
                             r"maintenant|publiquement|publicly)[ \t]+)?(?:disponibles?|accessibles?|consultables?|document[ée]e?s?|h[ée]berg[ée]e?s?|"
                             r"d[ée]ploy[ée]e?s?|en ligne|available|accessible|documented|hosted|deployed|online|live|reachable)"
                             r"(?:[ \t]+(?:ici|l[àa]|here|[àa] l['’]adresse(?: suivante)?|at(?: the address)?|sur|on|via|[àa]))?[ \t]*:?[ \t]*"
                             r"(?:<?https?://[^\s>]+>?|\[[^\]\n]{1,80}\]\([^)\s]{1,300}\))[ \t]*[.!]?[ \t]*$", re.I)


# ... and the same said with the address in a link on the pointing words, as the parsed paragraph reads ("Le site web associé à la
# formation est déployé à [cette adresse](https://…) ([version anglaise](https://…/en))." read "… est déployé à cette adresse (version
# anglaise)."; s36 p36, InseeFrLab/formation-python-initiation): the pointing words, and every aside in brackets after them, are links' labels
_AVAILABLE_LINKED = lazy_compile(r"^[ \t]*(?P<subject>(?:[^\n.!?:]|\.(?=\S)){1,120}?)[ \t]+(?:est|sont|is|are)[ \t]+(?:(?:aussi|[ée]galement|also|now|"
                                 r"d[ée]sormais|maintenant|publiquement|publicly)[ \t]+)?(?:disponibles?|accessibles?|consultables?|document[ée]e?s?|"
                                 r"h[ée]berg[ée]e?s?|d[ée]ploy[ée]e?s?|publi[ée]e?s?|en ligne|available|accessible|documented|hosted|deployed|published|"
                                 r"online|live|reachable)[ \t]+(?:(?:[àa]|at|on|sur|via|par|through)[ \t]+)?"
                                 r"(?P<where>cette adresse|cette url|ce lien|l['’]adresse suivante|cet endroit|this address|this url|this link|"
                                 r"the following address|ici|l[àa]|here|there)(?P<rest>(?:[ \t]*\([^()\n]{1,60}\))*)[ \t]*[.!]?[ \t]*$", re.I)


def availability_line(text: str, names=(), links=()) -> bool:
    """A one-line paragraph saying only where something is reached (:data:`_AVAILABLE_AT`; or, ``links`` the paragraph's (address,
    label) pairs, with its address in a link on the pointing words, :data:`_AVAILABLE_LINKED`), its subject eight words at most and
    naming none of ``names`` (the project's name, the heading above it): "Le site vitrine d'API Territoires est disponible à l'adresse …"
    under "# API Territoires" says what the repository is, the site it builds (s30)."""
    m = _AVAILABLE_AT.match(text.strip()) if "\n" not in text.strip() else None
    if not m and links and "\n" not in text.strip() and (m := _AVAILABLE_LINKED.match(text.strip())):
        labels = {norm(label) for _, label in links if label}
        asides = [norm(a) for a in re.findall(r"\(([^()\n]{1,60})\)", m.group("rest"))]
        if norm(m.group("where")) not in labels or any(a not in labels for a in asides):
            m = None
    subject = f" {norm(m.group('subject'))} " if m else ""
    return bool(m) and len(m.group("subject").split()) <= 8 and not any(n and f" {n} " in subject for n in map(norm, names))


# A paragraph inviting to write, with the address ("Contactez nous pour toute question ou si vous souhaitez tester l'application ou
# l'API : contact@…", "Contact us at …", "Pour toute question, écrivez à …"; s35 g35, beside the availability lines): whom to reach
_CONTACT_LEAD = lazy_compile(r"^(?:n hesitez pas a )?(?:contactez(?: nous| moi)?|nous contacter|contact (?:us|me)|ecrivez(?: nous)?|write to us|get in touch|"
                             r"reach us|pour (?:toute|toutes|plus d|d eventuelles|vos) (?:questions?|informations?|demandes?)|for (?:any|all|more) "
                             r"(?:questions?|information|requests?))\b")


def contact_line(text: str, normed: str) -> bool:
    """A paragraph of 45 words at most led by an invitation to write (:data:`_CONTACT_LEAD`) that gives an address or a link."""
    from auditor.facts.readme_contact import address

    return len(normed.split()) <= 45 and bool(_CONTACT_LEAD.match(normed)) and (bool(address(text)) or "http" in text or "mailto:" in text)


# A line naming only the stack the project was made with ("This is a Next.js project runnning with pnpm", create-next-app's line
# rewritten): how it is built, not what it does
_STACK_LINE = lazy_compile(r"^(?:this is|ceci est|c est) (?:an?|un|une) (?:next js|nextjs|nuxt(?: js)?|react(?: js)?|vue(?: js)?|angular|svelte(?:kit)?|vite|"
                           r"django|flask|fastapi|ruby on rails|rails|symfony|laravel|express(?: js)?|node js|nest ?js|expo|react native|astro|gatsby|remix|"
                           r"spring boot|quarkus) (?:project|app|application|projet|site|website)(?: \w+){0,2} (?:with|using|on|avec|sous)\b")


# A chapter on building the project ("## 2. Compile project", "## Build", "## Compiler l'application"): its sub-chapters are ways to build
# ("#### ii. Using command line scripts" over generateSandboxApk.sh, generateReleaseBundle.sh: "using" says "with"), no use of the project,
# unless a sub-heading names the use itself ("### Usage"); nor is its text the description ("The app's icon … should change color
# depending on built environment:") (issue 12, s42 fd42 = agora-gouv/agora-app)
BUILD_CHAPTER = lazy_compile(r"^(?:\d+ |[a-z] |[ivx]+ )*(?:compile|compiling|compilation|compiler|build|building|construire|construction)"
                             r"(?: (?:the|du|le|la|de l|l|of the|your|votre))?(?: (?:project|projet|app|application|apps|code|sources?|binaries|binaires))?$")

# A chapter naming the technical stack ("## Environnement technique", "Stack technique", "Built with"): its text says what the
# project is made with, not what it does
# (and "## Structure" over a list of what each part is built with, "The backend uses the FastAPI framework": what the project is made
# of; issue 12, s35 ac35 = naturalsolutions/ecoteka)
STACK_CHAPTER = lazy_compile(r"^(?:\d+ )*(?:environnements? techniques?|(?:la )?stack(?: technique| technologique)?|tech(?:nical)? stack|technologies?(?: utilisees?| used)?|"
                             r"structure|(?:project|technical) structure|structure (?:du projet|technique)|"
                             # (and a chapter on the data model, "# partie UML" over "A choice represents the answer(s)…": what its entities are,
                             # not what the project does; s39 ff39 = a commune's citizens' polls platform)
                             r"(?:(?:la )?partie |part )?uml|diagrammes?(?: uml| de classes?)?|(?:uml |class )diagrams?|modeles? de donnees|modelisation(?: des donnees)?|"
                             r"data models?|mcd|mld|schema de (?:la )?(?:base|bdd)(?: de donnees)?|database schema|entites|entities|"
                             r"architecture(?: technique| logicielle| du projet)?|(?:technical |software )architecture|"
                             r"built with|construit avec|socle technique|choix techniques?|technical choices|outils et technologies|tools and technologies)$")
# A chapter named after one part of the application ("## Backend", "## Frontend (this)", "## Serveur"): its text says how that part is
# set up or what it runs on, not what the project does; below the title, its first line is no description (issue 12, s47 fi47)
PART_CHAPTER = lazy_compile(r"^(?:\d+ )*(?:le |la |l |the )?(?:backend|back end|back office|backoffice|frontend|front end|front office|serveur|server|"
                            r"client)(?: (?:this|ici|side|part|partie))?$")
# A sentence on how the repository is laid out ("Le projet est un monorepo, utilisant le système de workspaces de npm", "This
# repository is a monorepo"): its layout, not what the project does, unless it goes on to say what for
_LAYOUT_LINE = lazy_compile(r"^(?:le |ce |cet |this |the )?(?:projet|depot|repository|repo|project|code source|source code|code) (?:est|is) (?:un |une |a |an )?"
                            r"(?:monorepo|mono repo|monorepository|mono repository|multi repo|workspace)s?\b")
_WHAT_FOR = frozenset({"pour", "for", "qui", "that", "which", "permet", "permettant", "allows", "allow", "helps", "help", "aide", "dedie", "dediee",
                       "dedicated", "afin", "servant", "serving"})


# A line saying which template or starter the repository was made from ("from fmk-template version 0.0.3", "Generated from the
# cookiecutter-django template", "Créé à partir du modèle X v2"): its provenance, nothing of what the project does
_PROVENANCE = lazy_compile(r"^(?:(?:this|the|ce|cet|cette|le|la|notre|our) )?(?:(?:projet|project|depot|repository|repo|application|app|site|code|module|plugin) )?(?:(?:was|has been|is|a ete|est) )?(?:(?:generated|created|bootstrapped|scaffolded|"
                           r"initiali[sz]ed|started|made|built|forked|derived|genere|generee|cree|creee|initialise|initialisee|issu|issue|derive|derivee|"
                           r"demarre|demarree|base|basee|based) )?(?:from|with|using|on|upon|a partir (?:du|de la|de l|des|de|d)|depuis|sur|avec|par) "
                           r"(?:the |le |la |l |un |une |a |an )?(?:[\w]+ ){0,3}?(?:template|templates|boilerplate|starter|starter kit|scaffold|skeleton|"
                           r"cookiecutter|copier|modele|gabarit|squelette)(?: (?!version\b|v\b|release\b)\w+){0,2}(?: (?:version|v|release))?(?: \d+){0,4}$")


# A credit line naming the tool or assistant that wrote the code ("*Développé intégralement avec Claude.ai*", "Built with ❤ using Vue.js",
# "Generated by Plugin Builder", "Code écrit en grande partie par ChatGPT"): how it was made, not what it does; issue 12, s36 j36
_CREDIT_ADVERB = (r"(?:entierement|integralement|totalement|completement|partiellement|en partie|en grande partie|majoritairement|principalement|"
                  r"largement|entirely|fully|completely|partly|partially|mostly|largely|mainly|100)")
_TOOL_CREDIT = lazy_compile(r"^(?:(?:(?:this|the|ce|cet|cette|le|la|les) )?(?:project|projet|code|plugin|module|outil|tool|script|scripts|application|app|site|"
                            r"depot|repository|repo|readme|documentation) (?:(?:was|has been|is|a ete|est|ont ete|sont) )?)?(?:" + _CREDIT_ADVERB + r" )?"
                            r"(?:developpee?s?|ecrite?s?|codee?s?|generee?s?|realisee?s?|concue?s?|construite?s?|propulsee?s?|powered|developed|written|coded|generated|built|made|created|"
                            r"crafted|vibe coded)(?: " + _CREDIT_ADVERB + r")? (?:avec|par|grace a|a l aide de|a l aide d|with|by|using|thanks to|via) "
                            r"(?:l aide (?:de |d )|the help of |l assistance (?:de |d ))?(?:\S+ ?){1,4}$")


def tool_credit(text: str, normed: str) -> bool:
    """A one-line paragraph of ten words at most crediting the tool or the people that made the code (:data:`_TOOL_CREDIT`), with no
    purpose in it ("Développé avec Leaflet pour suivre les travaux" says what for: a description)."""
    return "\n" not in text.strip() and len(normed.split()) <= 10 and bool(_TOOL_CREDIT.match(normed)) \
        and not (_WHAT_FOR - {"aide", "help"}) & set(normed.split())  # (not "à l'aide de", "with the help of": the tool's credit)


def provenance_line(normed: str) -> bool:
    """A line naming only the template the repository was made from, and its version."""
    return len(normed.split()) <= 14 and bool(_PROVENANCE.match(normed))


def layout_line(normed: str) -> bool:
    """A sentence saying only how the repository is laid out (a monorepo, its workspaces), nothing of what the project is for."""
    return bool(m := _LAYOUT_LINE.match(normed)) and len(normed.split()) <= 25 and not _WHAT_FOR & set(normed[m.end():].split())


# A line that only tells the reader to go and see a site ("Consulter le [site internet code.travail.gouv.fr](https://…)", "Visit the
# [website](…)", "Voir la [documentation](…)"; s38 fr38 = rt38, SocialGouv/code-du-travail-numerique): a pointer, not what the project is
_VISIT_LEAD = lazy_compile(r"^(?:consulter|consultez|voir|voyez|visiter|visitez|rendez vous sur|allez sur|acceder a|accedez a|decouvrir|decouvrez|"
                           r"visit|see|check out|go to|browse|head to|have a look at)\b"
                           # or a caption over a link only ("À propos du code du travail numérique : [https://…/a-propos](…)", "More about X: <url>")
                           r"|^(?:a propos d|about\b|en savoir plus|pour en savoir plus|plus d informations?|more (?:about|info)|learn more)")
_CAPTION_LEAD = lazy_compile(r"^(?:a propos d|about\b|en savoir plus|pour en savoir plus|plus d informations?|more (?:about|info)|learn more)")


def visit_line(text: str, links=()) -> bool:
    """A one-line paragraph or list item of twelve words at most led by an imperative to go and see, or a caption "À propos de X :"
    (:data:`_VISIT_LEAD`), whose object is a link (``links``: its (address, label) pairs, a label written in the line) or a bare address;
    a caption only when the link closes the line."""
    line = text.strip()
    if "\n" in line or not _VISIT_LEAD.match(norm(line)) or len(line.split()) > 12:
        return False
    if _CAPTION_LEAD.match(norm(line)):
        return any(label and line.rstrip(" .").endswith(label.strip()) for _, label in links) or bool(re.search(r"https?://\S+[.]?$", line))
    return any(label and label.strip() in line for _, label in links) or bool(re.search(r"https?://\S", line))


def about_pointer(text: str, links=()) -> bool:
    """A caption "À propos de X :" / "About X:" closed by a link (:func:`visit_line`): a pointer to the project's presentation page, its
    purpose section when the README has no description (s38 fr38 = rt38, SocialGouv/code-du-travail-numerique)."""
    return bool(re.match(r"^(?:a propos d|about\b)", norm(text.strip()))) and visit_line(text, links)


def about_line(blocks: list, aside=frozenset()) -> dict | None:
    """{line, text} of the first paragraph that is an :func:`about_pointer`, not set aside: the purpose of a README without description."""
    b = next((b for b in blocks if b.kind == "paragraph" and b.line not in aside and about_pointer(b.text, b.links)), None)
    return {"line": b.line, "text": b.text} if b else None
