"""reusability.secrets: an Authorization header's token cut short in a documentation example is no token (issue 12, s44 fk44 =
reader rf44's gestionsiteccsa/MediaBib).

A library system's docs/API.md shows ``Authorization: Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9...``: the public JWT header
({"typ":"JWT","alg":"HS256"}) then an ellipsis, no payload nor signature. It was a "Probable secret: revoke and remove it". A value
ending in an ellipsis, or a JWT's header alone, is elided. Near miss: a whole token (header, payload and signature) in the same
example keeps its finding. Tokens made up."""

from __future__ import annotations

from tests.test_reusability_fixtures import sec

HEADER = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9"  # ({"typ":"JWT","alg":"HS256"}: public)
PAYLOAD = "eyJ1c2VyX2lkIjo0MiwiZXhwIjoxNzM1Njg5NjAwfQ"  # (made up)
SIGNATURE = "Qm9pc2RpbmdoZW0tZXhlbXBsZS1zaWduYXR1cmU4"  # (made up)


def _doc(token: str) -> str:
    return ("# API\n\n## Authentification\n\nChaque requête porte le jeton obtenu à la connexion :\n\n```http\n"
            f"GET /api/v1/opac/loans/\nAuthorization: Bearer {token}\n```\n")


def _api_hits(tmp_path, token: str) -> list:
    r = sec(tmp_path, {"README.md": "# Médiathèque\n\nGestion de bibliothèque.\n", "docs/API.md": _doc(token),
                       "app/views.py": "def index(request):\n    return None\n"})
    return [e for e in r["evidence"] if e.get("path") == "docs/API.md"]


def test_an_elided_bearer_token_is_no_secret(tmp_path):
    assert not _api_hits(tmp_path / "a", HEADER + "..."), "ellipsis"
    assert not _api_hits(tmp_path / "b", HEADER + "\u2026"), "unicode ellipsis"


def test_near_miss_a_whole_token_keeps_its_finding(tmp_path):
    assert _api_hits(tmp_path, f"{HEADER}.{PAYLOAD}.{SIGNATURE}")
