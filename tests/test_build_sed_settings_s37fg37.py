"""reusability.configuration (issue 12, s37 fg37 = reader rb37, OPEN-ENT-NG/ent-mobile): a Cordova app's build.sh fills the
%PLACEHOLDERS% of its files from the environment (sed -i -e "s|%PLATFORM_ADDRESS%|${PLATFORM_ADDRESS}|g" over www/app.const.js,
google-services.json…: 22 variables), and an after_prepare hook reads process.env.CORDOVA_PLATFORMS. The check counted 3 settings:
the two whose names say API, taken from a build script only when their name says they reach the app, and CORDOVA_PLATFORMS. A
variable a script writes into the application's files as a sed substitution's replacement is a setting whatever its name; the
variables Cordova's CLI sets for its hooks (CORDOVA_*) are the tool's. Near miss: what a build script reads to drive the build
(its ${GIT_BRANCH} for git checkout) stays none."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"

BUILD = """#!/bin/bash

makesed () {
    sed -i -e "s|%PLATFORM_ADDRESS%|${PLATFORM_ADDRESS}|g" $1
    sed -i -e "s|%APPNAME%|${APPNAME}|g" $1
    sed -i -e "s|%CONNECTOR_ID%|${CONNECTOR_ID}|g" $1
    sed -i -e "s|%ANDROID_API_KEY%|${ANDROID_API_KEY}|g" $1
}

export -f makesed
git checkout ${GIT_BRANCH}
grep -rl www -e "%[A-Z_]*%" | xargs bash -c 'makesed "$@"' _
"""

HOOK = """#!/usr/bin/env node
var platforms = (process.env.CORDOVA_PLATFORMS ? process.env.CORDOVA_PLATFORMS.split(',') : []);
platforms.forEach(function (p) { console.log('prepared', p); });
"""

APP = {
    "README.md": "# Application mobile\n\nApplication Ionic de l'ENT.\n",
    "package.json": '{"name": "ent-mobile", "version": "1.0.0", "dependencies": {"cordova-android": "8.0.0"}}\n',
    "config.xml": '<?xml version="1.0"?>\n<widget id="fr.ent.mobile" version="1.0.0" xmlns="http://www.w3.org/ns/widgets"><name>%APPNAME%</name></widget>\n',
    "www/index.html": "<!DOCTYPE html>\n<html><body ng-app=\"ent\"><script src=\"app.const.js\"></script><script src=\"js/app.js\"></script></body></html>\n",
    "www/app.const.js": "angular.module('ent').constant('domainENT', '%PLATFORM_ADDRESS%').constant('clientId', '%CONNECTOR_ID%');\n",
    "www/js/app.js": "angular.module('ent', []).run(function (domainENT) { console.log(domainENT); });\n",
    "hooks/after_prepare/010_add_platform_class.js": HOOK,
    "build.sh": BUILD,
}


def _read(r: dict) -> list:
    return (r.get("details") or {}).get("undocumented") or []


def test_the_variables_sed_writes_into_the_apps_files_are_settings(tmp_path):
    r = check_result(tmp_path, APP, CID)
    read = _read(r)
    assert {"PLATFORM_ADDRESS", "APPNAME", "CONNECTOR_ID", "ANDROID_API_KEY"} <= set(read), (r["message"], r["details"])


def test_cordovas_hook_variables_and_the_builds_own_are_none(tmp_path):
    r = check_result(tmp_path, APP, CID)
    read = _read(r)
    assert "CORDOVA_PLATFORMS" not in read and "GIT_BRANCH" not in read, (r["message"], r["details"])
