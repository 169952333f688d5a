"""The national public platforms' APIs the code calls, read from the hosting fact: public building blocks.

hosting.yml's ``public_national`` list (France Travail's api.francetravail.io, the DILA's service-public.fr, every host under
gouv.fr…) is the one list of the State's shared platforms; an API address on one of them, met in the code, is a national public
service reused rather than copied (France Travail's ROME referential, the DILA's BOAMP notices), as the named blocks are."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from auditor.facts.scaling.common import national_platform
from auditor.lazyre import lazy_compile

# an API's address: its host named api (api.francetravail.io, api-lannuaire.service-public.fr) or its path an API's (/api/…, a
# version segment /v1/, an Opendatasoft catalogue's /explore/ records, a GraphQL endpoint); a page of a site (www.service-public.fr/
# particuliers/vosdroits/…, a link to beta.gouv.fr) is no call
_API_HOST = lazy_compile(r"^(?:api|apis)(?:[.-]|\d)|[.-]api[.-]", re.I)
_API_PATH = lazy_compile(r"/(?:api|apis|rest|graphql)(?:/|$)|/v\d+(?:\.\d+)?(?:/|$)|/explore/|/partenaire/", re.I)


def _api_address(url: str) -> tuple[str, str] | None:
    """The host and path of ``url`` when it is an API's address on a national public platform."""
    try:
        parts = urlsplit(url if "://" in url else "https://" + url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if not host or not national_platform(host):
        return None
    if not (_API_HOST.search(host) or _API_PATH.search(parts.path or "")):
        return None
    return host, parts.path or ""


def national_api_blocks(ctx, named) -> dict[str, list]:
    """{host: [path, line, address, "code"]} for each national public platform's API the code calls that no named block (``named``:
    the (name, regex) pairs of the check) already covers: the hosts of hosting_dependencies classed public-national and the
    services it lists whose host the national list names (a State body's API served on a vendor's host, the DILA's BOAMP)."""
    from auditor.facts import FactError

    try:
        hosting = ctx.fact("hosting_dependencies") or {}
    except FactError:
        return {}
    found = [(e.get("path"), e.get("line"), str(e.get("value") or ""))
             for h in hosting.get("hosts") or [] if h.get("class") == "public-national" for e in h.get("evidence") or []]
    found += [(s.get("path"), s.get("line"), str(s.get("value") or "")) for s in hosting.get("services") or []]
    out: dict[str, list] = {}
    for path, line, url in found:
        if not path or not (api := _api_address(url)):
            continue
        if any(rx.search(url) for _, rx in named):
            continue  # (API Adresse, geo.api.gouv.fr, the Géoplateforme…: named by the check itself)
        out.setdefault(api[0], [path, line, url, "code"])
    return out
