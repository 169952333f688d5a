"""``personal_records``: people's records committed as files, beside the code that processes them.

- log files: a run's output committed with the code, where an application logs the directory entries it read
  (``givenName=…, mail=…, sAMAccountName=…``) or the e-mail addresses of the agents who signed in;
- metadata records (ISO 19139, 19115-3) naming a person as contact, with a personal e-mail address (``gmd:individualName``,
  ``gmd:electronicMailAddress``), or a metadata editor's JSON model of one (``"individualName": …, "emails": […]``);
- lists of people: a table (CSV, TSV, or a sheet of a committed Excel workbook: :mod:`.people_sheets`) whose header names a person's first name with a surname, an e-mail address or a
  phone number (``Nom,Prénom,Date entrée,Date sortie``: a staff list), with rows; not when every e-mail address of its rows is
  on a placeholder domain (an import template's made-up ``jean.dupond@exemple.com``) or at localhost (a generator's seed accounts,
  ``admin@localhost``: JHipster's liquibase users.csv).
- geographic data layers listing people (:mod:`.people_layers`: a GeoJSON, or the one a qgis2web map wraps in ``layers/*.js``, whose
  features give a person's full name beside an address, a phone or an e-mail address: residents geocoded to their homes);
- lists of people written in the code, one record a line (:mod:`.personal_code_lists`: ``{ nom: 'DURAND Lucie', … }``).
Such a file publishes those people's names, logins and addresses to everyone who clones the repository.

Read: outside tests, examples and vendored code, in path order, at most :data:`MAX_FILES` files of each kind of at most
:data:`MAX_BYTES` each (never bounded by time). Only counts, column names and the line of a first record leave the fact,
never the values."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.facts.inventory import is_test, is_vendored
from auditor.facts.scaling.people_layers import layer_people_lists
from auditor.facts.scaling.personal_code_lists import code_people_lists

MAX_FILES = 40
MAX_BYTES = 4 * 1024 * 1024
_LOG_NAME = re.compile(r"(\.log(\.\d+)?|^nohup\.out)$", re.I)
# a directory entry's person attributes with a value (LDAP / Active Directory): not the name of a setting
_DIRECTORY = re.compile(rb"\b(givenName|sAMAccountName|displayName|userPrincipalName)\s*[=:]\s*[A-Za-z\xc0-\xff]", re.I)
_EMAIL = re.compile(rb"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})(?![\w-])")
# e-mail addresses of no person: a service's mailbox, a placeholder domain, a package's author address in a stack trace
_FUNCTIONAL = re.compile(rb"^(no-?reply|ne-?pas-?repondre|admin\w*|root|postmaster|webmaster|contact|support|info|mail|test\w*|user|"
                         rb"example|exemple|dev|debug|bounce\w*|notification\w*|alert\w*|git|hostmaster|abuse|security)$", re.I)
_PLACEHOLDER_DOMAIN = re.compile(rb"(^|\.)(ex[ae]mple\d?\.(com|org|net|fr)|test|localhost|local|invalid|domain\.\w+|"
                                 rb"users\.noreply\.github\.com|sentry\.io|[\w-]+\.(png|jpe?g|gif|svg|js|css|java|class))$", re.I)
MIN_PEOPLE = 2  # distinct personal e-mail addresses for a log to hold people (one address may be the author's own)


def _people(data: bytes) -> tuple[int, int, int]:
    """(directory person attributes, distinct personal e-mail addresses, line of the first record) in one log's contents."""
    directory = _DIRECTORY.findall(data)
    emails = set()
    first = None
    for m in _EMAIL.finditer(data):
        if _FUNCTIONAL.match(m.group(1)) or _PLACEHOLDER_DOMAIN.search(m.group(2)):
            continue
        emails.add(m.group(0).lower())
        first = m.start() if first is None else first
    d = _DIRECTORY.search(data)
    if d and (first is None or d.start() < first):
        first = d.start()
    line = data.count(b"\n", 0, first) + 1 if first is not None else 0
    return len(directory), len(emails), line


_TABLE_EXT = ("csv", "tsv")
_NOT_REAL = re.compile(r"exemple|example|sample|fictif|fictive|fake|dummy|test|demo|mock|fixture", re.I)
_FIRST_NAME = re.compile(r"^(pr[ée]noms?|first[ _-]?names?|given[ _-]?names?|forenames?)([ _-].*)?$", re.I)
_SURNAME = re.compile(r"^(nom|noms|nom[ _-]de[ _-]famille|nom[ _-]d[ _-]?usage|last[ _-]?names?|surnames?|family[ _-]?names?)([ _-](de[ _-]l|du|de|of)\b.*)?$", re.I)
_CONTACT = re.compile(r"^(e-?mail|courriel|mail|adresse[ _-](e-?mail|[ée]lectronique|mail)|t[ée]l[ée]?phone|t[ée]l|phone|mobile|portable)([ _-].*)?$", re.I)
MIN_ROWS = 3  # rows of people under the header (a header alone, or one row, is a template)
# a row's e-mail address, at a domain or at localhost (a generator's seed accounts, "admin@localhost": JHipster's users.csv, issue 12, s31 h31)
_ROW_EMAIL = re.compile(rb"(?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@(localhost|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24})(?![\w.-])")


def _columns(header: str) -> list[str]:
    sep = max((",", ";", "\t", "|"), key=header.count)
    return [c.strip().strip('"\'').strip() for c in header.split(sep)]


def _people_list(data: bytes) -> list[str] | None:
    """The header's columns when the table lists people (a first name with a surname, an e-mail address or a phone) with rows."""
    text = data[:200_000].decode("utf-8", "replace").lstrip("\ufeff")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 1 + MIN_ROWS:
        return None
    columns = _columns(lines[0])
    if any(_FIRST_NAME.match(c) for c in columns) and any(_SURNAME.match(c) or _CONTACT.match(c) for c in columns):
        mails = [m for m in _ROW_EMAIL.finditer(data[:200_000])]
        if mails and all(_PLACEHOLDER_DOMAIN.search(m.group(2)) for m in mails):
            return None  # an import template's made-up rows ("Jean;Dupond;…;jean.dupond@exemple.com"): nobody's record
        return columns[:12]
    return None


# A data file named after a list of people (an HR export of teleworkers, a register of members): its rows are people, unless the
# table's own header, read, names no field of a person (Position,Level,Salary: wages by job level, the English "Salaries" a textbook
# data set, no "salariés"; issue 12, s42 fj42 = ISPF/Truc)
PEOPLE_FILE = re.compile(r"(t[ée]l[ée]travailleurs?|salari[ée]s|employ[ée]s|personnels?|usagers|adh[ée]rents|inscrits|"
                         r"b[ée]n[ée]ficiaires|allocataires|[ée]l[èe]ves|patients|[ée]lecteurs|contribuables|demandeurs|abonn[ée]s|"
                         r"employees|members|subscribers)", re.I)
# a column's word naming a person or what identifies one (its name, contact, address, birth, identifier, account, sex…): any of
# them, even a bare "id" or "nom", keeps the file a list of people
_PERSON_WORD = re.compile(r"^(?:n?om|noms|names?|pr[ée]noms?|first|last|given|surnames?|family|full|civilit[ée]|titre|title|sexe?|gender|genre|"
                          r"e?-?mails?|courriels?|t[ée]l[ée]?(?:phone)?|phones?|mobiles?|portables?|fax|adresses?|address(?:es)?|rue|street|"
                          r"domicile|ville|city|commune|cp|zip|postal|naissance|birth\w*|dob|n[ée]e?|age|[âa]ge|matricules?|ids?|identifiants?|"
                          r"identifier|uid|login|users?|utilisateurs?|username|nir|ins?ee|ssn|secu|personnes?|persons?|people|agents?|"
                          r"salari[ée]s?|employ[ée]e?s?|members?|membres?|who|qui|signature|photos?|iban|rib|situation|familiale|nationalit[ée]|"
                          r"handicap|sant[ée]|health|diagnos\w*|pathologie)$", re.I)
_WORDS = re.compile(r"[A-Za-zÀ-ÿ]+")


def impersonal_header(data: bytes) -> bool:
    """Whether a table's header is read, with at least two columns, and none of its words names a person's field."""
    text = data[:20_000].decode("utf-8", "replace").lstrip("\ufeff")
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2:
        return False
    columns = _columns(lines[0])
    if len(columns) < 2 or not all(c and len(c) <= 60 and not c.replace(".", "").replace(",", "").replace("-", "").isdigit() for c in columns):
        return False  # (no header: a first row of values)
    words = [w for c in columns for w in _WORDS.findall(re.sub(r"([a-z])([A-Z])", r"\1 \2", c))]
    return bool(words) and not any(_PERSON_WORD.match(w) for w in words)


# ISO 19139 / 19115-3 metadata records naming a person as contact (<gmd:individualName> with <gmd:electronicMailAddress>)
_ISO_NAME = re.compile(r"<(?:gmd|cit):individualName>\s*<gco:CharacterString>\s*([^<]{3,120}?)\s*</gco:CharacterString>")
_ISO_MAIL = re.compile(r"<(?:gmd|cit):electronicMailAddress>\s*<gco:CharacterString>\s*([^<\s@]+)@([^<\s]+?)\s*</gco:CharacterString>")
_PERSON_NAME = re.compile(r"^[A-Za-zÀ-ÿ'’-]{2,}(?:[ .-]+[A-Za-zÀ-ÿ'’-]{1,})+$")
_NOT_A_PERSON = re.compile(r"(?i)\b(?:nom|pr[ée]nom|name|responsable|service|direction|p[ôo]le|unit[ée]|mission|cellule|bureau|d[ée]partement|"
                           r"contact|administrat\w*|sig|g[ée]omatique|point of contact|xxx+|inconnu|unknown|todo)\b")


# the same contact in a metadata editor's JSON model of the record ("individualName": "…", "emails": ["…"])
_JSON_NAME = re.compile(r'"individualName"\s*:\s*"([^"\n]{3,120}?)"')
_JSON_MAIL = re.compile(r'"(?:e-?mails?|electronicMailAddress(?:es)?)"\s*:\s*\[?\s*"([^"\s@]+)@([^"\s]+)"', re.I)


def _iso_contacts(text: str) -> tuple[int, int]:
    """(people named as contacts, with their personal e-mail addresses) in one metadata record, XML or JSON: (line of the first, count)."""
    names = [m for rx in (_ISO_NAME, _JSON_NAME) for m in rx.finditer(text) if _PERSON_NAME.match(m.group(1).strip()) and not _NOT_A_PERSON.search(m.group(1))]
    mails = [m for rx in (_ISO_MAIL, _JSON_MAIL) for m in rx.finditer(text)
             if not _FUNCTIONAL.match(m.group(1).encode()) and not _PLACEHOLDER_DOMAIN.search(m.group(2).encode())]
    names.sort(key=lambda m: m.start())
    if not names or not mails:
        return 0, 0
    return text.count("\n", 0, names[0].start()) + 1, len({m.group(1).strip().lower() for m in names})


@fact("personal_records", version=11)
def personal_records(ctx) -> dict:
    snap = ctx.snapshot
    files = sorted((e for e in snap.files.values() if e.kind in ("file", "executable") and not is_test(e.path) and not is_vendored(e.path)),
                   key=lambda e: e.path)
    logs = [e.path for e in files if _LOG_NAME.search(e.name)]
    tables = [e.path for e in files if e.ext.lower() in _TABLE_EXT and not _NOT_REAL.search(e.path)]
    lists = []
    for path in tables[:MAX_FILES]:
        data = snap.read_bytes(path, limit=MAX_BYTES)
        columns = _people_list(data) if data else None
        if columns:
            lists.append({"path": path, "line": 1, "columns": columns, "rows": data.count(b"\n", data.find(b"\n") + 1)})
    # (and a committed workbook whose sheet lists people under such a header: a staff roster the service reads and writes, s44 fc44)
    from auditor.facts.scaling.people_sheets import MAX_PACKAGE_BYTES, SHEET_EXT, sheet_people

    books = [e.path for e in files if e.ext.lower() in SHEET_EXT and not _NOT_REAL.search(e.path) and e.size <= MAX_PACKAGE_BYTES]
    for path in books[:MAX_FILES]:
        found_sheet = sheet_people(snap.read_bytes(path, limit=MAX_PACKAGE_BYTES), _people_list)
        if found_sheet:
            lists.append({"path": path, "line": 0, "columns": found_sheet[0], "rows": found_sheet[1]})
    # (the tables named after a list of people whose header names no person's field)
    impersonal = [p for p in tables if PEOPLE_FILE.search(p.rsplit("/", 1)[-1])][:MAX_FILES]
    impersonal = [p for p in impersonal if impersonal_header(snap.read_bytes(p, limit=MAX_BYTES) or b"")]
    found = []
    for path in logs[:MAX_FILES]:
        data = snap.read_bytes(path, limit=MAX_BYTES)
        if not data:
            continue
        directory, emails, line = _people(data)
        if directory or emails >= MIN_PEOPLE:
            found.append({"path": path, "line": line, "directory_attributes": directory, "emails": emails})
    contacts = []
    records = sorted({h[0] for h in ctx.fact("textscan")["signals"].get("personal.iso-contact", []) if not is_test(h[0]) and not is_vendored(h[0])})
    for path in records[:MAX_FILES]:
        text = snap.read_text(path, limit=MAX_BYTES)
        line, people = _iso_contacts(text) if text else (0, 0)
        if people:
            contacts.append({"path": path, "line": line, "people": people})
    return {"logs": len(logs), "tables": len(tables), "found": found, "impersonal_named": impersonal, "lists": lists, "contacts": contacts, "metadata_records": len(records),
            "code_lists": code_people_lists(snap, files), "layer_lists": layer_people_lists(snap, files, _NOT_REAL)}
