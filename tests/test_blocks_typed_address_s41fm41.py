"""interoperability.public-building-blocks (issue 12, s41 fm41 = reader rd41, renowong/faaa-multifac): a commune's billing
application asks on its customers' form for a postal box, a postal code (<label for="txt_CP">Code Postal</label>), a town and a
street, typed in and geocoded nowhere. The check said not applicable "handles no address, place, map or organisation identifier",
which is false: it takes postal addresses, typed in, not geocoded — said so, still not applicable (no geocoding, no map).
Near miss: a form asking only for a name and an e-mail keeps the old reason."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.public-building-blocks"

FORM = """<?php session_start(); include_once('config.php'); ?>
<html><head><title>Clients</title></head><body>
<form name="frmRegistration" action="clients_validate.php" method="POST">
  <label for="txt_Nom">Nom</label><br />
  <input type="text" name="txt_Nom" id="txt_Nom" value="<?php echo $_SESSION['values']['txt_Nom'] ?>" />
  <label for="txt_Email">Email</label><br />
  <input type="text" name="txt_Email" id="txt_Email" value="<?php echo $_SESSION['values']['txt_Email'] ?>" />
{extra}  <input type="submit" value="Valider" name="submit" />
</form>
</body></html>
"""
ADDRESS = """  <label for="txt_CP">Code Postal</label><br />
  <input type="text" name="txt_CP" id="txt_CP" value="<?php echo $_SESSION['values']['txt_CP'] ?>" maxlength="5" />
  <label for="txt_Ville">Ville</label><br />
  <input type="text" name="txt_Ville" id="txt_Ville" value="<?php echo $_SESSION['values']['txt_Ville'] ?>" />
  <label for="txt_Rue">N° + Rue</label><br />
  <input type="text" name="txt_Rue" id="txt_Rue" value="<?php echo $_SESSION['values']['txt_Rue'] ?>" />
"""
VALIDATE = """<?php
include_once('config.php');
$mysqli = new mysqli($dbserver, $dbuser, $dbpwd, $db);
$nom = $mysqli->real_escape_string($_POST['txt_Nom']);
$query = "SELECT `clientid` FROM `clients` WHERE `nom`='$nom'";
$mysqli->query($query);
header('Location: clients.php');
?>
"""
CONFIG = """<?php
$dbserver = getenv('DB_HOST');
$db = getenv('DB_NAME');
$dbuser = getenv('DB_USER');
$dbpwd = getenv('DB_PASSWORD');
?>
"""


def _files(extra: str) -> dict:
    return {"clients.php": FORM.replace("{extra}", extra), "clients_validate.php": VALIDATE, "config.php": CONFIG,
            "index.php": "<?php header('Location: clients.php'); ?>\n"}


def test_a_form_asking_a_postal_code_town_and_street_says_addresses_are_typed_in(tmp_path):
    r = check_result(tmp_path, _files(ADDRESS), CID)
    assert r["status"] == "not_applicable", r["message"]
    assert "handles no address" not in r["message"]["en"], r["message"]
    assert "typed in a form" in r["message"]["en"] and "saisies dans un formulaire" in r["message"]["fr"], r["message"]
    assert any(e["path"] == "clients.php" for e in r["evidence"]), r["evidence"]


def test_a_form_asking_no_address_keeps_its_reason(tmp_path):
    r = check_result(tmp_path, _files(""), CID)
    assert r["status"] == "not_applicable", r["message"]
    assert "handles no address" in r["message"]["en"], r["message"]
