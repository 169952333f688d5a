"""scaling.personal-data (issue 12, session 26 h26 = s26 reader o3): the Android client of an e-signature server stores each account
in an ORMLite table, model/Account.java, whose columns are named through constants of the class (`@DatabaseField(columnName =
DB_FIELD_LOGIN)` beside `private static final String DB_FIELD_LOGIN = "Login";`): the user's login, password and full name were not
read, and the check passed ("no personal-data field"). An ORMLite or Room column's name is now read, written or given by a string
constant of the class; a table of no personal field keeps its pass."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PD = "scaling.personal-data"
MODEL = """package fr.exemple.parapheur.model;

import com.j256.ormlite.field.DatabaseField;
import com.j256.ormlite.table.DatabaseTable;

@DatabaseTable(tableName = "Account")
public class Account {

	public static final String DB_FIELD_ID = "Id";
	private static final String DB_FIELD_TITLE = "Title";
	private static final String DB_FIELD_BASE_URL = "BaseUrl";
{extra_constants}
	@DatabaseField(columnName = DB_FIELD_ID, id = true, index = true)
	private String mId;

	@DatabaseField(columnName = DB_FIELD_TITLE, canBeNull = false, defaultValue = "")
	private String mTitle;

	@DatabaseField(columnName = DB_FIELD_BASE_URL, canBeNull = false, defaultValue = "")
	private String mServerBaseUrl;
{extra_fields}
	public String getTitle() {{
		return mTitle;
	}}
}}
"""
PERSON_CONSTANTS = ('\tprivate static final String DB_FIELD_LOGIN = "Login";\n\tprivate static final String DB_FIELD_PASSWORD = "Password";\n'
                    '\tprivate static final String DB_FIELD_USER_FULL_NAME = "UserFullName";\n')
PERSON_FIELDS = ("\n\t@DatabaseField(columnName = DB_FIELD_LOGIN, canBeNull = false, defaultValue = \"\")\n\tprivate String mLogin;\n\n"
                 "\t@DatabaseField(columnName = DB_FIELD_PASSWORD, canBeNull = false, defaultValue = \"\")\n\tprivate String mPassword;\n\n"
                 "\t@DatabaseField(columnName = DB_FIELD_USER_FULL_NAME)\n\tprivate String mUserFullName;\n\n")
APP = {
    "app/build.gradle": "apply plugin: 'com.android.application'\n\ndependencies {\n    implementation 'com.j256.ormlite:ormlite-android:5.0'\n}\n",
    "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="fr.exemple.parapheur"/>\n',
    "README.md": "# Parapheur\n\nClient Android du parapheur électronique.\n",
}
PATH = "app/src/main/java/fr/exemple/parapheur/model/Account.java"


def _model(constants: str, fields: str) -> str:
    return MODEL.replace("{extra_constants}", constants).replace("{extra_fields}", fields).replace("{{", "{").replace("}}", "}")


def test_ormlite_columns_named_by_constants_are_read(tmp_path):
    _report, res = judge(tmp_path, {**APP, PATH: _model(PERSON_CONSTANTS, PERSON_FIELDS)}, [PD])
    assert res[PD]["status"] != "pass", res[PD]["message"]
    assert any(e.get("path") == PATH for e in res[PD]["evidence"]), res[PD]["evidence"]


def test_an_ormlite_table_of_no_personal_field_keeps_its_pass(tmp_path):
    _report, res = judge(tmp_path, {**APP, PATH: _model("", "")}, [PD])
    assert res[PD]["status"] in ("pass", "not_applicable"), res[PD]["message"]
    assert not any(e.get("path") == PATH and e.get("kind") == "finding" for e in res[PD]["evidence"]), res[PD]["evidence"]
