"""scaling.end-of-life: the Alpine release a shell script builds its system image on is read (issue 12, s45 fg45 = abotzung/foguefi):
tools/fosbuilder/FOS-alpine-builder.sh builds the boot image the project ships on Alpine Linux pinned by `: "${ALPINE_distroname:=v3.20}"`
(end of life 2026-04-01); only Dockerfiles' FROM lines and manifests were read, "No runtime or framework version read". A variable
named for Alpine's release, or the mirror's /alpine/v3.NN/ path, in a script's code (not its comments) pins it. Near miss: the
same pin in a comment only, and the `edge` branch, name no release."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "scaling.end-of-life"
SCRIPT = ('#!/bin/bash\nset -e\n: "${ROOTFS_DIR:=/tmp/rootfs}"\n{pin}\n'
          'echo "http://dl-cdn.alpinelinux.org/alpine/edge/testing/" >> "$ROOTFS_DIR/etc/apk/repositories"\n'
          './alpine-chroot-install -a x86_64 -b "$ALPINE_RELEASE" -d "$ROOTFS_DIR"\n')


def test_an_alpine_release_pinned_by_a_builder_script_is_read(tmp_path):
    files = {"README.md": "# Boot image\n\nBuilds the boot image.\n", "tools/builder/make-image.sh": SCRIPT.replace("{pin}", ': "${ALPINE_RELEASE:=v3.16}"')}
    r = check_result(tmp_path, files, CID)
    assert r["status"] in ("warn", "fail") and "Alpine Linux 3.16" in r["message"]["en"], r["message"]
    assert [(e["path"], e["line"]) for e in r["evidence"] if e.get("kind") == "finding"] == [("tools/builder/make-image.sh", 4)], r["evidence"]


def test_near_miss_a_commented_pin_and_the_edge_branch(tmp_path):
    files = {"README.md": "# Boot image\n\nBuilds the boot image.\n",
             "tools/builder/make-image.sh": SCRIPT.replace("{pin}", '# ALPINE_RELEASE=v3.16 (the old one)\nALPINE_RELEASE=edge')}
    r = check_result(tmp_path, files, CID)
    assert "Alpine" not in r["message"]["en"] and r["status"] not in ("warn", "fail"), r["message"]
