"""Ruby's test runner as the project's tests show it (reusability.tests-and-ci's advice): RSpec's for specs, Minitest's for the
test/*_test.rb files Rails generates (issue 12, s47 fd47 = aubryprieur/eurometropole, a Decidim app whose only tests are Rails'
Minitest skeletons under test/: bundle exec rspec finds none there, bin/rails test runs them)."""

from __future__ import annotations

from auditor.facts.inventory import is_build_output, is_vendored

RSPEC = ("bundle exec rspec", "spec/*_spec.rb", "bundle exec rubocop")
MINITEST_RAILS = ("bin/rails test (Minitest)", "test/*_test.rb", "bundle exec rubocop")
MINITEST_RAKE = ("bundle exec rake test (Minitest)", "test/*_test.rb", "bundle exec rubocop")


def ruby_tools(paths: list[str]) -> tuple[str, str, str]:
    """RSpec's runner, test folder and linter when the project has specs (or no Minitest test); Minitest's when its only Ruby
    tests are test/ or *_test.rb files: through bin/rails in a Rails application, rake elsewhere."""
    own = [p for p in paths if p.endswith(".rb") and not is_vendored(p) and not is_build_output(p)]
    specs = any(p.endswith("_spec.rb") or p.startswith("spec/") or "/spec/" in p for p in own)
    minitest = any(p.endswith("_test.rb") or p.startswith("test/") for p in own)
    if specs or not minitest:
        return RSPEC
    return MINITEST_RAILS if "bin/rails" in paths else MINITEST_RAKE
