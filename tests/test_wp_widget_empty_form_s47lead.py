"""A WordPress widget whose options form is empty declares no setting (issue 12, session 47 lead; reader s46 rk46:
pacomevt/lachapelle-sous-chaux).

A commune's WordPress theme ships widgets/newsletterWidget.php: a class extending WP_Widget whose form() and update() are empty
(widget() only echoes a word; the file is not even loaded). reusability.configuration passed with "Settings declared the way
WordPress expects (widgets/newsletterWidget.php)": a widget is a setting only when its options form holds a field (the
`$this->get_field_name()` WordPress documents, or an input element). The widget with a real field keeps its settings.
"""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for, run

MAIN = "<?php\n/*\nPlugin Name: Lettre d'information de la mairie\nVersion: 0.1\n*/\nrequire_once 'widgets/lettre.php';\n"
EMPTY = ("<?php\n\nclass LettreWidget extends WP_Widget {\n    public function __construct()\n    {\n"
         "        parent::__construct('lettre_widget', 'Lettre');\n    }\n\n    public function widget($args, $instance) {\n"
         "        echo 'Inscrivez-vous';\n    }\n\n    public function  form($instance) {\n\n    }\n\n"
         "    public function update($new, $old) {\n        return [];\n    }\n}\n")
FIELD = EMPTY.replace("public function  form($instance) {\n\n    }",
                      "public function  form($instance) {\n        ?><input id=\"<?php echo $this->get_field_id('liste'); ?>\" "
                      "name=\"<?php echo $this->get_field_name('liste'); ?>\"/><?php\n    }")


def _conf(tmp_path, widget):
    make_repo(tmp_path, [{"files": {"lettre.php": MAIN, "widgets/lettre.php": widget}}])
    ctx = ctx_for(tmp_path)
    return ctx, run(ctx, "reusability.configuration")


def test_an_empty_widget_form_declares_no_setting(tmp_path):
    ctx, conf = _conf(tmp_path / "empty", EMPTY)
    assert ctx.fact("env_settings")["host_settings"] == []
    assert "widgets/lettre.php" not in str(conf.evidence) and conf.status.value != "pass", conf.message


def test_a_widget_form_with_a_field_is_a_setting(tmp_path):
    ctx, conf = _conf(tmp_path / "field", FIELD)
    assert [h[1] for h in ctx.fact("env_settings")["host_settings"]] == ["WordPress"]
    assert conf.status.value == "pass" and "WordPress" in conf.message["en"], conf.message
