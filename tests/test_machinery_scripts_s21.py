"""The build, test and delivery machinery is no part of the running service (issue 12, session 21 reader r4, a fork of an IDS
with its own web interface).

- reusability.portability and scaling.vendor-lock-in named "Google Cloud APIs (BigQuery, Vision…)" from a fuzzing build script
  and a QA script downloading a public seed corpus from storage.googleapis.com; scaling.hosting failed on the fuzzing image's
  git clones of the libraries it fuzzes. A fuzzing harness (.clusterfuzzlite/, fuzz/), a QA or CI folder's scripts (qa/, ci/)
  and git hooks or helpers are the machinery's: what they fetch or clone is no dependency of the service.
- reusability.configuration counted a CI script's variables (qa/travis.sh: CFLAGS, TRAVIS_OS_NAME), a git helper's
  (GIT_INDEX_FILE) and Cargo's build-time CARGO_PKG_NAME (env!(…), or read by a proc-macro crate) as settings read at run time; the service's own
  std::env::var reads still count."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PORT, LOCK, HOST, CONF = "reusability.portability", "scaling.vendor-lock-in", "scaling.hosting", "reusability.configuration"

FUZZ = ("#!/bin/bash -eu\n# build the fuzz targets\n./configure --enable-fuzztargets\nmake -j4\n"
        "wget -q https://storage.googleapis.com/sonde-backup.example-fuzz.appspot.com/corpus/libFuzzer/sonde_fuzz/public.zip\n"
        "unzip public.zip -d corpus\n")
SERVICE = {"README.md": "# Sonde\n\nUne sonde réseau et son interface web.\n",
           "web/requirements.txt": "Flask==3.0.0\n",
           "web/app.py": ("import os\nfrom flask import Flask, jsonify\n\napp = Flask(__name__)\nLOG = os.environ.get('SONDE_EVENT_LOG', '/var/log/sonde/eve.json')\n\n\n"
                          "@app.route('/api/events')\ndef events():\n    return jsonify([])\n"),
           "web/templates/index.html": "<!doctype html><html lang=\"fr\"><body><h1>Sonde</h1></body></html>\n",
           "rust/Cargo.toml": "[package]\nname = \"sonde\"\nversion = \"0.1.0\"\n",
           "rust/src/lib.rs": ("pub fn name() -> &'static str {\n    env!(\"CARGO_PKG_NAME\")\n}\n\n"
                               "pub fn socket() -> String {\n    std::env::var(\"SONDE_SOCKET_PATH\").unwrap_or_default()\n}\n"),
           "rust/derive/src/lib.rs": "pub fn in_crate() -> bool {\n    std::env::var(\"CARGO_PKG_NAME\").map(|v| v == \"sonde\").unwrap_or(false)\n}\n",
           ".clusterfuzzlite/build.sh": FUZZ,
           ".clusterfuzzlite/Dockerfile": ("FROM gcr.io/oss-fuzz-base/base-builder-rust\n"
                                           "RUN git clone --depth 1 https://github.com/someone/libpcapfuzz\n"
                                           "RUN git clone --depth 1 https://github.com/otherlib/zlib.git\nCOPY . $SRC/sonde\n"),
           "qa/run-fuzz-corpus.sh": "#!/bin/sh\nwget https://storage.googleapis.com/sonde-backup.example-fuzz.appspot.com/corpus/public.zip\n",
           "qa/travis.sh": ("#!/bin/sh\nset -e\nif [ \"$TRAVIS_OS_NAME\" = \"osx\" ]; then\n  export CFLAGS=\"${CFLAGS} -Wno-error\"\nfi\n"
                            "./configure $ARGS\nmake\n"),
           "scripts/git-format-staged": "#!/bin/sh\n# format the staged files\nINDEX=\"${GIT_INDEX_FILE:-.git/index}\"\necho $INDEX\n"}


def test_fuzzing_and_qa_downloads_are_no_cloud_api(tmp_path):
    res = judge(tmp_path, SERVICE, [PORT, LOCK])[1]
    assert "Google Cloud" not in res[PORT]["message"]["en"], res[PORT]["message"]
    assert "Google Cloud" not in res[LOCK]["message"]["en"], res[LOCK]["message"]


def test_a_cloud_bucket_the_service_reads_still_counts(tmp_path):
    files = dict(SERVICE, **{"web/data.py": "import requests\n\nURL = 'https://storage.googleapis.com/sonde-data/rules.json'\n\n\ndef rules():\n    return requests.get(URL).json()\n"})
    res = judge(tmp_path, files, [LOCK])[1]
    assert "Google Cloud" in res[LOCK]["message"]["en"], res[LOCK]["message"]


def test_a_fuzzing_image_clones_nothing_the_service_needs(tmp_path):
    res = judge(tmp_path, SERVICE, [HOST])[1][HOST]
    assert "cloned" not in res["message"]["en"], res["message"]


def test_ci_git_and_compile_time_variables_are_no_settings(tmp_path):
    res = judge(tmp_path, SERVICE, [CONF])[1][CONF]
    named = set(res["details"].get("undocumented") or []) | set(res["details"].get("documented") or [])
    assert not named & {"TRAVIS_OS_NAME", "CFLAGS", "ARGS", "GIT_INDEX_FILE", "CARGO_PKG_NAME"}, res["details"]
    assert res["details"]["env_vars"] == 2, res["details"]  # SONDE_EVENT_LOG, SONDE_SOCKET_PATH
