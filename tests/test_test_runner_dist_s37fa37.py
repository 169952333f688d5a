"""A test runner's own ``<tool>.yml.dist`` is no settings template (issue 12, s37 fa37 = assurance-maladie-digital/nir-validation).

A PHP validator library shipped phpspec.yml.dist (the spec runner's suites: spec_prefix, src_path, spec_path) and files.env_template
named it: the runner's configuration is the developers' tool setting, not the library's settings a deployment copies. The near
miss: a Symfony parameters.yml.dist beside it stays the template. The files are written for this test, in the shape of the real one."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

_README = ("# Règles de validation pour un NIR\n\nCe dépôt propose des contraintes sur les données d'identification.\n\n"
           "## Utilisation\n\n```php\n$violations = $validator->validate('2 84 05 88 321 025 30', [new Nir()]);\n```\n")
_LIBRARY = {"README.md": _README,
            "composer.json": '{\n  "name": "exemple/nir-validation",\n  "license": "MIT",\n  "require": {"php": "^8.1"},\n'
                             '  "require-dev": {"phpspec/phpspec": "^7.5"},\n  "autoload": {"psr-4": {"Exemple\\\\Nir\\\\": "src/"}}\n}\n',
            "src/Constraints/Nir.php": "<?php\nnamespace Exemple\\Nir\\Constraints;\nclass Nir { public $message = 'NIR invalide'; }\n",
            "src/Constraints/NirValidator.php": "<?php\nnamespace Exemple\\Nir\\Constraints;\nclass NirValidator { }\n",
            "tests/Spec/NirValidatorSpec.php": "<?php\nnamespace Spec;\nuse PhpSpec\\ObjectBehavior;\nclass NirValidatorSpec extends ObjectBehavior { }\n",
            "phpspec.yml.dist": "suites:\n    main_suite:\n        spec_prefix: 'Spec'\n        src_path: 'src'\n        spec_path: 'tests'\n",
            "psalm.xml": "<?xml version=\"1.0\"?>\n<psalm errorLevel=\"3\"><projectFiles><directory name=\"src\"/></projectFiles></psalm>\n"}


def _files(tmp_path, files):
    path = make_repo(tmp_path / "r", [{"date": "2024-10-14T08:17:47Z", "author": ("Alice Martin", "alice@example.fr"), "files": files}])
    return ctx_for(path, tmp=tmp_path).fact("files")


def test_a_spec_runners_dist_config_is_no_settings_template(tmp_path):
    files = _files(tmp_path, _LIBRARY)
    assert files["env_template"] is None, files["env_template"]  # was phpspec.yml.dist


def test_an_applications_parameters_dist_stays_the_template(tmp_path):
    # the near miss: the same library's own settings shipped the same way (parameters.yml.dist) is the template, before and after
    params = "parameters:\n    database_host: 127.0.0.1\n    database_name: nir\n    database_user: root\n    database_password: ~\n"
    own = {k: v for k, v in _LIBRARY.items() if k != "phpspec.yml.dist"}
    assert _files(tmp_path / "own", {**own, "parameters.yml.dist": params})["env_template"] == "parameters.yml.dist"
    # and beside the runner's config it is still the one taken
    assert _files(tmp_path / "both", {**_LIBRARY, "parameters.yml.dist": params})["env_template"] == "parameters.yml.dist"
