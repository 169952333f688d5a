"""Session 17 (k2, reader a2): GIP-RECIA/esco-ChangeEtablissement (a uPortal portlet) copies Fluid Infusion and jQuery UI releases
into folders named by their versions (src/main/webapp/rs/fluid/1.5.0/, rs/jqueryui/1.10.3/): accessibility-and-ecodesign counted
their theme images (169 of 172 "raster images") and the font Fluid's theme declares as the interface's. A library's release copied
into a folder named by its version is the copy's, images and fonts included."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PNG = "\x89PNG\r\n\x1a\n" + "x" * 40


def test_a_copied_releases_images_and_fonts_are_not_the_interfaces(tmp_path):
    files = {"README.md": "# Changement d'établissement\n",
             "src/main/webapp/WEB-INF/web.xml": "<web-app><display-name>change</display-name></web-app>\n",
             "src/main/webapp/WEB-INF/jsp/view.jsp": "<%@ page contentType=\"text/html\" %>\n<div class=\"change\"><img src=\"images/swap.webp\"/></div>\n",
             "src/main/webapp/images/swap.webp": "RIFF0000WEBPVP8 ",
             "src/main/webapp/rs/jquery/1.10.2/jquery-1.10.2.min.js": "/*! jQuery v1.10.2 | (c) 2005, 2013 jQuery Foundation, Inc. | jquery.org/license */\n"
                                                                       "(function(e,t){var n,r;})(window);\n",
             "src/main/webapp/rs/jquery/1.10.2/theme/fonts.css": "@font-face { font-family: 'ThemeIcons'; src: url('../fonts/ThemeIcons.ttf'); }\n"}
    for i in range(8):
        files[f"src/main/webapp/rs/jquery/1.10.2/theme/images/ui-icons_{i}.png"] = PNG
    _, res = judge(tmp_path, files, ["interoperability.accessibility-and-ecodesign"])
    r = res["interoperability.accessibility-and-ecodesign"]
    assert not any("raster_images" in str(e.get("value")) for e in r["evidence"]), r["evidence"]
    assert "ThemeIcons".lower() not in str(r["evidence"]).lower(), r["evidence"]
