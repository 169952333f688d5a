"""project kind: a network-boot kit is infrastructure, not a web application (issue 12, s45 fg45 = abotzung/foguefi): a FOG
server's add-on whose PHP (src/fog/service/grub/grub.php, lib/fog/grubbootmenu.class.php) reads $_REQUEST and answers the GRUB of
the machines starting up with menu entries, beside src/tftpboot/grub/grub.cfg and a boot-image builder: "PHP pages handling
requests (no framework)" made it a web application (then an icon class read as an identifier, boot-menu images judged as web
images). A script writing a boot loader's script and no HTML is no page. Near miss: PHP pages writing HTML beside a grub.cfg stay
a web application."""

from __future__ import annotations

from tests.gitrepo import make_repo
from auditor.engine import AuditOptions, audit

ANSWER = ("<?php\nrequire '../commons/base.inc.php';\nheader('Content-type: text/plain');\nif (isset($_REQUEST['ping'])) {\n"
          "    die(\"set reachable=1\\n\");\n}\n$menu = new BootMenu($_REQUEST['mac']);\necho $menu->render();\n")
MENU = ("<?php\nclass BootMenu\n{\n    public function __construct($mac) { $this->mac = $_REQUEST['mac'] ?? $mac; }\n"
        "    public function render()\n    {\n        return implode(\"\\n\", array(\n"
        "            'menuentry \"Deploy image\" --class deploy --id deploy {',\n            '    linux /boot/vmlinuz',\n"
        "            '}',\n        ));\n    }\n}\n")
GRUB = "set timeout=5\nmenuentry \"Boot from disk\" {\n    exit\n}\n"


def kind(tmp_path, files):
    repo = make_repo(tmp_path / "r", [{"files": {"README.md": "# Boot kit\n\nNetwork boot menus for the imaging server.\n",
                                                 "install.sh": "#!/bin/bash\nset -e\ncp -r src/server/* /var/www/imaging/\n", **files},
                                       "date": "2026-03-02T10:00:00Z", "message": "init"}])
    report = audit(str(repo), AuditOptions(cache_dir=tmp_path / "c", offline=True, only=["documentation.language"]))
    return report["facts"]["project"]


def test_a_network_boot_kit_is_infrastructure(tmp_path):
    p = kind(tmp_path, {"src/server/service/boot.php": ANSWER, "src/server/lib/bootmenu.class.php": MENU,
                        "src/tftpboot/grub/grub.cfg": GRUB})
    assert p["kind"] == "infrastructure", (p["kind"], p["kind_evidence"])


def test_near_miss_php_pages_writing_html_stay_a_web_application(tmp_path):
    page = "<?php\n$q = $_GET['q'] ?? '';\n?>\n<html><body><form method=\"get\"><input name=\"q\"></form></body></html>\n"
    p = kind(tmp_path, {"index.php": page, "search.php": page.replace("$_GET['q']", "$_POST['q']"), "src/tftpboot/grub/grub.cfg": GRUB})
    assert p["kind"] == "web-application", (p["kind"], p["kind_evidence"])
