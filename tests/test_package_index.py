"""Package-index lookups go through the shared HTTP transport (auditor.forge.http): answers replayed
on loopback in PyPI's JSON shape, kept on disk under the cache folder, revalidated by ETag, bounded."""

from __future__ import annotations

import hashlib
import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from auditor.facts import dependency_licenses as deps

# Shaped like https://pypi.org/pypi/<name>/<version>/json (only the fields licensecheck reads, and a few more).
ANSWERS = {
    "/pypi/requests/2.31.0/json": {"info": {"name": "requests", "version": "2.31.0", "license": "Apache 2.0", "license_expression": None,
                                            "classifiers": ["Development Status :: 5 - Production/Stable",
                                                            "License :: OSI Approved :: Apache Software License",
                                                            "Programming Language :: Python :: 3"],
                                            "home_page": "https://requests.readthedocs.io"},
                                   "urls": [], "vulnerabilities": []},
    "/pypi/flask/json": {"info": {"name": "flask", "version": "3.1.0", "license": None, "license_expression": "BSD-3-Clause",
                                  "classifiers": ["Framework :: Flask", "Programming Language :: Python"]},
                         "urls": [], "vulnerabilities": []},
}


class PyPI(BaseHTTPRequestHandler):
    hits: list = []

    def do_GET(self):  # noqa: N802 - http.server's name
        PyPI.hits.append((self.path, self.headers.get("If-None-Match")))
        answer = ANSWERS.get(self.path)
        if answer is None:
            self.send_response(404)
            self.end_headers()
            return
        body = json.dumps(answer).encode()
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def pypi(monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), PyPI)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    PyPI.hits = []
    monkeypatch.setenv("AUDITOR_PYPI_API", f"http://127.0.0.1:{server.server_address[1]}/pypi/")
    yield PyPI.hits
    server.shutdown()
    server.server_close()


def test_licences_come_from_the_index_through_the_shared_http_cache(pypi, tmp_path):
    store = deps.PypiLicenses(tmp_path, online=True)
    lic, how = store.get("requests", "2.31.0")
    assert how == "index" and lic and "APACHE" in lic.upper()
    lic, how = store.get("flask", "9.9.9")  # an unknown pinned version: the latest answer
    assert how == "index" and lic and "BSD" in lic.upper()
    assert [p for p, _ in pypi] == ["/pypi/requests/2.31.0/json", "/pypi/flask/9.9.9/json", "/pypi/flask/json"]
    assert len(list((tmp_path / "http" / "pypi").rglob("*.json"))) == 2  # the two 200 answers, in the shared cache's format
    store.save()
    # Without the licence memo, a fresh answer is served by the HTTP cache: nothing asked again.
    (tmp_path / "licensing" / "pypi-licenses.json").unlink()
    again = deps.PypiLicenses(tmp_path, online=True)
    assert again.get("requests", "2.31.0") == (lic_requests := store.cache["requests==2.31.0"], "index") and lic_requests
    assert len(pypi) == 3


def test_a_stale_answer_is_revalidated_with_its_etag(pypi, tmp_path):
    deps.PypiLicenses(tmp_path, online=True).get("requests", "2.31.0")
    for path in (tmp_path / "http" / "pypi").rglob("*.json"):  # age the stored answer past its freshness
        entry = json.loads(path.read_text())
        entry["stored_at"] = 0
        path.write_text(json.dumps(entry))
    store = deps.PypiLicenses(tmp_path, online=True)  # its memo was never saved: the index is asked
    lic, how = store.get("requests", "2.31.0")
    assert how == "index" and "APACHE" in lic.upper()
    assert len(pypi) == 2 and pypi[1][1] and pypi[1][1].startswith('"')  # If-None-Match sent, 304 answered, the stored body served
    assert store.requests.from_cache == 1


def test_offline_nothing_is_asked(pypi, tmp_path):
    assert deps.PypiLicenses(tmp_path, online=False).get("requests", "2.31.0") == (None, "offline")
    assert pypi == []


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_package_index_stops_after_three_failures(tmp_path, monkeypatch):
    """An index that fails is asked three times, not once per dependency; the rest is unknown, never 'ok'."""
    monkeypatch.setenv("AUDITOR_PYPI_API", f"http://127.0.0.1:{_closed_port()}/pypi/")
    store = deps.PypiLicenses(tmp_path, online=True)
    answers = [store.get(f"pkg{i}", "1.0") for i in range(20)]
    assert store.requests.requests == 6  # three lookups, each the pinned version then the latest
    assert all(lic is None for lic, _ in answers) and {how for _, how in answers} == {"index error", "index budget"}


def test_the_requests_to_the_index_are_bounded(pypi, tmp_path, monkeypatch):
    monkeypatch.setattr(deps, "MAX_INDEX_REQUESTS", 1)
    store = deps.PypiLicenses(tmp_path, online=True)
    assert store.get("requests", "2.31.0")[1] == "index"
    assert store.get("flask", "3.1.0") == (None, "index budget")
    assert store.get("other", "1.0") == (None, "index budget") and len(pypi) == 1
