"""A loopback git smart-HTTP server (``git http-backend`` as CGI) that asks for Basic credentials,
for tests where credentials and the network are the point. ``silent=True`` accepts connections
and never answers (an unresponsive server)."""

from __future__ import annotations

import base64
import http.server
import os
import socketserver
import subprocess
import threading
from pathlib import Path


class _Handler(http.server.BaseHTTPRequestHandler):
    server_version = "loopback-git"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _serve(self) -> None:
        srv = self.server
        if srv.silent:  # type: ignore[attr-defined]
            srv.stop_event.wait(120)  # type: ignore[attr-defined]
            return
        auth = self.headers.get("Authorization", "")
        expected = "Basic " + base64.b64encode(f"{srv.user}:{srv.password}".encode()).decode()  # type: ignore[attr-defined]
        srv.seen_auth.append(auth)  # type: ignore[attr-defined]
        if auth != expected:
            self.send_response(401)
            self.send_header("WWW-Authenticate", 'Basic realm="git"')
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        path, _, query = self.path.partition("?")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        env = {"PATH": os.environ.get("PATH", ""), "GIT_PROJECT_ROOT": str(srv.root), "GIT_HTTP_EXPORT_ALL": "1",  # type: ignore[attr-defined]
               "PATH_INFO": path, "QUERY_STRING": query, "REQUEST_METHOD": self.command, "REMOTE_USER": srv.user,  # type: ignore[attr-defined]
               "REMOTE_ADDR": "127.0.0.1", "CONTENT_TYPE": self.headers.get("Content-Type", ""), "CONTENT_LENGTH": str(len(body)),
               "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(srv.root)}  # type: ignore[attr-defined]
        if self.headers.get("Content-Encoding"):
            env["HTTP_CONTENT_ENCODING"] = self.headers["Content-Encoding"]
        if self.headers.get("Git-Protocol"):
            env["GIT_PROTOCOL"] = self.headers["Git-Protocol"]
        out = subprocess.run(["git", "http-backend"], input=body, env=env, capture_output=True, timeout=60).stdout
        head, _, payload = out.partition(b"\r\n\r\n")
        if not _:
            head, _, payload = out.partition(b"\n\n")
        status, headers = 200, []
        for line in head.decode("latin-1").splitlines():
            k, _, v = line.partition(":")
            if k.lower() == "status":
                status = int(v.strip().split()[0])
            elif k:
                headers.append((k, v.strip()))
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = _serve
    do_POST = _serve


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


class HttpGitServer:
    def __init__(self, root: Path, user: str = "agent", password: str = "s3cr/et#pa?ss@word", silent: bool = False) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._srv = _Server(("127.0.0.1", 0), _Handler)
        self._srv.root, self._srv.user, self._srv.password, self._srv.silent = self.root, user, password, silent  # type: ignore[attr-defined]
        self._srv.seen_auth = []  # type: ignore[attr-defined]
        self._srv.stop_event = threading.Event()  # type: ignore[attr-defined]
        self.user, self.password = user, password
        self.port = self._srv.server_address[1]
        self._thread = threading.Thread(target=self._srv.serve_forever, daemon=True)
        self._thread.start()

    @property
    def seen_auth(self) -> list[str]:
        return self._srv.seen_auth  # type: ignore[attr-defined]

    def serve(self, src: Path, rel: str) -> str:
        dest = self.root / (rel if rel.endswith(".git") else rel + ".git")
        dest.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["git", "clone", "-q", "--bare", str(src), str(dest)], check=True)
        return f"http://127.0.0.1:{self.port}/{rel}.git"

    def url_with_credentials(self, rel: str) -> str:
        return f"http://{self.user}:{self.password}@127.0.0.1:{self.port}/{rel}.git"

    def stop(self) -> None:
        self._srv.stop_event.set()  # type: ignore[attr-defined]
        self._srv.shutdown()
        self._srv.server_close()
