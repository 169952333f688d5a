"""reusability.dependencies and reusability.build-output (issue 12, s37 fg37 = reader rb37, OPEN-ENT-NG/ent-mobile): an Ionic 1 app
sets Bower's folder to www/lib (.bowerrc), its bower.json declares ionic (and "resolutions": {"angular": "1.5.3"}), and
www/lib/ionic/.bower.json requires angular, angular-animate…; its gulpfile compiles scss/ionic.app.scss to www/css/ionic.app.css
and, through rename({extname: '.min.css'}), to ionic.app.min.css. The dependencies check called angular, angular-animate and
ionic.app "copied into the repository outside any manifest"; build-output counted 1 file and no installed folder. Packages Bower
installed (their .bower.json) that the manifest declares, directly or through a declared package, are declared; the gulp rename's
output is the build's; Bower's folder is a package manager's install. Near misses: a package in that folder nothing declares
(ngCordova) stays a copy; a library copied into a lib/ folder of a project without Bower stays one."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

DEP = "reusability.dependencies"
OUT = "reusability.build-output"

ANGULAR = "/**\n * @license AngularJS v1.5.3\n * (c) 2010-2016 Google, Inc. http://angularjs.org\n * License: MIT\n */\n(function(window) {\n  'use strict';\n  window.angular = {};\n})(window);\n"
ANIMATE = ANGULAR.replace("window.angular = {};", "window.angular.animate = {};")
CORDOVA = ("/*!\n * ngCordova\n * v0.1.27-alpha\n * Copyright 2015 Drifty Co. http://drifty.com/\n * See LICENSE in this repository for license information\n */\n"
           "(function(){\nangular.module('ngCordova', []);\n})();\n")
GULP = """var gulp = require('gulp');
var sass = require('gulp-sass');
var minifyCss = require('gulp-minify-css');
var rename = require('gulp-rename');

gulp.task('sass', function(done) {
  gulp.src('./scss/ionic.app.scss')
    .pipe(sass())
    .pipe(gulp.dest('./www/css/'))
    .pipe(minifyCss({
      keepSpecialComments: 0
    }))
    .pipe(rename({ extname: '.min.css' }))
    .pipe(gulp.dest('./www/css/'))
    .on('end', done);
});
"""


def _record(name: str, deps: dict | None = None) -> str:
    import json
    return json.dumps({"name": name, "version": "1.5.3", "dependencies": deps or {}, "_source": f"https://github.com/x/{name}.git"})


APP = {
    "README.md": "# Appli mobile\n\nApplication Ionic.\n",
    ".bowerrc": '{\n  "directory": "www/lib"\n}\n',
    "bower.json": '{\n  "name": "appli",\n  "private": "true",\n  "devDependencies": {"ionic": "ionic-team/ionic-bower#1.3.4"},\n'
                  '  "resolutions": {"angular": "1.5.3"}\n}\n',
    "package.json": '{"name": "appli", "version": "1.0.0", "devDependencies": {"gulp": "3.9.0", "gulp-sass": "2.0.4", "gulp-rename": "1.2.0", "gulp-minify-css": "1.1.1"}}\n',
    "package-lock.json": '{"name": "appli", "lockfileVersion": 1, "dependencies": {}}\n',
    "gulpfile.js": GULP,
    "scss/ionic.app.scss": "$positive: #387ef5;\n@import \"www/lib/ionic/scss/ionic\";\n.bar { color: $positive; }\n",
    "www/css/ionic.app.css": ".bar{color:#387ef5}\n" * 3,
    "www/css/ionic.app.min.css": ".bar{color:#387ef5}" * 3,
    "www/index.html": '<!DOCTYPE html>\n<html><head><link href="css/ionic.app.min.css" rel="stylesheet"><script src="lib/angular/angular.js"></script>'
                      '<script src="lib/angular-animate/angular-animate.js"></script><script src="lib/ngCordova/dist/ng-cordova.js"></script>'
                      '<script src="js/app.js"></script></head>\n<body ng-app="appli"></body></html>\n',
    "www/js/app.js": "angular.module('appli', ['ngCordova']).run(function () { console.log('ok'); });\n",
    "www/lib/ionic/.bower.json": _record("ionic", {"angular": "1.5.3", "angular-animate": "1.5.3"}),
    "www/lib/ionic/bower.json": '{"name": "ionic", "dependencies": {"angular": "1.5.3", "angular-animate": "1.5.3"}}\n',
    "www/lib/ionic/js/ionic.js": "/*!\n * ionic.bundle.js is a concatenation of:\n * ionic.js, angular.js\n */\nwindow.ionic = {version: '1.3.4'};\n",
    "www/lib/angular/.bower.json": _record("angular"),
    "www/lib/angular/angular.js": ANGULAR,
    "www/lib/angular-animate/.bower.json": _record("angular-animate", {"angular": "1.5.3"}),
    "www/lib/angular-animate/angular-animate.js": ANIMATE,
    "www/lib/ngCordova/.bower.json": _record("ngCordova"),
    "www/lib/ngCordova/dist/ng-cordova.js": CORDOVA,
}


def _undeclared(r: dict) -> str:
    return r["message"]["en"].split("outside any manifest", 1)[-1]


def test_bower_installed_packages_the_manifest_reaches_are_declared(tmp_path):
    r = check_result(tmp_path, APP, DEP)
    rest = _undeclared(r)
    assert "angular" not in rest.replace("ngcordova", "") and "ionic.app" not in rest, r["message"]
    assert "ngcordova" in rest.lower(), r["message"]  # (nothing declares it: a copy)


def test_the_gulp_renamed_stylesheet_and_bowers_folder_are_build_and_install_output(tmp_path):
    r = check_result(tmp_path, APP, OUT)
    assert r["details"]["files"] == 2, (r["message"], r["details"])
    assert r["details"]["installed_files"] >= 8 and "www/lib/" in r["message"]["en"], (r["message"], r["details"])


def test_a_lib_folder_without_bower_keeps_its_copies(tmp_path):
    files = {k: v for k, v in APP.items() if k not in (".bowerrc", "bower.json") and not k.endswith(".bower.json")}
    r = check_result(tmp_path, files, DEP)
    assert "angular" in _undeclared(r), r["message"]
    out = check_result(tmp_path / "o", files, OUT)
    assert out["details"].get("installed_files", 0) == 0, (out["message"], out["details"])
