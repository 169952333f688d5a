"""reusability.build-output (issue 12, s42 fp42 = reader rh42, nuit-musee-musba/experience-2025).

A museum kiosk's front end is built by Vite, then gulp copies the built dist/ beside the offline server's files into bundle/ and
zips it: `gulp.src("./bundle/**/*").pipe(zip("bundle.zip")).pipe(gulp.dest("./"))` (gulp-zip). The committed bundle.zip at the
root is exactly what the build writes, yet it was said "No build output is committed": gulp-zip's zip("name.zip") names the file
a pipeline writes into dest's folder, as rename and concat do. Near miss: a committed archive the gulpfile does not write (a
zip of photos the team keeps) stays no build output.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

GULPFILE = """import gulp from "gulp";
import zip from "gulp-zip";

gulp.task("createBundleBase", () => {
  return gulp.src(".bundle_files/**/*").pipe(gulp.dest("./bundle/"));
});

gulp.task("copyDistInBundle", () => {
  return gulp.src("dist/**/*").pipe(gulp.dest("./bundle/dist"));
});

gulp.task("zipBundle", () => {
  return gulp
    .src("./bundle/**/*")
    .pipe(zip("bundle.zip"))
    .pipe(gulp.dest("./"));
});

gulp.task("bundleZipped", gulp.series("createBundleBase", "copyDistInBundle", "zipBundle"));
"""

ZIP = "PK\x03\x04\x14\x00\x00\x00\x08\x00" + "x" * 40

FILES = {
    "package.json": '{"name": "kiosque", "private": true, "type": "module", "scripts": {"build": "vite build", '
                    '"bundle:zip": "npm run build && gulp bundleZipped"}, "devDependencies": {"vite": "6.0.3", "gulp": "5.0.0", "gulp-zip": "6.0.0"}}\n',
    "gulpfile.js": GULPFILE,
    "index.html": "<!doctype html><html lang=\"fr\"><head><title>Kiosque</title></head><body><script type=\"module\" src=\"/src/main.js\"></script></body></html>\n",
    "src/main.js": "document.body.append('Bienvenue au musée');\n",
    ".bundle_files/Caddyfile": ":8080 {\n  root * dist\n  file_server\n}\n",
}


def test_the_archive_gulp_zip_writes_is_build_output(tmp_path):
    r = check_result(tmp_path, {**FILES, "bundle.zip": ZIP}, "reusability.build-output")
    assert r["status"] != "pass", r["message"]
    assert "bundle.zip" in str(r["evidence"]), r["evidence"]


def test_an_archive_the_gulpfile_does_not_write_is_no_build_output(tmp_path):
    r = check_result(tmp_path, {**FILES, "photos.zip": ZIP}, "reusability.build-output")
    assert r["status"] == "pass", r["message"]
