"""A step that fills values into a file whose format holds nothing but settings (a Java .properties, an .ini, a .cfg or .conf) is
the configuration, though the file's name has no settings word (issue 12, s22 d5 case 6, reader s22 a1: an agglomeration's
geOrchestra Docker kit, "## 2 - 3-steps editing": "fill in the public and private keys in the ldapadmin/ldapadmin.properties
file"). A script or a data file named in such a step stays no configuration."""

from __future__ import annotations

from auditor.facts.readme import analyse

HEAD = ("# SDI Docker\n\n## 1 - Requirements\n\n- Docker 1.12\n- docker-compose\n\n## 2 - Editing\n\n"
        "First change the default host name for yours in every file of /etc/sdi.\n\n")


def _sections(text: str) -> dict:
    return {d["name"]: d for d in analyse(text, "README.md")["section_details"]}


def test_keys_filled_into_a_properties_file_are_the_configuration():
    text = HEAD + "Then get an account for the captcha service and fill in the public and private keys in the [console/console.properties](https://example.org/sdi/datadir/blob/master/console/console.properties) file.\n"
    found = _sections(text)
    assert found["configuration"]["line"] == 12 and found["configuration"]["via"] == "sentence"  # was missing


def test_a_value_changed_in_a_script_or_data_file_is_no_configuration():
    text = HEAD + "Then fill in the public and private keys in the console/keys.csv file and change the host in deploy.sh.\n"
    assert "configuration" not in _sections(text)
