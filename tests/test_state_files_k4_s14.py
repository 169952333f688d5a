"""files facts on State repositories (issue 12, session 14, k4: r3's wrong files reads).
- the file a README copies to .env ("cp .env.development .env") is the env template, though no template word names it;
- Create React App's generated src/App.test.tsx ("renders learn react link"), left as created, is no test of the project."""

from __future__ import annotations

from tests.test_state_files_s9 import files_fact

NEXT = {"package.json": '{"name": "scoring", "scripts": {"dev": "next dev"}}', "src/pages/index.tsx": "export default function Home() { return null }\n",
        ".env.development": 'NEXT_PUBLIC_SENTRY_DSN="https://xxx/yy"\n# AT_API_JWT=\n'}


def test_the_env_file_the_readme_copies_is_the_template(tmp_path):
    readme = "# Scoring\n\nUne application qui note des dispositifs d'aide.\n\n## Installation\n\nCréer un fichier `.env` basé sur `.env.development` :\n\n```\ncp .env.development .env\n```\n"
    assert files_fact(tmp_path, {**NEXT, "README.md": readme})["env_template"] == ".env.development"
    # counterpart: not copied by the README, a development env file is the development run's values
    plain = readme.replace("cp .env.development .env", "npm run dev")
    assert files_fact(tmp_path / "plain", {**NEXT, "README.md": plain})["env_template"] is None


CRA_TEST = ("import React from 'react';\nimport { render, screen } from '@testing-library/react';\nimport App from './App';\n\n"
            "test('renders learn react link', () => {\n  render(<App />);\n  const linkElement = screen.getByText(/learn react/i);\n"
            "  expect(linkElement).toBeInTheDocument();\n});\n")
CRA = {"README.md": "# Orientation\n\nUne application d'orientation.\n", "package.json": '{"name": "orientation", "scripts": {"test": "react-scripts test"}}',
       "src/App.tsx": "export default function App() { return null }\n", "src/setupTests.ts": "import '@testing-library/jest-dom';\n",
       "src/App.test.tsx": CRA_TEST}


def test_create_react_apps_placeholder_test_is_no_test(tmp_path):
    assert files_fact(tmp_path, CRA)["tests"] is False
    # counterpart: the same file once the project wrote its own test in it
    own = CRA_TEST + "\ntest('shows the orientation form', () => {\n  render(<App />);\n});\n"
    assert files_fact(tmp_path / "own", {**CRA, "src/App.test.tsx": own})["tests"] is True
