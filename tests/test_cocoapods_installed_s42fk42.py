"""A library inside CocoaPods' committed install directory is installed by the package manager, not copied outside any manifest
(issue 12, s42 fk42 = OPEN-ENT-NG/schooltoring-mobile-application).

The iOS side of a React Native app commits ios/Pods/ (CocoaPods' install, with the Manifest.lock it writes) beside ios/Podfile and
ios/Podfile.lock, which pins every pod. reusability.dependencies said a pod's files were "copied into the repository outside any
manifest". A Pods/ holding Manifest.lock beside a Podfile.lock is the package manager's: its libraries are declared and locked. The
same files in a Pods/ CocoaPods did not write (no Manifest.lock) stay a copy.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECK = "reusability.dependencies"
HLJS = ("/*! highlight.js v9.13.1 | BSD3 License | git.io/hljslicense */\n"
        "!function(e){var n=\"object\"==typeof window&&window;\"undefined\"!=typeof exports?e(exports):n&&(n.hljs=e({}))}(function(e){"
        "var n=[];return e.highlight=function(t){return t},e});\n")
LOCK = ("PODS:\n  - Highlightr (2.1.0)\n\nDEPENDENCIES:\n  - Highlightr (~> 2.1)\n\nSPEC REPOS:\n  trunk:\n    - Highlightr\n\n"
        "SPEC CHECKSUMS:\n  Highlightr: 595f1a2d7a4a9e7fd1e8a7d4b5a2f8d3c1e4b6a7\n\nPODFILE CHECKSUM: 1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e\n\n"
        "COCOAPODS: 1.5.3\n")
APP = {
    "package.json": '{"name": "tutorat", "version": "1.0.1", "private": true, "scripts": {"start": "react-native start"},'
                    ' "dependencies": {"react": "16.8.6", "react-native": "0.59.10"}}\n',
    "package-lock.json": '{"name": "tutorat", "version": "1.0.1", "lockfileVersion": 1, "requires": true, "dependencies": {}}\n',
    "index.js": "import { AppRegistry } from 'react-native';\nimport App from './src/App';\nAppRegistry.registerComponent('tutorat', () => App);\n",
    "src/App.js": "import React from 'react';\nimport { Text } from 'react-native';\nexport default () => <Text>Tutorat</Text>;\n",
    "ios/Podfile": "platform :ios, '9.0'\n\ntarget 'tutorat' do\n  pod 'Highlightr', '~> 2.1'\nend\n",
    "ios/Podfile.lock": LOCK,
    "ios/tutorat/AppDelegate.m": "#import \"AppDelegate.h\"\n@implementation AppDelegate\n@end\n",
    "ios/Pods/Highlightr/Pod/Assets/Highlighter/highlight.min.js": HLJS,
    "ios/Pods/Highlightr/Pod/Classes/Highlightr.swift": "import Foundation\nopen class Highlightr {}\n",
}


def test_a_pod_in_cocoapods_install_directory_is_no_copy(tmp_path):
    _, res = judge(tmp_path, {**APP, "ios/Pods/Manifest.lock": LOCK}, [CHECK])
    r = res[CHECK]
    assert "outside any manifest" not in r["message"]["en"], r["message"]
    assert r["details"].get("undeclared_libraries") == 0, r["details"]


def test_near_miss_a_pods_folder_cocoapods_did_not_write_stays_a_copy(tmp_path):
    _, res = judge(tmp_path, APP, [CHECK])  # (no ios/Pods/Manifest.lock: a folder named Pods, not CocoaPods' install)
    r = res[CHECK]
    assert "outside any manifest" in r["message"]["en"], r["message"]
