"""interoperability.api-spec: JSON answered by a Symfony controller (return new JsonResponse($out)) or by a PHP web service
writing an ExtJS form's answer around json_encode (echo '{success:false, message:'.json_encode($e).'}') is an API served
(issue 12, s10 reads: two national parks' Symfony 2 apps answering their AngularJS front ends in 16 and 25 controllers, and a
regional platform's PHP web services, were said to serve no API)."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

API = ["interoperability.api-spec"]

_CONTROLLER = ("<?php\nnamespace Acme\\SuiviBundle\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\Controller;\n"
               "use Symfony\\Component\\HttpFoundation\\JsonResponse;\n\nclass ObservationController extends Controller\n{\n"
               "    public function listAction($id)\n    {\n        $out = $this->get('observationService')->getList($id);\n"
               "        return new JsonResponse($out);\n    }\n}\n")


def test_symfony_controllers_answering_json_serve_an_api(tmp_path):
    files = {"composer.json": '{"name": "acme/suivi", "require": {"php": ">=5.3.3", "symfony/symfony": "2.6.*", "doctrine/orm": "~2.2"}}\n',
             "app/AppKernel.php": "<?php\nuse Symfony\\Component\\HttpKernel\\Kernel;\nclass AppKernel extends Kernel\n{\n}\n",
             "web/app.php": "<?php\nrequire_once __DIR__.'/../app/AppKernel.php';\n$kernel = new AppKernel('prod', false);\n",
             "src/Acme/SuiviBundle/Resources/views/index.html.twig": "<div ng-app=\"suivi\">{{ titre }}</div>\n",
             "src/Acme/SuiviBundle/Controller/ObservationController.php": _CONTROLLER,
             "src/Acme/SuiviBundle/Resources/config/routing.yml": "suivi_obs:\n    path: /observation/{id}\n    defaults: { _controller: AcmeSuiviBundle:Observation:list }\n"}
    r = judge(tmp_path, files, API)[1]["interoperability.api-spec"]
    assert r["status"] == "warn", r["message"]["en"]
    assert "ObservationController.php" in r["message"]["en"]


def test_a_php_web_service_writing_its_json_answer_by_hand_serves_an_api(tmp_path):
    ws = ("<?php\ninclude('../conf.php');\n$db = pg_connect($conn);\nif (!$db) {\n"
          "    echo '{success:false, message:'.json_encode(\"Connexion impossible\").'}';\n    exit;\n}\n"
          "$nom = basename($_FILES['fichier']['name']);\n"
          "echo '{success:true, fichier:'.json_encode($nom).'}';\n")
    rss = "<?php\n$db = pg_connect($conn);\n$r = pg_query($db, 'select * from signalement where statut = ' . intval($_GET['statut']));\nwhile ($l = pg_fetch_assoc($r)) { $rows[] = $l; }\n" \
          "echo '{success:true, rows:'.json_encode($rows).'}';\n"
    r = judge(tmp_path, {"ws/import.php": ws, "ws/rss.php": rss, "index.html": "<script src=\"app.js\"></script>\n",
                         "app.js": "Ext.onReady(function(){ Ext.Ajax.request({url: 'ws/rss.php'}); });\n"},
              API)[1]["interoperability.api-spec"]
    assert r["status"] == "warn" and "ws/import.php" in r["message"]["en"], r["message"]["en"]


def test_a_php_page_echoing_html_around_a_value_serves_no_api(tmp_path):
    page = "<?php\n$titre = 'Accueil';\necho '<h1>' . htmlspecialchars($titre) . '</h1>';\necho '<p>' . json_last_error_msg() . '</p>';\n"
    r = judge(tmp_path, {"index.php": page}, API)[1]["interoperability.api-spec"]
    assert r["status"] == "not_applicable", r["message"]["en"]
