"""Session 27 (t27, measure 18 reader o1's Tisseo/BoaBundle): a transport back-office's Symfony forms give the geometry's SRID field
the value '3943' (RGF93 / CC43, the conic conformal zone of Toulouse's band of latitude), read-only: territory-neutral said "No
territory-specific value in the code", the bare SRID being read only in SQL files. A conic zone's number given to a field or setting
named for the reference system is a territory value in code too; Lambert-93 (2154) is national, and a file naming three zones or more
handles them all."""

from __future__ import annotations

from tests.test_kind_first_reads import kind_and_results

FORM = """<?php
namespace Reseau\\BoaBundle\\Form\\Type;

use Symfony\\Component\\Form\\AbstractType;
use Symfony\\Component\\Form\\FormBuilderInterface;

class StopHistoryType extends AbstractType
{
    public function buildForm(FormBuilderInterface $builder, array $options)
    {
        $builder
            ->add(
                'srid',
                'text',
                array(
                    'label' => 'stop_history.label.srid',
                    'mapped' => false,
                    'data' => '3943',
                    'read_only' => true,
                    'required' => true
                )
            )
            ->add('wkt', 'textarea', array('required' => true))
        ;
    }
}
"""

ALL_ZONES = """<?php
class Projections
{
    const ZONES = array('CC42' => array('srid' => 3942), 'CC43' => array('srid' => 3943), 'CC44' => array('srid' => 3944));
}
"""


def _files(form: str) -> dict:
    return {"README.md": "# Back-office du réseau\n\nBundle Symfony de saisie de l'offre de transport.\n",
            "composer.json": '{"name": "reseau/boa-bundle", "type": "symfony-bundle", "require": {"symfony/symfony": "2.6.*"}}\n',
            "Form/Type/StopHistoryType.php": form, "Resources/config/projections.php": ALL_ZONES}


def test_a_conic_zone_srid_given_to_a_form_field_is_a_territory_value(tmp_path):
    _, res = kind_and_results(tmp_path, _files(FORM), ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert r["status"] != "pass", r["message"]
    found = [e for e in r["evidence"] if e.get("value") == "3943"]
    assert [(e["path"], e["line"]) for e in found] == [("Form/Type/StopHistoryType.php", 18)], r["evidence"]


def test_lambert_93_and_a_file_of_every_zone_stay_neutral(tmp_path):
    _, res = kind_and_results(tmp_path, _files(FORM.replace("3943", "2154")), ["reusability.territory-neutral"])
    r = res["reusability.territory-neutral"]
    assert not any(str(e.get("value", "")).startswith(("39", "2154")) for e in r["evidence"]), r["evidence"]
    assert r["status"] == "pass", r["message"]
