"""The variables the repository's own CI gives a value (issue 12, s38 fk38 = TelesCoop/IArbre-v1-…, fBedecarrats/Nantes_delibR).

A GitLab CI file assigns variables globally or job by job (``variables:`` ``NAMESPACE: ns-$TRIGRAMME-$NAMESPACE_ENV``, ``CALQUL_ACTION:
"init-grid"``) and fills an OpenShift template with them (``envsubst < deployment/jobs/stage-calqul.yml | oc apply -f -``); a GitHub
workflow or action hands its ``env:`` (``SHINY_USERNAME: 'bacasable'``, ``SHINY_TOKEN: ${{ secrets.… }}``) to the deployment script its
job runs (entrypoint.sh). Those variables are defined by the repository's delivery, not settings a reuser supplies: read by a deployment
template or a script (YAML, JSON, shell, a Dockerfile), they leave the settings the check counts. The application's own code reading
one (a Python module's DATABASE_URL that a test job sets) keeps it: the service still needs it where it runs."""

from __future__ import annotations

import re

import yaml

from auditor import safeyaml
from auditor.lazyre import lazy_compile

_CI_YAML = lazy_compile(r"(?:^|/)[\w.-]*\.gitlab-ci\.ya?ml$|^\.gitlab/ci/[^/]+\.ya?ml$|(?:^|/)\.github/workflows/[^/]+\.ya?ml$"
                        r"|^action\.ya?ml$|(?:^|/)\.travis\.ya?ml$")
_ASSIGNING_KEYS = ("variables", "env")
_TRAVIS_ASSIGNMENT = lazy_compile(r"(?:^|(?<=[ \t]))([A-Za-z_][A-Za-z0-9_]{0,80})=")
# a job's script exporting or assigning a variable (`- export HOST_RULE=$(echo "$BASE_URL" | sed …)`, `IMAGE_TAG=$CI_COMMIT_SHA`, after
# `&&` or `;` too): the CI defines it as variables: does, for the template a later line fills (envsubst < stack.yml); issue 12, s43 ff43
_SCRIPT_KEYS = ("script", "before_script", "after_script", "run")
_SCRIPT_ASSIGNMENT = lazy_compile(r"(?:^|&&|;)[ \t]*(?:export[ \t]+)?([A-Za-z_][A-Za-z0-9_]{0,80})=", re.M)
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,80}$")
# the files reading a variable that are delivery, not the application's code: deployment templates and scripts
_DELIVERY_EXT = frozenset({"yml", "yaml", "json", "sh", "bash", "tpl", "template", "j2", "env"})
MAX_FILES, MAX_BYTES, MAX_NODES = 30, 256 * 1024, 20000


def _walk(node, out: set[str], budget: list[int], depth: int = 0) -> None:
    if depth > 8 or budget[0] <= 0:
        return
    budget[0] -= 1
    if isinstance(node, dict):
        for k, v in node.items():
            if k in _ASSIGNING_KEYS and isinstance(v, dict):
                out.update(str(n) for n in v if isinstance(n, str) and _NAME.match(n))
            if k == "env":  # (Travis CI's env: "CKANVERSION=master PGVERSION=9.1", a list of them, or under global:/matrix:/jobs:)
                for line in [v] if isinstance(v, str) else v[:200] if isinstance(v, list) else \
                        [x for w in v.values() if isinstance(w, list) for x in w[:200]] if isinstance(v, dict) else []:
                    if isinstance(line, str):
                        out.update(_TRAVIS_ASSIGNMENT.findall(line[:2000]))
            if k in _SCRIPT_KEYS:
                for line in [v] if isinstance(v, str) else v[:500] if isinstance(v, list) else []:
                    if isinstance(line, str):
                        out.update(_SCRIPT_ASSIGNMENT.findall(line[:20000]))
            _walk(v, out, budget, depth + 1)
    elif isinstance(node, list):
        for v in node[:500]:
            _walk(v, out, budget, depth + 1)


def ci_assigned(snap) -> set[str]:
    """The names the repository's CI files (GitLab CI, GitHub workflows, a root action.yml, Travis CI's .travis.yml at any folder's top:
    a component's own CI, GitLab CI's and GitHub's at any depth too; the first 30, 256 KB each) assign in a ``variables:`` or ``env:``
    mapping, at any level (global, job, step), in Travis CI's ``env:`` lines (``CKANVERSION=master PGVERSION=9.1``), or on a line of a
    job's script or a step's run (``export HOST_RULE=…``)."""
    out: set[str] = set()
    for p in sorted(p for p in snap.files if _CI_YAML.search(p))[:MAX_FILES]:
        try:
            data = safeyaml.load(snap.read_text(p, limit=MAX_BYTES) or "")
        except (ValueError, yaml.YAMLError, safeyaml.UnsafeYAML):  # (an unreadable CI file assigns nothing the auditor can read)
            continue
        _walk(data, out, [MAX_NODES])
    return out


def _delivery_file(path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    return name.startswith("Dockerfile") or name.rsplit(".", 1)[-1].lower() in _DELIVERY_EXT and "." in name


def ci_defined(snap, reads: list[list]) -> list[list]:
    """The reads ``[variable, hit, …]`` less those of a variable the CI assigns (:func:`ci_assigned`) read by a deployment template or
    script (:func:`_delivery_file`)."""
    if not any(_delivery_file(r[1][0]) for r in reads):
        return reads
    assigned = ci_assigned(snap)
    return [r for r in reads if not (r[0] in assigned and _delivery_file(r[1][0]))]
