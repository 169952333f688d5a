"""reusability.configuration (issue 12, session 33, measure 27 reader m27o3; s33 t33): a WordPress plugin mapping an EPCI's
cycle lanes tests ACY_IGN_API_KEY and ACY_OCM_API_KEY with defined() and ships their define() lines commented out in its main
file, each under a comment saying which base map needs it (`//define('ACY_IGN_API_KEY', "mettre votre clé ign ici");`); the
README says to fill in the keys at the top of that file. The check warned "2 undocumented": a constant whose define() line
the plugin ships to uncomment is documented, and such constants are said to be set in wp-config.php, not read from the
environment. A constant tested and never written anywhere stays undocumented."""

from __future__ import annotations

from tests.test_settings_m3_s19 import findings
from tests.test_settings_shapes_s9 import conf

MAIN = ("<?php\n/**\n * Plugin Name: Amenagements cyclables\n * Description: Carte des aménagements cyclables.\n */\n\n"
        "if ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\n\ndefine( 'ACY_VERSION', '1.4.0' );\ndefine( 'ACY_DIR', plugin_dir_path( __FILE__ ) );\n\n"
        "// clé IGN nécessaire pour les fonds SCAN25 et IGN cartes standard\n//define('ACY_IGN_API_KEY', \"mettre votre clé ign ici\");\n\n"
        "// clé OpenCycleMap (ajouter \"OCM\" dans la liste)\n//define('ACY_OCM_API_KEY', \"mettre votre clé OpenCycleMap ici\");\n\n"
        "define( 'ACY_MAPS', 'COSM,OSM,OTM' );\nrequire ACY_DIR . 'public/class-acy-public.php';\n")
PUBLIC = ("<?php\nclass Acy_Public {\n\tpublic function layers() {\n"
          "\t\t$iak = defined('ACY_IGN_API_KEY') ? ',iak:\"' . ACY_IGN_API_KEY . '\"' : '';\n"
          "\t\t$ocm = defined('ACY_OCM_API_KEY') ? ',ocm:\"' . ACY_OCM_API_KEY . '\"' : '';\n"
          "\t\t$tok = defined('ACY_MAPBOX_TOKEN') ? ACY_MAPBOX_TOKEN : '';\n\t\treturn $iak . $ocm . $tok;\n\t}\n}\n")
README = "# Amecycl\n\nCarte des aménagements cyclables d'une intercommunalité.\n\n## Installation\n\nCopiez le dossier dans wp-content/plugins.\n"


def test_constants_whose_define_lines_ship_commented_out_are_documented(tmp_path):
    r = conf(tmp_path, {"amecycl.php": MAIN, "public/class-acy-public.php": PUBLIC, "README.md": README})
    assert r["details"]["env_vars"] == 3, r["details"]
    assert findings(r) == {"ACY_MAPBOX_TOKEN"}, r["evidence"]  # was all three: the two shipped commented out are documented
    # (constants each site defines, read from no environment: said so)
    assert r["message"]["en"].startswith("3 constant(s) each site defines in wp-config.php, 1 undocumented"), r["message"]
