"""Session 21 (k2, case 1): the bare word "adresse" is no postal address handled unless another part of one stands beside it.
Fixtures shaped like a council-meeting web application (libriciel/idelibre, s20 r2 and v1): its e-mail template tells the member to
"se rendre à cette adresse : <a href=…>" (a web address) and its GDPR settings form has one free-text 'Adresse' field between the
company name and the phone number (the data controller's own contact): interoperability.public-building-blocks failed "address
handled here" and advised API Adresse; nothing there is address data the public reference would geocode."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PBB = ["interoperability.public-building-blocks"]
COMPOSER = '{"name": "exemple/convocations", "require": {"php": ">=8.1", "symfony/framework-bundle": "6.4.*", "symfony/form": "6.4.*"}}\n'
MAIL = ("<?php\n\nnamespace App\\Service\\Mail;\n\nclass ModeleParDefaut\n{\n    public const CONVOCATION = \"<p>Bonjour,</p>\n"
        "<p>Les pièces de la réunion sont disponibles : merci de vous rendre à cette adresse : \n<a href='#lien#'>#lien#</a></p>\";\n"
        "    public const RAPPEL = \"<p>Pour répondre, rendez-vous à votre adresse : <a href='#reponse#'>#reponse#</a></p>\";\n}\n")
FORM = ("<?php\n\nnamespace App\\Form;\n\nuse Symfony\\Component\\Form\\AbstractType;\nuse Symfony\\Component\\Form\\Extension\\Core\\Type\\TextType;\n"
        "use Symfony\\Component\\Form\\FormBuilderInterface;\n\nclass ResponsableTraitementType extends AbstractType\n{\n"
        "    public function buildForm(FormBuilderInterface $builder, array $options): void\n    {\n        $builder\n"
        "            ->add('denomination', TextType::class, ['label' => 'Dénomination'])\n"
        "            ->add('adresse', TextType::class, ['label' => 'Adresse'])\n"
        "            ->add('telephone', TextType::class, ['label' => 'Numéro de téléphone'])\n"
        "            ->add('courriel', TextType::class, ['label' => 'Adresse électronique'])\n"
        "            ->add('delegue', TextType::class, ['label' => 'Nom du délégué'])\n        ;\n    }\n}\n")
FILES = {"README.md": "# Convocations\n\nEnvoi des convocations aux séances du conseil.\n", "composer.json": COMPOSER,
         "src/Service/Mail/ModeleParDefaut.php": MAIL, "src/Form/ResponsableTraitementType.php": FORM,
         "templates/seance/index.html.twig": "{% extends 'base.html.twig' %}\n{% block body %}<h1>Séances</h1>{% endblock %}\n"}


def _pbb(tmp_path, files, name="r"):
    return judge(tmp_path, files, PBB, name=name)[1]["interoperability.public-building-blocks"]


def test_a_web_address_in_a_mail_and_a_contact_field_are_no_address_handled(tmp_path):
    res = _pbb(tmp_path, FILES)
    assert res["status"] == "not_applicable", res


def test_an_address_beside_its_town_still_counts(tmp_path):
    """The neighbouring right case: a form taking the street address and the town of a report is address data."""
    form = FORM.replace("->add('telephone', TextType::class, ['label' => 'Numéro de téléphone'])",
                        "->add('ville', TextType::class, ['label' => 'Ville'])")
    res = _pbb(tmp_path, {**FILES, "src/Form/ResponsableTraitementType.php": form}, "v")
    assert res["status"] == "fail", res
    assert [e["path"] for e in res["evidence"] if e.get("kind") == "finding"] == ["src/Form/ResponsableTraitementType.php"], res


def test_a_postcode_field_counts_by_itself(tmp_path):
    form = FORM.replace("'adresse', TextType::class, ['label' => 'Adresse']", "'code_postal', TextType::class, ['label' => 'Code postal']")
    res = _pbb(tmp_path, {**FILES, "src/Form/ResponsableTraitementType.php": form}, "p")
    assert res["status"] == "fail" and any(e.get("value") == "code_postal" for e in res["evidence"]), res
