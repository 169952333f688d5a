"""A README titled as a deployment guide ("# NocoDB On-Premise Deployment", "# Déploiement de Nextcloud"): for an infrastructure (what
is deployed is the repository itself: a compose stack, a server's playbook), that README is its deployment documentation, and its
setup chapter, which starts the stack, is its deployment section (issue 12, s42 fr42 = cdg71/nocodb-onprem-deploy). Read by
documentation.readme-sections and documentation.docs, from the readme fact's headings."""

from __future__ import annotations

from auditor import safejson
from auditor.lazyre import lazy_compile

# the title's words of a deployment (a title of twelve words at most, no sentence)
_DEPLOY_TITLE = lazy_compile(r"(?i)\b(?:deployments?|deploy|d[ée]ploiements?|d[ée]ployer)\b")


def deployment_title(readme: dict) -> dict | None:
    """``{"line", "text"}`` of the README's title (its first heading, of level 1) when it names a deployment and the README has an
    install chapter of its own (the steps that start what it deploys); else None."""
    if "install" not in (readme.get("sections") or []) or (readme.get("section_sources") or {}).get("install", readme.get("path")) != readme.get("path"):
        return None
    headings = readme.get("headings") or []
    if isinstance(headings, str):
        try:
            headings = safejson.loads(headings)
        except ValueError:
            return None
    first = next((h for h in headings if isinstance(h, dict)), None)
    if not first or first.get("level") != 1 or len(str(first.get("text", "")).split()) > 12:
        return None
    return {"line": first.get("line"), "text": first["text"]} if _DEPLOY_TITLE.search(str(first["text"])) else None
