"""reusability.portability: no lock-in to one vendor's SaaS, i18n support, standard packaging."""

from __future__ import annotations

import re

from auditor.checks.interface import Evidence, Result, T, check, clauses
from auditor.facts.inventory import is_vendored
from auditor.facts.tree import tree_of
from auditor.lazyre import lazy_compile

from .common import dep_evidence_lines, match_deps, textscan_ok

# dependency pattern -> (vendor service, open alternative)
VENDOR_SDKS = (
    (r"firebase|firebase-admin|@firebase/.*|@react-native-firebase/.*|kreait/firebase-php|firebase_admin", "Firebase (Google)", "PostgreSQL + API, Supabase auto-hébergé / self-hosted, Appwrite"),
    (r"@aws-sdk/client-(?!s3$).*|aws-amplify|@aws-amplify/.*", "AWS", "open protocols, self-hosted services"),
    (r"@google-cloud/(?!storage$).*|google-cloud-(?!storage$).*|googleapis|google/cloud-.*", "Google Cloud", "open protocols, self-hosted services"),
    (r"@azure/.*|azure-.*|microsoft/azure-.*", "Microsoft Azure", "open protocols, self-hosted services"),
    (r"mapbox-gl|@mapbox/mapbox-gl-.*|react-map-gl|@mapbox/mapbox-sdk|mapbox", "Mapbox GL (licence propriétaire depuis v2 / proprietary since v2)", "MapLibre GL JS + IGN Géoplateforme tiles"),
    (r"@googlemaps/.*|@react-google-maps/api|google-maps-react|googlemaps|vue2-google-maps|@vis\.gl/react-google-maps", "Google Maps", "Leaflet / MapLibre + IGN Géoplateforme, API Adresse"),
    (r"mapillary_tools|mapillary-tools|mapillary|mapillary-js", "Mapillary (Meta)", "Panoramax (IGN, OpenStreetMap France)"),
    (r"algoliasearch|react-instantsearch.*|vue-instantsearch|algolia/.*", "Algolia", "Meilisearch, Typesense, PostgreSQL full-text"),
    (r"react-ga4?|vue-gtag|@next/third-parties|ga-4-react|analytics-node|@segment/.*|mixpanel.*|@amplitude/.*|hotjar.*|react-hotjar", "Google Analytics / Segment / Mixpanel / Hotjar", "Matomo (stats.beta.gouv.fr / stats.data.gouv.fr)"),
    (r"intercom.*|@intercom/.*|react-use-intercom|crisp-sdk-web", "Intercom / Crisp", "a documented contact channel, Zammad"),
    (r"auth0|@auth0/.*|auth0/auth0-php|@clerk/.*|okta.*|@okta/.*", "Auth0 / Clerk / Okta", "ProConnect, FranceConnect, Keycloak (OpenID Connect)"),
    (r"contentful|@contentful/.*|@sanity/.*|sanity|prismic.*|@prismicio/.*|@datocms/.*|storyblok.*", "Contentful / Sanity / Prismic / DatoCMS / Storyblok", "Strapi, Wagtail, Directus, Decap CMS"),
    (r"@sendgrid/.*|sendgrid|twilio|mailchimp.*|@mailchimp/.*|postmark|@vercel/.*|@netlify/.*|pusher|pusher-js", "SendGrid / Twilio / Mailchimp / Vercel / Pusher", "SMTP, Brevo via SMTP, Soketi, standard hosting"),
)
def _named(vendor: str, deps: list[str]) -> str:
    """The services of a family ("Contentful / Sanity / Prismic") that the dependencies name ("Sanity" for
    @sanity/image-url): a jury reads every name shown as used. The whole family when none is named."""
    if "(" in vendor:  # one service with a remark, not a family
        return vendor
    flat = " ".join(re.sub(r"[^a-z0-9]", "", d.lower()) for d in deps)
    named = [v for v in vendor.split(" / ") if re.sub(r"[^a-z0-9]", "", v.split()[0].lower()) in flat]
    return " / ".join(named) or vendor


I18N_DEPS = (r"i18next|react-i18next|next-i18next|vue-i18n|@nuxtjs/i18n|next-intl|react-intl|@formatjs/.*|svelte-i18n|@angular/localize|"
             r"symfony/translation|laravel-lang/.*|django-modeltranslation|django-parler|flask-babel|babel|rails-i18n|i18n|gettext|polib|fluent.*|@lingui/.*")
LOCALE_PATH = lazy_compile(r"(^|/)(locale|locales|translations|lang|langs|i18n|l10n)/[^/]+|\.(po|pot|xlf|xliff|ftl|arb)$", re.I)


@check(
    id="reusability.portability",
    family="reusability",
    effort="days",
    title=T("Le service ne dépend pas d'un fournisseur unique et se déploie ailleurs", "The service is not tied to one vendor and deploys elsewhere"),
    rationale=T(
        "Un SDK propriétaire (Firebase, Google Maps, Mapbox, Algolia…) impose un contrat et un hébergement à chaque territoire qui "
        "réutilise le service ; des alternatives ouvertes existent. La traduction (i18n) et un empaquetage standard facilitent aussi "
        "la reprise par d'autres.",
        "A proprietary SDK (Firebase, Google Maps, Mapbox, Algolia…) imposes a contract and a hosting choice on each territory reusing "
        "the service; open alternatives exist. Translation support (i18n) and standard packaging also ease reuse by others.",
    ),
    remediation=T(
        "Remplacez chaque SDK listé par l'alternative ouverte indiquée, ou isolez-le derrière une interface configurable ; "
        "externalisez les textes (gettext, i18next, traductions Symfony) ; publiez une image de conteneur ou un paquet versionné.",
        "Replace each listed SDK with the open alternative given, or isolate it behind a configurable interface; externalise texts "
        "(gettext, i18next, Symfony translations); publish a container image or a versioned package.",
    ),
    kinds=("web-application", "api-service", "static-site", "library", "cli-tool"),
)
def portability(ctx) -> Result:
    scan = textscan_ok(ctx)
    vendors, ev = _vendors(ctx)
    urls = [h for h in scan["signals"].get("vendor.urls", []) if h[3] in ("code", "template", "config")]
    url_files = sorted({h[0] for h in urls})
    for h in urls[:10]:
        ev.append(Evidence(path=h[0], line=h[1], value=h[2], kind="finding",
                           note=T("Service propriétaire appelé directement (cartes, mesure d'audience…).", "Proprietary service called directly (maps, analytics…).")))
    i18n = _i18n(ctx, scan, ev)
    packaging = _packaging(ctx, ev)
    score = 10.0 - min(6.0, 2.0 * len(vendors)) - (1.0 if url_files and not vendors else 0.0) - (1.5 if not i18n else 0.0) - (1.5 if not packaging else 0.0)
    msg = T(f"SaaS propriétaires : {', '.join(vendors) or 'aucun'}{f' (+ {len(url_files)} fichier(s) appelant un service propriétaire)' if url_files else ''} ; "
            f"i18n : {'oui' if i18n else 'non'} ; empaquetage standard : {'oui' if packaging else 'non'}.",
            f"Proprietary SaaS: {', '.join(vendors) or 'none'}{f' (+ {len(url_files)} file(s) calling a proprietary service)' if url_files else ''}; "
            f"i18n: {'yes' if i18n else 'no'}; standard packaging: {'yes' if packaging else 'no'}.")
    fr, en = [], []
    if vendors or url_files:
        what = ", ".join(vendors[:3]) or ", ".join(url_files[:3])
        fr.append(f"rendez remplaçables les services propriétaires ({what}) : leur adresse et leur clé en configuration, et une "
                  "alternative libre documentée (les notes des éléments relevés la nomment)")
        en.append(f"make the proprietary services replaceable ({what}): their address and key in the configuration, and a documented "
                  "free alternative (the evidence notes name it)")
    if not i18n:
        fr.append("sortez les textes de l'interface dans des fichiers de traduction (gettext, i18next, vue-i18n) pour qu'une autre "
                  "collectivité puisse les changer sans toucher au code")
        en.append("move the interface texts into translation files (gettext, i18next, vue-i18n) so that another local government can "
                  "change them without touching the code")
    if not packaging:
        fr.append("fournissez un moyen standard d'installer le service : un Dockerfile ou un docker-compose.yml, ou un paquet (pyproject.toml, package.json)")
        en.append("provide a standard way to install the service: a Dockerfile or docker-compose.yml, or a package (pyproject.toml, package.json)")
    return Result.scored(score, msg, ev, vendors=vendors, vendor_url_files=url_files[:20], i18n=i18n, packaging=packaging).advise(clauses(fr, en))


def _vendors(ctx) -> tuple[list[str], list[Evidence]]:
    """Proprietary SDKs among the runtime dependencies, each with its open alternative."""
    ev: list[Evidence] = []
    vendors = []
    maplibre = bool(match_deps(ctx, [r"maplibre-gl"], dev=False))
    for pattern, vendor, alternative in VENDOR_SDKS:
        found = match_deps(ctx, [pattern], dev=False)
        if maplibre and vendor.startswith("Mapbox"):
            found = [(d, p) for d, p in found if d != "react-map-gl"]  # react-map-gl drives MapLibre too
        if found:
            vendor = _named(vendor, [d for d, _ in found])
            vendors.append(vendor)
            ev += dep_evidence_lines(ctx, found, kind="finding", limit=3,
                                     note=T(f"Dépendance à {vendor} ; alternative ouverte : {alternative}.", f"Depends on {vendor}; open alternative: {alternative}."))
    return vendors, ev


def _i18n(ctx, scan: dict, ev: list[Evidence]) -> bool:
    """Texts are translatable: locale files, an i18n library, or translation calls in the code (evidence added to ``ev``)."""
    locale_files = sorted(e.path for e in tree_of(ctx) if LOCALE_PATH.search(e.path) and not is_vendored(e.path))
    i18n_deps = match_deps(ctx, [I18N_DEPS], dev=False)
    i18n_code = [h for h in scan["signals"].get("i18n.code", []) if h[3] in ("code", "template")]
    if locale_files:
        ev.append(Evidence(path=locale_files[0], value="locale files", kind="found"))
    ev += dep_evidence_lines(ctx, i18n_deps, limit=2)
    if i18n_code and not locale_files and not i18n_deps:
        ev.append(Evidence(path=i18n_code[0][0], line=i18n_code[0][1], value=i18n_code[0][2], kind="found"))
    return bool(locale_files or i18n_deps or len(i18n_code) >= 3)


def _packaging(ctx, ev: list[Evidence]) -> bool:
    """A container image or a named, versioned package (evidence added to ``ev``)."""
    files = ctx.fact("files")
    named = [m for m in ctx.fact("manifests")["manifests"] if m.get("name")]
    if files.get("dockerfile"):
        ev.append(Evidence(path=files["dockerfile"], value="container", kind="found"))
    elif named:
        ev.append(Evidence(path=named[0]["path"], value=named[0]["name"], kind="found"))
    return bool(files.get("dockerfile") or named or files.get("publiccode"))
