"""Signal words inside base64 content (issue 12, session 25 m25 = s24 o3 family 7, a commune's Laravel site).

A Laravel/Jetstream application's two logo components embed a PNG as ``<image xlink:href="data:image/png;base64,…">`` wrapped over two
thousand lines; four of their characters spelled "SaML", and interoperability.auth said "standard authentication (OpenID Connect/
OAuth2/SAML/CAS)" of an application signing in with local accounts only. An image or a font embedded in base64 (a data: URI,
wrapped or not, or a long base64 token) is bytes: no text signal is matched inside it, whatever the signal. A SAML route of the
code stays a standard sign-in, and the line numbers of hits after the image do not move.
"""

from __future__ import annotations

import base64
import json

from auditor.facts.textscan import scan
from tests.test_local_authority_verdicts import judge

AUTH = ["interoperability.auth"]


def _png_lines(word: str) -> list[str]:
    """A made-up PNG payload in base64, wrapped at 76 characters, one line of which carries ``word``."""
    raw = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes((i * 37 + 11) % 256 for i in range(3000))).decode()
    lines = [raw[i:i + 76] for i in range(0, len(raw), 76)]
    lines[20] = lines[20][:30] + word + lines[20][30 + len(word):]
    return lines


def _logo(word: str = "xqSaMLwq") -> str:
    payload = "\n".join(_png_lines(word))
    return ('<svg version="1.1" width="150" height="100" viewBox="0 0 150 100" xmlns="http://www.w3.org/2000/svg" '
            'xmlns:xlink="http://www.w3.org/1999/xlink">\n  <g id="logo">\n    <image width="150" height="100"\n'
            f'       xlink:href="data:image/png;base64,{payload}\n"\n       id="image1" />\n  </g>\n</svg>\n')


def _site(extra: dict | None = None) -> dict:
    files = {
        "composer.json": json.dumps({"name": "mairie/site", "require": {"php": "^8.1", "laravel/framework": "^10.0",
                                                                         "laravel/fortify": "^1.17", "laravel/jetstream": "^3.0"}}),
        "composer.lock": "{}",
        "app/Actions/Fortify/CreateNewUser.php": (
            "<?php\n\nnamespace App\\Actions\\Fortify;\n\nuse App\\Models\\User;\nuse Illuminate\\Support\\Facades\\Hash;\n\n"
            "class CreateNewUser\n{\n    public function create(array $input): User\n    {\n"
            "        return User::create(['name' => $input['name'], 'email' => $input['email'], 'password' => Hash::make($input['password'])]);\n"
            "    }\n}\n"),
        "resources/views/auth/login.blade.php": (
            "<x-guest-layout>\n    <x-application-logo />\n    <form method=\"POST\" action=\"{{ route('login') }}\">\n        @csrf\n"
            "        <input id=\"email\" type=\"email\" name=\"email\" required />\n        <input id=\"password\" type=\"password\" name=\"password\" required />\n"
            "        <button type=\"submit\">Se connecter</button>\n    </form>\n</x-guest-layout>\n"),
        "resources/views/components/application-logo.blade.php": _logo(),
        "resources/views/components/authentication-card-logo.blade.php": _logo("AqsAmLqw"),
        "routes/web.php": "<?php\n\nuse Illuminate\\Support\\Facades\\Route;\n\nRoute::get('/', function () { return view('welcome'); });\n",
    }
    files.update(extra or {})
    return files


def _auth(tmp_path, files, name):
    return judge(tmp_path, files, AUTH, name=name)[1]["interoperability.auth"]


def test_a_word_inside_an_embedded_image_is_no_sign_in_standard(tmp_path):
    auth = _auth(tmp_path, _site(), "logo")
    assert "Standard authentication" not in auth["message"]["en"], auth  # was warn "standard (…SAML…)" from the logo's "SaML"
    assert "application-logo" not in json.dumps(auth.get("evidence")), auth


def test_a_saml_route_of_the_code_stays_a_standard_sign_in(tmp_path):
    routes = ("<?php\n\nuse Illuminate\\Support\\Facades\\Route;\nuse App\\Http\\Controllers\\Saml2Controller;\n\n"
              "Route::post('/saml2/acs', [Saml2Controller::class, 'acs']);\nRoute::get('/saml2/login', [Saml2Controller::class, 'login']);\n")
    auth = _auth(tmp_path, _site({"routes/web.php": routes}), "saml")
    assert "Standard authentication" in auth["message"]["en"], auth


def test_line_numbers_after_the_image_are_kept():
    from auditor.facts.text_blobs import blank_blobs

    text = _logo() + "<script>const issuer = 'https://auth.example.org/.well-known/openid-configuration';</script>\n"
    blanked = blank_blobs(text)
    assert blanked.count("\n") == text.count("\n") and "SaML" not in blanked and "openid-configuration" in blanked
    hits = scan("resources/views/components/application-logo.blade.php", text)
    assert "auth.oidc" in hits and [h[1] for h in hits["auth.oidc"]] == [text.count("\n")], hits


def test_paths_and_long_words_are_no_base64():
    from auditor.facts.text_blobs import blank_blobs

    path = "src/main/java/org/example/territoire/services/AuthentificationService2Impl/Saml"
    word = "SamlAuthenticationProviderConfigurationForTheRegionalPlatformOfTheState2"
    for text in (f"import '{path}';\n", f"class {word} {{}}\n", "const a = 'data:text/plain,SAML';\n"):
        assert blank_blobs(text) == text
