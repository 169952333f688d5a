"""What a table describes, by its name and header (``personal_data``, :mod:`.personal`): a thing's table (public equipment, a
facility: ``centroid_equipements_sportifs``), whose contact columns are a switchboard's and whose meter is an installation's,
an accounts import or export template (``user-import.csv``: Name,Email,Password,Role), a model of people's accounts, and a
usage log (``statistiques_photos_obliques``: who, when_), a trace of each person's use, and the visitor's IP address a log of visits or
sessions keeps (``visiteur``: ip_visiteur, date_visiteur)."""

from __future__ import annotations

import re

from auditor.facts.scaling.common import norm_field
from auditor.facts.scaling.personal_code import ACCOUNT_FIELDS, FIELD_WORDS, PERSON_FIELDS
from auditor.lazyre import lazy_compile


def names_a_thing(table: str, things: frozenset, person_tables: set) -> bool:
    """A table named in words one of which is a thing's and none a person's (``centroid_equipements_sportifs``,
    ``armoire_eclairage``): it describes that thing (``agents_service``, ``contacts_structure`` are people's)."""
    words = [norm_field(w) for w in FIELD_WORDS.split(table or "") if len(w) >= 3]
    if len(words) < 2:
        return False
    is_in = lambda w, names: w in names or w.rstrip("s") in names or w.rstrip("x") in names  # noqa: E731
    # (names joined by a conjunction name two subjects: artisanat_et_produits, a listing of craftspeople and of producers, is a thing's
    # only when each joined part names a thing, communes_et_epci; one part of no thing's word keeps the table judged by its fields,
    # the sole traders' Tel and Email a person's contact details — issue 12, s47 fc47 = antocreadev/strapi-tourisme…)
    parts = [[norm_field(w) for w in part if len(w) >= 3] for part in _conjuncts(FIELD_WORDS.split(table or ""))]
    if len(parts) >= 2 and not all(any(is_in(w, things) for w in part) for part in parts if part):
        return False
    return any(is_in(w, things) for w in words) and not any(is_in(w, person_tables) for w in words)


# the words joining two subjects in a table's name (artisanat_et_produits, communes_and_groupings, ArtisanatEtProduit)
_CONJUNCTIONS = frozenset({"et", "and"})


def _conjuncts(words: list[str]) -> list[list[str]]:
    """The words of a table's name split at its conjunctions (["artisanat"], ["produits"]); one part when it has none."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() in _CONJUNCTIONS:
            parts.append([])
        elif w:
            parts[-1].append(w)
    return [p for p in parts if p]


def names_a_numbered_thing(table: str, numbered: frozenset, person_tables: set) -> bool:
    """A table named in words one of which is a numbered thing's (``numbered_things``: a vehicle, an engine, a meter) and none a
    person's (``vehicule``, ``parc_materiel``; ``vehicule_agent`` is an agent's): its matricule is the thing's number."""
    words = [norm_field(w) for w in FIELD_WORDS.split(table or "") if len(w) >= 3]
    is_in = lambda w, names: w in names or w.rstrip("s") in names or w.rstrip("x") in names  # noqa: E731
    return any(is_in(w, numbered) for w in words) and not any(is_in(w, person_tables) for w in words)


# The words that, heading a table's name, say it lists parameters, settings, labels or types (a code prefix before them:
# par_parametre_date_agent, t_type_agent, ref_libelle_…): its rows are those values, its <prefix>_nom a parameter's or a type's
# name, whatever person a later word names ("date_agent": which of an agent's dates); a person's word first (agent_parametres)
# keeps a person's table
PARAMETER_HEADS = frozenset({"parametre", "parametres", "parameter", "parameters", "param", "params", "setting", "settings", "reglage",
                             "reglages", "configuration", "configurations", "libelle", "libelles", "label", "labels", "type", "types",
                             "typologie", "typologies", "nomenclature", "nomenclatures", "referentiel", "referentiels", "lookup", "enum"})


def names_parameters(table: str, person_tables: set) -> bool:
    """A table whose name's head (its first word, or the second after a code prefix that is no person's) is a parameter's,
    a setting's, a label's or a type's (``par_parametre_date_agent``, ``type_agent``): it lists values, not people."""
    words = [norm_field(w) for w in FIELD_WORDS.split(table or "") if w]
    if not words or words[0] in person_tables or words[0].rstrip("s") in person_tables:
        return False
    return words[0] in PARAMETER_HEADS or (len(words) > 1 and len(words[0]) <= 4 and words[1] in PARAMETER_HEADS)


# An accounts import or export template (a platform's user-import.csv: Name,Email,Password,Role): a table of people's accounts
# by its header alone, rows or none; any other table's header is a data set's, read by personal_records when it lists people
CSV_NAME = lazy_compile(r"\.(csv|tsv)$", re.I)


def account_header(data: bytes) -> list[tuple[str, str, int]]:
    """The columns of a CSV or TSV header naming a password beside an e-mail address, a login or a name, as (table, field, line)."""
    text = data[:4096].decode("utf-8", "replace").lstrip("\ufeff")
    header = text.splitlines()[0] if text.strip() else ""
    sep = max((",", ";", "\t", "|"), key=header.count)
    cols = [c.strip().strip("\"'").strip() for c in header.split(sep)][:60]
    names = {norm_field(c) for c in cols}
    if len(cols) < 2 or not names & ACCOUNT_FIELDS or not names & {"email", "mail", "courriel", "login", "username", "name", "nom", "prenom", "firstname", "lastname"}:
        return []
    return [("", c, 1) for c in cols if c and len(c) <= 60]


# a table held to one row by a CHECK on its key (CREATE TABLE coordonnees (id INT PRIMARY KEY DEFAULT 1, …, telephone, email, CHECK
# (id = 1))): the service's own settings, a town hall's switchboard and address, no register of people
_CREATE = lazy_compile(r"""\bCREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?[`"\[]?(?:\w+[`"\]]?\.[`"\[]?)?(\w+)[`"\]]?\s*\(((?:[^()]|\([^()]*\)){0,4000}?)\)\s*(?:;|`|$)""", re.I | re.M)
_ONE_ROW = lazy_compile(r"""\bCHECK\s*\(\s*[`"\[]?(\w+)[`"\]]?\s*=\s*'?1'?\s*\)""", re.I)


def singleton_tables(path: str, text: str) -> set[tuple[str, str]]:
    """``(path, table)`` of the tables whose ``CREATE TABLE`` pins their key to one value (``CHECK (id = 1)``): one row."""
    out = set()
    for m in _CREATE.finditer(text):
        pin = _ONE_ROW.search(m.group(2))
        if pin and re.search(r"(?:^|,)\s*[`\"\[]?" + re.escape(pin.group(1)) + r"[`\"\]]?\s+\w+[^,]*\bPRIMARY\s+KEY\b", m.group(2), re.I):
            out.add((path, m.group(1)))
    return out


# A usage log: a table named for what it records (statistiques_photos_obliques, access_log, historique_connexion) holding who acted
# (who varchar(50) filled with the authenticated user's login) beside when (when_ timestamp): each person's use, traced (CNIL:
# connection and activity logs are personal data). Named so alone, with no time beside it, a login is an account's.
# (not "access", "request": a DocumentAccess grants a user a role on a document, a saved request is a query's)
_LOG_WORDS = {"log", "journal", "journaux", "historique", "history", "trace", "audit", "consultation", "connexion", "connection", "visite",
              "visit", "hit", "event", "evenement", "activite", "activity", "activitie", "usage", "stat", "statistique", "statistic", "tracking"}
_ACTORS = {"who", "qui", "user", "username", "userlogin", "login", "utilisateur", "loginutilisateur", "nomutilisateur",
           # (or the person who did what is logged, named by their role: a checklist's history "Date, Nom, Verificateur", the name
           # the verifier typed; issue 12, s45 fa45 = dubreybrice-png/sdis66-checklist-materiel-vendee)
           "verificateur", "verifier", "verifiername", "verifiedby", "verifiepar", "controleur", "controlepar", "inspecteur", "inspector",
           "operateur", "operator", "operatorname", "technicien", "technician", "intervenant", "auteur", "author", "authorname",
           "createdby", "updatedby", "modifiedby", "doneby", "performedby", "checkedby", "saisipar", "realisepar", "effectuepar"}
# or the user's id, in a table of use (a per-user usage table keyed by uid with a timestamp, each row one person's use); not in
# an events table, whose uid is an agenda entry's own (iCalendar's UID)
_ID_ACTORS = {"uid", "userid", "iduser", "idutilisateur", "utilisateurid", "accountid", "idcompte"}
_EVENT_WORDS = {"event", "evenement"}
_WHEN = lazy_compile(r"^(?:when|quand|horodatage|heure\w*|\w*(?:date|time|timestamp|datetime)|(?:created|logged|accessed|requested|visited)at)$")


def usage_log_actors(fields: list[tuple[str, str, int]]) -> set[tuple[str, str]]:
    """``(table, field)`` of the columns naming who acted in a usage log's table, with a time column beside."""
    by_table: dict[str, list[str]] = {}
    for table, field, _ in fields:
        by_table.setdefault(table or "", []).append(str(field))
    out = set()
    for table, cols in by_table.items():
        words = {norm_field(w) for w in FIELD_WORDS.split(table) if w}
        if not _forms(words) & _LOG_WORDS or not any(_WHEN.match(norm_field(c)) for c in cols):
            continue
        ids = _ID_ACTORS if _forms(words) & (_LOG_WORDS - _EVENT_WORDS) else set()
        out.update((table, c) for c in cols if norm_field(c) in _ACTORS | ids)
    return out


# A log of visits, connections or sessions (visiteur: id_visiteur, ip_visiteur, date_visiteur, filled with each visitor's
# $_SERVER['REMOTE_ADDR']; a framework's sessions table: ip_address, user_agent): the IP address it keeps is the visitor's, personal
# data on its own (CNIL: an IP address identifies a subscriber), with no name beside it. A server's, a host's or a gateway's IP
# in such a table is a machine's.
_VISIT_WORDS = _LOG_WORDS | {"visiteur", "visitor", "session", "acces", "access", "login"}
_IP_NAMES = {"ip", "ipv4", "ipv6", "ipaddress", "ipaddr", "adresseip", "addrip", "remoteaddr", "remoteip", "clientip", "ipclient"}
_MACHINE_WORDS = {"server", "serveur", "host", "hote", "gateway", "passerelle", "proxy", "router", "routeur", "device", "equipement",
                  "machine", "nas", "dns"}


def _forms(words: set[str]) -> set[str]:
    """Each word and its singular by one final s: "acces" stays "acces" ("access" gives "acces"), never "acce" (s44 fj44)."""
    return words | {w[:-1] for w in words if w.endswith("s") and len(w) > 2}


def log_ip_fields(fields: list[tuple[str, str, int]]) -> set[tuple[str, str]]:
    """``(table, field)`` of the columns holding a visitor's IP address in a table logging visits, connections or sessions."""
    out = set()
    for table, field, _ in fields:
        words = _forms({norm_field(w) for w in FIELD_WORDS.split(table or "") if w})
        if not words & _VISIT_WORDS:
            continue
        parts = {norm_field(w) for w in FIELD_WORDS.split(str(field)) if w}
        if (parts & _IP_NAMES or norm_field(field) in _IP_NAMES) and not parts & _MACHINE_WORDS:
            out.add((table, field))
    return out


# A model of the site's own editable content (a CMS's HomeContent: section, title, subtitle, buttonText, ctaTitle, question/answer
# for the FAQ, and "address // For Footer", phone, email): its contact fields are the organisation's, published in the page footer,
# not a person's (issue 12, s38 fl38 = tanjonaaina559-png/demarche_dembeni). Told by its name (content, page, home, footer,
# settings, site) and by page-content fields beside (three at least), with no person's first name, birth date or login account.
_PAGE_MODEL = lazy_compile(r"(?:content|contenu|page|home|accueil|footer|settings?|parametres?|siteconfig|siteinfo|sitesettings)s?$|^site", re.I)
_PAGE_FIELDS = frozenset({"title", "subtitle", "heading", "description", "backgroundimage", "heroimage", "herotitle", "buttontext", "buttonlink",
                          "buttons", "ctatitle", "ctadescription", "ctabuttons", "sociallinks", "socialnetworks", "footertext", "banner",
                          "bannerimage", "section", "slug", "metatitle", "metadescription", "titre", "soustitre", "bouton", "banniere"})


def page_content_tables(path: str, fields: list[tuple[str, str, int]]) -> set[tuple[str, str]]:
    """``(path, table)`` of the site-content models among ``fields`` (see above): their contact is the organisation's."""
    by_table: dict[str, set[str]] = {}
    for table, field, _ in fields:
        by_table.setdefault(table or "", set()).add(norm_field(str(field)))
    return {(path, t) for t, cols in by_table.items() if t and _PAGE_MODEL.search(re.sub(r"[^A-Za-z]", "", t))
            and len(cols & _PAGE_FIELDS) >= 3 and not cols & (PERSON_FIELDS | ACCOUNT_FIELDS)}


# a table of postal addresses by its name (adresse, t_adresses, addresses): the street parts it holds (voie, complement, numero…)
# are an address's, whoever's (issue 12, s39 fa39 = LeBonThib/CD54_GEOCODING: SELECT id, voie, complement, code_postal FROM adresse)
_ADDRESS_TABLE_WORDS = frozenset({"adresse", "adresses", "address", "addresses", "addresse", "addresses"})
# what says a project's records are people's, their addresses or places theirs: "user location data", "les adresses des usagers",
# "addresses of the beneficiaries", "users' home addresses" (a README's words, not a table's: a geocoder's table of addresses)
_PEOPLE = (r"(?:users?|usagers?|b[ée]n[ée]ficiaires?|beneficiar(?:y|ies)|habitants?|administr[ée]e?s|allocataires?|patients?|[ée]l[èe]ves?|pupils?|"
           r"students?|personnes?|persons?|people|citoyens?|citizens?|r[ée]sidents?|residents?|clients?|customers?|adh[ée]rents?|members?|"
           r"familles?|famil(?:y|ies)|households?|m[ée]nages?|cohorts?|cohortes?|agents?|employees?|salari[ée]s?)")
_LOCATION = r"(?:locations?|locali[sz]ations?|(?:postal\s+|home\s+)?address(?:es)?|adresses?(?:\s+postales?)?|domiciles?|homes?)"
PEOPLE_ADDRESSES = lazy_compile(rf"\b{_PEOPLE}['’]?s?['’]?\s+{_LOCATION}\b"
                                rf"|\b{_LOCATION}\s+(?:data\s+|donn[ée]es\s+)?(?:des|du|de\s+(?:ses|nos|leurs|la|l['’])|d['’]|of(?:\s+(?:the|its|our|their))?)\s*{_PEOPLE}\b",
                                re.I)


def address_table(table: str, fields: list[dict]) -> bool:
    """A table named for postal addresses (``adresse``, ``t_adresses``) holding two of an address's parts at least (its street, its
    complement, its postal code): a table of addresses, people's when the project says its records are people's
    (:data:`PEOPLE_ADDRESSES`); a thing's table (``adresse_equipement``) is judged as a thing's before."""
    words = {norm_field(w) for w in FIELD_WORDS.split(table or "") if w}
    return bool(words & _ADDRESS_TABLE_WORDS) and sum(1 for f in fields if f["category"] == "address") >= 2


def flag_column(text: str, field: str) -> bool:
    """A column the code sets or compares to 0 or 1 (``destinataire`='0'``, ``destinataire = 1``, ``row['destinataire'] == '1'``):
    a flag (which child of a family an invoice is addressed to), no message's correspondents (issue 12, s41 fm41)."""
    name = re.escape(str(field))
    rx = re.compile(r"""(?<![\w$])[`'"\[]?""" + name + r"""[`'"\]]?\s*(?:===?|!==?|<>|=)\s*['"]?(?:0|1|true|false)\b['"]?(?![\w.])""", re.I)
    return bool(rx.search(text))


def birth_abbreviation_kept(names: set, directory: frozenset) -> bool:
    """A birth date's short form (``dn``) is a person's birth date beside a first name (``prenom``) and no directory attribute
    (an LDAP entry's dn beside cn, sn, uid): a pipe's dn, a directory's, are none (issue 12, s41 fm41)."""
    first = {"prenom", "firstname", "givenname", "prenoms", "firstnames"}
    return bool(names & first) and not names & directory
