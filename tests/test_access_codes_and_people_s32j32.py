"""Issue 12, session 32 fixer j32 (thibaultfaverais-source/compostconnect, dubreybrice-png/sdis66-analyse-operationnelle,
dubreybrice-png/sdis66-suivi-vma): home-made sign-ins, access codes written in the code, people's data held in the code.

- A React front end's sign-in screen (``<input type="password" autoComplete="current-password">`` in src/App.jsx) and its
  ``const SUPER_ADMIN_CODE = '…'`` compared with the code typed: interoperability.auth said "no sign-in", reusability.secrets
  "no secret" (React writes the attribute autoComplete; an access code is no keyword detect-secrets knows).
- An Apps Script page's ``const pwd = prompt("Mot de passe :"); if (pwd !== "…")``: the same home-made sign-in.
- The same front end's sites, one a line, each with its référents ``{nom: "Christophe BOUTET", tel: "07 …", email: "…"}``:
  people with their phone numbers and e-mail addresses published in the code, read as "how they are kept is not measured".
- An Apps Script's column map of its spreadsheet (``COLS: {DATE_NAISSANCE: 3, EMAIL: 5, NOM_PRENOM: 7}``): the sheet's data model,
  read as "no schema".
Near misses keep their old reading: an ERROR_CODE compared with an error's code, a password field's type compared with
"password", a list of communes, an HTTP request's headers and a column map of places."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

AUTH, SECRETS, PD = "interoperability.auth", "reusability.secrets", "scaling.personal-data"
README = {"README.md": "# Composteurs partagés\n\nSuivi des composteurs partagés d'un syndicat de collecte des déchets.\n"}
PACKAGE = '{"name": "composteurs", "scripts": {"dev": "vite"}, "dependencies": {"react": "^18.2.0", "react-dom": "^18.2.0"}, ' \
          '"devDependencies": {"vite": "^5.0.0"}}\n'
FRONT = {**README, "package.json": PACKAGE, "index.html": "<div id=root></div><script type=module src=/src/main.jsx></script>\n",
         "src/main.jsx": "import App from './App.jsx';\nReactDOM.createRoot(document.getElementById('root')).render(<App />);\n"}
LOGIN_SCREEN = ("function LoginScreen({ code, setCode, onLogin }) {\n  return (\n    <div>\n"
                "      <input type=\"password\" name=\"password\" autoComplete=\"current-password\" value={code} "
                "onChange={e => setCode(e.target.value.toUpperCase())} placeholder=\"Code d'accès\" />\n"
                "      <button onClick={onLogin}>Accéder</button>\n    </div>\n  );\n}\n\n")
APP = ("import { useState } from 'react';\n\n" + LOGIN_SCREEN +
       "const SUPER_ADMIN_CODE = 'SUPERADMIN2026';\n\nexport default function App() {\n  const [code, setCode] = useState('');\n"
       "  const [screen, setScreen] = useState('login');\n  const handleLogin = () => {\n    const c = code.trim().toUpperCase();\n"
       "    if (c === SUPER_ADMIN_CODE) { setScreen('superadmin'); }\n  };\n"
       "  return screen === 'login' ? <LoginScreen code={code} setCode={setCode} onLogin={handleLogin} /> : <main>Tableau de bord</main>;\n}\n")
# the same app without any sign-in: an error's code compared with a constant, a password field's type toggled
ERRORS = ("import { useState } from 'react';\n\nconst ERROR_CODE = 'E4242';\n\nexport default function App() {\n"
          "  const [err, setErr] = useState(null);\n  const [passwordType, setPasswordType] = useState('text');\n"
          "  const show = () => setPasswordType(passwordType === 'password' ? 'text' : 'password');\n"
          "  if (err && err.code === ERROR_CODE) { return <p>Erreur</p>; }\n  return <main onClick={show}>Carte des composteurs</main>;\n}\n")
PAGE = ("<!DOCTYPE html>\n<html>\n<head><base target=\"_top\"></head>\n<body>\n  <button onclick=\"openAppView()\">Application</button>\n"
        "  <div id=\"appView\" class=\"view\"></div>\n  <script>\n    function openAppView() {\n"
        "      const pwd = prompt(\"Mot de passe :\");\n      if(pwd !== \"APP66\") { alert(\"Code incorrect\"); return; }\n"
        "      document.getElementById('appView').classList.add('active');\n    }\n  </script>\n</body>\n</html>\n")
APPS_SCRIPT = {"README.md": "# Tableau de bord opérationnel\n\nTableau de bord des interventions du service départemental.\n",
               "appsscript.json": '{"timeZone": "Europe/Paris", "webapp": {"executeAs": "USER_DEPLOYING", "access": "ANYONE_ANONYMOUS"}, '
                                  '"runtimeVersion": "V8"}\n',
               ".clasp.json": '{"scriptId": "1abcDEF", "rootDir": "."}\n',
               "Code.js": "function doGet() {\n  return HtmlService.createTemplateFromFile('Home').evaluate();\n}\n"}


def _site(i: int, people: list[tuple[str, str, str]]) -> str:
    refs = ", ".join(f'{{role: "Référent", nom: "{n}", tel: "{t}", email: "{m}"}}' for n, t, m in people)
    return f'  {{id: "s{i}", name: "Site {i}", code: "SITE{i}", capacityL: 400, referents: [{refs}], lat: 47.3, lng: 1.2}},\n'


_PEOPLE = [("Christophe BOUTET", "BOYER"), ("Philippe MAZEAU", "RIOLAND"), ("Gwenael DELCROIX", "MAUBERT"), ("Laetitia CAUX", "CHARPENTIER"),
           ("Magali BAKER", "LEROUX"), ("Denis GARNIER", "FAURE"), ("Sylvie MERCIER", "BLANCHARD")]


def _sites(contacts: bool) -> str:
    rows = ""
    for i, (first, second) in enumerate(_PEOPLE):
        tel, mail = (f"06 62 32 71 3{i}", f"ref{i}@orange.fr") if contacts else ("", "")
        rows += _site(i, [(first, tel, mail), (f"Jean-Hervé {second}", tel, mail)])
    return "const DEFAULT_SITES = [\n" + rows + "];\n\nexport default DEFAULT_SITES;\n"


COMMUNES = "const COMMUNES = [\n" + "".join(f'  {{id: "c{i}", name: "Commune {i}", code: "4100{i}", foyers: {i * 10}}},\n' for i in range(12)) + "];\n"
COLUMN_MODEL = ("var CONFIG = {\n  SPREADSHEET_ID: '1-6759nuMIn7A',\n  SHEETS: {\n    RETARD: 'Copie retard',\n    VACCINS: 'Vaccins'\n  },\n\n"
                "  /* ── Colonnes onglet Copie retard (0-based) ── */\n  COLS: {\n    AGE:                0,  // A\n    CENTRE_PRINCIPAL:   2,  // C\n"
                "    DATE_NAISSANCE:     3,  // D\n    DATE_VISITE:        4,  // E\n    EMAIL:              5,  // F\n    MATRICULE:          6,  // G\n"
                "    NOM_PRENOM:         7,  // H\n    OBJET_VISITE:       8   // I\n  },\n};\n")
PLACES_MODEL = ("var CONFIG = {\n  COLS: {\n    CODE_INSEE: 0,  // A\n    COMMUNE:    1,  // B\n    POPULATION: 2,  // C\n    SURFACE:    3   // D\n  },\n};\n\n"
                "function appel(url) {\n  return UrlFetchApp.fetch(url, {headers: {\n    Accept: 1,\n    Range: 2,\n    Priority: 3\n  }});\n}\n")


def test_a_front_end_code_screen_is_a_local_sign_in_and_its_code_a_secret(tmp_path):
    _, res = judge(tmp_path, {**FRONT, "src/App.jsx": APP}, [AUTH, SECRETS])
    assert res[AUTH]["status"] == "fail" and res[AUTH]["details"]["local_login"] is True, res[AUTH]["message"]  # was not_applicable
    assert res[SECRETS]["status"] == "fail", res[SECRETS]["message"]  # was pass "no secret detected"
    ev = [e for e in res[SECRETS]["evidence"] if e.get("path") == "src/App.jsx"]
    assert ev and ev[0]["line"] == APP.split("\n").index("const SUPER_ADMIN_CODE = 'SUPERADMIN2026';") + 1, res[SECRETS]["evidence"]
    assert "SUPERADMIN2026" not in str(res[SECRETS]) and "SUPERADMIN2026" not in str(res[AUTH]), "a secret's value in the report"


def test_an_error_code_and_a_password_field_type_are_no_sign_in_nor_secret(tmp_path):
    _, res = judge(tmp_path, {**FRONT, "src/App.jsx": ERRORS}, [AUTH, SECRETS], name="errors")
    assert res[AUTH]["status"] == "not_applicable", res[AUTH]["message"]
    assert res[SECRETS]["status"] == "pass", res[SECRETS]["message"]


def test_a_password_prompted_and_compared_with_a_literal_is_a_local_sign_in(tmp_path):
    _, res = judge(tmp_path, {**APPS_SCRIPT, "Home.html": PAGE}, [AUTH, SECRETS], name="prompt")
    assert res[AUTH]["status"] == "fail" and res[AUTH]["details"]["local_login"] is True, res[AUTH]["message"]  # was not_applicable
    assert any(e.get("path") == "Home.html" and e.get("line") == 10 for e in res[AUTH]["evidence"]), res[AUTH]["evidence"]
    assert res[SECRETS]["status"] == "fail" and "APP66" not in str(res[SECRETS]), res[SECRETS]["message"]
    near = PAGE.replace('const pwd = prompt("Mot de passe :");\n      if(pwd !== "APP66")', 'const champ = document.getElementById("mdp");\n      if(champ.type !== "password")')
    _, res = judge(tmp_path, {**APPS_SCRIPT, "Home.html": near}, [AUTH], name="field")
    assert res[AUTH]["status"] == "not_applicable", res[AUTH]["message"]


def test_people_with_their_phones_written_in_a_front_end_are_published_personal_data(tmp_path):
    _, res = judge(tmp_path, {**FRONT, "src/App.jsx": ERRORS, "src/sites.jsx": _sites(True)}, [PD], name="sites")
    r = res[PD]
    assert r["status"] == "fail" and r["details"]["code_people_lists"] == 1, r["message"]  # was inconclusive "not measured"
    assert "phone number(s) or e-mail address(es)" in r["message"]["en"] and "BOUTET" not in str(r), r["message"]
    _, res = judge(tmp_path, {**FRONT, "src/App.jsx": ERRORS, "src/sites.jsx": _sites(False)}, [PD], name="names")
    assert res[PD]["status"] == "warn" and res[PD]["score"] == 3, res[PD]["message"]  # named people without contacts: the old warning
    _, res = judge(tmp_path, {**FRONT, "src/App.jsx": ERRORS, "src/communes.jsx": COMMUNES}, [PD], name="communes")
    assert res[PD]["status"] == "not_applicable", res[PD]["message"]


def test_a_spreadsheet_column_map_is_the_data_model(tmp_path):
    _, res = judge(tmp_path, {**APPS_SCRIPT, "Config.js": COLUMN_MODEL}, [PD], name="columns")
    r = res[PD]
    assert r["status"] == "warn" and "birth" in r["message"]["en"] and "e-mail" in r["message"]["en"], r["message"]  # was not_applicable
    assert any(e.get("path") == "Config.js" for e in r["evidence"]), r["evidence"]
    _, res = judge(tmp_path, {**APPS_SCRIPT, "Config.js": PLACES_MODEL}, [PD], name="places")
    assert res[PD]["status"] == "not_applicable", res[PD]["message"]
