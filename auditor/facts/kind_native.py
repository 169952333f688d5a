"""A program written in C or C++ that is its own HTTP server: a transport operator's journey planner whose ``main()`` starts
a server module answering the web pages and the requests of its sites (Boost.Asio's acceptor and the project's HTTP request
parser, ``HTTPReply``), or a program built on an embedded HTTP library (libmicrohttpd, Mongoose/CivetWeb, cpp-httplib, Crow,
Drogon, Pistache, POCO, C++ REST SDK, libevent's evhttp, libsoup, Qt HTTP Server) or run behind a web server (FastCGI).

Without this rule such a repository had no kind of its own: its thousands of C++ files weigh nothing in the table of kinds, so
two Python utility scripts beside them made it a command-line tool, or a copied library's project file a library."""

from __future__ import annotations

import re

from auditor.facts.inventory import is_test, is_vendored
from auditor.facts.kind_programs import NATIVE_EXT
from auditor.lazyre import lazy_compile

MAX_NATIVE_READS, NATIVE_BYTES = 300, 128 * 1024
# an HTTP server started by an embedded library, or a FastCGI program's request loop
_EMBEDDED = lazy_compile(r"\bMHD_start_daemon\s*\(|\bmg_(?:start|http_listen|bind)\s*\(|\bhttplib::(?:SSL)?Server\b|\bcrow::(?:SimpleApp|App\s*<)|"
                         r"\bdrogon::app\s*\(\s*\)|\bPistache::Http::Endpoint\b|\bHttp::listenAndServe\b|\bPoco::Net::HTTPServer\b|"
                         r"\bnew\s+HTTPServer\s*\(|\bhttp_listener\b|\bevhttp_bind_socket(?:_with_handle)?\s*\(|\bsoup_server_new\s*\(|"
                         r"\bQHttpServer\b|\bFCGX_Accept(?:_r)?\s*\(|\bFCGI_Accept\s*\(")
# or a server socket of its own (Boost.Asio's acceptor, a listen() call) in a file speaking HTTP (its request and reply types,
# Beast's http namespace, a status line written by hand)
_ACCEPTS = lazy_compile(r"\btcp::acceptor\b|\blisten\s*\(\s*\w+\s*,")
_SPEAKS_HTTP = lazy_compile(r"\bHTTP(?:Request|Reply|Response|Connection)\b|\bbeast::http\b|\"HTTP/1\.[01] ")
# a program's entry point in C/C++
_C_MAIN = lazy_compile(r"^[^\S\n]*(?:int|void)[^\S\n]+(?:main|w?WinMain)[^\S\n]*\(", re.M)
# (files named for a server or for a program's entry read first: a large program's server module is one folder among fifty)
_LIKELY = lazy_compile(r"server|http|listen|daemon|service|main|acceptor|connection|fcgi", re.I)
_EXAMPLES = frozenset({"example", "examples", "sample", "samples", "demo", "demos", "testapps", "benchmark", "benchmarks"})


def _own_native(files) -> list[str]:
    """The project's own C/C++ sources (no test, no example, no copy), the likely server and entry files first, then path order."""
    paths = [e.path for e in files if e.ext.lower() in NATIVE_EXT and not is_test(e.path) and not is_vendored(e.path)
             and not _EXAMPLES.intersection(s.lower() for s in e.path.split("/")[:-1])]
    return sorted(paths, key=lambda p: (not _LIKELY.search(p.rsplit("/", 1)[-1]), p))


def native_servers(ctx, files) -> list[str]:
    """The C/C++ files starting an HTTP server, when the project also holds a program (a ``main()``) of its own: at most
    :data:`MAX_NATIVE_READS` files read, 128 KB each; a server class in a library without any program serves nothing itself."""
    out: list[str] = []
    has_main = False
    for p in _own_native(files)[:MAX_NATIVE_READS]:
        text = ctx.snapshot.read_text(p, limit=NATIVE_BYTES) or ""
        has_main = has_main or bool(_C_MAIN.search(text))
        if _EMBEDDED.search(text) or (_ACCEPTS.search(text) and _SPEAKS_HTTP.search(text)):
            out.append(p)
    return out[:3] if has_main else []
