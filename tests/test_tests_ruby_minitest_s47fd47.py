"""reusability.tests-and-ci (issue 12, s47 fd47 = aubryprieur/eurometropole): a Decidim (Rails) platform whose only tests are the
Minitest files Rails generates under test/ (test/application_system_test_case.rb, test/channels/…/connection_test.rb), no spec/,
was advised "continuous integration running bundle exec rspec": every Ruby project got RSpec's command, which finds no test there.
The runner follows the tests written: Minitest's bin/rails test in a Rails app (rake test elsewhere), RSpec's for spec/*_spec.rb.
Near miss: a Rails app with spec/ keeps bundle exec rspec."""

from __future__ import annotations

from tests.test_reusability_fixtures import check_result

CID = "reusability.tests-and-ci"

APP = {
    "README.md": "# Concertation\n\nA participation platform.\n",
    "Gemfile": "source 'https://rubygems.org'\n\ngem 'rails', '7.2.0'\ngem 'puma'\n",
    "config.ru": "require_relative 'config/environment'\nrun Rails.application\n",
    "bin/rails": "#!/usr/bin/env ruby\nAPP_PATH = File.expand_path('../config/application', __dir__)\nrequire_relative '../config/boot'\nrequire 'rails/commands'\n",
    "config/application.rb": "require_relative 'boot'\nrequire 'rails/all'\n\nmodule Concertation\n  class Application < Rails::Application\n  end\nend\n",
    "app/models/vote.rb": "class Vote < ApplicationRecord\n  belongs_to :ballot\n\n  def counted?\n    valid? && ballot.open?\n  end\nend\n",
    "app/models/ballot.rb": "class Ballot < ApplicationRecord\n  has_many :votes\n\n  def open?\n    closes_at.future?\n  end\nend\n",
}

MINITEST = {
    "test/test_helper.rb": "ENV['RAILS_ENV'] ||= 'test'\nrequire_relative '../config/environment'\nrequire 'rails/test_help'\n",
    "test/models/vote_test.rb": "require 'test_helper'\n\nclass VoteTest < ActiveSupport::TestCase\n  test 'a vote on a closed ballot is not counted' do\n"
                                "    assert_not Vote.new(ballot: Ballot.new(closes_at: 1.day.ago)).counted?\n  end\nend\n",
}

RSPEC = {
    "spec/spec_helper.rb": "RSpec.configure do |config|\n  config.order = :random\nend\n",
    "spec/models/vote_spec.rb": "require 'rails_helper'\n\nRSpec.describe Vote do\n  it 'is not counted on a closed ballot' do\n"
                                "    expect(Vote.new(ballot: Ballot.new(closes_at: 1.day.ago))).not_to be_counted\n  end\nend\n",
}


def _advice(r: dict) -> str:
    return (r.get("remediation") or {}).get("en", "")


def test_minitest_tests_of_a_rails_app_get_rails_test(tmp_path):
    r = check_result(tmp_path, {**APP, **MINITEST}, CID)
    assert r["details"]["test_files"] >= 1, r["details"]
    assert "bin/rails test" in _advice(r) and "rspec" not in _advice(r), _advice(r)
    assert "bin/rails test" in r["remediation"]["fr"]


def test_near_miss_specs_keep_rspec(tmp_path):
    r = check_result(tmp_path, {**APP, **RSPEC}, CID)
    assert "bundle exec rspec" in _advice(r), _advice(r)
