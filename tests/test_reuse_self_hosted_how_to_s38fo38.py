"""scaling.reuse (issue 12, session 38 fixer fo38 = mmaura/grist-widgets): Grist widgets whose README has a chapter "Instances
auto-hébergées" telling how to point the widgets at one's own Grist server (set VITE_GRIST_URL in .env, in a fenced block), then
"by default the widget loads https://docs.getgrist.com/grist-plugin-api.js": the title was read as a reuse section and the script's
address as an instance ("1 instance named", warn). A chapter about hosting one's own is a how-to, a reuse section only when it lists
linked places; a script's address is a file the code loads, no instance. Near misses: an "Instances" section listing sites, and a
"Self-hosted instances" page listing three linked places, stay reuse."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.scaling.reuse import scan_document
from tests.gitrepo import make_repo

README = ("# Widgets Grist\n\nWidgets personnalisés pour Grist.\n\n# Instances auto-hébergées\n\nPour utiliser sur vos propres instances "
          "Grist :\n\n1. Créez le fichier `.env`.\n2. Définissez `VITE_GRIST_URL` :\n\n```sh\nVITE_GRIST_URL=https://grist.monsite.local/"
          "grist-plugin-api.js\n```\nSi cette variable n'est pas définie, le widget utilisera par défaut le site officiel : "
          "https://docs.getgrist.com/grist-plugin-api.js\n\n# Développement\n\n```bash\nnpm run dev\n```\n")


def test_a_self_hosting_how_to_and_a_script_address_are_no_reuse(tmp_path):
    assert scan_document("README.md", README) == []
    repo = make_repo(tmp_path / "p", [{"files": {"README.md": README, "src/main.ts": "export const x = 1;\n"},
                                       "date": "2026-02-09T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["scaling.reuse"]))
    r = next(x for x in report["results"] if x["id"] == "scaling.reuse")
    assert "getgrist" not in str(r["evidence"]) and r["status"] != "warn", r


def test_listed_instances_stay_reuse():
    text = "# Instances\n\n- [Ville d'Exemple](https://widgets.ville-exemple.fr/)\n"
    assert [f["value"] for f in scan_document("README.md", text) if f["kind"] == "instance"] == ["https://widgets.ville-exemple.fr/"]
    page = "# Self-hosted instances\n\n" + "".join(f"- [Commune {i}](https://grist.commune{i}-exemple.fr/)\n" for i in range(3))
    assert len([f for f in scan_document("README.md", page) if f["kind"] == "instance"]) == 3
