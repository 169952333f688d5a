"""reusability.dependencies (issue 12, session 18 reader c1, a commune's WordPress site): the theme's own stylesheet that its
gulpfile compiles (sass over stylesheets/**/*.scss, rename("styles.css"), dest(assets_folder) with assets_folder built from
variables) was a one-line file in assets/ and so a library copied in, named "styles". What a gulpfile's pipelines write is now
build output; a script the gulpfile reads stays the project's, and a library's copy beside them stays a copy."""

from __future__ import annotations

from auditor.facts.gulp_outputs import gulp_outputs
from tests.test_reusability_fixtures import build, results, run_audit

_GULP = """const { src, dest, series } = require("gulp");
const sass = require("gulp-sass")(require('sass'));
const rename = require("gulp-rename");
const concat = require('gulp-concat');
const sourcemaps = require('gulp-sourcemaps');

// dossiers
var theme_folder = './wp-content/themes/bourg/';
var assets_folder = theme_folder + 'assets/';
var jsfolder = assets_folder + 'js/';
var mainjs = jsfolder + 'site.js';
var sassfiles = assets_folder + 'scss/**/*.scss';

function css() {
    return src( sassfiles )
    .pipe(sourcemaps.init())
    .pipe(sass({outputStyle: 'compressed'}))
    .pipe(sourcemaps.write('./maps'))
    .pipe(rename("styles.css"))
    .pipe(dest(assets_folder));
}

const js = () =>
  src([mainjs])
    .pipe(concat('site.min.js'))
    .pipe(dest(assets_folder));

// .pipe(dest('./old/'))
module.exports = { css: css, js: js, run: series(css, js) };
"""
_MIN_CSS = "@import url(https://fonts.example.org/css);" + ".bloc-%d{margin:%dpx;padding:0 %dpx}" * 1 % (0, 0, 0) + "".join(
    ".bloc-%d{margin:%dpx;padding:0 %dpx}" % (i, i % 7, i % 5) for i in range(1, 900))
_T = "wp-content/themes/bourg/"
SITE = {
    "README.md": "# Site de la commune\n\nLe thème WordPress du site de la commune.\n",
    "package.json": '{\n  "dependencies": {\n    "gulp": "^5.0.0",\n    "gulp-sass": "^5.1.0",\n    "gulp-rename": "^2.0.0",\n'
                    '    "gulp-concat": "^2.6.1"\n  }\n}\n',
    "gulpfile.js": _GULP,
    _T + "style.css": "/*\nTheme Name: Bourg\nAuthor: Commune\nVersion: 1.0\n*/\n",
    _T + "functions.php": "<?php\nfunction bourg_assets() {\n  wp_enqueue_style('bourg', get_template_directory_uri() . '/assets/styles.css');\n}\n"
                          "add_action('wp_enqueue_scripts', 'bourg_assets');\n",
    _T + "header.php": "<?php wp_head(); ?>\n<header class=\"bloc-1\"><?php bloginfo('name'); ?></header>\n",
    _T + "assets/scss/main.scss": "@import 'base';\n.bloc-1 { margin: 1px; }\n",
    _T + "assets/scss/_base.scss": "body { margin: 0; }\n",
    _T + "assets/styles.css": _MIN_CSS,
    _T + "assets/maps/styles.css.map": '{"version":3,"sources":["main.scss"],"mappings":"AAAA"}\n',
    _T + "assets/js/site.js": "document.addEventListener('DOMContentLoaded', function () {\n  document.body.classList.add('ready');\n});\n",
    _T + "assets/site.min.js": "document.addEventListener('DOMContentLoaded',function(){document.body.classList.add('ready')});\n",
}


class _Snap:
    def __init__(self, files):
        self.files = files

    def read_text(self, path, limit=None):
        return self.files.get(path)


class _Entry:
    def __init__(self, path):
        self.path = path


def test_gulp_pipelines_name_their_outputs():
    out = gulp_outputs(_Snap(SITE), [_Entry(p) for p in SITE])
    assert out == {_T + "assets/styles.css": "build", _T + "assets/maps/styles.css.map": "build", _T + "assets/site.min.js": "build"}


def test_a_gulp_compiled_stylesheet_is_no_copied_library(tmp_path):
    report = run_audit(build(tmp_path / "r", SITE), tmp_path / "c", ["reusability.dependencies"])
    dep = results(report)["reusability.dependencies"]
    assert "styles" not in str(dep["evidence"]) and "(styles" not in dep["message"]["en"], dep


def test_a_packaged_build_banner_names_the_library_itself():
    from auditor.facts.vendored import describe
    head = "/*!\n * Masonry PACKAGED v4.2.2\n * Cascading grid layout library\n * MIT License\n */\n\n!function(t,e){}(window);\n"
    assert describe("theme/assets/js/scripts.js", head)["name"] == "masonry"
    assert describe("theme/js/libs/masonry.pkgd.js", head)["name"] == "masonry"
