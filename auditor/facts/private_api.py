"""``private_api``: what says an application's API or exports are reserved to its signed-in users — the application's own storage carried
to its own front end or administrators, no data published for others (interoperability.data-standards; issue 12, s46 fb46 =
Borkil/atd16-api, an API Platform service whose ``^/api`` firewall authenticates every request by a JWT, and Mazzarno/villiers-adam,
whose CSV export of the CMS's entities sits in a NestJS controller guarded as a whole by ``@UseGuards(JwtAuthGuard, PermissionGuard)``).

``firewall``: ``[path, line, pattern, authenticator]`` of a Symfony security firewall whose pattern covers an API path (``^/api``, not
its login route) and authenticates (``jwt``, ``json_login``, ``http_basic``, ``access_token``, ``custom_authenticators``…), unless an
``access_control`` rule opens an API path other than its login to anonymous users (``PUBLIC_ACCESS``, ``IS_AUTHENTICATED_ANONYMOUSLY``):
``public_access`` then says where. ``guarded``: ``[path, line, guard]`` of the code files whose controller is guarded as a whole, by a
class-level decorator or attribute (NestJS ``@UseGuards(JwtAuthGuard…)``, Symfony ``#[IsGranted(…)]``, Spring ``@PreAuthorize``) or a
Laravel constructor's ``$this->middleware('auth')``: a route of theirs answers only the signed-in users it lets through. Method-level
guards are not read (a controller guarding its admin routes and opening its list to anyone is public there).

``platform_routes``: the HTTP routes a module of a platform declares on its handlers (``@Get("/bookings")``, ``@Post``, ``@Put``,
``@Delete``, ``@Patch`` — Vert.x controllers of OPEN ENT NG modules, Micronaut's) and whether each declares the platform's access control
beside it (``@SecuredAction``, ``@ResourceFilter``, or a method guard above) or sits in a controller guarded as a whole:
``{"routes": n, "secured": n, "open": [[path, line, route], …], "example": [path, line, annotation]}``. Every route secured says the
module answers only the platform's signed-in users (issue 12, s47 fc47 = OPEN-ENT-NG/presences, collaborative-editor, fake-sso: every
handler carries ``@SecuredAction``); one route without it (a public export) opens the module. ``readme_routes``: ``[path, line]`` of the
first HTTP route (``GET /api/events``) a root README documents, an API described for others.

Bounded: the first 4 security files; at most 3,000 code files of 256 kB, in path order; the first 100 guarded files; the first 20 open
routes kept; 64 kB of each root README."""

from __future__ import annotations

import re

from auditor import safeyaml
from auditor.facts import fact
from auditor.facts.inventory import inventory_of, is_test, is_vendored
from auditor.lazyre import lazy_compile

MAX_SECURITY_FILES = 4
MAX_CODE_FILES = 3000
CODE_BYTES = 256 * 1024
MAX_GUARDED = 100
# Symfony's security configuration (config/packages/security.yaml; app/config/security.yml before Flex)
_SECURITY = re.compile(r"(?:^|/)config/(?:packages/(?:prod/)?)?security\.ya?ml$", re.I)
_AUTHENTICATORS = ("jwt", "json_login", "http_basic", "access_token", "custom_authenticators", "custom_authenticator", "guard",
                   "oauth", "api_key", "remote_user", "x509", "form_login", "login_link", "oauth2")
# an API path in a firewall's or access rule's pattern (^/api, ^/api/v1), not its login, token or documentation routes
_API_PATTERN = re.compile(r"(?:^|\W)api\b", re.I)
_LOGIN_PATTERN = re.compile(r"login|logout|token|auth|register|signup|doc|refresh|password", re.I)
_ANONYMOUS = re.compile(r"PUBLIC_ACCESS|IS_AUTHENTICATED_ANONYMOUSLY|ROLE_ANONYMOUS", re.I)
# a guard's name saying it authenticates or checks a permission (JwtAuthGuard, AuthGuard('jwt'), PermissionGuard, RolesGuard, AdminGuard)
_GUARD_NAME = r"[\w.]*(?:Auth|Jwt|JWT|Permission|Role|Admin|Session|Access|Login|Acl|Polic|Casl|Keycloak|Oidc|Cognito)[\w.]*"
_CLASS_GUARDS = lazy_compile(
    # NestJS: a decorator at the start of a line (a class's; a method's is indented) guarding with an authenticating guard
    r"^@UseGuards\(\s*((?:new\s+)?" + _GUARD_NAME + r")"
    # Symfony: an attribute or docblock annotation of the class itself (a method's is indented)
    r"|^#\[(IsGranted)\(|^\s?\*\s*@(IsGranted|Security)\("
    # Spring: a class-level method-security annotation
    r"|^@(PreAuthorize|Secured|RolesAllowed)\("
    # Laravel: the controller's constructor putting every action behind an authentication or permission middleware
    r"|\$this->middleware\(\s*\[?\s*['\"]((?:auth|can:|role|permission|admin|verified)[\w:.,-]*)['\"]", re.M)
_CODE_EXT = ("ts", "js", "mjs", "php", "java", "kt", "py")
# a handler's own guard among its decorators or attributes (NestJS @UseGuards(JwtAuthGuard) @RequirePermission('settings:read') over
# @Get('export/csv'); Symfony #[IsGranted('ROLE_ADMIN')]; Spring @PreAuthorize; Django's and Flask's @login_required)
_METHOD_GUARD = lazy_compile(r"^\s*(?:@UseGuards\(\s*(?:new\s+)?" + _GUARD_NAME + r"|@(?:RequirePermissions?|Permissions?|Roles|RequireRoles?|Authorized?|"
                             r"PreAuthorize|Secured|RolesAllowed|login_required|permission_required|staff_member_required|"
                             r"superuser_required|admin_required|roles_required|roles_accepted|jwt_required)\b|#\[IsGranted\()")
_DECORATOR_LINE = lazy_compile(r"^\s*(?:@[A-Za-z_]|#\[)")
# a class declaration following its decorators (NestJS, Spring) or attributes (Symfony)
_CLASS = lazy_compile(r"^(?:export\s+)?(?:default\s+)?(?:abstract\s+|final\s+|public\s+)*class\s+\w+", re.M)
# a handler's route on a JVM platform's controller (fr.wseduc.rs / Micronaut: @Get("/x"), @Post(value = "/x")); Spring's @GetMapping and
# JAX-RS's @GET are other shapes, read elsewhere
_ROUTE = lazy_compile(r"^\s*@(Get|Post|Put|Delete|Patch)\(\s*(?:value\s*=\s*)?\"([^\"\n]{0,200})\"")
_ROUTE_EXT = ("java", "kt", "groovy", "scala")
# the platform's access control declared on the handler (OPEN ENT NG's @SecuredAction(…), its @ResourceFilter(…) checking the resource)
_PLATFORM_GUARD = lazy_compile(r"^\s*@(?:SecuredAction|ResourceFilter)\b")
_SIGNATURE = lazy_compile(r"\b(?:public|private|protected|void|fun|def)\b[^;]*\(")
MAX_OPEN_ROUTES = 20
# an HTTP route written in a README (a method and a path: "GET /api/events", "| `POST` | `/items` |")
_README = re.compile(r"^readme(?:\.\w+)?$", re.I)
_README_ROUTE = lazy_compile(r"\b(?:GET|POST|PUT|PATCH|DELETE)\b[\s`'\"|*:]{1,8}/[\w{}:<>.$-]")


def _firewall(path: str, text: str) -> tuple[list | None, list | None]:
    """(the authenticating API firewall, an access rule opening an API path to anonymous users) of one security file."""
    try:
        doc, lines = safeyaml.load_with_lines(text)
    except (safeyaml.YAMLLocatedError, ValueError):
        return None, None
    sec = doc.get("security") if isinstance(doc, dict) else None
    if not isinstance(sec, dict):
        return None, None
    found = None
    for name, conf in sorted((sec.get("firewalls") or {}).items()) if isinstance(sec.get("firewalls"), dict) else ():
        if not isinstance(conf, dict) or conf.get("security") is False:
            continue
        pattern = str(conf.get("pattern") or "")
        auth = next((a for a in _AUTHENTICATORS if a in conf), None)
        if auth and _API_PATTERN.search(pattern) and not _LOGIN_PATTERN.search(pattern):
            found = found or [path, safeyaml.line_for(lines, ("security", "firewalls", name, "pattern")), pattern, auth]
    opened = None
    rules = sec.get("access_control") if isinstance(sec.get("access_control"), list) else []
    for i, rule in enumerate(rules):
        if not isinstance(rule, dict):
            continue
        where, roles = str(rule.get("path") or ""), rule.get("roles")
        roles = " ".join(map(str, roles)) if isinstance(roles, list) else str(roles or "")
        if _API_PATTERN.search(where) and not _LOGIN_PATTERN.search(where) and _ANONYMOUS.search(roles):
            opened = opened or [path, safeyaml.line_for(lines, ("security", "access_control", i))]
    return found, opened


@fact("private_api", version=2, public=False)
def private_api(ctx) -> dict:
    """``{"firewall": […] | None, "public_access": […] | None, "guarded": [[path, line, guard], …]}`` (see the module's docstring)."""
    items = [i for i in inventory_of(ctx).items if not is_vendored(i.path) and not is_test(i.path)]
    firewall = opened = None
    security = sorted(i.path for i in items if _SECURITY.search(i.path))[:MAX_SECURITY_FILES]
    for path, text in ctx.snapshot.iter_text(security, limit=CODE_BYTES):
        f, o = _firewall(path, text)
        firewall, opened = firewall or f, opened or o
    guarded, spans = [], {}
    routes = {"routes": 0, "secured": 0, "open": [], "example": None}
    code = [i.path for i in items if i.category == "source" and i.path.rsplit(".", 1)[-1].lower() in _CODE_EXT + _ROUTE_EXT][:MAX_CODE_FILES]
    for path, text in ctx.snapshot.iter_text(code, limit=CODE_BYTES):
        ext = path.rsplit(".", 1)[-1].lower()
        if ext in _ROUTE_EXT and "@" in text:
            _routes(path, text, routes)
        if len(guarded) >= MAX_GUARDED or ext not in _CODE_EXT:
            continue
        if not any(k in text for k in ("UseGuards", "IsGranted", "@Security", "PreAuthorize", "Secured", "RolesAllowed", "middleware", "_required",
                                       "Permission", "Roles", "Authorize")):
            continue
        if (held := _handler_spans(text)) and len(spans) < MAX_GUARDED:
            spans[path] = held[:50]
        for m in _CLASS_GUARDS.finditer(text):
            laravel = m.group(5) is not None
            # (a decorator or attribute of the class: the class declared after it, before any method; a constructor's middleware: inside it)
            cls = _CLASS.search(text, m.end())
            # (a Laravel middleware kept off some actions, ->except(['index', 'show']): those answer anyone)
            if laravel and re.match(r"[^;\n]{0,120}->(?:except|only)\(", text[m.end():]):
                continue
            if laravel or (cls and not re.search(r"^[ \t]+(?:public|private|protected|async|@Get|@Post|#\[Route)", text[m.end():cls.start()], re.M)):
                guarded.append([path, text.count("\n", 0, m.start()) + 1, next(g for g in m.groups() if g)])
                break
    held = {g[0] for g in guarded}
    for p, line, route in list(routes["open"]):  # (a route in a controller guarded as a whole, Micronaut's class-level @Secured)
        if p in held:
            routes["open"].remove([p, line, route])
            routes["secured"] += 1
    routes["open"] = routes["open"][:MAX_OPEN_ROUTES]
    readmes = sorted(i.path for i in items if "/" not in i.path and _README.match(i.path))[:2]
    documented = None
    for path, text in ctx.snapshot.iter_text(readmes, limit=64 * 1024):
        if documented is None and (m := _README_ROUTE.search(text)):
            documented = [path, text.count("\n", 0, m.start()) + 1]
    return {"firewall": firewall, "public_access": opened, "guarded": guarded, "guarded_spans": spans, "platform_routes": routes,
            "readme_routes": documented}


def _routes(path: str, text: str, out: dict) -> None:
    """Count the platform routes of one JVM file into ``out`` (see ``platform_routes``): a route is secured when its handler's block
    of annotations, above the route and down to the method's signature, declares the platform's access control or a method guard."""
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if not (m := _ROUTE.match(line)):
            continue
        a = i
        while a > 0 and i - a < 10 and lines[a - 1].strip().startswith("@"):
            a -= 1
        b = i
        while b + 1 < len(lines) and b - i < 10 and not _SIGNATURE.search(lines[b]):
            b += 1
        block = lines[a:b + 1]
        guard = next(((a + k + 1, ln.strip()) for k, ln in enumerate(block) if _PLATFORM_GUARD.match(ln) or _METHOD_GUARD.match(ln)), None)
        out["routes"] += 1
        if guard:
            out["secured"] += 1
            out["example"] = out["example"] or [path, guard[0], guard[1][:80]]
        else:
            out["open"].append([path, i + 1, f"@{m.group(1)}(\"{m.group(2)[:80]}\")"])


def _handler_spans(text: str) -> list[list]:
    """``[first line, last line, guard]`` of the handlers whose own decorators or attributes guard them: from their block of
    decorators to the line before the next block (the next handler's)."""
    lines = text.splitlines()
    blocks, start = [], None
    for no, line in enumerate(lines, 1):
        if _DECORATOR_LINE.match(line):
            start = start or no
        elif start:
            blocks.append((start, no - 1))
            start = None
    out = []
    for i, (a, b) in enumerate(blocks):
        guard = next((m.group(0).strip() for ln in lines[a - 1:b] if (m := _METHOD_GUARD.match(ln))), None)
        if guard:
            out.append([a, blocks[i + 1][0] - 1 if i + 1 < len(blocks) else len(lines), guard[:60]])
    return out
