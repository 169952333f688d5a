"""Browser end-to-end tests a workspace generator writes, left as created, and the helpers beside them that hold no test.

- Nx's generated e2e example (the @nx/cypress and @nx/playwright generators' ``apps/<app>-e2e/src/e2e/app.cy.ts`` or ``e2e/src/e2e/
  app.cy.ts``, ``…/example.spec.ts``): one case, "should display welcome message" (``cy.login('my-email@something.com', …)`` over a
  custom command that only logs, then ``getGreeting().contains(/Welcome/)``) or "has title" (``page.locator('h1')`` … ``'Welcome'``), that
  checks the generator's welcome page, not the app (issue 12, s43 fk43 = GuilaumeDurandiere/angular-standalone: a syndicate's Angular
  portal whose only e2e test was Nx's, its app having no such page). A file with another case is judged as a test.
- A page object (``app.po.ts``: ``getGreeting = () => cy.get('h1')``) or a file of a browser-test folder's ``support/`` (Cypress's
  commands.ts, e2e.ts) holding no case (no describe/it/test call): the tests' helpers, no test.
"""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_JS = r"\.(?:[cm]?[jt]sx?)$"
_CASE = lazy_compile(r"""(?<![\w.$])(?:it|test|specify)(?:\.only)?\s*\(\s*(['"`])([^'"`\n]{0,80})\1""")
_CALL = lazy_compile(r"(?<![\w.$])(?:it|test|specify)(?:\.\w+)?\s*\(")
_ANY_CASE = lazy_compile(r"(?<![\w.$])(?:describe|context|suite|it|test|specify)(?:\.\w+)?\s*[(`]")
_COMMENT = lazy_compile(r"^[ \t]*//[^\n]*|^[ \t]*/\*(?:(?!/\*).)*?\*/", re.M | re.S)  # (tempered by its opener, as scaffold_tests')
_WELCOME = lazy_compile(r"/Welcome/|['\"`]Welcome")
# the generator's example case, by its name and its one check of the greeting
_EXAMPLES = {"should display welcome message": lazy_compile(r"\bgetGreeting\s*\(\s*\)\s*\.\s*contains\s*\("),
             "has title": lazy_compile(r"\bpage\.locator\(\s*['\"]h1['\"]\s*\)")}
_E2E_EXAMPLE_PATH = lazy_compile(r"(?:^|/)src/e2e/app\.cy" + _JS + r"|(?:^|/)src/example\.spec" + _JS)
_HELPER_PATH = lazy_compile(r"(?:^|/)[^/]+\.po" + _JS + r"|(?:^|/)(?:cypress|e2e|[^/]+-e2e)/(?:src/)?support/[^/]+" + _JS)
READ_BYTES = 20000


def nx_e2e_scaffold(snap, path: str) -> bool:
    """The file is Nx's generated e2e example left as created (see the module's docstring)."""
    if not _E2E_EXAMPLE_PATH.search(path):
        return False
    code = _COMMENT.sub("", snap.read_text(path, READ_BYTES) or "")
    cases = [m.group(2) for m in _CASE.finditer(code)]
    return len(cases) == 1 and len(_CALL.findall(code)) == 1 and cases[0] in _EXAMPLES \
        and bool(_EXAMPLES[cases[0]].search(code)) and bool(_WELCOME.search(code))


def e2e_helper(snap, path: str) -> bool:
    """The file is a browser test's page object or support file holding no case (see the module's docstring)."""
    if not _HELPER_PATH.search(path):
        return False
    text = snap.read_text(path, READ_BYTES)
    return text is not None and not _ANY_CASE.search(_COMMENT.sub("", text))
