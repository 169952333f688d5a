"""interoperability.auth's judgement of a password compared as plain text by the code (not a check of its own)."""

from __future__ import annotations

import re

from auditor.checks.interface import Result, T

from auditor.checks.reusability.common import hit_evidence

# code that runs on a server, where a comparison does not ship the accounts to the browser
_SERVER_DIR = re.compile(r"(^|/)(server|backend|back|api|functions|routes|controllers?|middlewares?|models?|app/Http|src/main/java)/", re.I)
_BROWSER_EXT = (".js", ".jsx", ".ts", ".tsx", ".vue", ".svelte", ".mjs")


def plain_password(sig: dict, details: dict) -> Result | None:
    """A stored account's password compared as it is with the one typed (``u.fields.Password === password``): in browser code,
    every account's password is sent to every visitor; on a server, passwords are kept unhashed."""
    hits = [h for h in sig.get("auth.plain-password", []) if h[3] == "code"]
    if not hits:
        return None
    browser = [h for h in hits if h[0].lower().endswith(_BROWSER_EXT) and not _SERVER_DIR.search(h[0])]
    details["plain_password"] = "browser" if browser else "server"
    if browser:
        h = browser[0]
        return Result.scored(0, T(f"Le mot de passe est vérifié dans le navigateur ({h[0]}:{h[1]}) : le code de l'interface compare le mot de "
                                  f"passe saisi à celui de la fiche du compte qu'il a reçue ; les comptes et leurs mots de passe en clair sont "
                                  f"donc envoyés à tout visiteur, et la connexion ne protège rien (ni OpenID Connect, ni ProConnect).",
                                  f"The password is checked in the browser ({h[0]}:{h[1]}): the interface's code compares the password typed "
                                  f"with the one of the account record it received; the accounts and their plain-text passwords are thus sent "
                                  f"to every visitor, and the sign-in protects nothing (no OpenID Connect, no ProConnect)."),
                             hit_evidence(browser, kind="finding", limit=5), **details).advise(T(
            "Retirez les mots de passe des données servies au navigateur et changez-les tous ; faites vérifier la connexion par un "
            "serveur ou, mieux, par un fournisseur d'identité OpenID Connect (ProConnect pour les agents).",
            "Remove the passwords from the data served to the browser and change them all; have the sign-in checked by a server or, "
            "better, by an OpenID Connect identity provider (ProConnect for agents)."))
    h = hits[0]
    return Result.scored(1, T(f"Connexion par comptes locaux dont le mot de passe est comparé en clair ({h[0]}:{h[1]}) : les mots de passe "
                              f"sont conservés sans empreinte (ni OpenID Connect, ni ProConnect).",
                              f"Sign-in with local accounts whose password is compared as plain text ({h[0]}:{h[1]}): passwords are kept "
                              f"unhashed (no OpenID Connect, no ProConnect)."), hit_evidence(hits, kind="finding", limit=5), **details).advise(T(
        "Conservez les mots de passe sous forme d'empreinte (bcrypt, argon2) et comparez les empreintes, ou confiez la connexion à un "
        "fournisseur d'identité OpenID Connect (ProConnect pour les agents).",
        "Keep passwords as hashes (bcrypt, argon2) and compare the hashes, or hand the sign-in to an OpenID Connect identity provider "
        "(ProConnect for agents)."))
