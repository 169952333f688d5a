"""interoperability.api-spec and data-standards (issue 12, s35 ac35 = stemarono/girondeEnergies): a Symfony controller's unused
`use Symfony\\Component\\HttpFoundation\\JsonResponse;` import (its only use a commented-out `// return new JsonResponse($data);`)
answers no JSON and reads no JSON: the site renders Twig pages. api-spec said "warn 4: Web application … without an API
specification" and data-standards "Open formats: JSON" on the import line. Near misses: a controller returning
`new JsonResponse(...)` keeps the hedge and the format; Django's `from django.http import JsonResponse` then
`return JsonResponse(...)` still answers JSON."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import build, results, run_audit

API = "interoperability.api-spec"
DATA = "interoperability.data-standards"

COMPOSER = json.dumps({"name": "sem/site", "type": "project", "license": "proprietary", "require": {
    "php": ">=8.1", "symfony/framework-bundle": "6.3.*", "symfony/twig-bundle": "6.3.*", "doctrine/orm": "^2.15"}}, indent=2) + "\n"

CONTROLLER = """<?php

namespace App\\Controller;

use App\\Repository\\ActualiteRepository;
use Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;
use Symfony\\Component\\HttpFoundation\\Response;
use Symfony\\Component\\Routing\\Annotation\\Route;
use Symfony\\Component\\HttpFoundation\\JsonResponse;

class AccueilController extends AbstractController
{
    #[Route('/', name: 'app_accueil')]
    public function index(ActualiteRepository $repo): Response
    {
        $data = $repo->findAll();
        // return new JsonResponse($data);
        return $this->render('accueil/index.html.twig', ['actualites' => $data]);
    }
}
"""

JSON_CONTROLLER = """<?php

namespace App\\Controller;

use Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;
use Symfony\\Component\\HttpFoundation\\JsonResponse;
use Symfony\\Component\\Routing\\Annotation\\Route;

class CarteController extends AbstractController
{
    #[Route('/carte/points', name: 'app_points')]
    public function points(): JsonResponse
    {
        return new JsonResponse(['points' => []]);
    }
}
"""


def audit(tmp_path, extra):
    files = {"composer.json": COMPOSER, "src/Controller/AccueilController.php": CONTROLLER,
             "templates/base.html.twig": "<html><body>{% block body %}{% endblock %}</body></html>\n",
             "templates/accueil/index.html.twig": "{% extends 'base.html.twig' %}{% block body %}<h1>Accueil</h1>{% endblock %}\n",
             "src/Entity/Actualite.php": "<?php\nnamespace App\\Entity;\n\nclass Actualite\n{\n    private ?string $titre = null;\n}\n", **extra}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [API, DATA]))


def test_an_unused_json_response_import_answers_no_json(tmp_path):
    r = audit(tmp_path, {})
    assert r[API]["status"] == "not_applicable", r[API]["message"]
    assert "JSON" not in r[DATA]["message"]["en"].split(";")[0], r[DATA]["message"]


def test_a_controller_returning_a_json_response_keeps_the_hedge(tmp_path):
    r = audit(tmp_path, {"src/Controller/CarteController.php": JSON_CONTROLLER})
    assert r[API]["status"] == "warn", r[API]["message"]
    assert "JSON" in r[DATA]["message"]["en"], r[DATA]["message"]


DJANGO_VIEW = """from django.http import JsonResponse
from django.shortcuts import render


def accueil(request):
    return render(request, "accueil.html")


def points(request):
    return JsonResponse({"points": []})
"""


def test_a_django_view_answering_its_imported_json_response_still_answers(tmp_path):
    files = {"requirements.txt": "Django==4.2.7\n", "manage.py": "import django\n", "site/views.py": DJANGO_VIEW,
             "site/templates/accueil.html": "<h1>Accueil</h1>\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [API, DATA]))
    assert r[API]["status"] == "warn", r[API]["message"]
