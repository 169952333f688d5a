"""Session 13 (r2's reads of TYPO3 extensions): the extension's TypoScript setup (Configuration/TypoScript/setup.txt: `plugin.tx_… {
view { … } }`) is read by TYPO3, not an installation guide named "setup"; and the screenshots its README links from an Examples/
folder (Examples/preview.png: how the block renders) are documentation, not images the interface sends to browsers. A real
install guide (INSTALL.md, docs/setup.txt) and the images under Resources/Public/ still count."""

from __future__ import annotations

from tests.test_configuration_typo3_s13 import files
from tests.test_reusability_fixtures import build, results, run_audit

PNG = "\x89PNG\r\n\x1a\n" + "x" * 200
README = ("# Town weather\n\nA TYPO3 extension showing the weather of the town on its pages.\n\n## Quick Install Guide\n\n"
          "Install the extension with the Extension Manager, then include its static template.\n\n"
          "See the rendering: [examples](Examples/preview.png)\n")


def audit(tmp_path, **extra) -> dict:
    checks = ["reusability.install", "interoperability.accessibility-and-ecodesign"]
    return results(run_audit(build(tmp_path / "r", files(**{"README.md": README, **extra})), tmp_path / "c", checks))


def install_docs(r: dict) -> list[str]:
    return [e.get("path") for e in r["evidence"] if e.get("value") == "install document"]


def test_the_typoscript_setup_is_no_install_guide(tmp_path):
    r = audit(tmp_path)["reusability.install"]
    assert "Configuration/TypoScript/setup.txt" not in install_docs(r), r["evidence"]


def test_an_install_guide_still_counts(tmp_path):
    r = audit(tmp_path, **{"INSTALL.md": "# Install\n\nCopy the extension into typo3conf/ext/ and activate it.\n"})["reusability.install"]
    assert install_docs(r) == ["INSTALL.md"], r["evidence"]


def test_example_screenshots_are_no_interface_images(tmp_path):
    r = audit(tmp_path, **{"Examples/preview.png": PNG, "Examples/TsConfig/list.png": PNG})["interoperability.accessibility-and-ecodesign"]
    assert not [e for e in r["evidence"] if "raster_images" in (e.get("value") or {})], r["evidence"]


def test_the_interface_images_still_count(tmp_path):
    r = audit(tmp_path, **{"Examples/preview.png": PNG, "Resources/Public/Icons/sun.png": PNG})["interoperability.accessibility-and-ecodesign"]
    shown = [e for e in r["evidence"] if isinstance(e.get("value"), dict) and "raster_images" in e["value"]]
    assert shown and shown[0]["path"] == "Resources/Public/Icons/sun.png" and shown[0]["value"]["raster_images"] == 1, r["evidence"]


def test_an_apps_own_screenshots_folder_is_its_interface(tmp_path):
    r = audit(tmp_path, **{"Resources/Public/Images/screenshots/step1.png": PNG})["interoperability.accessibility-and-ecodesign"]
    shown = [e for e in r["evidence"] if isinstance(e.get("value"), dict) and "raster_images" in e["value"]]
    assert shown and shown[0]["path"] == "Resources/Public/Images/screenshots/step1.png", r["evidence"]
