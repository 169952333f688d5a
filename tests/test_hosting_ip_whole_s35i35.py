"""scaling.hosting (issue 12, s35 i35 = GwendolineD/app-mairies): Supabase's config.toml names its local API as api_url =
"http://127.0.0.1"; the report said "no hosting dependency: 0.1" with evidence {"host": "0.1"}: the host reducer kept the last two
labels of a dotted IP address as if it were a domain. An IP address is its own host, whole. Near miss: a domain's registrable
part is unchanged (api.ville.fr → ville.fr, a.b.gouv.fr's body, example.co.uk)."""

from __future__ import annotations

import re

from auditor.facts.history import registrable_domain
from tests.test_reusability_fixtures import build, results, run_audit


def test_an_ip_address_is_its_own_host():
    assert registrable_domain("127.0.0.1") == "127.0.0.1"
    assert registrable_domain("192.168.1.100") == "192.168.1.100"
    assert registrable_domain("::1") == "::1"


def test_a_domain_keeps_its_registrable_part():
    assert registrable_domain("api.ville-exemple.fr") == "ville-exemple.fr"
    assert registrable_domain("www.example.co.uk") == "example.co.uk"
    assert registrable_domain("10.example.fr") == "example.fr"


def test_the_loopback_in_supabase_settings_is_named_whole(tmp_path):
    files = {"README.md": "# Vie locale\n\nApplication des communes.\n",
             "package.json": '{"name": "vie-locale", "dependencies": {"next": "16.0.0", "@supabase/supabase-js": "^2.45.0"}}\n',
             "supabase/config.toml": '[auth]\nenabled = true\nsite_url = "http://127.0.0.1:3000"\n\n[studio]\nenabled = true\nport = 54323\n'
                                     'api_url = "http://127.0.0.1"\n',
             "app/page.tsx": "export default function Page() {\n  return <main>Bienvenue</main>;\n}\n"}
    r = results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["scaling.hosting"]))["scaling.hosting"]
    assert not re.search(r"(?<![\d.])0\.1\b", r["message"]["en"]) and not any((e.get("value") or {}).get("host") == "0.1" for e in r["evidence"]
                                                        if isinstance(e.get("value"), dict)), r
