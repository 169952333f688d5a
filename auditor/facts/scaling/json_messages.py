"""Whether a JVM model class is the shape of a JSON message rather than a database model (issue 12, s37 ff37 =
OPEN-ENT-NG/homework-assistance): an ENT module's models/KiamoForm.java, built from a Vert.x ``JsonObject`` and written back by
``toJson()``, is the form it posts to a call centre's API; models/FeaturedResource.java, the resources another service lists.
A class mapped to JSON (Vert.x JsonObject, Jackson, Gson, kotlinx.serialization) with no persistence mapping (JPA, Hibernate,
Spring Data, Morphia, jOOQ, Exposed, Room: an @Entity, @Table, @Document, @Id…) describes messages; its fields are still read
for personal data, but it is no database schema of the project's own."""

from __future__ import annotations

import re

from auditor.lazyre import lazy_compile

_JVM = re.compile(r"\.(?:java|kt)$", re.I)
_PERSISTED = lazy_compile(r"@(?:Entity|Table|Document|Embeddable|MappedSuperclass|Column|Id|Collection|DatabaseTable|Persistent)\b"
                          r"|\b(?:javax|jakarta)\.persistence\b|\borg\.hibernate\b|\borg\.springframework\.data\b|\bdev\.morphia\b"
                          r"|\borg\.mongodb\.morphia\b|\borg\.jooq\b|\borg\.jetbrains\.exposed\b|\bandroidx\.room\b|\bio\.ebean\b")
_JSON_MAPPED = lazy_compile(r"\bio\.vertx\.core\.json\.JsonObject\b|\(\s*(?:final\s+)?JsonObject\s+\w+\s*\)|\bJsonObject\s+toJson\s*\("
                            r"|@JsonProperty\b|@SerializedName\b|\bcom\.fasterxml\.jackson\b|\bkotlinx\.serialization\b|@Serializable\b")


def json_message_class(path: str, text: str) -> bool:
    """A Java or Kotlin class mapped to JSON and to no database (see the module's docstring)."""
    head = text[:200_000]
    return bool(_JVM.search(path)) and bool(_JSON_MAPPED.search(head)) and not _PERSISTED.search(head)
