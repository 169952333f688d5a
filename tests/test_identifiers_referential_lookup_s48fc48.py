"""interoperability.identifiers (issue 12, s48 fc48 = reader rg47, lutece-secteur-public/gru-plugin-identitystore).

An identity store keeps people's birth place as INSEE codes (insee_city, insee_country) and checks every code it is sent against
the platform's geocodes plugin: getCountryByCode(code), getCityByDateAndCode(birthdate, code), getCityByCode(code), an unknown code
discarded. The check said "reference data/validation: no" and advised geo.api.gouv.fr. A code looked up in a geographic referential
by a getCityByCode-like call is now the validation it is.
Near miss: a lookup by name only (getCityByName) validates no code: the warning stays.

The files are written for these tests, in the shape of the real repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.identifiers"
BEAN = """package org.commune.identities.web;

public class ManageIdentitiesJspBean {
    public static final String PARAM_INSEE_CITY = "insee_city";
    public static final String PARAM_INSEE_COUNTRY = "insee_country";
}
"""
CHECKER = """package org.commune.identities.service;

import java.util.List;
import org.commune.geo.service.PlaceReferentialService;

public class BirthPlaceChecker {
    public boolean known(String sentCityCode, String sentCountryCode) {
        PlaceReferentialService places = PlaceReferentialService.getInstance();
        if (places.LOOKUP_COUNTRY(sentCountryCode).orElse(null) == null) {
            return false;  // unknown country: the attribute is discarded
        }
        List<Object> cities = places.LOOKUP_CITY(sentCityCode);
        return !cities.isEmpty();
    }
}
"""
FILES = {"README.md": "# Identity store\n\nStores the identities of the city's users.\n",
         "pom.xml": "<project><artifactId>plugin-identities</artifactId><packaging>lutece-plugin</packaging></project>\n",
         "src/java/org/commune/identities/web/ManageIdentitiesJspBean.java": BEAN}
CHECKER_PATH = "src/java/org/commune/identities/service/BirthPlaceChecker.java"


def test_codes_looked_up_in_a_referential_are_validated(tmp_path):
    checker = CHECKER.replace("LOOKUP_COUNTRY", "getCountryByCode").replace("LOOKUP_CITY", "getCityByCode")
    r = check_result(tmp_path, {**FILES, CHECKER_PATH: checker}, CID)
    assert r["status"] == "pass" and "validation: yes" in r["message"]["en"], r["message"]
    assert any(e["path"] == CHECKER_PATH and e["line"] == 9 and e["value"] == "getCountryByCode" for e in r["evidence"]), r["evidence"]


def test_a_lookup_by_name_validates_no_code(tmp_path):
    checker = CHECKER.replace("LOOKUP_COUNTRY", "getCountryByName").replace("LOOKUP_CITY", "getCitiesByName")
    r = check_result(tmp_path, {**FILES, CHECKER_PATH: checker}, CID)
    assert r["status"] == "warn" and "validation: no" in r["message"]["en"], r["message"]
