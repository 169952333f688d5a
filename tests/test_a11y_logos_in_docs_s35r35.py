"""interoperability.accessibility-and-ecodesign: logos kept in docs/images/ that the app's settings show are interface images (issue 12,
session 35 fixer r35).

- PnEcrins/CAIRN: a Gradio application's header shows four PNG logos whose paths config.yaml.sample sets (ui.logos.top_left_1:
  "docs/images/logo_ecrins.png"…), read by app.py; they were set aside as documentation pictures, so "image formats (no PNG,
  JPEG… image in the interface)" was present with 0 % WebP/AVIF. The screenshot of the user guide in the same folder, named by no
  code nor setting, stays the documentation's.
"""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

CAIRN = {
    "README.md": "# CAIRN\n\nComptage des baigneurs sur les images des lacs.\n\n![capture](docs/images/screenshot_app.png)\n",
    "pyproject.toml": '[project]\nname = "cairn"\nversion = "0.0.1"\ndependencies = ["gradio>=5.0"]\n',
    "config.yaml.sample": ('ui:\n  title: "Fréquentation des lacs"\n  logos:\n    top_left_1: "docs/images/logo_ecrins.png"\n'
                           '    top_left_2: "docs/images/logo_lacs.png"\n    top_right_1: "docs/images/logo_leca.png"\n'),
    "app.py": ("import base64\n\nimport gradio as gr\nimport yaml\n\nconfig = yaml.safe_load(open('config.yaml'))\n\n\ndef to_b64(path):\n"
               "    return base64.b64encode(open(path, 'rb').read()).decode()\n\n\nLOGOS = [to_b64(p) for p in config['ui']['logos'].values()]\n"
               "with gr.Blocks() as demo:\n    gr.HTML(''.join(f'<img src=\"data:image/png;base64,{b}\" alt=\"logo\">' for b in LOGOS))\n"
               "demo.launch()\n"),
    "docs/guide_utilisateur.md": "# Guide\n\n![capture](images/screenshot_app.png)\n",
    "docs/images/logo_ecrins.png": PNG,
    "docs/images/logo_lacs.png": PNG,
    "docs/images/logo_leca.png": PNG,
    "docs/images/screenshot_app.png": PNG,
}


def _a11y(tmp_path, files, name="r"):
    return judge(tmp_path, files, ["interoperability.accessibility-and-ecodesign"], name=name)[1]["interoperability.accessibility-and-ecodesign"]


def test_logos_the_settings_put_in_the_header_are_interface_images(tmp_path):
    r = _a11y(tmp_path, CAIRN)
    assert r["details"]["criteria"]["image_formats"] is False, r["message"]
    assert r["details"]["raster_images"] == 3, r["details"]  # (the three logos, not the guide's screenshot)


def test_documentation_pictures_named_by_no_setting_stay_aside(tmp_path):
    files = {**CAIRN, "config.yaml.sample": 'ui:\n  title: "Fréquentation des lacs"\n'}
    r = _a11y(tmp_path, files, name="d")
    assert r["details"]["criteria"]["image_formats"] is True and r["details"]["raster_images"] == 0, r["details"]
