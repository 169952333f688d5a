"""interoperability.identifiers: an icon class named "cog" is no Code officiel géographique (issue 12, s45 fg45 = abotzung/foguefi):
src/fog/lib/fog/grubbootmenu.class.php writes GRUB menus, `menuentry "uEFI firmware setup" --class cog-solid --id …` (a gear icon of
the boot theme); "Identifier fields: cog" made identifiers warn and public-building-blocks fail on a boot tool handling no place.
Near miss: a query selecting a commune's cog column stays an identifier field."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "interoperability.identifiers"
MENU = ("<?php\nclass BootMenu\n{\n    public function entries()\n    {\n        return array(\n"
        "            'menuentry \"Firmware setup\" --class cog-solid --id firmware {',\n"
        "            '    fwsetup',\n            '}',\n            'menuentry \"Reboot\" --class cog --id reboot {',\n"
        "            '    reboot',\n            '}',\n        );\n    }\n}\n")


def test_a_gear_icons_class_is_no_identifier(tmp_path):
    r = check_result(tmp_path, {"README.md": "# Boot menus\n", "lib/bootmenu.class.php": MENU}, CID)
    assert r["status"] == "not_applicable", (r["message"], r["evidence"])


def test_near_miss_a_cog_column_stays_a_field(tmp_path):
    code = MENU + "\nfunction commune($db, $id) {\n    return $db->query('SELECT cog, nom FROM communes WHERE id = ' . (int) $id);\n}\n"
    r = check_result(tmp_path, {"README.md": "# Boot menus\n", "lib/bootmenu.class.php": code}, CID)
    assert "cog" in r["details"].get("fields", []), (r["message"], r["evidence"])
