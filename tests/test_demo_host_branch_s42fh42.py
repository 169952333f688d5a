"""scaling.hosting (issue 12, session 42 fixer fh42 = KeolisAix/MDMKPA, reader ra42 §3 item 16): an accident-claims page carried
jQuery-File-Upload's demo line ``var url = window.location.hostname === 'blueimp.github.io' ? '//jquery-file-upload.appspot.com/' :
'photo_sinistre/';`` — "1 personal or third-party account, 1 commercial service". The host a page's own host is compared with, and
the address chosen when they are equal, are the demo's, used only when served from there: the project uploads to its own folder.
Near miss: the same upload page sending its files to a storage service's address unconditionally keeps that service. The fixtures
are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CID = "scaling.hosting"
PAGE = """function uploadPhotos(motif) {
    $(function () {
        'use strict';
        // Change this to the location of your server-side upload handler:
        var url = window.location.hostname === 'demo-uploads.github.io' ?
                    '//file-upload-demo.appspot.com/' : 'photos/';
        $('#fileupload').fileupload({ url: url, dataType: 'json' });
    });
}
"""
DIRECT = """function uploadPhotos(motif) {
    $(function () {
        var url = 'https://file-upload-demo.appspot.com/';
        $('#fileupload').fileupload({ url: url, dataType: 'json' });
    });
}
"""


def _hosts(tmp_path, script, name):
    files = {"README.md": "# Sinistres\n\nDeclaration des sinistres.\n", "index.php": "<?php include 'form.php'; ?>\n", "js/script.js": script}
    r = judge(tmp_path, files, [CID], name=name)[1][CID]
    return {str((e.get("value") or {}).get("host")) for e in r["evidence"] if isinstance(e.get("value"), dict)}, r


def test_a_demo_s_host_test_names_no_dependency(tmp_path):
    hosts, r = _hosts(tmp_path, PAGE, "a")
    assert not {h for h in hosts if "appspot" in h or "github.io" in h}, (r["message"], r["evidence"])


def test_an_upload_service_called_unconditionally_stays(tmp_path):
    # near miss: the service is the page's upload address whatever the host
    hosts, r = _hosts(tmp_path, DIRECT, "b")
    assert any("appspot" in h for h in hosts), (r["message"], r["evidence"])
