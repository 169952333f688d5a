"""Issue 12, session 44 fixer ff44 (Ludo81/BilanLSF, an SDIS 81 Android app): documentation.docs found "written guides" in CGU.md
(the terms of use) and PDC.md (the privacy policy, "# Politique de Confidentialité") at the repository's root. Terms of use, a
privacy policy and legal notices are what the app's users agree to, no documentation guide: they are known by their name (CGU,
privacy, mentions légales…) or, whatever the name, by their title. Near miss: two written guides at the root (a user guide and a
deployment note) still count."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

DOCS = "documentation.docs"
FILLER = ("L'application est conçue pour faciliter la communication entre les services de secours et les personnes sourdes et "
          "malentendantes lors des interventions, en utilisant des vidéos et des images. ") * 12
APP = {"README.md": "# Secours LSF\n\nApplication Android pour communiquer avec une personne sourde lors d'une intervention.\n",
       "settings.gradle.kts": 'rootProject.name = "SecoursLSF"\ninclude(":app")\n',
       "app/build.gradle.kts": 'plugins {\n    id("com.android.application")\n}\nandroid {\n    namespace = "com.sdis.secours.lsf"\n}\n',
       "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Secours LSF"/>\n</manifest>\n',
       "app/src/main/java/com/sdis/secours/lsf/MainActivity.java":
           "package com.sdis.secours.lsf;\n\n/** The home screen. */\npublic class MainActivity {\n}\n"}


def test_terms_of_use_and_a_privacy_policy_at_the_root_are_no_guides(tmp_path):
    files = {**APP, "CGU.md": "# Conditions Générales d'Utilisation\n## *(Terms of Service)*\n\nDernière mise à jour : 15/10/2024\n\n" + FILLER,
             "PDC.md": "# Politique de Confidentialité\n## *(Privacy Policy)*\n\nDernière mise à jour : 15/10/2024\n\n" + FILLER}
    report, res = judge(tmp_path, files, [DOCS])
    assert "folder" not in res[DOCS]["details"]["found"], res[DOCS]["message"]  # was warn 'Found: written guides'
    assert "CGU.md" not in str(res[DOCS]["evidence"]) and "PDC.md" not in str(res[DOCS]["evidence"])


def test_written_guides_at_the_root_still_count(tmp_path):
    files = {**APP, "GUIDE.md": "# Guide d'utilisation\n\n## Démarrer une intervention\n\n" + FILLER,
             "PUBLICATION.md": "# Publier une version\n\n## Signer l'application\n\n" + FILLER}
    report, res = judge(tmp_path, files, [DOCS])
    assert "folder" in res[DOCS]["details"]["found"], res[DOCS]["message"]
    assert "GUIDE.md" in str(res[DOCS]["evidence"])
