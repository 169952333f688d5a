"""The publiccode.yml validator: every issue has a key path (``description.fr.shortDescription``),
a line, a level (``error`` or ``warning``) and a message in French and English.

Longer than 400 lines: the whole publiccode.yml standard (v0.4) is checked key by key by one
:class:`Validator`, and its vocabularies live beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlparse

import yaml

from auditor import safeyaml
from auditor.lazyre import lazy_compile

MAX_BYTES = 1024 * 1024
MAX_NODES = 20_000
KNOWN_VERSIONS = ("0", "0.2", "0.2.0", "0.2.1", "0.2.2", "0.3", "0.3.0", "0.4", "0.4.0", "0.5", "0.5.0", "0.7", "0.7.0")
DEVELOPMENT_STATUS = ("concept", "development", "beta", "stable", "obsolete")
SOFTWARE_TYPES = ("standalone/mobile", "standalone/iot", "standalone/desktop", "standalone/web", "standalone/backend",
                  "standalone/other", "addon", "library", "configurationFiles")
MAINTENANCE_TYPES = ("internal", "contract", "community", "none")
SUPPORT_ALIASES = ("gdpr", "eidas", "nis2", "cra", "spid", "cie", "anpr", "pagopa", "io")
# Controlled vocabularies of the standard (docs/standard/categories-list.rst and scope-list.rst).
CATEGORIES = frozenset("""accounting agile-project-management applicant-tracking application-development
appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence business-process-management cad
call-center-management cloud-management collaboration communications compliance-management contact-management
content-management crm customer-service-and-support data-analytics data-collection data-visualization design design-system
digital-asset-management digital-citizenship document-management donor-management e-commerce e-signature
educational-content email-management email-marketing employee-management enterprise-project-management
enterprise-social-networking erp event-management facility-management feedback-and-reviews-management financial-reporting
fleet-management fundraising gamification geographic-information-systems grant-management graphic-design help-desk hr ide
identity-management instant-messaging inventory-management it-asset-management it-development it-management it-security
it-service-management knowledge-management learning-management-system marketing mind-mapping mobile-marketing
mobile-payment network-management office online-booking online-community payment-gateway payroll predictive-analysis
procurement productivity-suite project-collaboration project-management property-management real-estate-management
remote-support resource-management sales-management seo service-desk social-media-management survey talent-management
task-management taxes-management test-management time-management time-tracking translation video-conferencing
video-editing visitor-management voip warehouse-management web-collaboration web-conferencing website-builder
whistleblowing workflow-management""".split())
SCOPES = frozenset("""agriculture culture defence education emergency-services employment energy environment
finance-and-economic-development foreign-affairs healthcare infrastructures justice local-authorities manufacturing research
science-and-technology security society sport tourism transportation welfare""".split())

TOP_KEYS = {"publiccodeYmlVersion", "name", "applicationSuite", "url", "landingURL", "isBasedOn", "softwareVersion",
            "releaseDate", "logo", "monochromeLogo", "organisation", "inputTypes", "outputTypes", "platforms", "categories",
            "usedBy", "fundedBy", "roadmap", "developmentStatus", "softwareType", "intendedAudience", "description", "legal",
            "maintenance", "localisation", "dependsOn", "supports", "IT", "it"}
DESC_KEYS = {"localisedName", "genericName", "shortDescription", "longDescription", "documentation", "apiDocumentation",
             "features", "screenshots", "videos", "awards"}


def T(fr: str, en: str) -> dict[str, str]:  # noqa: N802
    return {"fr": fr, "en": en}


@dataclass
class Issue:
    level: str  # "error" | "warning"
    key: str
    line: int | None
    message: dict[str, str]

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "key": self.key, "line": self.line, "message": self.message}

    def format(self, lang: str = "en", path: str = "publiccode.yml") -> str:
        where = f"{path}:{self.line}" if self.line else path
        return f"{where}: {self.level}: {self.key or '(document)'}: {self.message[lang]}"


DRAFT_KEY = "(draft)"


@dataclass
class ValidationResult:
    version: str | None = None
    issues: list[Issue] = field(default_factory=list)

    @property
    def draft_lines(self) -> list[int]:
        """Lines still holding the tool's own markers (see auditor.drafts)."""
        return [i.line for i in self.issues if i.key == DRAFT_KEY and i.line]

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "error"]

    @property
    def warnings(self) -> list[Issue]:
        return [i for i in self.issues if i.level == "warning"]

    @property
    def valid(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {"valid": self.valid, "version": self.version, "errors": [i.to_dict() for i in self.errors],
                "warnings": [i.to_dict() for i in self.warnings]}


class _Loader(yaml.SafeLoader):
    pass


class Validator:
    """A validation walk over composed YAML nodes (so that every key keeps its line)."""

    def __init__(self) -> None:
        self.issues: list[Issue] = []
        self.version: tuple[int, int] = (0, 7)

    def err(self, key: str, node: yaml.Node | None, fr: str, en: str, level: str = "error") -> None:
        line = node.start_mark.line + 1 if node is not None else None
        self.issues.append(Issue(level, key, line, T(fr, en)))

    def warn(self, key: str, node: yaml.Node | None, fr: str, en: str) -> None:
        self.err(key, node, fr, en, level="warning")

    # -- node helpers -------------------------------------------------------------------------
    @staticmethod
    def mapping(node: yaml.Node) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        # (a key that is a list or a mapping, "? [a, b]", is reported once by _walk: its str() would be a repr of nodes)
        return {str(k.value): (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)} if isinstance(node, yaml.MappingNode) else {}

    def expect_map(self, key: str, node: yaml.Node) -> bool:
        if not isinstance(node, yaml.MappingNode):
            self.err(key, node, "doit être un dictionnaire (clés: valeurs)", "must be a mapping (key: value)")
            return False
        return True

    def expect_list(self, key: str, node: yaml.Node, min_items: int = 0) -> list[yaml.Node] | None:
        if not isinstance(node, yaml.SequenceNode):
            self.err(key, node, "doit être une liste", "must be a list")
            return None
        if len(node.value) < min_items:
            self.err(key, node, f"doit contenir au moins {min_items} élément(s)", f"must have at least {min_items} item(s)")
        return node.value

    def string(self, key: str, node: yaml.Node, min_len: int | None = None, max_len: int | None = None) -> str | None:
        """A scalar read as a string, as the reference validator does (``0.2`` stays ``"0.2"``)."""
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            self.err(key, node, "doit être une chaîne de caractères", "must be a string")
            return None
        value = str(node.value)
        if min_len is not None and len(value) < min_len:
            self.err(key, node, f"trop court : {len(value)} caractères, au moins {min_len} attendus",
                     f"too short: {len(value)} characters, at least {min_len} expected")
        if max_len is not None and len(value) > max_len:
            self.err(key, node, f"trop long : {len(value)} caractères, au plus {max_len} permis",
                     f"too long: {len(value)} characters, at most {max_len} allowed")
        return value

    def nonempty(self, key: str, node: yaml.Node, **kw: Any) -> str | None:
        value = self.string(key, node, **kw)
        if value is not None and not value.strip():
            self.err(key, node, "ne doit pas être vide", "must not be empty")
        return value

    def url(self, key: str, node: yaml.Node, http_only: bool = True) -> None:
        value = self.string(key, node)
        if value is None:
            return
        try:
            parsed = urlparse(value)
        except ValueError:
            parsed = None
        schemes = ("http", "https") if http_only else ("http", "https", "git", "ssh", "svn", "hg", "git+ssh", "ftp")
        if parsed is None or parsed.scheme not in schemes or not parsed.netloc:
            if not http_only and re.match(r"^[\w.-]+@[\w.-]+:[\w./~-]+$", value):
                return  # scp-like git address
            self.err(key, node, f"doit être une URL valide ({'http(s)' if http_only else 'de dépôt'}) : {value[:80]!r}",
                     f"must be a valid {'http(s)' if http_only else 'repository'} URL: {value[:80]!r}")

    def date(self, key: str, node: yaml.Node) -> None:
        value = self.string(key, node)
        if value is None:
            return
        ok = bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", value))
        if ok:
            try:
                date.fromisoformat(value)
            except ValueError:
                ok = False
        if not ok:
            self.err(key, node, f"date invalide {value[:40]!r} : format AAAA-MM-JJ attendu",
                     f"invalid date {value[:40]!r}: YYYY-MM-DD expected")

    def boolean(self, key: str, node: yaml.Node) -> None:
        if not isinstance(node, yaml.ScalarNode) or str(node.value) not in ("true", "false", "True", "False", "TRUE", "FALSE"):
            self.err(key, node, "doit être un booléen (true ou false)", "must be a boolean (true or false)")

    def enum(self, key: str, node: yaml.Node, allowed: tuple[str, ...]) -> None:
        value = self.string(key, node)
        if value is not None and value not in allowed:
            self.err(key, node, f"valeur {value[:40]!r} non permise ; valeurs possibles : {', '.join(allowed)}",
                     f"value {value[:40]!r} is not allowed; allowed values: {', '.join(allowed)}")

    def bcp47(self, key: str, node: yaml.Node, value: str | None = None) -> None:
        from language_tags import tags

        value = value if value is not None else self.string(key, node)
        if value is not None and not tags.check(value):
            self.err(key, node, f"{value[:20]!r} n'est pas une étiquette de langue BCP 47 valide (ex. fr, en, fr-FR)",
                     f"{value[:20]!r} is not a valid BCP 47 language tag (e.g. fr, en, fr-FR)")

    def unknown(self, prefix: str, node: yaml.Node, allowed: set[str]) -> None:
        for name, (k, _) in self.mapping(node).items():
            if name not in allowed:
                self.err(f"{prefix}{name}", k, "clé inconnue du standard publiccode.yml",
                         "key unknown to the publiccode.yml standard")

    def required(self, prefix: str, node: yaml.Node, names: tuple[str, ...]) -> None:
        m = self.mapping(node)
        for name in names:
            if name not in m:
                self.err(f"{prefix}{name}", node, "clé obligatoire manquante", "required key missing")

    # -- sections -----------------------------------------------------------------------------
    def run(self, root: yaml.Node) -> None:
        if not self.expect_map("", root):
            return
        m = self.mapping(root)
        self.required("", root, ("publiccodeYmlVersion", "name", "url", "platforms", "developmentStatus", "softwareType",
                                 "description", "legal", "maintenance", "localisation"))
        if self.version < (0, 5):
            self.required("", root, ("categories",))
        self.unknown("", root, TOP_KEYS)
        self.identity(m)
        self.lists(m)
        self.sections(m)

    def identity(self, m: dict) -> None:
        """Name, URLs, version, release date and logos."""
        if "name" in m:
            self.nonempty("name", m["name"][1])
        if "applicationSuite" in m:
            self.string("applicationSuite", m["applicationSuite"][1])
        if "url" in m:
            self.url("url", m["url"][1], http_only=False)
        for k in ("landingURL", "roadmap"):
            if k in m:
                self.url(k, m[k][1])
        if "isBasedOn" in m:
            node = m["isBasedOn"][1]
            items = node.value if isinstance(node, yaml.SequenceNode) else [node]
            for i, item in enumerate(items):
                self.url(f"isBasedOn.{i}" if isinstance(node, yaml.SequenceNode) else "isBasedOn", item, http_only=False)
        if "softwareVersion" in m:
            self.string("softwareVersion", m["softwareVersion"][1])
        if "releaseDate" in m:
            self.date("releaseDate", m["releaseDate"][1])
        for k in ("logo", "monochromeLogo"):
            if k in m:
                self.string(k, m[k][1])
        if "monochromeLogo" in m:
            self.warn("monochromeLogo", m["monochromeLogo"][0], "clé dépréciée (0.4) : utilisez logo",
                      "deprecated key (0.4): use logo")

    def lists(self, m: dict) -> None:
        """Organisations, MIME types, platforms, categories, users."""
        if "organisation" in m:
            self.organisation("organisation", m["organisation"][1])
        if "fundedBy" in m:
            items = self.expect_list("fundedBy", m["fundedBy"][1])
            for i, item in enumerate(items or []):
                self.organisation(f"fundedBy.{i}", item)
        for k in ("inputTypes", "outputTypes"):
            if k in m:
                for i, item in enumerate(self.expect_list(k, m[k][1]) or []):
                    v = self.string(f"{k}.{i}", item)
                    if v is not None and not re.fullmatch(r"[\w.+-]+/[\w.+-]+", v):
                        self.err(f"{k}.{i}", item, f"{v[:40]!r} n'est pas un type MIME", f"{v[:40]!r} is not a MIME type")
        if "platforms" in m:
            for i, item in enumerate(self.expect_list("platforms", m["platforms"][1], 1) or []):
                self.nonempty(f"platforms.{i}", item)
        if "categories" in m:
            for i, item in enumerate(self.expect_list("categories", m["categories"][1], 1 if self.version < (0, 5) else 0) or []):
                v = self.string(f"categories.{i}", item)
                if v is not None and v not in CATEGORIES:
                    self.err(f"categories.{i}", item, f"catégorie {v[:40]!r} absente de la liste du standard",
                             f"category {v[:40]!r} is not in the standard's list")
        if "usedBy" in m:
            for i, item in enumerate(self.expect_list("usedBy", m["usedBy"][1]) or []):
                self.nonempty(f"usedBy.{i}", item)

    def sections(self, m: dict) -> None:
        """Status, type, audience, description, legal, maintenance, localisation, dependencies, support, country sections."""
        if "developmentStatus" in m:
            self.enum("developmentStatus", m["developmentStatus"][1], DEVELOPMENT_STATUS)
        if "softwareType" in m:
            self.enum("softwareType", m["softwareType"][1], SOFTWARE_TYPES)
        if "intendedAudience" in m:
            self.audience(m["intendedAudience"][1])
        if "description" in m:
            self.description(m["description"][1])
        if "legal" in m:
            self.legal(m["legal"][1])
        if "maintenance" in m:
            self.maintenance(m["maintenance"][1])
        if "localisation" in m:
            self.localisation(m["localisation"][1])
        if "dependsOn" in m:
            self.depends(m["dependsOn"][1])
        if "supports" in m:
            if self.version < (0, 7):
                self.err("supports", m["supports"][0], "clé introduite en 0.7 : déclarez publiccodeYmlVersion: \"0.7\"",
                         "key introduced in 0.7: declare publiccodeYmlVersion: \"0.7\"")
            for i, item in enumerate(self.expect_list("supports", m["supports"][1]) or []):
                self.support(f"supports.{i}", item)
        for k in ("IT", "it"):
            if k in m:
                self.italy(k, m[k][0], m[k][1])

    def organisation(self, key: str, node: yaml.Node) -> None:
        if not self.expect_map(key, node):
            return
        m = self.mapping(node)
        self.unknown(key + ".", node, {"name", "uri"})
        if "uri" not in m:
            self.err(f"{key}.uri", node, "clé obligatoire manquante", "required key missing")
        else:
            v = self.string(f"{key}.uri", m["uri"][1])
            if v is not None and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", v):
                self.err(f"{key}.uri", m["uri"][1], f"{v[:60]!r} n'est pas une URI", f"{v[:60]!r} is not a URI")
        if "name" in m:
            self.nonempty(f"{key}.name", m["name"][1])

    def audience(self, node: yaml.Node) -> None:
        if not self.expect_map("intendedAudience", node):
            return
        m = self.mapping(node)
        self.unknown("intendedAudience.", node, {"scope", "countries", "unsupportedCountries"})
        if "scope" in m:
            for i, item in enumerate(self.expect_list("intendedAudience.scope", m["scope"][1]) or []):
                v = self.string(f"intendedAudience.scope.{i}", item)
                if v is not None and v not in SCOPES:
                    self.err(f"intendedAudience.scope.{i}", item, f"domaine {v[:40]!r} absent de la liste du standard",
                             f"scope {v[:40]!r} is not in the standard's list")
        for k in ("countries", "unsupportedCountries"):
            if k in m:
                for i, item in enumerate(self.expect_list(f"intendedAudience.{k}", m[k][1]) or []):
                    v = self.string(f"intendedAudience.{k}.{i}", item)
                    if v is not None and not _is_country(v):
                        self.err(f"intendedAudience.{k}.{i}", item, f"{v[:10]!r} n'est pas un code pays ISO 3166-1 alpha-2",
                                 f"{v[:10]!r} is not an ISO 3166-1 alpha-2 country code")

    def description(self, node: yaml.Node) -> None:
        if not self.expect_map("description", node):
            return
        m = self.mapping(node)
        if not m:
            self.err("description", node, "au moins une langue est attendue", "at least one language is expected")
        for lang, (k, v) in m.items():
            key = f"description.{lang}"
            self.bcp47(key, k, lang)
            if not self.expect_map(key, v):
                continue
            d = self.mapping(v)
            self.unknown(key + ".", v, DESC_KEYS)
            self.required(key + ".", v, ("shortDescription", "longDescription", "features"))
            if "shortDescription" in d:
                self.nonempty(f"{key}.shortDescription", d["shortDescription"][1], max_len=150)
            if "longDescription" in d:
                self.string(f"{key}.longDescription", d["longDescription"][1], min_len=150, max_len=10000)
            if "genericName" in d:
                self.string(f"{key}.genericName", d["genericName"][1], max_len=35)
                self.warn(f"{key}.genericName", d["genericName"][0], "clé dépréciée : retirez-la", "deprecated key: remove it")
            if "localisedName" in d:
                self.string(f"{key}.localisedName", d["localisedName"][1])
            for u in ("documentation", "apiDocumentation"):
                if u in d:
                    self.url(f"{key}.{u}", d[u][1])
            if "features" in d:
                for i, item in enumerate(self.expect_list(f"{key}.features", d["features"][1], 1) or []):
                    self.nonempty(f"{key}.features.{i}", item)
            if "screenshots" in d:
                for i, item in enumerate(self.expect_list(f"{key}.screenshots", d["screenshots"][1]) or []):
                    self.string(f"{key}.screenshots.{i}", item)
            if "videos" in d:
                for i, item in enumerate(self.expect_list(f"{key}.videos", d["videos"][1]) or []):
                    self.url(f"{key}.videos.{i}", item)
            if "awards" in d:
                for i, item in enumerate(self.expect_list(f"{key}.awards", d["awards"][1]) or []):
                    self.string(f"{key}.awards.{i}", item)

    def legal(self, node: yaml.Node) -> None:
        if not self.expect_map("legal", node):
            return
        m = self.mapping(node)
        self.unknown("legal.", node, {"license", "mainCopyrightOwner", "repoOwner", "authorsFile"})
        self.required("legal.", node, ("license",))
        if "license" in m:
            v = self.nonempty("legal.license", m["license"][1])
            if v and v.strip():
                problem = spdx_problem(v)
                if problem:
                    self.err("legal.license", m["license"][1], f"expression SPDX invalide {v[:60]!r} : {problem}",
                             f"invalid SPDX expression {v[:60]!r}: {problem}")
        for k in ("mainCopyrightOwner", "repoOwner", "authorsFile"):
            if k in m:
                self.string(f"legal.{k}", m[k][1])
        if "repoOwner" in m and self.version >= (0, 5):
            self.warn("legal.repoOwner", m["repoOwner"][0], "clé dépréciée depuis 0.5 : utilisez organisation",
                      "deprecated since 0.5: use organisation")
        if "authorsFile" in m:
            self.warn("legal.authorsFile", m["authorsFile"][0], "clé dépréciée : retirez-la", "deprecated key: remove it")

    def maintenance(self, node: yaml.Node) -> None:
        if not self.expect_map("maintenance", node):
            return
        m = self.mapping(node)
        self.unknown("maintenance.", node, {"type", "contractors", "contacts"})
        self.required("maintenance.", node, ("type",))
        kind = None
        if "type" in m:
            self.enum("maintenance.type", m["type"][1], MAINTENANCE_TYPES)
            kind = str(m["type"][1].value) if isinstance(m["type"][1], yaml.ScalarNode) else None
        if kind == "contract" and "contractors" not in m:
            self.err("maintenance.contractors", node, "obligatoire quand maintenance.type vaut contract",
                     "required when maintenance.type is contract")
        if kind in ("internal", "community") and "contacts" not in m:
            self.err("maintenance.contacts", node, f"obligatoire quand maintenance.type vaut {kind}",
                     f"required when maintenance.type is {kind}")
        if "contractors" in m:
            if kind != "contract":
                self.err("maintenance.contractors", m["contractors"][0], "permis seulement quand maintenance.type vaut contract",
                         "only allowed when maintenance.type is contract")
            for i, item in enumerate(self.expect_list("maintenance.contractors", m["contractors"][1], 1) or []):
                key = f"maintenance.contractors.{i}"
                if not self.expect_map(key, item):
                    continue
                c = self.mapping(item)
                self.unknown(key + ".", item, {"name", "email", "website", "until"})
                self.required(key + ".", item, ("name", "until"))
                if "name" in c:
                    self.nonempty(f"{key}.name", c["name"][1])
                if "until" in c:
                    self.date(f"{key}.until", c["until"][1])
                if "website" in c:
                    self.url(f"{key}.website", c["website"][1])
                if "email" in c:
                    self.email(f"{key}.email", c["email"][1])
        if "contacts" in m:
            for i, item in enumerate(self.expect_list("maintenance.contacts", m["contacts"][1], 1) or []):
                key = f"maintenance.contacts.{i}"
                if not self.expect_map(key, item):
                    continue
                c = self.mapping(item)
                self.unknown(key + ".", item, {"name", "email", "affiliation", "phone"})
                self.required(key + ".", item, ("name",))
                if "name" in c:
                    self.nonempty(f"{key}.name", c["name"][1])
                if "email" in c:
                    self.email(f"{key}.email", c["email"][1])
                for k in ("affiliation", "phone"):
                    if k in c:
                        self.string(f"{key}.{k}", c[k][1])

    def email(self, key: str, node: yaml.Node) -> None:
        v = self.string(key, node)
        if v is not None and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v):
            self.err(key, node, f"adresse électronique invalide {v[:60]!r}", f"invalid e-mail address {v[:60]!r}")

    def localisation(self, node: yaml.Node) -> None:
        if not self.expect_map("localisation", node):
            return
        m = self.mapping(node)
        self.unknown("localisation.", node, {"localisationReady", "availableLanguages"})
        self.required("localisation.", node, ("localisationReady", "availableLanguages"))
        if "localisationReady" in m:
            self.boolean("localisation.localisationReady", m["localisationReady"][1])
        if "availableLanguages" in m:
            for i, item in enumerate(self.expect_list("localisation.availableLanguages", m["availableLanguages"][1], 1) or []):
                self.bcp47(f"localisation.availableLanguages.{i}", item)

    def depends(self, node: yaml.Node) -> None:
        if not self.expect_map("dependsOn", node):
            return
        self.unknown("dependsOn.", node, {"open", "proprietary", "hardware"})
        for kind, (_, v) in self.mapping(node).items():
            if kind not in ("open", "proprietary", "hardware"):
                continue
            for i, item in enumerate(self.expect_list(f"dependsOn.{kind}", v) or []):
                key = f"dependsOn.{kind}.{i}"
                if not self.expect_map(key, item):
                    continue
                d = self.mapping(item)
                self.unknown(key + ".", item, {"name", "versionMin", "versionMax", "optional", "version"})
                self.required(key + ".", item, ("name",))
                if "name" in d:
                    self.nonempty(f"{key}.name", d["name"][1])
                for k in ("versionMin", "versionMax", "version"):
                    if k in d:
                        self.string(f"{key}.{k}", d[k][1])
                if "optional" in d:
                    self.boolean(f"{key}.optional", d["optional"][1])

    def support(self, key: str, node: yaml.Node) -> None:
        if not self.expect_map(key, node):
            return
        m = self.mapping(node)
        self.unknown(key + ".", node, {"id"})
        self.required(key + ".", node, ("id",))
        if "id" in m:
            v = self.string(f"{key}.id", m["id"][1])
            if v is not None and v not in SUPPORT_ALIASES and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", v):
                self.err(f"{key}.id", m["id"][1], f"{v[:40]!r} n'est ni un alias connu ({', '.join(SUPPORT_ALIASES)}) ni une URI",
                         f"{v[:40]!r} is neither a known alias ({', '.join(SUPPORT_ALIASES)}) nor a URI")

    def italy(self, key: str, knode: yaml.Node, node: yaml.Node) -> None:
        if self.version >= (0, 7):
            self.warn(key, knode, "les sections par pays sont dépréciées depuis 0.7 : utilisez supports et organisation",
                      "country sections are deprecated since 0.7: use supports and organisation")
        if key == "it":
            self.warn(key, knode, "écrivez la section pays en majuscules (IT)", "write the country section in capitals (IT)")
        if not self.expect_map(key, node):
            return
        m = self.mapping(node)
        self.unknown(key + ".", node, {"countryExtensionVersion", "conforme", "riuso", "piattaforme"})
        riuso = self.mapping(m["riuso"][1]) if "riuso" in m else {}
        if "codiceIPA" in riuso and self.version >= (0, 5):
            self.warn(f"{key}.riuso.codiceIPA", riuso["codiceIPA"][0], "clé dépréciée depuis 0.5 : utilisez organisation.uri",
                      "deprecated since 0.5: use organisation.uri")


def _is_country(code: str) -> bool:
    from language_tags import tags

    return len(code) == 2 and code.isalpha() and tags.region(code.upper()) is not None


_LICENSE_REF = lazy_compile(r"(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+")
_SPDX_ID = lazy_compile(r"[A-Za-z0-9.+-]+")


def spdx_problem(expression: str) -> str | None:
    """None when ``expression`` is a valid SPDX license expression, else the reason.

    license-expression also accepts loose aliases ("GPL", "Apache"): each identifier must be an
    SPDX id (any case), a deprecated SPDX id (``GPL-3.0``, ``GPL-2.0+``) or a ``LicenseRef-``.
    """
    from license_expression import ExpressionError

    from auditor.spdx import spdx_licensing

    licensing = spdx_licensing()
    try:
        info = licensing.validate(expression, strict=True)
    except Exception as exc:  # noqa: BLE001 - the library raises AttributeError on some malformed input
        return str(exc) if isinstance(exc, ExpressionError) else "invalid expression"
    unknown = [s for s in info.invalid_symbols if not _LICENSE_REF.fullmatch(str(s))]
    if unknown or (info.errors and not info.invalid_symbols):
        return "; ".join(info.errors) or "unknown identifiers: " + ", ".join(map(str, unknown))
    tokens = [t for t in re.split(r"[\s()]+", expression) if t and t.upper() not in ("AND", "OR", "WITH")]
    for tok in tokens:
        if _LICENSE_REF.fullmatch(tok):
            continue
        if not _SPDX_ID.fullmatch(tok):
            return f"{tok!r} is not an SPDX identifier"
        try:
            sym = licensing.parse(tok)
        except ExpressionError as exc:
            return str(exc)
        key = getattr(sym, "key", "")
        aliases = tuple(getattr(sym, "aliases", ()) or ())
        if tok.lower() == str(key).lower():
            continue
        if tok in aliases and any(c.isdigit() for c in tok) and not tok.startswith("LicenseRef"):
            continue  # a deprecated SPDX identifier such as GPL-3.0
        return f"{tok!r} is not an SPDX identifier (did you mean {key}?)"
    return None


def parse_version(value: str) -> tuple[int, int] | None:
    if value not in KNOWN_VERSIONS:
        return None
    if value == "0":
        return (0, 7)
    major, minor = value.split(".")[:2]
    return (int(major), int(minor))


def _text(data: str | bytes) -> tuple[str | None, Issue | None]:
    """The text to parse, or the issue that stops validation (too large, not UTF-8)."""
    too_large = Issue("error", "", None, T("fichier trop gros", f"file larger than {MAX_BYTES} bytes"))
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            return None, too_large
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            return None, Issue("error", "", None, T("le fichier doit être encodé en UTF-8", "the file must be UTF-8 encoded"))
    if len(data) > MAX_BYTES:
        return None, too_large
    return data, None


_PLAIN_TAGS = ("tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
               "tag:yaml.org,2002:null", "tag:yaml.org,2002:timestamp")


def _walk(v: Validator, root: yaml.Node) -> bool:
    """Duplicate keys and tags that are not plain scalars, over every node; False when the document
    has more than MAX_NODES nodes (validation stops there)."""
    count = 0
    stack = [root]
    while stack:
        n = stack.pop()
        count += 1
        if count > MAX_NODES:
            v.err("", None, "document trop complexe", f"document too complex (more than {MAX_NODES} nodes)")
            return False
        if isinstance(n, yaml.MappingNode):
            seen: dict[str, yaml.Node] = {}
            for k, val in n.value:
                if not isinstance(k, yaml.ScalarNode):
                    v.err("", k, "clé qui n'est pas un texte (liste ou dictionnaire)", "a key that is not text (a list or a mapping)")
                elif k.value in seen:
                    v.err(str(k.value), k, "clé en double", "duplicate key")
                seen[str(k.value)] = k
                stack.extend((k, val))
        elif isinstance(n, yaml.SequenceNode):
            stack.extend(n.value)
        elif isinstance(n, yaml.ScalarNode) and n.tag not in _PLAIN_TAGS:
            v.err("", n, f"étiquette YAML non permise {n.tag[:40]}", f"YAML tag not allowed {n.tag[:40]}")
    return True


def validate(text: str | bytes) -> ValidationResult:
    """Validate a publiccode.yml text; never raises on bad input."""
    result = ValidationResult()
    text, stop = _text(text)
    if stop is not None:
        result.issues.append(stop)
        return result
    try:
        docs = safeyaml.compose_all(text, _Loader, max_bytes=MAX_BYTES)
    except safeyaml.UnsafeYAML as exc:
        result.issues.append(Issue("error", "", None, T(f"document refusé : {exc}", f"document refused: {exc}")))
        return result
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        result.issues.append(Issue("error", "", mark.line + 1 if mark else None, T(f"YAML invalide : {problem}", f"invalid YAML: {problem}")))
        return result
    docs = [d for d in docs if d is not None]
    if not docs:
        result.issues.append(Issue("error", "", 1, T("document vide", "empty document")))
        return result
    v = Validator()
    if len(docs) > 1:
        v.err("", docs[1], "un seul document YAML est permis (retirez les séparateurs ---)",
              "a single YAML document is allowed (remove the --- separators)")
    root = docs[0]
    if not _walk(v, root):
        result.issues = v.issues
        return result
    m = Validator.mapping(root)
    if "publiccodeYmlVersion" in m:
        node = m["publiccodeYmlVersion"][1]
        raw = str(node.value) if isinstance(node, yaml.ScalarNode) else None
        ver = parse_version(raw) if raw is not None else None
        result.version = raw
        if ver is None:
            v.err("publiccodeYmlVersion", node, f"version {str(raw)[:20]!r} inconnue ; versions permises : {', '.join(KNOWN_VERSIONS)}",
                  f"unknown version {str(raw)[:20]!r}; allowed: {', '.join(KNOWN_VERSIONS)}")
        else:
            v.version = ver
            if ver < (0, 7) and raw != "0":
                v.warn("publiccodeYmlVersion", node, f"version {raw} ancienne : passez à \"0\" (dernière version 0.x, actuellement 0.7)",
                       f"old version {raw}: move to \"0\" (latest 0.x, currently 0.7)")
    try:
        v.run(root)
    except RecursionError:
        v.err("", None, "document trop imbriqué", "document too deeply nested")
    from auditor.drafts import find_markers

    marks = find_markers(text, limit=11)
    for line, marker in marks[:10]:  # a suggestion never edited: a draft, never a clean pass
        v.issues.append(Issue("warning", DRAFT_KEY, line, T(f"brouillon : le marqueur « {marker} » de l'outil est resté tel quel, complétez la ligne",
                                                          f"draft: the tool's marker '{marker}' was left as is, complete the line")))
    result.issues = sorted(v.issues, key=lambda i: (i.level != "error", i.line or 0, i.key))
    return result
