"""A Tauri or Electron application is a desktop application, whatever draws its interface (issue 12, s26 e26 = s26 o1, a Tauri +
Yew desktop GIS application preparing maps for an SDIS: its root Cargo package is the Yew front end, src-tauri/ holds tauri.conf.json
and the Cargo package depending on tauri; the project was judged a command-line tool by its src/main.rs, and reusability.configuration
said "no setting at all" though the program saves its output folder, GDAL and Python paths to config.json)."""

from __future__ import annotations

from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

README = "# FireFront GIS\n\nPrépare les cartes des feux de forêt à partir des données de l'IGN.\n"
YEW = ('[package]\nname = "carto-ui"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nyew = { version = "0.21", features = ["csr"] }\n'
       'wasm-bindgen = "0.2"\n\n[workspace]\nmembers = ["src-tauri"]\n')
TAURI_CARGO = ('[package]\nname = "carto"\nversion = "0.1.0"\nedition = "2021"\n\n[build-dependencies]\ntauri-build = { version = "2" }\n\n'
               '[dependencies]\ntauri = { version = "2" }\nserde = { version = "1", features = ["derive"] }\nserde_json = "1"\n')
TAURI_CONF = '{"productName": "carto", "app": {"windows": [{"title": "Carto", "width": 1200}]}, "bundle": {"targets": ["msi", "deb"]}}\n'
SETUP = ('use serde::{Deserialize, Serialize};\nuse std::fs::File;\nuse std::io::Write;\nuse std::path::PathBuf;\n\n'
         '#[derive(Serialize, Deserialize)]\npub struct Config {\n    pub output_location: PathBuf,\n    pub gdal_path: Option<PathBuf>,\n}\n\n'
         'impl Config {\n    pub fn save(&self) -> std::io::Result<()> {\n        let config_path = PathBuf::from("config.json");\n'
         '        let mut file = File::create(config_path)?;\n        file.write_all(serde_json::to_string_pretty(self).unwrap().as_bytes())\n    }\n}\n')
TAURI_APP = {
    "README.md": README, "Cargo.toml": YEW, "index.html": "<!doctype html><html><body></body></html>\n",
    "src/main.rs": "mod app;\nfn main() {\n    yew::Renderer::<app::App>::new().render();\n}\n",
    "src/app.rs": "use yew::prelude::*;\n#[function_component(App)]\npub fn app() -> Html {\n    html! { <main>{\"Carto\"}</main> }\n}\n",
    "src-tauri/Cargo.toml": TAURI_CARGO, "src-tauri/tauri.conf.json": TAURI_CONF, "src-tauri/build.rs": "fn main() {\n    tauri_build::build()\n}\n",
    "src-tauri/src/main.rs": '#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]\nmod app_setup;\nfn main() {\n    carto_lib::run()\n}\n',
    "src-tauri/src/app_setup.rs": SETUP,
}


def test_a_tauri_application_with_a_yew_front_end_is_a_desktop_application(tmp_path):
    report = run(build(tmp_path / "r", TAURI_APP), tmp_path / "c", only=["reusability.configuration"])
    proj = report["facts"]["project"]
    assert proj["kind"] == "desktop-application", proj
    assert "src-tauri/tauri.conf.json" in {e["path"] for e in proj["kind_evidence"]}
    conf = results(report)["reusability.configuration"]
    assert conf["status"] == "warn" and "config.json" in conf["message"]["en"], conf["message"]


def test_an_electron_application_is_a_desktop_application(tmp_path):
    pkg = ('{"name": "carto", "main": "main.js", "scripts": {"start": "electron ."}, "dependencies": {"react": "18.2.0"},'
           ' "devDependencies": {"electron": "30.0.0", "electron-builder": "24.0.0"}}\n')
    files = {"README.md": README, "package.json": pkg, "main.js": "const { app, BrowserWindow } = require('electron');\n"
             "app.whenReady().then(() => new BrowserWindow({width: 800}).loadFile('index.html'));\n",
             "index.html": "<!doctype html><html><body><div id=root></div></body></html>\n",
             "src/App.jsx": "export default function App() { return <main>Carto</main>; }\n"}
    proj = run(build(tmp_path / "r", files), tmp_path / "c", only=["reusability.configuration"])["facts"]["project"]
    assert proj["kind"] == "desktop-application", proj


def test_a_web_application_testing_with_electron_and_a_rust_command_keep_their_kinds(tmp_path):
    pkg = '{"name": "carto", "dependencies": {"react": "18.2.0"}, "devDependencies": {"electron": "30.0.0", "cypress": "13.0.0"}}\n'
    files = {"README.md": README, "package.json": pkg, "index.html": "<!doctype html><html><body><div id=root></div></body></html>\n",
             "src/App.jsx": "export default function App() { return <main>Carto</main>; }\n"}
    assert run(build(tmp_path / "w", files), tmp_path / "cw", only=["reusability.configuration"])["facts"]["project"]["kind"] == "web-application"
    cli = {"README.md": README, "Cargo.toml": '[package]\nname = "decoupe"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\nclap = "4"\n',
           "src/main.rs": "use clap::Parser;\n#[derive(Parser)]\nstruct Args { input: String }\nfn main() {\n    let a = Args::parse();\n    println!(\"{}\", a.input);\n}\n"}
    assert run(build(tmp_path / "c", cli), tmp_path / "cc", only=["reusability.configuration"])["facts"]["project"]["kind"] == "cli-tool"
