"""Session 18 (c1, Noneku/MairieRoubaixRapportActivite): a city's Symfony 6.3 application (composer.json "6.3.*", the lock
installing v6.3.x) was "newer than the end-of-life data", not judged: the Symfony cycles stopped at the 2.8/3.4/4.4 long-term
releases of a 2025 copy. The framework cycles are now endoflife.date's (2026-08-22), every cycle listed; a version in a gap
of a product's list (Symfony 2.5 between 2.3 and 2.7, Laravel 5.6 between 5.5 and 5.8) is judged by the next listed cycle."""

from __future__ import annotations

from datetime import date

from auditor.facts.scaling.eol import judge
from tests.test_scaling import ctx_for, one
from tests.test_scaling import run as run_check

COMPOSER = ('{\n    "type": "project",\n    "license": "proprietary",\n    "require": {\n        "php": ">=8.1",\n'
            '        "symfony/console": "6.3.*",\n        "symfony/framework-bundle": "6.3.*",\n        "symfony/twig-bundle": "6.3.*"\n'
            '    },\n    "extra": {"symfony": {"allow-contrib": false, "require": "6.3.*"}}\n}\n')
LOCK = ('{\n    "packages": [\n        {\n            "name": "symfony/framework-bundle",\n            "version": "v6.3.8",\n'
        '            "source": {"type": "git"}\n        }\n    ]\n}\n')


def test_a_symfony_6_3_application_is_past_its_end_of_life(repo):
    r = one(repo, {"composer.json": COMPOSER, "composer.lock": LOCK,
                   "src/Controller/RapportController.php": "<?php\nnamespace App\\Controller;\nclass RapportController {}\n"})
    f = ctx_for(r).fact("end_of_life")
    assert {(x["path"], x["product"], x["cycle"], x["eol"]) for x in f["findings"]} == {
        ("composer.json", "symfony", "6.3", "2024-01-31"), ("composer.lock", "symfony", "6.3", "2024-01-31")}, f["findings"]
    assert not f["newer_than_data"], f["newer_than_data"]
    res = run_check(ctx_for(r), "scaling.end-of-life")
    assert res.status.value in ("warn", "fail") and "Symfony 6.3" in res.message["en"], res.message
    assert "2026-08-22" in res.message["en"], res.message


def test_framework_cycles_of_2025_and_2026_are_known():
    d = date(2026, 12, 4)
    assert judge("symfony", "6.4.*", d, True)["past"] is False  # long-term, until 2027-11-30
    assert judge("symfony", "^7.0", d, True).get("minimum") is True  # 7.0 past, 7.4 supported: the version in use is unknown
    assert judge("symfony", "7.2.*", d, True)["past"] is True
    assert judge("symfony", "5.4.*", d, True)["past"] is False  # 5.4's extended support: 2029-02-28
    assert judge("laravel", "^11.0", d, True)["past"] is True  # 11: security fixes until 2026-03-12
    assert judge("laravel", "^12.0", d, True)["past"] is False
    assert judge("django", "==6.0", d)["past"] is False
    assert judge("spring-boot", "==3.5", d)["past"] is True and judge("spring-boot", "==4.0", d)["past"] is False


def test_a_version_in_a_gap_of_the_list_is_judged_by_the_next_cycle():
    d = date(2026, 12, 4)
    j = judge("symfony", "2.5.*", d, True)
    assert j["past"] is True and j["cycle"] == "< 2.7", j
    j = judge("laravel", "5.6.*", d, True)
    assert j["past"] is True and j["cycle"] == "< 5.8", j
    assert judge("laravel", "5.8.*", d, True)["cycle"] == "5.8"


def test_symfonys_kernel_under_laravel_is_laravels_component(repo):
    """Shaped like a commune's Laravel 5.8 API: its composer.lock installs symfony/http-kernel v4.2 for Laravel; Symfony 4.2 is
    not a second framework past its end of life beside Laravel 5.8."""
    lock = ('{\n    "packages": [\n        {\n            "name": "laravel/framework",\n            "version": "v5.8.38"\n        },\n'
            '        {\n            "name": "symfony/http-kernel",\n            "version": "v4.2.12"\n        }\n    ]\n}\n')
    r = one(repo, {"composer.json": '{"require": {"laravel/framework": "5.8.*"}}\n', "composer.lock": lock,
                   "app/Http/Kernel.php": "<?php\nnamespace App\\Http;\nclass Kernel {}\n"})
    f = ctx_for(r).fact("end_of_life")
    assert {(x["product"], x["cycle"]) for x in f["findings"]} == {("laravel", "5.8")}, f["findings"]
