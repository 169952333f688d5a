"""An "Installation" chapter that only sets up an editor's formatter is no installation (issue 12, s42 fk42 =
OPEN-ENT-NG/schooltoring-mobile-application).

A React Native app's README has "## Installation" over one sentence: how to set Prettier's format on save in IntelliJ, linking
Prettier's WebStorm page. reusability.install said "written instructions: yes" and documentation.readme-sections found the
installation. A chapter that names a formatter or linter and gives no command installing, building or running the project is the
developer's editor set-up; the same heading over `npm install` and `npx react-native run-android` stays the installation.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["reusability.install", "documentation.readme-sections"]
APP = {
    "package.json": '{"name": "tutorat", "version": "1.0.1", "private": true, "scripts": {"start": "react-native start", '
                    '"android": "react-native run-android", "test": "jest"}, "dependencies": {"react": "16.8.6", "react-native": "0.59.10"}}\n',
    "android/build.gradle": "buildscript {\n    repositories { google() }\n    dependencies { classpath 'com.android.tools.build:gradle:3.4.1' }\n}\n",
    "android/app/build.gradle": "apply plugin: 'com.android.application'\nandroid {\n    compileSdkVersion 28\n}\n",
    "android/settings.gradle": "rootProject.name = 'tutorat'\ninclude ':app'\n",
    "ios/Podfile": "platform :ios, '9.0'\ntarget 'tutorat' do\n  pod 'Firebase/Core'\nend\n",
    "index.js": "import { AppRegistry } from 'react-native';\nimport App from './src/App';\nAppRegistry.registerComponent('tutorat', () => App);\n",
    "src/App.js": "import React from 'react';\nimport { Text } from 'react-native';\nexport default () => <Text>Tutorat</Text>;\n",
}
PRESENTATION = ("# Tutorat entre élèves\n\n## Présentation de l'application\nCette application permet aux lycéens de proposer leur aide ou d'en "
                "demander dans le cadre d'un tutorat entre pairs, de trouver qui est disponible et d'évaluer le tutorat réalisé.\n\n")
EDITOR = ("## Installation\nPour installer le formattage sur la sauvegarde avec Intellij Idea, utiliser la documentation suivante : "
          "https://prettier.io/docs/en/webstorm.html#running-prettier-on-save-using-file-watcher \n")
STEPS = ("## Installation\nInstaller les dépendances puis lancer l'application sur un émulateur :\n\n```\nnpm install\ncd ios && pod install\n"
         "npx react-native run-android\n```\n\nPour le formattage à la sauvegarde, voir la documentation de Prettier.\n")


def test_an_editor_formatter_setup_is_no_installation(tmp_path):
    _, res = judge(tmp_path, {**APP, "README.md": PRESENTATION + EDITOR}, CHECKS)
    install = res["reusability.install"]
    assert install["details"].get("instructions") is not True, install["message"]
    assert install["status"] != "pass", install["message"]
    sections = res["documentation.readme-sections"]
    assert "installation" not in sections["message"]["en"].split("missing")[0].lower().split("found:")[-1], sections["message"]


def test_near_miss_the_same_heading_over_the_project_s_commands_stays_the_installation(tmp_path):
    _, res = judge(tmp_path, {**APP, "README.md": PRESENTATION + STEPS}, CHECKS)
    assert res["reusability.install"]["details"].get("instructions") is True, res["reusability.install"]["message"]
    sections = res["documentation.readme-sections"]
    assert "installation" in sections["message"]["en"].lower(), sections["message"]
