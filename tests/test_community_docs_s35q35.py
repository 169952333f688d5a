"""Session 35 (q35): community files in a documentation folder are no documentation pages.

- OpenSourcePolitics/decidim-mel: a Decidim app whose docs/ holds only docs/CONTRIBUTING.md and docs/SECURITY.md (credited by
  documentation.community-files) was told by documentation.docs "pass 8.5: Found: documentation folder…" (docs/, 2 doc files)
  and by licensing.data-and-docs "warn 5: No license specific to the documentation" (docs/ 2 + the README's linked OVERLOADS.md):
  a contributing guide, a security policy, a code of conduct, a governance or support file tells how the project's community
  works, not how the software is built, deployed or used. Such a folder is no documentation folder; with the one linked page left,
  data-and-docs is the "too little documentation (1 file)" case.
- near miss: docs/ holding real guides beside those community files keeps its folder, the guides counted (not the community files).
The texts are written for these tests, in the shape of that repository.
"""

from __future__ import annotations

from tests.test_reusability_fixtures import build, results, run_audit

README = """# Decidim app by OSP

Citizen Participation and Open Government application based on Decidim.

Some non official customizations are listed in [OVERLOADS.md](./OVERLOADS.md).

## Installation guide

```bash
bundle install
bundle exec rake db:migrate
```

## Deploy with Terraform

Run `terraform init` then `terraform apply` in deploy/providers/aws to create the servers, the database and the storage bucket.

## Database architecture (ERD)

![ERD](https://example.org/erd.png)
"""
OVERLOADS = "# Overloads\n\n" + "".join(f"* `app/views/decidim/page_{i}.html.erb`: the page shows the organisation's logo instead of the default one.\n" for i in range(12))
CONTRIBUTING = ("# Contributing\n\nThank you for your interest in this application. Open an issue before a pull request, describe the "
                "change, and follow the style guide of the project. Every pull request is reviewed by a maintainer.\n" * 4)
SECURITY = "# Security Policy\n\n## Reporting a Vulnerability\n\nWrite to security@example.org; we answer within a week.\n"
BASE = {
    "README.md": README, "OVERLOADS.md": OVERLOADS, "LICENSE-AGPLV3.txt": "GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'decidim', '0.27.4'\ngem 'puma'\n", "config.ru": "require_relative 'config/environment'\n\nrun Rails.application\n",
    "app/controllers/pages_controller.rb": "class PagesController < ApplicationController\n  def show\n    render :show\n  end\nend\n",
    "docs/CONTRIBUTING.md": CONTRIBUTING, "docs/SECURITY.md": SECURITY,
}
GUIDE = "# {t}\n\n" + "This guide explains how the platform is set up for a new organisation, step by step, with the settings to fill.\n" * 8


def _run(tmp_path, files: dict) -> dict:
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", ["documentation.docs", "licensing.data-and-docs"]))


def test_a_docs_folder_of_community_files_is_no_documentation_folder(tmp_path):
    got = _run(tmp_path, BASE)
    docs = got["documentation.docs"]
    assert "folder" in docs["details"]["missing"], docs["message"]
    assert docs["status"] == "warn", docs["message"]
    assert not any((e.get("path") or "").startswith("docs/") for e in docs["evidence"]), docs["evidence"]
    data = got["licensing.data-and-docs"]
    assert data["status"] == "not_applicable", data["message"]
    assert "(1 " in data["message"]["en"], data["message"]


def test_a_docs_folder_with_guides_beside_community_files_keeps_its_folder(tmp_path):
    files = {**BASE, "docs/installation.md": GUIDE.format(t="Installation"), "docs/administration.md": GUIDE.format(t="Administration")}
    got = _run(tmp_path, files)
    docs = got["documentation.docs"]
    assert "folder" in docs["details"]["found"], docs["message"]
    folder = next(e for e in docs["evidence"] if e.get("path") == "docs/")
    assert folder["value"] == {"doc_files": 2}, folder
    data = got["licensing.data-and-docs"]
    assert data["status"] == "warn", data["message"]
    assert any(e.get("path") == "docs/" and e.get("value") == 2 for e in data["evidence"]), data["evidence"]
