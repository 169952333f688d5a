"""A page's password field whose script posts it to the project's own server is a sign-in of people with local accounts, even when the
server's code is not in the repository (issue 12, s40 fa40 = reader md39's Cedrico59/patrimoine-arbor-V3, the Ville de Marcq-en-Barœul's
tree-inventory app: index.html's "Accès sécurisé" with `<input type="password">`, app.js posting action=login and the password to its
Google Apps Script web app): interoperability.auth said "No sign-in of people found". Rule now: a request (fetch, axios, jQuery, the
project's own api/post helper) carrying a password key, beside a page's password field, is a local sign-in. Near misses: a password
field unlocking the page in the browser (no request carries it) and a password sent to an identity provider's token endpoint keep their
verdicts; so does the field with no script at all."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.auth"
PAGE = """<!doctype html>
<html lang="fr"><head><title>Patrimoine arboré</title></head>
<body>
  <div id="loginOverlay">
    <h2>Accès sécurisé</h2>
    <select id="loginSelect"><option value="admin">Administrateur</option><option value="secteur1">Secteur 1</option></select>
    <input type="password" id="passwordInput" placeholder="Mot de passe">
    <button id="loginBtn">Se connecter</button>
  </div>
  <div id="map"></div>
  <script src="app.js"></script>
</body></html>
"""
APP = """(function () {
  const API_URL = "https://example.org/api/exec";

  async function charger() {
    const r = await fetch(API_URL + "?action=list&token=" + localStorage.getItem("authToken"));
    return r.json();
  }

  document.getElementById("loginBtn").addEventListener("click", async () => {
    const login = document.getElementById("loginSelect").value;
    const pwd = document.getElementById("passwordInput").value;
    const res = await fetch(API_URL, {
      method: "POST",
      body: new URLSearchParams({
        action: "login",
        login: login,   // l'identifiant choisi
        password: pwd
      })
    });
    const data = await res.json();
    if (data.ok) { localStorage.setItem("authToken", data.token); charger(); }
  });
})();
"""
FILES = {"index.html": PAGE, "app.js": APP}


def test_a_password_field_posted_to_the_projects_server_is_a_local_sign_in(tmp_path):
    res = check_result(tmp_path, FILES, CID)
    assert res["status"] == "fail", res["message"]
    assert {e.get("path") for e in res["evidence"]} >= {"index.html", "app.js"}, res["evidence"]


def test_a_password_handed_to_the_projects_api_helper_is_a_local_sign_in(tmp_path):
    app = APP.replace("""const res = await fetch(API_URL, {
      method: "POST",
      body: new URLSearchParams({
        action: "login",
        login: login,   // l'identifiant choisi
        password: pwd
      })
    });""", """const password = pwd;
    const res = await apiPost("login", { login, password });""")
    res = check_result(tmp_path, {**FILES, "app.js": app}, CID)
    assert res["status"] == "fail", res["message"]


def test_near_miss_a_password_unlocking_the_page_in_the_browser_signs_nobody_in(tmp_path):
    app = APP.split("  document.getElementById")[0] + """  document.getElementById("loginBtn").addEventListener("click", () => {
    const pwd = document.getElementById("passwordInput").value;
    if (pwd === sessionStorage.getItem("code")) { document.getElementById("loginOverlay").remove(); charger(); }
  });
})();
"""
    res = check_result(tmp_path, {**FILES, "app.js": app}, CID)
    assert res["status"] == "not_applicable", res["message"]


def test_near_miss_a_password_sent_to_an_identity_providers_token_endpoint_is_no_local_sign_in(tmp_path):
    app = APP.replace("fetch(API_URL, {", 'fetch("https://sso.example.org/realms/ville/protocol/openid-connect/token", {') \
        .replace('action: "login"', 'grant_type: "password"')
    res = check_result(tmp_path, {**FILES, "app.js": app}, CID)
    assert "local accounts" not in res["message"]["en"], res["message"]
