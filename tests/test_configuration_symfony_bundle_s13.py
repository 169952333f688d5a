"""reusability.configuration (issue 12, s12 r2 reads): a Symfony bundle declares its own settings in its configuration tree
(DependencyInjection/Configuration.php: scalarNode('jenkins_server')->isRequired(), …), which each application sets in its
config/*.yml: the bundle's settings, declared the way Symfony expects, not "a library shipping no settings template". A
Configuration.php declaring no node leaves the bundle without settings."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.configuration"
COMPOSER = ('{\n    "name": "transit/offer-bundle",\n    "type": "symfony-bundle",\n    "description": "Back office of the offer",\n'
            '    "require": {"php": ">=5.3.3", "symfony/symfony": "~2.3"},\n    "autoload": {"psr-0": {"Transit\\\\OfferBundle": ""}},\n'
            '    "target-dir": "Transit/OfferBundle"\n}\n')
TREE = ("<?php\n\nnamespace Transit\\OfferBundle\\DependencyInjection;\n\n"
        "use Symfony\\Component\\Config\\Definition\\Builder\\TreeBuilder;\nuse Symfony\\Component\\Config\\Definition\\ConfigurationInterface;\n\n"
        "class Configuration implements ConfigurationInterface\n{\n    public function getConfigTreeBuilder()\n    {\n"
        "        $treeBuilder = new TreeBuilder();\n        $rootNode = $treeBuilder->root('transit_offer');\n\n"
        "{nodes}        return $treeBuilder;\n    }\n}\n")
NODES = ("        $rootNode\n            ->children()\n                ->scalarNode('build_server')->isRequired()->end()\n"
         "                ->scalarNode('build_user')->isRequired()->end()\n                ->arrayNode('mailer')\n"
         "                    ->children()\n                        ->scalarNode('from')->defaultValue('noreply@example.org')->end()\n"
         "                    ->end()\n                ->end()\n            ->end();\n\n")
CONTROLLER = ("<?php\n\nnamespace Transit\\OfferBundle\\Controller;\n\nuse Symfony\\Bundle\\FrameworkBundle\\Controller\\Controller;\n\n"
              "class LineController extends Controller\n{\n    public function listAction()\n    {\n"
              "        $server = $this->container->getParameter('transit_offer.build_server');\n"
              "        return $this->render('TransitOfferBundle:Line:list.html.twig', array('server' => $server));\n    }\n}\n")
BUNDLE = ("<?php\n\nnamespace Transit\\OfferBundle;\n\nuse Symfony\\Component\\HttpKernel\\Bundle\\Bundle;\n\n"
          "class TransitOfferBundle extends Bundle\n{\n}\n")


def files(nodes: str) -> dict:
    return {"composer.json": COMPOSER, "README.md": "# OfferBundle\n\nBack office bundle managing the transit offer.\n",
            "TransitOfferBundle.php": BUNDLE, "DependencyInjection/Configuration.php": TREE.replace("{nodes}", nodes),
            "Controller/LineController.php": CONTROLLER,
            "Resources/views/Line/list.html.twig": "{% extends '::base.html.twig' %}\n{% block content %}<p>{{ server }}</p>{% endblock %}\n"}


def conf(tmp_path, nodes: str) -> dict:
    return results(run_audit(build(tmp_path / "r", files(nodes)), tmp_path / "c", [CID]))[CID]


def test_a_bundles_configuration_tree_is_its_settings(tmp_path):
    r = conf(tmp_path, NODES)
    assert r["status"] == "pass", r["message"]
    assert "Symfony" in r["message"]["en"] and "DependencyInjection/Configuration.php" in r["message"]["en"], r["message"]


def test_a_tree_without_nodes_declares_no_setting(tmp_path):
    r = conf(tmp_path, "")
    assert r["status"] != "pass" and "Symfony" not in r["message"]["en"], r["message"]
