"""interoperability.accessibility-and-ecodesign: a WordPress plugin of a group of communes renders their sites' public pages through
shortcodes (an events slider, a Leaflet map of places) and was told "not applicable to a library or package" (issue 12, s29 e29);
so was a block plugin drawing a map of waste collection points. A plugin putting shortcodes, blocks or visitors' scripts in the
site's pages is judged on them; a plugin with admin pages only stays not applicable."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

A11Y = "interoperability.accessibility-and-ecodesign"
HEADER = ("<?php\n/**\n * Plugin Name: Administration GIE\n * Description: Événements, annuaire des lieux et alertes des communes.\n"
          " * Version: 1.0\n * Author: GIE\n */\n\nrequire_once plugin_dir_path(__FILE__) . 'includes/Event/event-slider.php';\n")
SLIDER = ("<?php\nadd_shortcode( 'slider_events', 'slider_events_shortcode' );\n\nfunction slider_events_shortcode( $atts ) {\n"
          "  wp_enqueue_style( 'gie-slider', plugins_url( 'css/slider.css', __FILE__ ) );\n  $out = '<div class=\"slider\">';\n  foreach ( get_posts( array( 'post_type' => 'event' ) ) as $p ) {\n"
          "    $out .= '<div><h3>' . esc_html( $p->post_title ) . '</h3></div>';\n  }\n  return $out . '</div>';\n}\n")
ADMIN = ("<?php\nadd_action( 'admin_menu', 'gie_menu' );\n\nfunction gie_menu() {\n"
         "  add_menu_page( 'GIE', 'GIE', 'manage_options', 'gie', 'gie_page' );\n}\n\nfunction gie_page() {\n  echo '<h1>Réglages</h1>';\n}\n")
README = "# Admin GIE\n\nExtension WordPress des communes du GIE.\n"


def test_a_wordpress_plugin_with_shortcodes_is_judged_on_its_pages(tmp_path):
    files = {"Administration_GIE.php": HEADER, "includes/Event/event-slider.php": SLIDER, "includes/admin.php": ADMIN, "README.md": README,
             "includes/Event/css/slider.css": ".slider { display: flex; }\n.slider h3 { font-size: 1.2rem; }\n"}
    report, res = judge(tmp_path, files, [A11Y], name="front")
    assert report["facts"]["project"]["plugin_pages"] == ["includes/Event/event-slider.php"], report["facts"]["project"]
    assert res[A11Y]["status"] != "not_applicable", res[A11Y]["message"]


def test_a_wordpress_plugin_with_admin_pages_only_stays_not_applicable(tmp_path):
    files = {"Administration_GIE.php": HEADER.replace("Event/event-slider.php", "admin.php"), "includes/admin.php": ADMIN, "README.md": README}
    report, res = judge(tmp_path, files, [A11Y], name="admin")
    assert report["facts"]["project"]["plugin_pages"] == [], report["facts"]["project"]
    assert res[A11Y]["status"] == "not_applicable", res[A11Y]["message"]
