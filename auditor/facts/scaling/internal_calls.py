"""An internal server the code calls at an address written in it, with no setting to change it.

``svrapi.agglo.local`` in ``axiosLib.post('https://svrapi.agglo.local/mailer', …)``: every mail of the application goes through a
server of the sponsor's internal network (a ``.local``, ``.lan``, ``.intranet`` name), which no other territory can reach and no
setting replaces — a dependency on the sponsor's internal servers, as an internal database's connection string is. The same address
as the default of a setting (``process.env.MAILER_API_URL || 'https://svrapi.agglo.local/mailer'``, on its line or the two above)
is a configuration matter, left to reusability.configuration (issue 12, s39 fi39 = CACEM-TEAM/Avc_lapu: scaling.hosting said
"1 internal addresses", harmless).
"""

from __future__ import annotations

from auditor.facts.inventory import is_test
from auditor.facts.scaling.common import is_dev_only
from auditor.lazyre import lazy_compile

CODE_EXT = ("js", "mjs", "cjs", "ts", "jsx", "tsx", "vue", "svelte", "py", "php", "java", "kt", "cs", "go", "rb")
# a setting read on the line (the environment, a configuration object): the address is its default
_SETTING_READ = lazy_compile(r"\b(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv|System\.getenv|Environment\.GetEnvironmentVariable|"
                             r"ENV\[|env\(|config\(|\$_ENV|\$_SERVER|settings\.|@Value)")


def hard_coded_internal_calls(ctx, hosts: dict, reported) -> list[dict]:
    """``{"path", "line", "value", "host"}`` for each address on an internal host (the hosts' class "internal") written in a code
    file, outside tests and development files, with no setting read on its line or the two lines above; ``reported(path, host)``:
    already listed."""
    out: list[dict] = []
    for h in sorted(hosts.values(), key=lambda h: h["host"]):
        if h.get("class") != "internal":
            continue
        for e in h.get("evidence") or []:
            path, line = e.get("path") or "", e.get("line")
            if not line or path.rsplit(".", 1)[-1].lower() not in CODE_EXT or is_test(path) or is_dev_only(path) or reported(path, h["host"]):
                continue
            lines = (ctx.snapshot.read_text(path, limit=512 * 1024) or "").splitlines()
            near = lines[max(0, line - 3):line]
            if not near or near[-1].lstrip().startswith(("//", "#", "*", "/*")) or any(_SETTING_READ.search(x) for x in near):
                continue
            out.append({"path": path, "line": line, "value": near[-1].strip()[:120], "host": h["host"]})
            if len(out) >= 10:
                return out
    return out
