"""The API key an AI vendor's client reads from the environment by itself (issue 12, s40 fl40 = gitreunion/datacup-challenge-muc).

A client or a framework's component built without its key reads the vendor's documented variable: Haystack's ``OpenAIGenerator()``
(its ``api_key`` defaults to ``Secret.from_env_var("OPENAI_API_KEY")``), the openai SDK's ``OpenAI()`` / ``new OpenAI()``, Anthropic's
``Anthropic()``, LangChain's ``ChatOpenAI()``, LlamaIndex's ``OpenAI()`` (vendors' and frameworks' reference pages, read 2026-12): the
variable is a setting of the project, though no ``getenv`` names it. A call that passes the key (``api_key=…``, ``apiKey: …``) reads
what it is given instead.

Bounded and deterministic: the project's Python, JavaScript and TypeScript files in path order, at most :data:`MAX_FILES` files of
:data:`MAX_BYTES`; the first call per variable.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

MAX_FILES, MAX_BYTES, MAX_ARGS = 400, 256 * 1024, 2000
_EXT = {"py", "js", "mjs", "cjs", "ts", "tsx", "jsx"}
# (the class's name, the module the file must import it from, the variable the client reads)
_CLIENTS = [
    (r"(?:OpenAI(?:Chat)?Generator|OpenAI(?:Text|Document)Embedder)", r"\bhaystack\b", "OPENAI_API_KEY"),
    (r"(?:AzureOpenAI(?:Chat)?Generator|AzureOpenAI(?:Text|Document)Embedder)", r"\bhaystack\b", "AZURE_OPENAI_API_KEY"),
    (r"Anthropic(?:Chat)?Generator", r"\bhaystack", "ANTHROPIC_API_KEY"),
    (r"Mistral(?:Chat)?Generator", r"\bhaystack", "MISTRAL_API_KEY"),
    (r"(?:ChatOpenAI|OpenAIEmbeddings)", r"\blangchain", "OPENAI_API_KEY"),
    (r"ChatAnthropic", r"\blangchain", "ANTHROPIC_API_KEY"),
    (r"ChatMistralAI", r"\blangchain", "MISTRAL_API_KEY"),
    (r"(?:Async)?OpenAI", r"(?:\bfrom\s+openai\s+import\b|\bimport\s+openai\b|from\s+['\"]openai['\"]|require\(\s*['\"]openai['\"]|\bllama_index\.llms\.openai\b)",
     "OPENAI_API_KEY"),
    (r"(?:Async)?Anthropic", r"(?:\bfrom\s+anthropic\s+import\b|\bimport\s+anthropic\b|['\"]@anthropic-ai/sdk['\"])", "ANTHROPIC_API_KEY"),
]
_CALLS = [(lazy_compile(rf"(?<![\w.])(?:new\s+)?(?:\w+\.)?{name}\s*\("), lazy_compile(imports), var) for name, imports, var in _CLIENTS]
_KEY_ARG = lazy_compile(r"\b(?:api_?key|openai_api_key|anthropic_api_key|mistral_api_key|azure_api_key)\b", re.I)


def _args(text: str, start: int) -> str:
    """The call's arguments from its opening parenthesis at ``start`` - 1 (nested parentheses followed), at most :data:`MAX_ARGS`."""
    depth = 1
    for i in range(start, min(len(text), start + MAX_ARGS)):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return text[start:i]
    return text[start:start + MAX_ARGS]


def implicit_vendor_keys(snap, entries, known: set[str]) -> list[list]:
    """``[variable, [path, line, call, "code"]]`` for each vendor key a client built without it reads from the environment."""
    out: dict[str, list] = {}
    files = sorted((e for e in entries if e.ext in _EXT and 0 < e.size <= MAX_BYTES), key=lambda e: e.path)[:MAX_FILES]
    for e in files:
        text = snap.read_text(e.path, limit=MAX_BYTES) or ""
        if "(" not in text:
            continue
        for call, imports, var in _CALLS:
            if var in known or var in out or not imports.search(text):
                continue
            for m in call.finditer(text):
                if not _KEY_ARG.search(_args(text, m.end())):
                    out[var] = [e.path, text.count("\n", 0, m.start()) + 1, m.group(0).strip()[:80], "code"]
                    break
    return [[v, h] for v, h in sorted(out.items())]
