"""scaling.end-of-life (issue 12, session 26, reader o3: libriciel/i-Parapheur-Android): the Android client's build.gradle sets
``compileSdkVersion 25`` and ``targetSdkVersion 25`` (Android 7.1, whose security bulletins stopped in October 2019); the check said
"not applicable: no runtime or framework version read".

An Android module's targetSdk (else compileSdk) is now judged against the security support of the Android release of that API
level (endoflife.date's android product, keyed by its API levels); a current level (34) or a variable is read as nothing past."""

from __future__ import annotations

from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

GROOVY = ("apply plugin: 'com.android.application'\n\nandroid {\n    compileSdkVersion {v}\n    buildToolsVersion '26.0.0'\n\n"
          "    defaultConfig {\n        minSdkVersion 16\n        targetSdkVersion {v}\n    }\n}\n")
KTS = ('plugins {\n    id("com.android.application")\n}\n\nandroid {\n    compileSdk = {v}\n    defaultConfig {\n        minSdk = 21\n'
       '        targetSdk = {v}\n    }\n}\n')


def test_an_android_app_targeting_an_unsupported_release_is_past_its_end_of_life(repo):
    r = one(repo, {"app/build.gradle": GROOVY.replace("{v}", "25"), "app/src/main/java/Main.java": "class Main {}\n"})
    f = ctx_for(r).fact("end_of_life")
    assert [(x["path"], x["line"], x["product"], x["cycle"]) for x in f["findings"]] == [("app/build.gradle", 9, "android", "25")], f
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value == "warn" and res.score == 7 and "Android API level 25 (end of life 2019-10-01)" in res.message["en"], res.message


def test_a_current_or_unresolved_android_level_is_not_past(repo):
    r = one(repo, {"app/build.gradle.kts": KTS.replace("{v}", "34"),
                   "lib/build.gradle": GROOVY.replace("{v}", "rootProject.ext.targetSdk"),
                   "app/src/main/java/Main.java": "class Main {}\n"})
    f = ctx_for(r).fact("end_of_life")
    assert not f["findings"], f["findings"]
    assert ("app/build.gradle.kts", "android", "34") in {(x["path"], x["product"], x["cycle"]) for x in f["read"]}, f["read"]
