"""reusability.configuration, "block of settings" (issue 12, s48 fa48). lutece-secteur-public/gru-plugin-identitystore
(IdentitiesHistoryJspBean.java, IndicatorsJspBean.java) and espacepublic-workflow-dansmarue (InformationsSignalementTask.java,
InformationsSignalementComponent.java) follow Lutece's class template: `//Parameters` (or `// PARAMETERS`) with nothing under it, or
one `= 0`, then `//Properties`, `// JSP`… The constants of the next sections were read as the block's, and the class cited as writing
a deployment's values. A block ends at the next one-word heading comment; an empty block, or a zero, holds no settings. Near misses:
a `// PARAMETERS` block giving a server's address before `// PROPERTIES`, and a `# CONFIG` block over a blank line then a device path
stay settings."""

from __future__ import annotations

from auditor.facts.settings_blocks import names_block
from tests.test_settings_heading_names_s25 import _plugin, conf

EMPTY = ("    //Templates\n    private static final String TEMPLATE_HISTORY = \"/admin/plugins/carnet/history.html\";\n"
         "    //Parameters\n\n    //Properties\n    private static final String PROPERTY_PAGE_TITLE = \"\";\n"
         "    private final String PROPERTY_ALIAS = AppPropertiesService.getProperty( \"carnet.alias\", \"carnet-alias\" );\n"
         "    // PARAMETERS\n\n    // JSP\n\n    /** The title. */\n    // TITLE\n    private static final String TASK_TITLE = \"Informations du dossier\";\n")
ZERO = "    //Parameters\n    private static final Integer DAYS_FROM_HISTORY = 0;\n    //Properties\n    private static final String P = \"\";\n"
SERVER = ("    // PARAMETERS\n    private static final String SERVER_URL = \"https://sig.exemple-agglo.fr/wfs\";\n"
          "    // PROPERTIES\n    private static final String PROPERTY_X = \"carnet.x\";\n")


def _found(r):
    return [e for e in r["evidence"] if e.get("kind") == "finding" and str(e.get("value", "")).lower() == "parameters"]


def test_names_block_reads_up_to_the_next_heading():
    for block in (EMPTY, ZERO):
        at = block.index("//Parameters") + len("//Parameters")
        assert names_block(block, at), block
    assert not names_block(SERVER, SERVER.index("PARAMETERS") + len("PARAMETERS"))
    py = "# CONFIG\n\nSERIAL = '/dev/ttyUSB0'\nBAUD = 9600\n"
    assert not names_block(py, len("# CONFIG"))


def test_empty_and_zero_sections_are_no_settings_block(tmp_path):
    for i, block in enumerate((EMPTY, ZERO)):
        r = conf(tmp_path / str(i), _plugin(block))
        assert not _found(r) and r["status"] == "pass", (r["message"], r["evidence"])


def test_a_server_under_the_heading_stays_a_settings_block(tmp_path):
    r = conf(tmp_path / "s", _plugin(SERVER))
    assert _found(r) and r["status"] == "warn", (r["message"], r["evidence"])
