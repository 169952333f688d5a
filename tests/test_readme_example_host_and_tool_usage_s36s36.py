"""Issue 12, session 36 (s36, reader m34o1): documentation.readme-sections on a React client's README
(WildCodeSchool/remotefr-js-0920-p3-regionsud-identiteterritoire-front).

- The address given as an example in the configuration steps ("Par exemple, si elle est déployée à l'adresse
  `https://sub.mydomain.com/citer-back/api`, on assignera cette valeur à la variable") was taken for a demo of the service: a
  placeholder label anywhere in the host (sub.mydomain.com, api.your-domain.org) and a "par exemple, si …" cue further back than
  a few words make it an example. A real host after "par exemple" with no hypothesis keeps being a demo.
- The install chapter's sentence about installing NVM-Windows ("Pour plus de détails, voir la section [Usage](https://github.com/
  coreybutler/nvm-windows#usage) de la documentation.") gave the README a "usage" section: that link is the other tool's usage,
  named in the paragraph. A link to the project's own usage page keeps giving it."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "documentation.readme-sections"
PKG = '{"name": "citer-front", "private": true, "dependencies": {"react": "^17.0.1", "react-dom": "^17.0.1"}}\n'


def readme(config_line: str, windows_line: str) -> str:
    return f"""# Carte d'Identité du Territoire - Application cliente

Ce dépôt contient le code source de la partie cliente du projet Carte d'Identité du Territoire, qui présente le portrait d'une commune.

## Lancement en local

### Pré-requis

Pour installer Node.js, il est recommandé d'utiliser [NVM-Windows](https://github.com/coreybutler/nvm-windows) pour Windows.

#### Windows

{windows_line}

### Installation du projet

Après s'être placé dans le dossier du dépôt cloné, on lance :

    npm install

#### Configuration

Il faut créer une copie du fichier `.env.example`, sous le nom `.env.local`, et adapter les paramètres.

* `REACT_APP_API_URL` est l'URL de l'application serveur. Ici, deux possibilités :

    1. Installer l'application serveur localement. Dans ce cas, on donnera à cette variable la valeur `http://localhost/api`.
    2. {config_line}

### Lancement

Une fois configurée, l'application peut être lancée via `npm start`. Elle devient accessible via l'adresse <http://localhost:3000>.
"""


NVM = ("Après avoir extrait les fichiers de l'archive et lancé l'installeur, il sera possible d'installer Node.js via NVM-Windows. "
       "Pour plus de détails, voir la section [Usage](https://github.com/coreybutler/nvm-windows#usage) de la documentation.")
EXAMPLE = ("Utiliser une version déployée en ligne de l'application serveur. Par exemple, si elle est déployée à l'adresse "
           "`https://sub.mydomain.com/citer-back/api`, on assignera cette valeur à la variable.")


def _result(tmp_path, config_line=EXAMPLE, windows_line=NVM):
    files = {"README.md": readme(config_line, windows_line), "package.json": PKG, ".env.example": "REACT_APP_API_URL=\n",
             "src/App.jsx": "export default function App() { return null; }\n"}
    return check_result(tmp_path, files, CID)


def test_an_example_address_in_the_settings_is_no_demo(tmp_path):
    r = _result(tmp_path)
    assert r["details"]["signals"]["demo"] is None, r["details"]["signals"]


def test_a_placeholder_label_inside_the_host_is_no_demo(tmp_path):
    line = "Utiliser la version déployée de l'application serveur, à l'adresse https://api.your-domain.org/citer-back/api."
    r = _result(tmp_path, config_line=line)
    assert r["details"]["signals"]["demo"] is None, r["details"]["signals"]


def test_a_real_demo_after_par_exemple_stays_a_demo(tmp_path):
    line = "Par exemple, la version de démonstration du service est déployée à l'adresse https://citer.maregion.fr/api."
    r = _result(tmp_path, config_line=line)
    assert (r["details"]["signals"]["demo"] or {}).get("url") == "https://citer.maregion.fr/api", r["details"]["signals"]


def test_another_tools_usage_link_gives_no_usage_section(tmp_path):
    r = _result(tmp_path)
    assert not [e for e in r["evidence"] if (e.get("value") or {}).get("section") == "usage" and e["kind"] == "found"], r["evidence"]
    assert "usage" in r["details"]["missing"], r["details"]


def test_the_projects_own_usage_page_still_gives_the_section(tmp_path):
    line = "Pour plus de détails sur l'application, voir la section [Usage](https://github.com/regionsud/citer-front/wiki/Usage) du wiki."
    r = _result(tmp_path, windows_line=line)
    assert "usage" in r["details"]["found"], r["details"]


DEPLOY = """

## Déploiement

D'autres options existent, pour déployer spécifiquement cette application cliente :

* [Netlify](https://app.netlify.com/), qui permet de déployer facilement des applications front-end
* [Vercel](https://vercel.com/), qui fournit un service similaire
* [CapRover](https://caprover.com/) : solution Open Source qui fournit un service similaire, sur un serveur privé.
"""


def test_a_list_of_hosting_platforms_gives_no_demo(tmp_path):
    files = {"README.md": readme(EXAMPLE, NVM) + DEPLOY, "package.json": PKG, "src/App.jsx": "export default function App() { return null; }\n"}
    r = check_result(tmp_path, files, CID)
    assert r["details"]["signals"]["demo"] is None, r["details"]["signals"]  # (was https://vercel.com/, "un service similaire")


def test_a_list_item_naming_the_projects_own_site_stays_a_demo(tmp_path):
    line = "* [Carte Identite](https://carteidentite.fr/), le service en ligne\n"
    files = {"README.md": readme(EXAMPLE, NVM).replace("# Carte d'Identité du Territoire - Application cliente", "# Carte Identite") + "\n## Liens\n\n" + line,
             "package.json": PKG, "src/App.jsx": "export default function App() { return null; }\n"}
    r = check_result(tmp_path, files, CID)
    assert (r["details"]["signals"]["demo"] or {}).get("url") == "https://carteidentite.fr/", r["details"]["signals"]
