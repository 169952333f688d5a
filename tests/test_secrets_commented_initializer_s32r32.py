"""reusability.secrets (issue 12, session 32, r32, reader m26o3: Jetinho/compost-lyon): config/initializers/devise.rb as
Devise's generator writes it, every option commented out with an example value (``# config.secret_key = '<128 hex>'``,
``# config.pepper = '…'``), failed as a committed secret. A commented-out line of a Rails initializer is the generator's
example, never read: set aside; the same line uncommented is still a probable secret."""

from __future__ import annotations

import hashlib

from tests.test_reusability_fixtures import build, results, run_audit

CID = "reusability.secrets"


def hexkey(seed: str) -> str:  # assembled at run time: no credential in this file
    return hashlib.sha512(seed.encode()).hexdigest()


def run(tmp_path, prefix: str) -> dict:
    devise = ("# frozen_string_literal: true\n\nDevise.setup do |config|\n  # The secret key used by Devise.\n"
              f"  {prefix}config.secret_key = '{hexkey('a')}'\n\n  # Set up a pepper to generate the hashed password.\n"
              f"  # config.pepper = '{hexkey('b')}'\n  config.stretches = Rails.env.test? ? 1 : 12\nend\n")
    files = {"README.md": "# Compost\n", "Gemfile": "source 'https://rubygems.org'\ngem 'rails'\ngem 'devise'\n",
             "app/models/user.rb": "class User < ApplicationRecord\n  devise :database_authenticatable\nend\n",
             "config/initializers/devise.rb": devise}
    return results(run_audit(build(tmp_path / "r", files), tmp_path / "c", [CID]))[CID]


def test_a_generators_commented_out_secret_key_is_not_a_secret(tmp_path):
    r = run(tmp_path, "# ")
    assert r["status"] == "pass", (r["message"], r["evidence"])  # was fail: "1 probable secret(s) committed"
    assert hexkey("a") not in str(r)


def test_the_same_key_uncommented_stays_a_probable_secret(tmp_path):
    r = run(tmp_path, "")
    assert r["status"] == "fail", (r["message"], r["evidence"])
    assert any(e["path"] == "config/initializers/devise.rb" and e["line"] == 5 for e in r["evidence"]), r["evidence"]
