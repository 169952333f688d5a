"""An archive whose entries are the repository's own files is the project's package, build output (issue 12, session 41 fixer fb41
= CDG47-Dev/t3_Serignac, reader rl40 item 1). A TYPO3 site-template extension commits, at its root, the zip it uploads to the
Extension Manager: its entries are ext_emconf.php, Configuration/TypoScript/setup.txt, Resources/Private/Templates/... — the very
files committed beside it, already diverged. build-output said 'No build output is committed'. The zip's names (its central
directory, nothing extracted) are now compared with the repository's paths. Near misses: a zip of a shapefile's parts and a zip
of a library downloaded whole keep today's verdict. The fixtures are written for the test."""

from __future__ import annotations

import io
import tarfile
import zipfile

from tests.test_reusability_fixtures import check_result

CID = "reusability.build-output"

SOURCES = {
    "README.md": "# Gabarit de la commune\n\nGabarit TYPO3 du site de la commune.\n",
    "ext_emconf.php": "<?php\n$EM_CONF[$_EXTKEY] = ['title' => 'Gabarit commune', 'version' => '1.0.0',\n"
                      "  'constraints' => ['depends' => ['typo3' => '7.6.0-8.99.99']]];\n",
    "ext_localconf.php": "<?php\ndefined('TYPO3_MODE') or die();\n",
    "ext_tables.php": "<?php\n\\TYPO3\\CMS\\Core\\Utility\\ExtensionManagementUtility::addStaticFile('t3_commune', "
                      "'Configuration/TypoScript', 'Gabarit');\n",
    "Configuration/TypoScript/setup.txt": "page = PAGE\npage.10 = FLUIDTEMPLATE\npage.10.file = EXT:t3_commune/Resources/Private/"
                                          "Templates/Page/Default.html\n",
    "Configuration/TypoScript/constants.txt": "site.title = Commune\n",
    "Resources/Private/Templates/Page/Default.html": "<div class=\"page\"><f:render section=\"Main\" /></div>\n",
    "Resources/Private/Layouts/Page/Default.html": "<f:render section=\"Main\" />\n",
}


def zipped(names: dict) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in names.items():
            z.writestr(name, text)
    return buf.getvalue()


def tgz(names: dict) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        for name, text in names.items():
            data = text.encode()
            info = tarfile.TarInfo(name)
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def test_a_zip_of_the_extension_own_files_is_build_output(tmp_path):
    packaged = {k: v for k, v in SOURCES.items() if k != "README.md"}
    packaged["Configuration/TypoScript/setup.txt"] = "page = PAGE\n"  # (already diverged)
    res = check_result(tmp_path, {**SOURCES, "t3_commune.zip": zipped(packaged)}, CID)
    assert res["status"] == "warn" and "t3_commune.zip" in res["message"]["en"], (res["status"], res["message"])


def test_a_tarball_of_the_sources_under_a_top_folder_is_build_output(tmp_path):
    packaged = {f"commune-1.0.0/{k}": v for k, v in SOURCES.items()}
    res = check_result(tmp_path, {**SOURCES, "release/commune-1.0.0.tar.gz": tgz(packaged)}, CID)
    assert res["status"] == "warn" and "commune-1.0.0.tar.gz" in res["message"]["en"], (res["status"], res["message"])


def test_a_zip_of_shapefile_parts_stays_data(tmp_path):
    parts = {f"communes.{e}": "x" * 20 for e in ("shp", "shx", "dbf", "prj", "cpg")}
    res = check_result(tmp_path, {**SOURCES, "data/communes.zip": zipped(parts)}, CID)
    assert res["status"] == "pass", (res["status"], res["message"])


def test_a_zip_of_a_library_stays_as_today(tmp_path):
    lib = {f"leaflet/dist/{n}": "/* leaflet */\n" for n in ("leaflet.js", "leaflet.css", "leaflet-src.js", "images/layers.png")}
    res = check_result(tmp_path, {**SOURCES, "Resources/Public/leaflet.zip": zipped(lib)}, CID)
    assert res["status"] == "pass", (res["status"], res["message"])


def test_a_zip_of_the_documentation_pages_alone_stays_as_today(tmp_path):
    pages = {f"Documentation/{n}.rst": f"{n}\n====\n\nTexte.\n" for n in ("Index", "Installation", "Usage", "Configuration")}
    res = check_result(tmp_path, {**SOURCES, **pages, "Documentation/manuel.zip": zipped(pages)}, CID)
    assert res["status"] == "pass", (res["status"], res["message"])
