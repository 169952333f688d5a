"""The territory values a check must read as samples, not the product's (``reusability.territory-neutral``): a debug form-filler's
test data, a search field's placeholder examples. Read from the lines of the territory signals of ``textscan`` found in code."""

from __future__ import annotations

import re

from auditor.facts import fact
from auditor.lazyre import lazy_compile


# A developer's form-filler kept beside the screens (src/features/…/components/debug/RGATestFiller.tsx, "Données de test": const
# TEST_RGA_DATA = { code_departement: "36", epci: "…" }, hidden in production): a sample address to fill the form while developing,
# no value the product runs with. Both must say so: the file (in a debug/ folder, or named for a test, a mock, a fake, a dummy) and
# the top-level constant whose body holds the line (TEST_…, MOCK_…, FAKE_…, DUMMY_…, SAMPLE_…; testData, mockUser).
_DEBUG_FILE = lazy_compile(r"(?:^|/)(?:debug|__debug__|devtools|dev-tools)/|(?:Test|Mock|Fake|Dummy)[A-Z][^/]*$|(?:^|/)(?:test|mock|fake|dummy)[-_.][^/]*$")
_FIXTURE_NAME = lazy_compile(r"^(?:TEST|MOCK|FAKE|DUMMY|SAMPLE)_|_(?:TEST|MOCK|FAKE|DUMMY)(?:_|$)|^(?:test|mock|fake|dummy)[A-Z]")
# A class or module of sample records (constants/ExternalResourceExamples.java: GAR_EXTERNAL_RESOURCE_EXAMPLE = "[{…, \"structure_name\":
# \"Région <one region>\", \"structure_uai\": \"9999991F\"}]", a controller appending them only in a development mode): demo data, as a
# test's fixtures are, no text the product writes. Both must say so: the file named for examples, samples, demo data, fixtures or
# mocks, and the constant holding the line named so (…_EXAMPLE, SAMPLE_…, demoRecords) (issue 12, s48 fa48 = OPEN-ENT-NG/gar-connector)
_SAMPLE_WORD_FILE = lazy_compile(r"(?:^|[-_.])(?:examples?|exemples?|samples?|demos?|demo[-_]?data|fixtures?|mocks?)(?=[-_.]|$)", re.I)
_SAMPLE_CAMEL_FILE = lazy_compile(r"(?<=[a-z0-9])(?:Examples?|Samples?|Demos?|DemoData|Fixtures?|Mocks?)$|^(?:Examples?|Samples?|Demo|Fixtures?|Mocks?)(?=[A-Z])")
_SAMPLE_NAME = lazy_compile(r"(?:^|_)(?:EXAMPLES?|EXEMPLES?|SAMPLES?|DEMO|FIXTURES?|MOCKS?)(?:_|$)|^(?:example|sample|demo|fixture|mock)s?(?=[A-Z])|"
                            r"(?<=[a-z0-9])(?:Examples?|Samples?|Demo|Fixtures?|Mocks?)(?=[A-Z]|$)")


def sample_file(path: str) -> bool:
    """The file's name says it holds examples, samples, demo data, fixtures or mocks (ManualExamples.java, demo_data.py)."""
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return bool(_SAMPLE_WORD_FILE.search(stem) or _SAMPLE_CAMEL_FILE.search(stem))


# A fake-data generator (data-generator.py, seed_demo.py, db/seeds.rb, populate_fake.js…: its file named for generating, seeding,
# populating or faking data, its code drawing records from a Faker library): the records it writes beside Faker's values
# (Structure.objects.create(nom="Mairie de Test Ville", cp="75001", ville="Paris") among Faker('fr_FR') families) are demo data,
# as a test's fixtures are, no value the product runs with (issue 12, s37 fg37 = GIP-RECIA/Noethysweb-data-generator). Both must
# say so: a file using Faker for something else (anonymising an export) keeps its values judged.
_GENERATOR_NAME = lazy_compile(r"(?:^|[-_.])(?:generat(?:e|or|ion)s?|gen|seeds?|seeders?|seeding|fakes?|faker|fake[-_]?data|demo|dummy|populate|populating|"
                               r"sample[-_]?data|mock[-_]?data)(?=[-_.]|$)", re.I)
_FAKER = lazy_compile(r"""^[ \t]*(?:from[ \t]+faker[ \t]+import|import[ \t]+faker\b)|\bFaker[ \t]*\(|\bFaker\\Factory\b|\bFaker::[A-Z]|"""
                      r"""(?:require\(|from)[ \t]*['"](?:@faker-js/faker|faker)['"]""", re.M)


def fake_data_generator(path: str, text: str) -> bool:
    """The file is a fake-data generator (see above): named for it, and drawing values from Faker."""
    stem = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return bool(_GENERATOR_NAME.search(stem)) and bool(_FAKER.search(text))


# A search field's examples, typed one after the other in its placeholder (const ANIMATED_PLACEHOLDER_TEXTS = ['SCOT de l'Artois',
# 'Ajaccio', 'Gironde', …] of a national service's territory search): shown to the user as examples, as a placeholder is.
_EXAMPLES_NAME = lazy_compile(r"placeholder|examples?(?![a-z])|exemples?(?![a-z])", re.I)
_TOP_DECLARATION = lazy_compile(r"^(?:export[ \t]+)?(?:const|let|var)[ \t]+([A-Za-z_$][\w$]*)|^([A-Za-z_]\w*)[ \t]*(?::[^=\n]{1,80})?=")
_COMMENT_LINE = lazy_compile(r"^(?://|#|/\*|\*)")
# a class's constant declared on an indented line (Java, C#, Kotlin, TypeScript: `    public static final String NAME =`, `    const val NAME =`)
_MEMBER_CONSTANT = lazy_compile(r"^[ \t]+(?:(?:public|private|protected|internal|static|final|const|readonly)[ \t]+)+(?:val[ \t]+)?"
                                r"(?:[\w.]+(?:<[\w<>, .?]*>)?(?:\[\])*[ \t]+)?([A-Za-z_]\w*)[ \t]*(?::[^=\n]{1,80})?=(?!=)")


def _holding_constant(lines: list[str], line: int | None) -> str | None:
    """The name of the top-level constant whose body holds the line (JavaScript's const/let/var, a module-level assignment), if any:
    the first line above it, or it, that is not indented nor a comment is that constant's declaration, or something else."""
    if not line:
        return None
    for i in range(min(line, len(lines)) - 1, max(-1, line - 400), -1):
        text = lines[i]
        if text[:1] in (" ", "\t") and (member := _MEMBER_CONSTANT.match(text)):
            return member.group(1)  # (a class's constant: Java's `    public static final String GAR_EXAMPLE = "[\n" +`)
        if not text.strip() or text[0] in " \t" or _COMMENT_LINE.match(text):
            continue
        m = _TOP_DECLARATION.match(text)
        return (m.group(1) or m.group(2)) if m else None
    return None


# A sample record shown only as an API's documented example (a FastAPI route's responses={200: {"content": {"application/json":
# {"example": sample_log_records}}}}, a model's json_schema_extra={"example": …} or Field(example=…), openapi_examples=…, an OpenAPI
# spec's example:): what the documentation shows a reader, no value the service runs with (issue 12, s40 fm40 = georchestra/maelstro's
# sample_json_log_records, "Rennes Métropole" in its titles). Every use of the constant, in its own file or in the code files of the
# same language naming it, must be such an example (a constant also used by the code keeps its values judged).
_DOC_EXAMPLE_USE = lazy_compile(r"""(?:["'](?:example|examples|value)["'][ \t]*:|\b(?:example|examples|openapi_examples|json_schema_extra|schema_extra)[ \t]*=)[ \t]*[\[{(]?[ \t]*$""")
MAX_USE_FILES = 200


def _doc_example_only(ctx, path: str, name: str, text: str) -> bool:
    """Every use of the module-level constant ``name`` of ``path`` is an API documentation example (see above), and one at least."""
    ext = path.rsplit(".", 1)[-1] if "." in path.rsplit("/", 1)[-1] else ""
    others = sorted(p for p in ctx.snapshot.files if p != path and ext and p.endswith("." + ext))[:MAX_USE_FILES]
    word = re.compile(r"(?<![\w$.])" + re.escape(name) + r"(?![\w$])")
    uses = 0
    for p, body in [(path, text)] + [(p, ctx.snapshot.read_text(p, limit=512 * 1024) or "") for p in others]:
        if name not in body:
            continue
        for m in word.finditer(body):
            start = body.rfind("\n", 0, m.start()) + 1
            before = body[start:m.start()]
            if p == path and not before.strip() and re.match(r"[ \t]*(?::[^=\n]{1,80})?=(?!=)", body[m.end():]):
                continue  # (its own definition)
            if re.match(r"[ \t]*(?:from\b|import\b)", before) or not before.strip() and body[m.end():m.end() + 1] in (",", "\n", ")"):
                continue  # (an import of it: from .models import (…, sample_log_records, …))
            if not _DOC_EXAMPLE_USE.search(before[-120:]):
                return False
            uses += 1
    return uses > 0


NAME_KINDS = ("territory.name", "territory.name-in-text", "territory.park-name", "territory.authority-name", "territory.epci-acronym", "territory.city", "territory.commune", "territory.municipal-name", "territory.departement-sentence", "territory.pays-name")
MAX_FILES = 200


@fact("territory_samples", version=5, public=False)
def territory_samples(ctx) -> dict:
    """``{"fixtures": [[path, line]], "examples": [[path, line]], "samples": [[path, line]]}``: the lines of territory signals found in code that sit in a
    constant named as test data in a file kept for debugging or tests, or anywhere in a fake-data generator (fixtures), or in a constant named as a field's placeholder
    or examples (examples, names of places only), or in a constant named as sample records in a file named so (samples). At most :data:`MAX_FILES` files, in path order."""
    sig = (ctx.fact("textscan") or {}).get("signals") or {}
    wanted: dict[str, set] = {}
    for sid, hits in sig.items():
        if not sid.startswith("territory."):
            continue
        for h in hits:
            if h[3] in ("code", "template") and h[1] and (_DEBUG_FILE.search(h[0]) or sid in NAME_KINDS or sample_file(h[0])
                                                       or _GENERATOR_NAME.search(h[0].rsplit("/", 1)[-1].rsplit(".", 1)[0])):
                wanted.setdefault(h[0], set()).add((sid, h[1]))
    fixtures, examples, samples = [], [], []
    documented: dict[tuple[str, str], bool] = {}  # (a constant shown only as an API's documented example)
    for path in sorted(wanted)[:MAX_FILES]:
        text = ctx.snapshot.read_text(path, limit=512 * 1024) or ""
        lines = text.splitlines()
        generator = fake_data_generator(path, text)
        for sid, line in sorted(wanted[path], key=lambda t: (t[1], t[0])):
            if generator:  # (every record a fake-data generator writes: demo data)
                fixtures.append([path, line])
                continue
            name = _holding_constant(lines, line)
            if not name:
                continue
            if _DEBUG_FILE.search(path) and _FIXTURE_NAME.search(name):
                fixtures.append([path, line])
            elif sample_file(path) and _SAMPLE_NAME.search(name):  # (a class of sample records: examples, whatever the signal)
                samples.append([path, line])
            elif sid in NAME_KINDS and _EXAMPLES_NAME.search(name):
                examples.append([path, line])
            elif sid in NAME_KINDS and (path, name) not in documented:
                documented[(path, name)] = _doc_example_only(ctx, path, name, text)
                if documented[(path, name)]:
                    examples.append([path, line])
            elif sid in NAME_KINDS and documented[(path, name)]:
                examples.append([path, line])
    return {"fixtures": fixtures, "examples": examples, "samples": samples}
