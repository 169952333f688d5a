"""An Odoo add-on replacing one of Odoo's files with its modified copy keeps that copy under Odoo's licence (issue 12, session 48
fixer fb48 = GIP-RECIA/recia_odoo_video_widget, readers rd47, vc47): the add-on's only code file is a modified copy of Odoo 15's
web_editor media.js, which its __manifest__.py swaps in by a ('replace', '/web_editor/…/media.js', '/<module>/…/media.js') asset.
The licence advice said "Choose MIT or Apache-2.0 … Why: no dependency with a known license restricts the choice": it read declared
package dependencies only, never the host whose file the add-on modifies (Odoo Community: LGPL-3). Fixtures written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MANIFEST = ("# -*- coding: utf-8 -*-\n{\n    'name': \"video_pod\",\n    'summary': \"Videos from the Pod server in the editor.\",\n"
            "    'author': \"Syndicat numérique\",\n    'version': '0.2',\n    'depends': ['web_editor'],\n    'data': [],\n"
            "    'assets': {\n        'web_editor.assets_wysiwyg': [\n%s        ],\n    }\n}\n")
REPLACE = "            ('replace', '/web_editor/static/src/js/wysiwyg/widgets/media.js', '/video_pod/static/src/js/media.js'),\n"
APPEND = "            'video_pod/static/src/js/pod_button.js',\n"
MEDIA = ("odoo.define('wysiwyg.widgets.media', function (require) {\n'use strict';\n\nvar core = require('web.core');\n\n"
         "var VideoWidget = core.Class.extend({\n    _getVideoURLData: function (url) {\n        var pod = url.match(/pod\\.example\\.org\\/video\\/(\\d+)/);\n"
         "        return pod ? {type: 'pod', id: pod[1]} : null;\n    },\n});\n\nreturn {VideoWidget: VideoWidget};\n});\n")
README = "# Video Pod\n\nVideos from our Pod server in Odoo's editor.\n"


def _advice(tmp_path, files, name="r"):
    _, res = judge(tmp_path, files, ["licensing.license-file"], name=name)
    lf = res["licensing.license-file"]
    assert lf["status"] == "fail", lf["message"]
    return lf["remediation_for_finding"]["en"] if isinstance(lf.get("remediation_for_finding"), dict) else lf["remediation"]["en"]


def test_a_replaced_host_file_keeps_the_hosts_licence(tmp_path):
    files = {"README.md": README, "video_pod/__manifest__.py": MANIFEST % REPLACE, "video_pod/__init__.py": "",
             "video_pod/static/src/js/media.js": MEDIA}
    advice = _advice(tmp_path, files)
    assert "replaces Odoo's file web_editor/static/src/js/wysiwyg/widgets/media.js" in advice and "LGPL-3.0-only" in advice, advice
    assert not advice.startswith("Choose MIT"), advice
    assert "Choose LGPL-3.0-or-later" in advice, advice
    assert "no dependency with a known license restricts the choice" not in advice, advice


def test_near_miss_an_add_on_keeping_odoos_files_unmodified(tmp_path):
    files = {"README.md": README, "video_pod/__manifest__.py": MANIFEST % APPEND, "video_pod/__init__.py": "",
             "video_pod/static/src/js/pod_button.js": "odoo.define('video_pod.button', function (require) {\n'use strict';\nreturn {};\n});\n"}
    advice = _advice(tmp_path, files, name="b")
    assert advice.startswith("Choose MIT or Apache-2.0"), advice
    assert "Odoo (LGPL-3.0-only) is under a weak-copyleft GNU license" in advice, advice
    assert "replaces" not in advice, advice
