"""The continuous-integration systems, each with the path of its pipeline file (the files fact's ``ci``): a module of its own, so
that the settings-file readers can tell a CI file without importing the files fact, which reads them in turn."""

from __future__ import annotations

from auditor.lazyre import lazy_compile

CI_SYSTEMS = (
    ("github-actions", lazy_compile(r"^\.github/workflows/[^/]+\.ya?ml$")),
    ("gitlab-ci", lazy_compile(r"^\.gitlab-ci\.ya?ml$")),
    ("circleci", lazy_compile(r"^(\.circleci/[^/]+\.ya?ml|circle\.ya?ml)$")),
    ("travis", lazy_compile(r"^\.travis\.ya?ml$")),
    # (Jenkins reads the file it is told to: JenkinsFile, jenkinsfile as well, issue 12, s46 fo46 = OPEN-ENT-NG/scratch-connector)
    ("jenkins", lazy_compile(r"^(([^/]+/)?(?i:jenkinsfile)([.-][\w.-]+)?|[^/]+\.(?i:jenkinsfile))$")),
    ("woodpecker", lazy_compile(r"^\.woodpecker(\.ya?ml|/[^/]+\.ya?ml)$")),
    ("drone", lazy_compile(r"^\.drone\.ya?ml$")),
    ("azure-pipelines", lazy_compile(r"^azure-pipelines\.ya?ml$")),
    ("bitbucket-pipelines", lazy_compile(r"^bitbucket-pipelines\.yml$")),
    ("appveyor", lazy_compile(r"^\.?appveyor\.ya?ml$")),
    ("forgejo-actions", lazy_compile(r"^\.(forgejo|gitea)/workflows/[^/]+\.ya?ml$")),
    ("buildkite", lazy_compile(r"^\.buildkite/pipeline\.ya?ml$")),
    ("sourcehut", lazy_compile(r"^(\.build\.ya?ml|\.builds/[^/]+\.ya?ml)$")),
    ("semaphore", lazy_compile(r"^\.semaphore/semaphore\.ya?ml$")),
    ("wercker", lazy_compile(r"^wercker\.ya?ml$")),
    ("cloud-build", lazy_compile(r"^cloudbuild\.ya?ml$")),
    ("codeship", lazy_compile(r"^codeship-(steps|services)\.ya?ml$")),
)


def ci_files(paths, components=()) -> list[list[str]]:
    """``[system, path]`` for every CI file, by path: at the root, and at the top of a monorepo's component (a folder at most two
    levels deep holding a manifest of its own, ``inventory.component_dirs``: Backend/.gitlab-ci.yml beside Backend/requirements.txt,
    Frontend/app/.github/workflows/ci.yml beside Frontend/app/package.json), the pipeline of a sub-project run when the root includes
    it or when the sub-project is its own forge project (issue 12, s43 ff43 = flothival/PFE_App_V1_reduc_gaspillage_UI). A CI file in
    a folder with no manifest (an example, a template) stays none."""
    prefixes = sorted(c + "/" for c in components if c)
    found = set()
    for path in paths:
        tails = [path] + [path[len(p):] for p in prefixes if path.startswith(p)]
        found.update((name, path) for name, rx in CI_SYSTEMS if any(rx.match(t) for t in tails))
    return sorted(([name, path] for name, path in found), key=lambda t: (t[1], t[0]))
