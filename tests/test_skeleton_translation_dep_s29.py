"""A translation library every Symfony web application installs, taken for translated texts (issue 12, session 29 fixer l29; reader
s29 m21o1: a waste syndicate's Symfony app tracking its déchetterie).

reusability.portability said "i18n: yes" from composer.json's symfony/translation alone: Symfony's webapp pack requires it beside an
empty translations/ (a .gitignore), and the app's Twig templates write their French texts directly ("Connexion", "Mot de passe"), the
only |trans being the skeleton's login error. It counts with translation files or translation calls.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PORT = "reusability.portability"
COMPOSER = ('{\n    "type": "project",\n    "license": "proprietary",\n    "require": {\n        "php": ">=8.1",\n'
            '        "symfony/framework-bundle": "6.2.*",\n        "symfony/security-bundle": "6.2.*",\n'
            '        "symfony/translation": "6.2.*",\n        "symfony/twig-bundle": "6.2.*"\n    }\n}\n')
CONTROLLER = ("<?php\n\nnamespace App\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\AbstractController;\n"
              "use Symfony\\Component\\HttpFoundation\\Response;\nuse Symfony\\Component\\Routing\\Annotation\\Route;\n\n"
              "class SiteController extends AbstractController\n{\n    #[Route('/', name: 'app_home')]\n"
              "    public function index(): Response\n    {\n        return $this->render('site/index.html.twig');\n    }\n}\n")
LOGIN = ("{% extends 'base.html.twig' %}\n{% block title %}Connexion{% endblock %}\n{% block body %}\n<form method=\"post\">\n"
         "    {% if error %}\n        <div class=\"alert alert-danger\">{{ error.messageKey|trans(error.messageData, 'security') }}</div>\n"
         "    {% endif %}\n    <h1>Connexion</h1>\n    <label for=\"inputPassword\">Mot de passe</label>\n"
         "    <button type=\"submit\">Se connecter</button>\n</form>\n{% endblock %}\n")
INDEX = ("{% extends 'base.html.twig' %}\n{% block body %}\n<h1>Suivi des apports en déchetterie</h1>\n"
         "<a href=\"/extractions\">Extractions</a> <a href=\"/frequentation\">Fréquentation</a>\n{% endblock %}\n")
APP = {"composer.json": COMPOSER, "src/Controller/SiteController.php": CONTROLLER, "templates/security/login.html.twig": LOGIN,
       "templates/site/index.html.twig": INDEX, "translations/.gitignore": ""}


def test_the_skeletons_translation_library_alone_is_no_i18n(tmp_path):
    _, res = judge(tmp_path, APP, [PORT])
    assert res[PORT]["details"]["i18n"] is False, res[PORT]["evidence"]  # was pass "i18n: yes" from composer.json's symfony/translation


def test_translation_files_or_calls_keep_it(tmp_path):
    files = {**APP, "translations/messages.fr.yaml": "home.title: Suivi des apports en déchetterie\n"}
    _, res = judge(tmp_path, files, [PORT], name="files")
    assert res[PORT]["details"]["i18n"] is True, res[PORT]["evidence"]
    calls = {**APP, "templates/site/index.html.twig": "{% extends 'base.html.twig' %}\n{% block body %}\n<h1>{{ 'home.title'|trans }}</h1>\n"
             "<a href=\"/extractions\">{{ 'menu.extractions'|trans }}</a> <a href=\"/frequentation\">{{ 'menu.visits'|trans }}</a>\n"
             "{% endblock %}\n"}
    _, res = judge(tmp_path, calls, [PORT], name="calls")
    assert res[PORT]["details"]["i18n"] is True, res[PORT]["evidence"]
