"""A Kubernetes operator: a program run inside a cluster that watches resources (often custom ones, declared by the
repository's CustomResourceDefinitions) and acts on them — creating buckets, users, databases or certificates. Its code starts
a controller framework's manager (controller-runtime's ``ctrl.NewManager`` in a Kubebuilder or Operator SDK project, kopf's
handlers in Python, the Java Operator SDK, kube-rs's ``Controller``), and it is deployed with its Helm chart or Kustomize
manifests.

Such a project is part of a platform's infrastructure, deployed and configured (a deployment guide, its settings are expected),
serving neither pages nor a web API of its own (its API is the cluster's, its sign-in the cluster's RBAC): it is judged as
*infrastructure*, not as a command-line tool from its ``main()`` nor as a library from its Go sources."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test, is_vendored
from auditor.lazyre import lazy_compile

MAX_READS, READ_BYTES = 150, 128 * 1024
_CODE_EXT = frozenset({"go", "py", "java", "kt", "rs"})
# the framework imported, then its manager or controller started
_FRAMEWORK = lazy_compile(r"\"sigs\.k8s\.io/controller-runtime(?:/pkg/manager)?\"|^[^\S\n]*import[^\S\n]+kopf\b|\bio\.javaoperatorsdk\.operator\b|"
                          r"\bkube::runtime\b|\bkube_runtime\b", re.M)
_STARTS = lazy_compile(r"\bctrl\.NewManager\s*\(|\bmanager\.New\s*\(|@kopf\.on\.\w+|\bnew\s+Operator\s*\(|\bController::new\s*\(")
_CRD = lazy_compile(r"^kind:[^\S\n]*CustomResourceDefinition[^\S\n]*$", re.M)
_EXAMPLES = frozenset({"example", "examples", "sample", "samples", "demo", "demos", "testdata", "e2e", "hack"})


def _own(files, exts) -> list[str]:
    return sorted(e.path for e in files if e.ext.lower() in exts and not is_test(e.path) and not is_vendored(e.path)
                  and not _EXAMPLES.intersection(s.lower() for s in e.path.split("/")[:-1]))


def kubernetes_operator(ctx, files) -> list[str]:
    """The file starting the operator's manager and the first custom resource definitions the repository declares (at most
    three paths), or [] when no code of the project starts a controller framework. The likely entry files (main, manager,
    operator) are read first, then the others in path order: at most :data:`MAX_READS` files, 128 KB each; 40 YAML files named for
    CRDs, 64 KB each."""
    code = sorted(_own(files, _CODE_EXT), key=lambda p: (not re.search(r"main|manager|operator|controller|handler", p.rsplit("/", 1)[-1], re.I), p))
    starter = None
    for p in code[:MAX_READS]:
        text = ctx.snapshot.read_text(p, limit=READ_BYTES) or ""
        if _FRAMEWORK.search(text) and _STARTS.search(text):
            starter = p
            break
    if starter is None:
        return []
    yamls = [p for p in _own(files, {"yaml", "yml"}) if re.search(r"crd", p, re.I)][:40]
    crds = [p for p in yamls if _CRD.search(ctx.snapshot.read_text(p, limit=64 * 1024) or "")]
    return [starter] + crds[:2]
