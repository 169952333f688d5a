"""reusability.maintainability names a Java method by its name, not by its annotation (issue 12, s11 read: an OPSN's Spring
API's most complex method was reported as ``StructureAttributesMapper::SuppressWarnings``, the annotation above it, because
lizard takes the second of two stacked annotations with arguments for the method's name)."""

from __future__ import annotations

from auditor.facts.java_annotations import blank_annotation_arguments
from tests.test_local_authority_verdicts import judge

BRANCHES = "".join(f"        if (attrs.size() > {n}) {{\n            found = {n};\n        }}\n" for n in range(12))
MAPPER = ("package fr.exemple.ldap;\n\nimport java.util.Set;\n\n"
          "public class StructureMapper implements AttributesMapper<Object> {\n\n"
          "    private static final String KEY = \"objectClass\"; // \"@Deprecated(x)\" in a string\n\n"
          "    @Override\n    @SuppressWarnings(\"unchecked\")\n"
          "    public Object mapFromAttributes(final Attributes attrs) throws NamingException {\n"
          "        int found = 0;\n" + BRANCHES + "        return found;\n    }\n\n"
          "    @Autowired\n    @Qualifier(value = \"annuaire\",\n               required = (1 > 0))\n"
          "    public StructureMapper(final Set<String> classes) {\n        this.classes = classes;\n    }\n}\n")


def test_a_method_under_two_annotations_keeps_its_name(tmp_path):
    files = {"README.md": "# Paramètres\n\nAPI des paramètres d'établissement.\n",
             "pom.xml": "<project><modelVersion>4.0.0</modelVersion><artifactId>param</artifactId></project>\n",
             "src/main/java/fr/exemple/ldap/StructureMapper.java": MAPPER}
    _, res = judge(tmp_path, files, ["reusability.maintainability"])
    r = res["reusability.maintainability"]
    found = [e for e in r["evidence"] if e.get("value") and "function" in e["value"]]
    assert [(e["value"]["function"], e["line"]) for e in found] == [("StructureMapper::mapFromAttributes", 11)], r["evidence"]


def test_only_annotation_arguments_are_blanked():
    text = MAPPER + "/** @param x (see @Foo(bar)) */\npublic @interface Marker { String value() default \"(\"; }\n"
    blanked = blank_annotation_arguments(text)
    assert len(blanked) == len(text) and blanked.count("\n") == text.count("\n")
    assert "@SuppressWarnings" + " " * len('("unchecked")') + "\n" in blanked and "@Qualifier(" not in blanked
    assert "\"@Deprecated(x)\"" in blanked and "@Foo(bar)" in blanked and "value() default \"(\"" in blanked
