"""Laravel's run-time caches are generated files, not the project's code (issue 12, s45 fb45).

Real case: AdrienLeveque/Room_Project, a town's room-booking site in Laravel: storage/framework/views/<sha1>.php (the Blade
templates compiled by the framework), cache/ and sessions/ were committed (42 files). They were measured as the project's own
PHP (comments, complexity) and their compiled copies of the templates' texts counted twice in territory-neutral's findings.
They are the framework's output: generated. Near miss: the Blade templates themselves (resources/views/*.blade.php), a
storage/framework/.gitignore and a folder named storage/ elsewhere stay the project's."""

from __future__ import annotations

from auditor.engine import AuditOptions, audit
from auditor.facts.inventory import is_generated

COMPILED = ("<?php $__env->startSection('content'); ?>\n<h1>Réservation des salles</h1>\n<?php if($salles): ?>\n"
            "<?php foreach($salles as $salle): ?><li><?php echo e($salle->nom); ?></li><?php endforeach; ?>\n<?php endif; ?>\n"
            "<?php $__env->stopSection(); ?>\n")


def test_laravels_storage_framework_and_bootstrap_cache_are_generated():
    assert is_generated("site/storage/framework/views/3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901.php")
    assert is_generated("storage/framework/cache/ab/cd/abcd0123456789")
    assert is_generated("storage/framework/sessions/0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3")
    assert is_generated("bootstrap/cache/config.php")


def test_templates_keepers_and_other_storage_folders_are_not():
    assert not is_generated("resources/views/reservation.blade.php")
    assert not is_generated("storage/framework/.gitignore") and not is_generated("storage/framework/views/.gitignore")
    assert not is_generated("storage/framework/views/.gitkeep")
    assert not is_generated("bootstrap/app.php") and not is_generated("app/storage/framework/Helper.php")


def test_compiled_views_are_left_out_of_the_complexity_measure(repo, tmp_path):
    files = {"composer.json": '{"require": {"laravel/framework": "5.2.*"}}\n',
             "app/Http/Controllers/SalleController.php": "<?php\nnamespace App\\Http\\Controllers;\n\n/** Les salles. */\nclass SalleController\n"
                                                         "{\n    /** La liste. */\n    public function index()\n    {\n        return view('salles');\n    }\n}\n",
             "resources/views/salles.blade.php": "@section('content')\n<h1>Réservation des salles</h1>\n@endsection\n",
             "storage/framework/views/3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901.php": COMPILED,
             "storage/framework/sessions/.gitkeep": ""}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.maintainability"]))
    r = report["results"][0]
    assert r["details"]["excluded"]["generated"] == 1, r["details"]


def test_compiled_views_texts_are_not_the_projects_territory_values(repo, tmp_path):
    """The compiled copy of a template writing a town's name: only the Blade template is the project's finding."""
    title = "<h1>Réservation des salles de la ville de Vernon</h1>\n"
    files = {"composer.json": '{"require": {"laravel/framework": "5.2.*"}}\n',
             "app/Http/Controllers/SalleController.php": "<?php\nnamespace App\\Http\\Controllers;\n\nclass SalleController\n{\n"
                                                         "    public function index()\n    {\n        return view('salles');\n    }\n}\n",
             "resources/views/salles.blade.php": "@section('content')\n" + title + "@endsection\n",
             "storage/framework/views/3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6d7e8f901.php": "<?php $__env->startSection('content'); ?>\n" + title
             + "<?php $__env->stopSection(); ?>\n"}
    report = audit(str(repo([{"files": files}])), AuditOptions(cache_dir=tmp_path / "c", only=["reusability.territory-neutral"]))
    r = report["results"][0]
    paths = {e.get("path") for e in r.get("evidence") or []}
    assert not any(p and p.startswith("storage/") for p in paths), r
    assert "resources/views/salles.blade.php" in paths, r
