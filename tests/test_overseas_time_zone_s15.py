"""Session 15 (h2): a hard-coded time zone that pins one overseas territory (ZoneId.of("Pacific/Noumea") in a Ville de Nouméa
service, TIME_ZONE = "America/Cayenne") was not a territory-specific value for reusability.territory-neutral. Europe/Paris is the
whole country's; a table mapping territories to zones, or a time zone database's own file, pins none."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

SERVICE = {
    "pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>nc.ville</groupId><artifactId>rdv</artifactId><version>1.0</version></project>\n",
    "README.md": "# Rendez-vous\n\nPrise de rendez-vous en mairie.\n",
    "src/main/java/nc/ville/rdv/service/CreneauService.java": (
        "package nc.ville.rdv.service;\n\nimport java.time.LocalDate;\nimport java.time.ZoneId;\n\n"
        "public class CreneauService {\n"
        "    public boolean ouvert(LocalDate jour) {\n"
        "        LocalDate aujourdhui = LocalDate.now(ZoneId.of(\"Pacific/Noumea\"));\n"
        "        return !jour.isBefore(aujourdhui);\n    }\n}\n"),
    "docker-compose.yml": "services:\n  app:\n    image: rdv\n    environment:\n      TZ: Pacific/Noumea\n",
    ".travis.yml": "language: java\nbefore_script:\n- export TZ=Pacific/Noumea\nscript: mvn test\n",  # (the tests' clock: no finding)
    "terraform/main.tf": ('resource "google_cloud_scheduler_job" "relance" {\n  name      = "relance-${var.projet}"\n  schedule  = var.schedule\n'
                          '  time_zone = "Pacific/Noumea"\n}\n'),
}


def _neutral(tmp_path, files, name):
    return judge(tmp_path, files, ["reusability.territory-neutral"], name=name)[1]["reusability.territory-neutral"]


def test_an_overseas_time_zone_set_by_the_code_is_territory_specific(tmp_path):
    res = _neutral(tmp_path, SERVICE, "nc")
    found = [e for e in res["evidence"] if e.get("kind") == "finding"]
    # in the code and in the configuration a second territory would have to change (the compose file's TZ, a Terraform
    # module's scheduler time_zone)
    assert [(e["path"], e["line"], e["value"]) for e in found] == [
        ("docker-compose.yml", 5, "Pacific/Noumea"), ("src/main/java/nc/ville/rdv/service/CreneauService.java", 8, "Pacific/Noumea"),
        ("terraform/main.tf", 4, "Pacific/Noumea")], res["evidence"]
    assert all("time zone" in e["note"]["en"] for e in found)
    assert res["details"]["in_config_data_tests_docs"] == 1, res["details"]  # the CI job's TZ: counted outside the code


def test_paris_a_zone_table_or_a_zone_database_file_pins_no_territory(tmp_path):
    files = dict(SERVICE)
    files["docker-compose.yml"] = files["docker-compose.yml"].replace("Pacific/Noumea", "Europe/Paris")
    files["terraform/main.tf"] = files["terraform/main.tf"].replace('"Pacific/Noumea"', "var.job_timezone")
    files["variables.tf"] = 'variable "job_timezone" {\n  description = "Time zone of the schedule (e.g., \'Pacific/Noumea\')"\n  default     = "UTC"\n}\n'
    files["src/main/java/nc/ville/rdv/service/CreneauService.java"] = files["src/main/java/nc/ville/rdv/service/CreneauService.java"].replace(
        "Pacific/Noumea", "Europe/Paris")
    files["src/main/java/nc/ville/rdv/util/Fuseaux.java"] = (
        "package nc.ville.rdv.util;\n\nimport java.time.ZoneId;\n\npublic final class Fuseaux {\n"
        "    public static ZoneId duCode(String academie) {\n        switch (academie) {\n"
        "            case \"988\": return ZoneId.of(\"Pacific/Noumea\");\n            case \"987\": return ZoneId.of(\"Pacific/Tahiti\");\n"
        "            default: return ZoneId.of(\"Europe/Paris\");\n        }\n    }\n}\n")
    files["lib/tz/Noumea.py"] = ("from tz.base import DstTzInfo\n\nclass Noumea(DstTzInfo):\n    zone = 'Pacific/Noumea'\n"
                                 "    _utc_transition_times = [0, 1]\n")
    res = _neutral(tmp_path, files, "paris")
    assert res["status"] == "pass", (res["message"], res["evidence"])
