"""reusability.install (issue 12, s13 r1 reads: an Expo / React Native form app): its app.json is Expo's configuration of the mobile
app (`{"expo": {"name": …, "ios": …}}`), not a Heroku or Scalingo app manifest; React Native's bare app.json (name, displayName)
neither. An app.json with a PaaS manifest's keys (env, buildpacks, formation…) is still the platform's deployment recipe."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

PACKAGE = ('{\n  "name": "agent-forms",\n  "version": "1.0.0",\n  "main": "expo-router/entry",\n'
           '  "scripts": {"start": "expo start", "android": "expo run:android"},\n'
           '  "dependencies": {"expo": "~52.0.0", "react": "18.3.1", "react-native": "0.76.5"}\n}\n')
APP = {"README.md": "# Agent forms\n\nApplication mobile de saisie des constats.\n\n## Installation\n\n```\nnpm install\nnpx expo start\n```\n",
       "package.json": PACKAGE, "app/index.tsx": "import { Text } from 'react-native';\nexport default function Home() { return <Text>Hi</Text>; }\n"}
EXPO = '{\n  "expo": {\n    "name": "agent-forms",\n    "slug": "agent-forms",\n    "ios": {"supportsTablet": true},\n    "web": {"output": "static"}\n  }\n}\n'
HEROKU = '{\n  "name": "agent-forms",\n  "env": {"API_URL": {"required": true}},\n  "buildpacks": [{"url": "heroku/nodejs"}]\n}\n'


def test_expos_app_json_is_no_paas_manifest(tmp_path):
    r = check_result(tmp_path, {**APP, "app.json": EXPO}, "reusability.install")
    assert "paas" not in r["message"]["en"] and not [e for e in r["evidence"] if e.get("path") == "app.json"], (r["message"], r["evidence"])


def test_react_natives_bare_app_json_is_no_paas_manifest(tmp_path):
    r = check_result(tmp_path, {**APP, "app.json": '{\n  "name": "agentforms",\n  "displayName": "Agent forms"\n}\n'}, "reusability.install")
    assert "paas" not in r["message"]["en"], r["message"]


def test_a_heroku_app_json_is_still_a_paas_manifest(tmp_path):
    r = check_result(tmp_path, {**APP, "app.json": HEROKU}, "reusability.install")
    assert "paas" in r["message"]["en"], r["message"]
