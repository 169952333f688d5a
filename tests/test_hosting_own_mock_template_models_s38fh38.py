"""scaling.hosting (issue 12, s38 fh38 = reader ra38):
- RAYAN-DOB/Server-Supervision: .env.production's ``NEXT_PUBLIC_APP_URL=https://….netlify.app`` (the app's own address) was "loads
  files from a person's account"; ``interfaces: [{ ip: "192.168.1.1" }]`` in the records a demonstration mode answers (``_mock: true``)
  was an internal connection; and the real dependency, ```https://api.github.com/repos/${REPO}/contents/…``` with ``const REPO =
  "RAYAN-DOB/aurion-sites-inventory"`` (a person's private repository), was read as GitHub alone (neutral). A setting giving the
  service its own address is no host it loads from; an address in a record marked as made-up is no connection; an address built
  from a constant of the same file is read whole. Near misses: another variable's netlify.app address, an unmarked settings
  record's 192.168.x address and a template whose part is a request's value keep their old reading.
- Zigazou/rouen-ocr: ``OCR_MODEL = "hf.co/prithivMLmods/Chandra-OCR-2-GGUF:Q4_K_M"`` (Ollama's reference to a Hugging Face model)
  was not read: "no external address". A model hub's repository without a scheme is that account's address; not in a comment."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

CID = "scaling.hosting"
MEDIA = ('const REPO = "jdupont/photos-inventaire";\n\nexport async function GET(req: Request) {\n  const p = new URL(req.url).pathname;\n'
         '  const url = `https://api.github.com/repos/${REPO}/contents/${p}?ref=main`;\n  return fetch(url);\n}\n')
MOCK = ('import { MOCK_SITES } from "@/data/mocks";\n\nexport async function GET() {\n  return Response.json({\n'
        '    hosts: MOCK_SITES.map((site) => ({\n      hostid: site.id,\n      interfaces: [{ ip: "192.168.1.1", port: "10050" }],\n'
        '      _mock: true,\n    })),\n  });\n}\n')
BASE = {"README.md": "# Supervision\n\nApplication web de supervision.\n",
        "package.json": '{"name": "supervision", "private": true, "dependencies": {"next": "15.0.0"}}\n',
        ".env.production": "NODE_ENV=production\nNEXT_PUBLIC_APP_URL=https://magic-beignet-fb000c.netlify.app\n",
        "app/api/media/route.ts": MEDIA, "app/api/hosts/route.ts": MOCK}


def facts(tmp_path, files: dict) -> tuple[dict, dict]:
    repo = make_repo(tmp_path / "r", [{"files": files, "date": "2026-03-02T10:00:00Z", "message": "init", "author": ("Alice Martin", "alice@exemple.fr")}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=[CID]))
    return report["facts"]["hosting_dependencies"], next(r for r in report["results"] if r["id"] == CID)


def test_own_address_mock_record_and_a_resolved_forge_template(tmp_path):
    f, r = facts(tmp_path, BASE)
    hosts = {h["host"]: h for h in f["hosts"]}
    assert not any("netlify.app" in h for h in hosts), hosts
    assert hosts["api.github.com"]["class"] == "personal" and hosts["api.github.com"]["account"] == "jdupont", hosts
    assert not any(i["host"] == "192.168.1.1" for i in f["internal"]), f["internal"]
    assert "api.github.com" in r["message"]["en"] or r["status"] != "pass", r["message"]


def test_near_misses_keep_their_reading(tmp_path):
    files = {**BASE, ".env.production": "NODE_ENV=production\nNEXT_PUBLIC_TILES_URL=https://magic-beignet-fb000c.netlify.app\n",
             "app/api/media/route.ts": MEDIA.replace('const REPO = "jdupont/photos-inventaire";\n', "").replace("${REPO}", "${p}"),
             "app/api/hosts/route.ts": MOCK.replace("      _mock: true,\n", "")}
    f, _ = facts(tmp_path, files)
    hosts = {h["host"]: h for h in f["hosts"]}
    assert hosts["magic-beignet-fb000c.netlify.app"]["class"] == "personal", hosts
    assert "api.github.com" not in hosts, hosts
    assert any(i["host"] == "192.168.1.1" for i in f["internal"]), f["internal"]


def test_a_scheme_less_model_reference_is_an_accounts_address(tmp_path):
    code = 'OCR_MODEL = "hf.co/jmartin/ocr-model-GGUF:Q4_K_M"\n\n\ndef run(client):\n    return client.chat(model=OCR_MODEL)\n'
    files = {"README.md": "# OCR\n\nOCR tools.\n", "pyproject.toml": '[project]\nname = "ocr"\nversion = "0.1"\n', "src/ocr/__init__.py": "",
             "src/ocr/run.py": code}
    f, r = facts(tmp_path, files)
    hosts = {h["host"]: h for h in f["hosts"]}
    assert hosts["hf.co"]["class"] == "personal" and hosts["hf.co"]["account"] == "jmartin", hosts
    assert r["status"] != "pass", r["message"]
    files["src/ocr/run.py"] = '# the model: "hf.co/jmartin/ocr-model-GGUF:Q4_K_M"\nOCR_MODEL = "local-model"\n'
    f, r = facts(tmp_path / "n", files)
    assert not f["hosts"] and r["status"] == "pass", (f["hosts"], r["message"])
