"""Session 46 (fg46): a file named for the settings is settings only when it holds some.

1. cyberpompier/EPI-Control (a React PWA): reusability.configuration gave src/pages/Settings.tsx as "A code file holding the
   settings", though it is the interface's 16-line "Paramètres" page ("Cette page est en cours de construction"), no value of a
   deployment. A page or component rendering markup and writing no address, key, flag nor environment read is the interface's.
2. mathieubes/gestion-periscolaire (Spring Boot API + React client): the check said "settings file:
   api/src/main/resources/application.properties" (warn 7), a 1-byte file left empty by the project generator, while nothing else
   holds a setting: an empty or comment-only settings file documents none (fail). Near misses: a settings page that writes the
   API's address, and an application.properties holding a setting, keep their old reading."""

from __future__ import annotations

import json

from tests.test_reusability_fixtures import check_result

_PAGE = ("import Layout from '@/components/layout/Layout';\n\nexport default function Settings() {\n  return (\n    <Layout>\n"
         "      <div className=\"p-4\">\n        <h1 className=\"text-2xl\">Paramètres</h1>\n"
         "        <p className=\"mt-4\">Cette page est en cours de construction.</p>\n      </div>\n    </Layout>\n  );\n}\n")


def _react_app(page: str) -> dict:
    return {
        "package.json": json.dumps({"name": "epi", "private": True, "scripts": {"dev": "vite", "build": "vite build"},
                                    "dependencies": {"react": "^18.3.1", "@supabase/supabase-js": "^2.45.0"}}, indent=2),
        "src/main.tsx": "import App from './App';\nimport { createRoot } from 'react-dom/client';\n\ncreateRoot(document.body).render(<App />);\n",
        "src/App.tsx": "import Settings from './pages/Settings';\n\nexport default function App() {\n  return <Settings />;\n}\n",
        "src/pages/Settings.tsx": page,
        "src/lib/client.ts": "import { createClient } from '@supabase/supabase-js';\n\n"
                             "const SUPABASE_URL = \"https://abcdefgh.supabase.co\";\nconst SUPABASE_KEY = \"public-anon\";\n\n"
                             "export const supabase = createClient(SUPABASE_URL, SUPABASE_KEY);\n",
    }


def _paths(r: dict) -> list:
    return [e.get("path") for e in r["evidence"]]


def test_a_settings_page_of_the_interface_holds_no_setting(tmp_path):
    r = check_result(tmp_path, _react_app(_PAGE), "reusability.configuration")
    assert r["status"] == "fail", r
    assert "src/pages/Settings.tsx" not in _paths(r), r["evidence"]


def test_a_settings_page_writing_the_api_address_stays_settings_in_the_code(tmp_path):
    page = _PAGE.replace("export default", "const API_URL = 'https://api.example.org/v1';\n\nexport default")
    r = check_result(tmp_path, _react_app(page), "reusability.configuration")
    assert "src/pages/Settings.tsx" in _paths(r), r["evidence"]


def _spring(properties: str) -> dict:
    return {
        "api/pom.xml": "<project><modelVersion>4.0.0</modelVersion><groupId>fr.example</groupId><artifactId>api</artifactId>"
                       "<version>0.0.1</version><parent><groupId>org.springframework.boot</groupId>"
                       "<artifactId>spring-boot-starter-parent</artifactId><version>2.6.4</version></parent></project>\n",
        "api/src/main/java/api/ApiApplication.java": "package api;\n\nimport org.springframework.boot.SpringApplication;\n"
                                                     "import org.springframework.boot.autoconfigure.SpringBootApplication;\n\n"
                                                     "@SpringBootApplication\npublic class ApiApplication {\n"
                                                     "    public static void main(String[] args) {\n"
                                                     "        SpringApplication.run(ApiApplication.class, args);\n    }\n}\n",
        "api/src/main/resources/application.properties": properties,
        "README.md": "# Gestion périscolaire\n\nUne application pour les mairies.\n",
    }


def test_an_empty_application_properties_is_no_settings_file(tmp_path):
    r = check_result(tmp_path, _spring("\n"), "reusability.configuration")
    assert r["status"] == "fail", r
    assert "application.properties" not in r["message"]["en"], r["message"]


def test_a_comment_only_application_properties_is_none_either(tmp_path):
    r = check_result(tmp_path, _spring("# server.port=8081\n\n"), "reusability.configuration")
    assert "application.properties" not in r["message"]["en"], r["message"]


def test_an_application_properties_with_a_setting_is_the_settings_file(tmp_path):
    r = check_result(tmp_path, _spring("spring.datasource.url=jdbc:postgresql://db:5432/peri\n"), "reusability.configuration")
    assert r["status"] == "warn" and "application.properties" in r["message"]["en"], r
