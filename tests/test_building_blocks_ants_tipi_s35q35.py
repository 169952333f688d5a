"""Session 35 (q35): public building blocks called through a setting — the ANTS rendez-vous-en-mairie API, TIPI/PayFiP.

- lutece-secteur-public/gru-module-appointment-ants: a Lutece module checks the ANTS pré-demande numbers a citizen enters against the
  ANTS "rendez-vous en mairie" API (a GET of the status endpoint given in its properties, with the API's own x-rdv-opt-auth-token
  header, application_ids and meeting_point_id): interoperability.public-building-blocks said "not_applicable: no public building
  block called". The ANTS API (api-coordination.rendezvouspasseport.ants.gouv.fr, its integration host int.api-coordination…, the
  search hub api.rendezvouspasseport…) and its authentication header, which any client of it sends whatever host it is given
  (a development instance on another host), are now a building block: "ANTS – Rendez-vous en mairie". The citizens' site
  (rendezvouspasseport.ants.gouv.fr) linked from a page is no call.
- lutece-secteur-public/lutece-ecom-plugin-tipi: a Lutece plugin built on the DGFiP's TIPI payment; the web service's address is
  given only in the README's sample properties (tipi.urlwsdl = https://www.tipi-client.budget.gouv.fr/…), the shipped
  tipi.properties leaves it empty and Tipi.java reads "tipi.urlwsdl": the building block is called through that setting. The same
  address in the README's prose, or as the value of a key no code reads, calls nothing.
The texts are written for these tests, in the shape of those repositories.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"
POM = """<project><modelVersion>4.0.0</modelVersion>
  <parent><artifactId>lutece-global-pom</artifactId><groupId>fr.paris.lutece.tools</groupId><version>6.1.0</version></parent>
  <groupId>fr.paris.lutece.plugins</groupId><artifactId>{art}</artifactId><packaging>lutece-plugin</packaging><version>1.0.0</version>
  <dependencies><dependency><groupId>fr.paris.lutece</groupId><artifactId>lutece-core</artifactId><version>7.0.0</version><type>lutece-core</type></dependency></dependencies>
</project>
"""
SERVICE = """package fr.paris.lutece.plugins.appointment.modules.ants.service;

import fr.paris.lutece.portal.service.util.AppPropertiesService;

public class PreDemandeValidationService
{
    private static final String PROPERTY_API_STATUS_URL = "ants.api.opt.get.status";
    private static final String PROPERTY_AUTH_TOKEN_HEADER = "ants.auth.token";

    public static String getStatus( String applicationIds, String meetingPointId ) throws Exception
    {
        String url = AppPropertiesService.getProperty( PROPERTY_API_STATUS_URL ) + "application_ids=" + applicationIds
                + "&meeting_point_id=" + meetingPointId;
        return HttpCallsUtils.get( url, AppPropertiesService.getProperty( PROPERTY_AUTH_TOKEN_HEADER ), token( ) );
    }
}
"""
XPAGE = """package fr.paris.lutece.plugins.appointment.modules.ants.web;

@Controller( xpageName = "appointmentants", pageTitleI18nKey = "ants.title", pagePathI18nKey = "ants.path" )
public class AppointmentAntsApp extends MVCApplication
{
    private static final String TEMPLATE_FORM = "/skin/plugins/appointment/modules/ants/predemandeForm.html";
}
"""
ANTS_PROPS = """ants.api.opt.get.status={url}
ants.auth.token={header}
ants.ids_application.parameters=application_ids
ants.meeting_point_id.parameters=meeting_point_id
"""


def _ants(tmp_path, url: str, header: str = "x-rdv-opt-auth-token") -> dict:
    return check_result(tmp_path, {
        "README.md": "# Module appointment ants\n\nChecks the pre-request numbers of a passport or identity card application before a citizen books a slot.\n",
        "pom.xml": POM.format(art="module-appointment-ants"),
        "src/java/fr/paris/lutece/plugins/appointment/modules/ants/service/PreDemandeValidationService.java": SERVICE,
        "src/java/fr/paris/lutece/plugins/appointment/modules/ants/web/AppointmentAntsApp.java": XPAGE,
        "webapp/WEB-INF/conf/plugins/appointment-ants.properties": ANTS_PROPS.format(url=url, header=header),
        "webapp/WEB-INF/templates/skin/plugins/appointment/modules/ants/predemandeForm.html": "<form method=\"post\"><input name=\"predemande_code\"></form>\n",
    }, CID)


def test_the_ants_rendez_vous_api_is_a_public_building_block(tmp_path):
    for i, (url, header) in enumerate((("https://rdv-optimisation-dev.example-paas.io/api/status?", "x-rdv-opt-auth-token"),
                                       ("https://api-coordination.rendezvouspasseport.ants.gouv.fr/api/status?", "x-auth-token"),
                                       ("https://int.api-coordination.rendezvouspasseport.ants.gouv.fr/api/status?", "x-auth-token"))):
        r = _ants(tmp_path / str(i), url, header)
        assert r["status"] == "pass", (url, r["message"])
        assert "ANTS" in r["message"]["en"] and "ANTS" in r["message"]["fr"], r["message"]


def test_an_unknown_status_api_is_no_public_building_block(tmp_path):
    r = _ants(tmp_path, "https://rdv.example.org/api/status?", "x-auth-token")
    assert r["status"] == "not_applicable", r["message"]


def test_a_link_to_the_citizens_booking_site_is_no_call(tmp_path):
    files = {"README.md": "# Mairie\n\nSite de la mairie.\n", "package.json": '{"name": "mairie", "dependencies": {"vue": "^3.4.0"}}\n',
             "src/App.vue": '<template><a href="https://rendezvouspasseport.ants.gouv.fr">Prendre rendez-vous pour un passeport</a></template>\n'}
    r = check_result(tmp_path, files, CID)
    assert "ANTS" not in r["message"]["en"], r["message"]


TIPI_README = """# Plugin tipi

The Lutece Tipi plugin is made to simplify the use of Tipi. It offers a simple interface to create and handle transactions.

## Configuration

* Create a WEB-INF/conf/override/plugins/tipi.properties file to override the default configuration:

```
tipi.numcli = 123456
tipi.urlwsdl = {url}
tipi.urlnotif = http://fakehost/servlet/plugins/tipi/return
```
"""
TIPI_JAVA = """package fr.paris.lutece.plugins.tipi.business;

import fr.paris.lutece.portal.service.util.AppPropertiesService;

public class Tipi
{
    private static final String NUMCLI = "tipi.numcli";
    private static final String {const} = "{key}";

    public static String getUrlWsdl( )
    {
        return AppPropertiesService.getProperty( {const} );
    }
}
"""


def _tipi(tmp_path, url: str, key: str = "tipi.urlwsdl", readme: str = TIPI_README) -> dict:
    return check_result(tmp_path, {
        "README.md": readme.format(url=url),
        "pom.xml": POM.format(art="plugin-tipi"),
        "src/java/fr/paris/lutece/plugins/tipi/business/Tipi.java": TIPI_JAVA.replace("{const}", "URLWSDL").replace("{key}", key),
        "webapp/WEB-INF/conf/plugins/tipi.properties": "tipi.numcli=\ntipi.urlwsdl=\ntipi.urlnotif=\n",
    }, CID)


def test_tipi_given_in_the_readmes_sample_settings_the_code_reads_is_called(tmp_path):
    r = _tipi(tmp_path, "https://www.tipi-client.budget.gouv.fr/tpa/services/securite")
    assert r["status"] == "pass", r["message"]
    assert "TIPI" in r["message"]["en"] and "TIPI" in r["message"]["fr"], r["message"]
    assert any(e.get("path") == "README.md" and e.get("line") == 11 for e in r["evidence"]), r["evidence"]


def test_tipi_named_in_prose_or_for_a_key_no_code_reads_is_no_call(tmp_path):
    r = _tipi(tmp_path / "a", "https://www.tipi-client.budget.gouv.fr/tpa/services/securite", key="tipi.url.service")
    assert "TIPI" not in r["message"]["en"], r["message"]
    prose = TIPI_README.replace("tipi.urlwsdl = {url}", "").replace("## Configuration", "The service is described at {url} .\n\n## Configuration")
    r = _tipi(tmp_path / "b", "https://www.tipi-client.budget.gouv.fr/tpa/services/securite", readme=prose)
    assert "TIPI" not in r["message"]["en"], r["message"]


UTILS = """package fr.paris.lutece.plugins.tipi.util;

import fr.paris.lutece.plugins.tipi.business.Tipi;
{imports}

public class Utils
{
    public static String getUrlApplicationTipi( String idOp, Boolean isTest )
    {
        return CreateURLWebService.getUrlApplicationTipiWebService( idOp, isTest );
    }
}
"""


def _client(tmp_path, imports: str) -> dict:
    return check_result(tmp_path, {
        "README.md": "# Plugin tipi\n\nThe Lutece Tipi plugin is made to simplify the use of Tipi: it creates and handles transactions.\n",
        "pom.xml": POM.format(art="plugin-tipi"),
        "src/java/fr/paris/lutece/plugins/tipi/business/Tipi.java": TIPI_JAVA.replace("{const}", "URLWSDL").replace("{key}", "tipi.urlwsdl"),
        "src/java/fr/paris/lutece/plugins/tipi/util/Utils.java": UTILS.replace("{imports}", imports),
        "webapp/WEB-INF/conf/plugins/tipi.properties": "tipi.numcli=\ntipi.urlwsdl=\n",
    }, CID)


def test_tipi_reached_through_a_client_library_is_called(tmp_path):
    r = _client(tmp_path, "import fr.paris.vdp.tipi.create.url.webservice.CreateURLWebService;")
    assert r["status"] == "pass", r["message"]
    assert "TIPI" in r["message"]["en"], r["message"]
    assert any(e.get("path") == "src/java/fr/paris/lutece/plugins/tipi/util/Utils.java" for e in r["evidence"]), r["evidence"]


def test_the_projects_own_tipi_package_is_no_client_library(tmp_path):
    r = _client(tmp_path, "import fr.paris.lutece.plugins.tipi.business.TipiProcessor;")
    assert "TIPI" not in r["message"]["en"], r["message"]
