"""reusability.configuration (issue 12, s40 fb40 = reader mc39 repo 2, davidbe57/site-megange).

A commune's PHP site has an administration page admin/config-site.php that lets the town hall change its phone, e-mail and address:
it reads them from DATA_DIR/mairie_config.json (json_decode(file_get_contents(…))) and, on POST, writes them back
(file_put_contents($file, json_encode($data))); config.php loads that JSON at run time. The check cited admin/config-site.php as
"a code file holding the settings: changing them means editing the code", by its name alone. A code file that reads and writes its
values in a data file at run time keeps them out of the code: no such evidence.
Near miss: a config.php of `$x = 'value';` assignments stays settings in the code.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.configuration"

CONFIG = """<?php
define('DATA_DIR', __DIR__ . '/data');
$site_name = "Mairie de Villebourg";
$site_email = "mairie@villebourg.example";
$site_phone = "+33 3 00 00 00 00";
$admin_password = 'changez-moi';

$mairieConfigFile = DATA_DIR . '/mairie_config.json';
if (file_exists($mairieConfigFile)) {
    $mc = json_decode(file_get_contents($mairieConfigFile), true);
    if ($mc && !empty($mc['phone'])) $site_phone = $mc['phone'];
}
"""

ADMIN = """<?php
session_start();
require_once __DIR__ . '/../config.php';
if (empty($_SESSION['admin'])) { header('Location: index.php'); exit; }

$file = DATA_DIR . '/mairie_config.json';
$data = file_exists($file) ? (json_decode(file_get_contents($file), true) ?: []) : [];
if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $data = ['phone' => trim($_POST['phone'] ?? ''), 'email' => trim($_POST['email'] ?? '')];
    file_put_contents($file, json_encode($data, JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE));
}
?>
<form method="post"><input name="phone" value="<?= htmlspecialchars($data['phone'] ?? '') ?>"><button>Enregistrer</button></form>
"""

FILES = {"index.php": "<?php require_once 'config.php'; ?>\n<h1><?= $site_name ?></h1><p><?= $site_phone ?></p>\n",
         "config.php": CONFIG, "admin/index.php": "<?php session_start(); require_once __DIR__ . '/../config.php'; ?>\n<p>Administration</p>\n"}


def _cited(r) -> set:
    return {e["path"] for e in r["evidence"] if e.get("value") == "settings in the code"}


def test_an_admin_page_saving_its_values_to_a_data_file_is_no_settings_in_the_code(tmp_path):
    r = check_result(tmp_path, {**FILES, "admin/config-site.php": ADMIN}, CID)
    assert "admin/config-site.php" not in _cited(r), r["evidence"]  # was "a code file holding the settings"
    assert "config.php" in _cited(r), r["evidence"]  # the near miss: its assignments stay settings in the code
    assert r["status"] == "fail", r["message"]


def test_a_config_page_of_assignments_stays_settings_in_the_code(tmp_path):
    written = "<?php\n$site_phone = '+33 3 00 00 00 00';\n$site_email = 'mairie@villebourg.example';\n$site_address = '1 place de la Mairie';\n"
    r = check_result(tmp_path, {**FILES, "admin/config-site.php": written}, CID)
    assert "admin/config-site.php" in _cited(r), r["evidence"]
