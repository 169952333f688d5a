"""scaling.personal-data (issue 12, s41 fm41 = reader rd41, renowong/faaa-multifac): a commune's canteen billing in plain PHP
stores each child in ``enfants`` (nom, prenom, dn, cps, sexe, destinataire) with one INSERT. ``destinataire`` is a 0/1 flag (the
child an invoice is addressed to: ``UPDATE enfants SET destinataire='0'``) but was read as "a message's correspondents", while
``dn`` (date de naissance) and ``cps`` (the child's social-security number) were not read.

Rules: a column named like a correspondent that the code sets or compares to 0 or 1 is a flag, no one's address; ``dn`` is a birth
date beside a first name and no directory attribute; ``cps``/``numcps`` is an identifier beside a person's fields, ``bic`` too.
Near misses: a mail model's ``destinataire`` holding an address stays a correspondent; a pipe's ``dn`` (its diameter) and an LDAP
entry's ``dn`` (beside cn, sn, uid) are no birth dates."""

from __future__ import annotations

from tests.test_reusability_fixtures import pd

KIDS = """<?php
include_once('config.php');
function uncheckdest($clientid){
    $mysqli = new mysqli(DBSERVER, DBUSER, DBPWD, DB);
    $query = "UPDATE `enfants` SET `destinataire`='0' WHERE `clientid`='$clientid'";
    $mysqli->query($query);
}
$nom = $_POST['nom']; $prenom = $_POST['prenom']; $dn = $_POST['dn']; $cps = $_POST['cps']; $dest = $_POST['dest'];
if($dest=='1'){uncheckdest($clientid);}
$res = $mysqli->query("SELECT `enfantid` FROM `enfants` WHERE `clientid`='$clientid' AND `destinataire`='1'");
$query = "INSERT INTO `enfants` (`enfantid`,`clientid`,`nom`,`prenom`,`classe`,`dn`,`cps`,`sexe`,`destinataire`) VALUES (NULL,'$clientid','$nom','$prenom','$classe','$dn','$cps','$sexe','$dest')";
$mysqli->query($query);
?>
"""

MAIL = """<?php
$res = $mysqli->query("SELECT `id`, `objet` FROM `courriels` WHERE `envoye_le` IS NULL");
$query = "INSERT INTO `courriels` (`id`,`objet`,`corps`,`destinataire`,`envoye_le`) VALUES (NULL,'$objet','$corps','$to',NOW())";
$mysqli->query($query);
?>
"""

PIPES = """<?php
$res = $mysqli->query("SELECT `id`, `nom` FROM `canalisations` WHERE `materiau`='PVC'");
$query = "INSERT INTO `canalisations` (`id`,`nom`,`dn`,`materiau`,`longueur`) VALUES (NULL,'$nom','$dn','$materiau','$longueur')";
$mysqli->query($query);
?>
"""

LDAP = """<?php
$res = $mysqli->query("SELECT `id`, `uid` FROM `annuaire_personnes` WHERE `uid`='$uid'");
$query = "INSERT INTO `annuaire_personnes` (`id`,`dn`,`cn`,`sn`,`uid`,`prenom`) VALUES (NULL,'$dn','$cn','$sn','$uid','$prenom')";
$mysqli->query($query);
?>
"""


def _fields(r: dict) -> list[str]:
    return [f for e in r["evidence"] if isinstance(e.get("value"), dict) for f in e["value"].get("fields", [])]


def test_a_childs_birth_date_and_social_security_number_and_a_flag_named_destinataire(tmp_path):
    r = pd(tmp_path, {"kids_validate.php": KIDS})
    assert r["status"] == "warn", r["message"]
    assert "correspondents" not in r["message"]["en"], r["message"]
    assert "birth date" in r["message"]["en"] and "identifier" in r["message"]["en"], r["message"]
    assert {"dn (birth)", "cps (identifier)"} <= set(_fields(r)), _fields(r)
    assert not any(f.startswith("destinataire") for f in _fields(r)), _fields(r)


def test_a_mail_recipient_stays_a_correspondent_and_a_pipes_or_a_directorys_dn_no_birth_date(tmp_path):
    r = pd(tmp_path, {"mail.php": MAIL})
    assert "correspondents" in r["message"]["en"], (r["message"], _fields(r))
    r = pd(tmp_path / "b", {"reseau.php": PIPES})
    assert r["status"] == "pass", (r["message"], _fields(r))
    r = pd(tmp_path / "c", {"ldap_sync.php": LDAP})
    assert "birth" not in r["message"]["en"], (r["message"], _fields(r))
