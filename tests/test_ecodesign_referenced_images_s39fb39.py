"""interoperability.accessibility-and-ecodesign, image formats (issue 12, s39 fb39 = re-reader vc38's reservation-chartrette): a
Next.js application whose pages load WebP (``/image/mairie.webp``, ``/image/logo.webp`` from public/), with the PNG or JPEG twins
beside them in public/image/, twenty renderings of a PDF's pages left at the root (pdf_page_N.png, named by no file) and unused
PNG copies in src/image/. The share of WebP/AVIF counted every raster file: "Less than 75% of images as WebP/AVIF" (0.13 of 38).
Rule now: when the project's pages and components name images, the share is measured on the images they name plus the folders
served as they are (public/, static/), a PNG/JPEG there beside its WebP twin that nothing names being a fallback. Near miss: an
interface whose pages name PNG and JPEG images keeps failing."""

from __future__ import annotations

from datetime import date

from auditor.engine import AuditOptions, audit
from tests.gitrepo import make_repo

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
WEBP = b"RIFF\x00\x10\x00\x00WEBPVP8 " + bytes(range(256)) * 4
PAGE = ("import Image from 'next/image';\n\nexport default function Page() {\n  return (\n    <main>\n"
        "      <Image src=\"/image/logo.webp\" alt=\"Logo de la commune\" width={120} height={60} />\n"
        "      <Image src=\"/image/mairie.webp\" alt=\"La mairie\" width={400} height={300} />\n"
        "      <Image src=\"/image/salle.webp\" alt=\"La salle des fêtes\" width={400} height={300} />\n    </main>\n  );\n}\n")
FILES = {"package.json": '{"name": "reservation-salles", "scripts": {"dev": "next dev", "build": "next build"}, '
                         '"dependencies": {"next": "14.2.3", "react": "18.3.1", "react-dom": "18.3.1"}}\n',
         "src/app/page.tsx": PAGE, "src/app/layout.tsx": "export default function RootLayout({ children }) {\n  return <html lang=\"fr\"><body>{children}</body></html>;\n}\n",
         "public/image/logo.webp": WEBP, "public/image/logo.jpg": PNG, "public/image/mairie.webp": WEBP, "public/image/mairie.png": PNG,
         "public/image/salle.webp": WEBP, "public/image/salle.png": PNG,
         **{f"pdf_page_{i}.png": PNG + bytes([i]) for i in range(1, 13)},
         "src/image/mairie.png": PNG + b"1", "src/image/salle.png": PNG + b"2",
         "README.md": "# Réservation des salles\n\nApplication Next.js de réservation des salles communales.\n"}


def run(tmp_path, files=FILES) -> dict:
    path = make_repo(tmp_path / "r", [{"files": files, "author": ("Agent Mairie", "agent@example-commune.fr"), "message": "init",
                                       "date": "2026-03-10T10:00:00Z"}])
    report = audit(str(path), AuditOptions(cache_dir=tmp_path / "c", offline=True, as_of=date(2026, 6, 30),
                                           only=["interoperability.accessibility-and-ecodesign"]))
    return report["results"][0]


def _image_finding(r):
    return [e for e in r["evidence"] if isinstance(e.get("value"), dict) and "modern_share" in e["value"]]


def test_the_share_is_measured_on_the_images_the_interface_names(tmp_path):
    r = run(tmp_path)
    assert r["status"] != "not_applicable", r["message"]
    assert _image_finding(r) == [], _image_finding(r)
    assert "image formats" in r["message"]["en"].split("missing")[0], r["message"]


def test_an_interface_naming_png_images_keeps_failing(tmp_path):
    page = PAGE.replace("/image/mairie.webp", "/image/mairie.png").replace("/image/salle.webp", "/image/salle.png")
    r = run(tmp_path, {**FILES, "src/app/page.tsx": page})
    found = _image_finding(r)
    assert found and found[0]["value"]["modern_share"] < 0.75, r["evidence"]
    assert "image formats" in r["message"]["en"].split("missing")[1], r["message"]
