"""README sections and the docs folder read from a heading's word without its chapter (issue 12, session 27 fixer y27 = reader r2):

1. "## Documentation" over the developers' records (ADRs, specs) gave usage; over a user guide it stays usage;
2. "### 🔒 Security: Script Execution Disabled" (.npmrc's ignore-scripts) gave usage; "## Execution" over the command stays usage;
3. "## How to avoid proxy issues ?" (init_conn(http_proxy=…)) gave usage: it is the configuration; "How to compute …" stays usage; a
   "<h1 align=center><img …></h1>" inside "## Example" closed that chapter;
4. "## Droit d'utilisation du DSFR" / "### Utilisation interdite en dehors…" (another's terms) gave usage; "## Utilisation" stays usage;
5. "## Développement et support" over a no-request disclaimer gave contact; "## Aide et support" with an address stays contact;
6. "**Les Communs** are a project that has 2 main objectives :" under "# Communs de la transition…" gave no description nor purpose;
7. a "_docs/" folder (dev/, ops/ pages) was no docs folder; a Jekyll site's "_docs/" collection stays none."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

INTRO = "# Outil\n\nOutil est une application qui calcule les indicateurs des friches pour les collectivités.\n\n"


def _readme(tmp_path, text: str, extra: dict | None = None) -> dict:
    make_repo(tmp_path, [{"files": {"README.md": text, **(extra or {})}}])
    return ctx_for(tmp_path).fact("readme")


def _secs(tmp_path, text: str) -> dict:
    return {d["name"]: (d["line"], d["text"]) for d in _readme(tmp_path, text)["section_details"]}


def test_a_documentation_chapter_of_developer_records_is_no_usage(tmp_path):
    text = INTRO + ("## Documentation\n\n> La documentation interne destinée aux développeurs — ADR, specs — est en anglais.\n\n"
                    "- [Architecture Decision Records](./docs/adr/) — décisions d'architecture\n- [Spécifications](./docs/specs/) — fonctionnalités\n")
    assert "usage" not in _secs(tmp_path / "adr", text)
    guide = INTRO + "## Documentation\n\n- [Guide utilisateur](./docs/guide.md) — comment utiliser l'outil\n"
    assert "usage" in _secs(tmp_path / "guide", guide)


def test_a_security_heading_blocking_scripts_is_no_usage(tmp_path):
    text = INTRO + ("## 📦 Package Manager\n\nThis project uses pnpm.\n\n### 🚀 Initial Setup\n\n```bash\ncorepack enable\npnpm install\n```\n\n"
                    "### 🔒 Security: Script Execution Disabled\n\nThis project uses `ignore-scripts=true` in `.npmrc` to **prevent automatic "
                    "execution of dependency scripts** during installation.\n\n**What this means:**\n- ✅ **Safer installations**: Dependency "
                    "scripts don't run automatically\n- ⚠️ **Manual Husky setup**: Must run `pnpm prepare` after `pnpm install`\n\n"
                    "### Why pnpm?\n\n- **Disk space efficiency**: Shared dependency storage across projects\n")
    assert "usage" not in _secs(tmp_path / "sec", text)
    assert "usage" in _secs(tmp_path / "run", INTRO + "## Execution\n\n```bash\npython outil.py --commune 35238\n```\n")


def test_a_proxy_how_to_is_the_configuration(tmp_path):
    text = INTRO + ("## Example - Population Map\n\n<h1 align=\"center\">\n<img src=\"https://example.org/pop.png\">\n</h1>\n\n"
                    "```python\nfrom outil import get_data\ndf = get_data('communes')\n```\n\n"
                    "## How to avoid proxy issues ?\n\n```python\nfrom outil.utils import init_conn\n"
                    "init_conn(http_proxy=\"http://my_proxy:port\", https_proxy=\"http://my_proxy:port\")\n```\n")
    secs = _secs(tmp_path / "proxy", text)
    assert secs["configuration"][1] == "How to avoid proxy issues ?" and secs["usage"][1] == "Example - Population Map", secs
    assert "usage" in _secs(tmp_path / "how", INTRO + "## How to compute the indicators\n\n```python\noutil.compute('35238')\n```\n")


def test_rights_of_use_of_another_asset_are_no_usage(tmp_path):
    text = INTRO + ("## Droit d'utilisation du DSFR\n\nCe projet utilise le DSFR et est donc tenu par les conditions suivantes :\n\n"
                    "### ⚠️ Utilisation interdite en dehors des sites Internet de l'État\n\n>Il est formellement interdit à tout autre acteur "
                    "d'utiliser le Système de Design de l'État.\n")
    assert "usage" not in _secs(tmp_path / "dsfr", text)
    assert "usage" in _secs(tmp_path / "use", INTRO + "## Utilisation\n\nOuvrez l'outil puis choisissez votre commune dans la liste.\n")


def test_a_support_heading_over_a_disclaimer_is_no_contact(tmp_path):
    text = INTRO + ("## Développement et support\n\n- **Évolution continue** : Le dépôt sera amené à évoluer.\n- **Responsabilité** : Les "
                    "auteurs ne s'engagent pas à prendre en compte les demandes externes.\n")
    assert "contact" not in _secs(tmp_path / "none", text)
    assert "contact" in _secs(tmp_path / "mail", INTRO + "## Aide et support\n\nÉcrivez à equipe@outil.gouv.fr pour toute question.\n")


def test_the_titles_short_name_leading_the_aims_is_the_description(tmp_path):
    text = ("# Communs de la transition écologique des collectivités\n\n\n**Les Communs** are a project that has 2 main objectives :\n\n"
            "- make sure that a project entered on a platform is available on other platforms.\n"
            "- help with service deployment by making services discoverable on the different platforms\n\n"
            "## Initial Setup\n\n```bash\npnpm install\n```\n")
    r = _readme(tmp_path / "communs", text)
    assert r["description"] and r["description"]["line"] == 4, r["description"]
    assert "purpose" in r["sections"], r["section_details"]
    # the same name announcing how the repository is laid out stays no description
    other = text.replace("are a project that has 2 main objectives :", "are organised as follows :")
    assert (_readme(tmp_path / "other", other)["description"] or {}).get("line") != 4


def test_an_underscored_docs_folder_is_the_documentation(tmp_path):
    make_repo(tmp_path / "u", [{"files": {"README.md": INTRO, "_docs/dev/run-local-env.md": "# Lancer en local\n\npnpm dev\n",
                                          "_docs/ops/k8s.md": "# Kubernetes\n\nkubectl apply\n", "_scripts/dev/x.sh": "echo\n"}}])
    assert ctx_for(tmp_path / "u").fact("files")["docs"] == "_docs/"
    make_repo(tmp_path / "j", [{"files": {"README.md": INTRO, "_config.yml": "title: Site\ncollections:\n  docs:\n    output: true\n",
                                          "_docs/accueil.md": "---\ntitle: Accueil\n---\nBienvenue sur le site de la commune.\n"}}])
    assert ctx_for(tmp_path / "j").fact("files")["docs"] != "_docs/"


def test_contact_pages_the_product_makes_are_no_contact(tmp_path):
    """(sites-faciles) "forms : implémentation du [module de formulaire](…) de Wagtail, par exemple pour les pages de contact": a
    feature of the sites it builds; "Une question ? Utilisez notre [formulaire de contact](…)" stays the contact."""
    text = INTRO + ("## Structure\n\n- **forms** : implémentation du [module de création de formulaire](https://docs.wagtail.org/en/stable/forms.html) "
                    "de Wagtail, par exemple pour les pages de contact. Volontairement assez limité (suffisant pour un formulaire de contact mais "
                    "pas beaucoup plus), pour les cas complexes il vaut mieux privilégier [Démarches simplifiées](https://www.demarches-simplifiees.fr).\n")
    assert "contact" not in _secs(tmp_path / "feature", text)
    ours = INTRO + "Une question ? Utilisez notre [formulaire de contact](https://outil.beta.gouv.fr/contact).\n"
    assert "contact" in _secs(tmp_path / "ours", ours)
