"""Code that runs on a server, whose strings no visitor's browser receives (the secrets scan reads a key in a URL there as the
server's credential, where a page's map key is public by design):

- a PHP file of code alone (a Symfony controller or service, issue 12, s33 a33);
- a Node server's JavaScript or TypeScript (issue 12, s33 l33): a file where the server frameworks place their handlers (server/,
  a root api/ or functions/ folder of Vercel, Firebase or Netlify functions, Next.js's pages/api/ and app/api/ routes, a
  ``*.server.ts`` module of Remix or SvelteKit), or one importing a server framework or Node's own HTTP server modules.
"""

from __future__ import annotations

import re

from auditor.facts.kind_schedule import SERVER_PACKAGES
from auditor.lazyre import lazy_compile

NODE_EXT = (".js", ".mjs", ".cjs", ".ts", ".mts", ".cts")
# (a front end's src/api/ or src/functions/ is browser code: only the root's api/ and functions/ are serverless functions)
_SERVER_PATH = lazy_compile(r"(?:^|/)(?:server|pages/api|app/api)/|^(?:api|functions|netlify/functions)/|\.server\.[cm]?[jt]s$", re.I)
# (the server frameworks' packages, a Python or PHP one never imported by a Node file; Node's HTTP modules; Next.js's route helpers)
_NODE_MODULES = sorted(p for p in SERVER_PACKAGES if "/" not in p or p.startswith("@")) + ["http", "https", "node:http", "node:https", "next/server"]
_SERVER_IMPORT = lazy_compile(r"""(?:\brequire\(\s*|\bfrom\s+|\bimport\s+)['"](?:""" + "|".join(m.replace(".", r"\.") for m in _NODE_MODULES)
                              + r""")['"]""")


def php_code_only(text: str) -> bool:
    """A PHP file that is code from its opening tag to its end (a Symfony controller or service calling a weather API with
    ``file_get_contents('https://…?key=<31 hex>&q=' . $ville)``, issue 12, s33 a33): no ``?>`` hands the rest to the page, so its
    strings are the server's, not a page's markup sent to every visitor."""
    body = text.lstrip("\ufeff \t\r\n").rstrip()
    return body.startswith("<?php") and "?>" not in body.removesuffix("?>")


def node_server_code(path: str, text: str) -> bool:
    """A JavaScript or TypeScript file of a Node server (an Express route fetching ``https://api.…?key=<long random>``): by where
    the frameworks place server code, or by its import of a server framework or of Node's HTTP server modules."""
    return path.lower().endswith(NODE_EXT) and (bool(_SERVER_PATH.search(path)) or bool(_SERVER_IMPORT.search(text)))
