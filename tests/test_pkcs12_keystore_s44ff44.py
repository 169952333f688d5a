"""Issue 12, session 44 fixer ff44 (Ludo81/BilanLSF, an SDIS 81 Android app): release.jks, the app's release signing key store, is
a PKCS#12 file (keytool since JDK 9 and Android Studio write PKCS#12 even under a .jks name: 30 82 … 02 01 03 30 … pkcs7-data),
so it was "Key store (not read)", a hint to review, and reusability.secrets passed. A PKCS#12 store is read by its DER structure:
a key bag or shrouded key bag is a private key (a probable secret → fail), like a JKS private-key entry. Near miss: a PKCS#12
file of certificates only (a trust store) is no secret, and one whose content is all encrypted stays a hint to review."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SECRETS = "reusability.secrets"
OID_DATA, OID_ENCRYPTED = "2a864886f70d010701", "2a864886f70d010706"
OID_SHROUDED_KEY, OID_CERT = "2a864886f70d010c0a0102", "2a864886f70d010c0a0103"


def _tlv(tag: int, body: bytes) -> bytes:
    n = len(body)
    size = bytes([n]) if n < 0x80 else bytes([0x80 | len(n.to_bytes((n.bit_length() + 7) // 8, "big"))]) + n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag]) + size + body


def _oid(hexa: str) -> bytes:
    return _tlv(0x06, bytes.fromhex(hexa))


def _bag(oid: str, filler: int) -> bytes:
    return _tlv(0x30, _oid(oid) + _tlv(0xA0, _tlv(0x30, bytes([filler]) * 300)))


def _p12(*infos: bytes) -> bytes:
    """A PFX: version 3, its authSafe as pkcs7-data holding the given ContentInfos, then a MAC."""
    auth_safe = _tlv(0x30, b"".join(infos))
    return _tlv(0x30, b"\x02\x01\x03" + _tlv(0x30, _oid(OID_DATA) + _tlv(0xA0, _tlv(0x04, auth_safe)))
                + _tlv(0x30, _tlv(0x30, b"\x05" * 40) + _tlv(0x04, b"\x11" * 20) + b"\x02\x02\x27\x10"))


def _data(*bags: bytes) -> bytes:
    return _tlv(0x30, _oid(OID_DATA) + _tlv(0xA0, _tlv(0x04, _tlv(0x30, b"".join(bags)))))


def _encrypted(size: int) -> bytes:
    return _tlv(0x30, _oid(OID_ENCRYPTED) + _tlv(0xA0, _tlv(0x30, b"\x02\x01\x00" + _tlv(0x30, bytes(range(256)) * (size // 256)))))


APP = {"README.md": "# Secours LSF\n\nApplication Android pour communiquer avec une personne sourde lors d'une intervention.\n",
       "settings.gradle.kts": 'rootProject.name = "SecoursLSF"\ninclude(":app")\n',
       "app/build.gradle.kts": 'plugins {\n    id("com.android.application")\n}\nandroid {\n    namespace = "com.sdis.secours.lsf"\n}\n',
       "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="Secours LSF"/>\n</manifest>\n',
       "app/src/main/java/com/sdis/secours/lsf/MainActivity.java":
           "package com.sdis.secours.lsf;\n\n/** The home screen. */\npublic class MainActivity {\n}\n"}


def test_a_pkcs12_release_key_store_under_a_jks_name_is_a_secret(tmp_path):
    store = _p12(_data(_bag(OID_SHROUDED_KEY, 0x42)), _encrypted(1024))  # (the key shrouded, the certificates encrypted)
    _, res = judge(tmp_path, {**APP, "release.jks": store}, [SECRETS])
    sec = res[SECRETS]
    assert sec["status"] == "fail", sec["message"]  # was pass 9.75, "Key store (not read)" to review
    assert [(e["path"], e["value"]) for e in sec["evidence"]] == [("release.jks", "Private key in a PKCS#12 key store")], sec["evidence"]


def test_a_pkcs12_store_of_certificates_only_is_no_secret_and_an_all_encrypted_one_stays_to_review(tmp_path):
    files = {**APP, "app/src/main/res/raw/truststore.p12": _p12(_data(_bag(OID_CERT, 0x43), _bag(OID_CERT, 0x44))),
             "signing/upload.p12": _p12(_encrypted(2048))}
    _, res = judge(tmp_path, files, [SECRETS])
    sec = res[SECRETS]
    assert sec["status"] == "pass", sec["message"]
    assert [(e["path"], e["value"]) for e in sec["evidence"]] == [("signing/upload.p12", "Key store (not read)")], sec["evidence"]
