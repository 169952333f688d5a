"""reusability.secrets (issue 12, session 19 reader e1): values that say there is no secret were "strings that look like a
secret" — an LLM proxy's api_key "no_token" (urbanlab/ai-proxy: `api_key != "no_token"` in the code, `api_key: "no_token"` in its
Kubernetes manifest, for a model that needs no key) — and a referential's entry key made of words joined by dashes was an
"IBM Cloud IAM Key" (communaute-capdemat/capdemat's local_referential XML). A real key beside them is still reported."""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"


def run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def lines(r: dict) -> set[tuple]:
    return {(e.get("path"), e.get("line")) for e in r["evidence"] if e.get("kind") == "finding"}


PROXY = ('import aiohttp\n\n\nasync def forward(model_config, body):\n    headers = {}\n'
         '    if model_config["params"].get("api_key") and model_config["params"]["api_key"] != "no_token":\n'
         '        headers["Authorization"] = "Bearer " + model_config["params"]["api_key"]\n'
         '    async with aiohttp.ClientSession() as s:\n        return await s.post(model_config["url"], json=body, headers=headers)\n')
MANIFEST = ('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: proxy-config\ndata:\n  config.yaml: |\n    models:\n'
            '      - name: mistral\n        params:\n          api_key: "no_token"\n      - name: llama\n        params:\n'
            '          api_key: "EMPTY"\n')
REFERENTIAL = ('<?xml version="1.0" encoding="UTF-8"?>\n<referential>\n  <data name="school">\n'
               '    <entry key="UNIVERSITE-LYON-2-Universite-Lumiere-Lyon-II">\n      <label>Université Lumière Lyon 2</label>\n    </entry>\n'
               '  </data>\n</referential>\n')


def test_a_sentinel_saying_no_key_is_no_secret(tmp_path):
    r = run(tmp_path, {"backend/lib/proxy.py": PROXY, "deploy.yaml": MANIFEST,
                       "backend/settings.py": 'API_KEY = "k8Qz3mLp9XvT2wRb7NcY4dHf6JsA1eGu5"\n',
                       "README.md": "# Proxy\n\nProxy des modèles de langage.\n"})
    found = lines(r)
    assert not {p for p, _ in found} & {"backend/lib/proxy.py", "deploy.yaml"}, r["evidence"]
    assert ("backend/settings.py", 1) in found, r["evidence"]  # (a real key is still reported)


def test_a_referential_key_of_words_is_no_ibm_key(tmp_path):
    r = run(tmp_path, {"conf/referential/schools.xml": REFERENTIAL,
                       "conf/cloud.properties.xml": '<config>\n  <ibm apikey="Rk3xQ9_vT2mLp7WbN4cYd8HfJs1eGu5aZ6oKi0Xy3Vq7"/>\n</config>\n',
                       "README.md": "# Démarches\n\nPlateforme de téléservices.\n"})
    found = lines(r)
    assert ("conf/referential/schools.xml", 4) not in found, r["evidence"]
    assert ("conf/cloud.properties.xml", 2) in found, r["evidence"]


def _pem_body() -> str:
    import base64
    import hashlib
    raw = b"".join(hashlib.sha256(bytes([i])).digest() for i in range(24))  # (no key: bytes in the shape of one)
    b64 = base64.b64encode(raw).decode()
    return "\n".join(b64[i:i + 64] for i in range(0, len(b64), 64))


def test_a_private_key_file_kept_beside_the_docs_is_reported(tmp_path):
    # (communaute-capdemat/capdemat: Documentation/Reports/idpprivkey.pem, an SSO identity provider's key, was set aside as "docs")
    pem = "-----BEGIN RSA PRIVATE KEY-----\n" + _pem_body() + "\n-----END RSA PRIVATE KEY-----\n"
    r = run(tmp_path, {"Documentation/Reports/idpprivkey.pem": pem,
                       "Documentation/sso.md": "# SSO\n\nLa clé de l'IdP de test :\n\n```\n" + pem + "```\n",
                       "README.md": "# Démarches\n\nPlateforme de téléservices.\n"})
    assert r["status"] == "fail", r
    assert ("Documentation/Reports/idpprivkey.pem", 1) in lines(r), r["evidence"]
    assert ("Documentation/sso.md", 5) not in lines(r), r["evidence"]  # (a key quoted in a page stays with the docs, to review)


PAGE = ('<!DOCTYPE html>\n<html>\n<head><script src="https://aframe.io/releases/0.8.0/aframe.min.js"></script></head>\n<body>\n<script>\n'
        '  fetch("https://api.air-exemple.fr/communes/" + insee + "/indices?date=now&api_token=5e1f0c7a9b3d42e8a61d03fb2c9e8d47")\n'
        '    .then(r => r.json()).then(show);\n'
        '  L.tileLayer("https://api.maptiler.com/maps/basic/{z}/{x}/{y}.png?key=Qw3rTy8UiOp2AsDf4GhJk").addTo(map);\n'
        '  L.tileLayer("https://api.mapbox.com/styles/v1/{id}/tiles/{z}/{x}/{y}?access_token=pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJjazEyMyJ9.abc123XYZ").addTo(map);\n'
        '  fetch("https://api.air-exemple.fr/indices?api_token=YOUR_API_TOKEN_HERE_PLEASE");\n'
        '</script>\n</body>\n</html>\n')


def test_an_accounts_token_in_a_pages_url_is_reported(tmp_path):
    r = run(tmp_path, {"index.html": PAGE, "README.md": "# Pollution\n\nScène WebVR de la qualité de l'air.\n"})
    found = lines(r)
    assert ("index.html", 6) in found, r["evidence"]
    assert not found & {("index.html", 8), ("index.html", 9), ("index.html", 10)}, r["evidence"]  # (map keys public by design, a placeholder)
