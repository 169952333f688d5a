"""README translations in other writing systems (issue 12, s15 k6), shaped like a commune's Docker Desktop extension whose
README is French and translated into Thai, Russian, Arabic, Czech and Chinese: the language model's candidates are the
Latin-script languages likely in French public-sector repositories, so the Thai README was read as Basque, the Russian as
Breton, the Arabic as English, the Czech as English and Portuguese, the Chinese as English and Occitan."""

from __future__ import annotations

from auditor.langid import identify_languages
from tests.test_project_kind import run
from tests.test_reusability_fixtures import build, results

TEXTS = {
    "th": "ส่วนขยายนี้ช่วยให้คุณติดตั้งและใช้งานโมเดลภาษาได้อย่างง่ายดายบนเครื่องของคุณ โดยไม่ต้องตั้งค่าที่ซับซ้อน "
          "เปิดแอปพลิเคชันแล้วเลือกโมเดลที่ต้องการเพื่อเริ่มต้นใช้งานทันที",
    "ru": "Это расширение позволяет легко установить и запустить языковые модели на вашем компьютере без сложной настройки. "
          "Откройте приложение и выберите нужную модель, чтобы сразу начать работу.",
    "ar": "يتيح لك هذا الامتداد تثبيت نماذج اللغة وتشغيلها بسهولة على جهازك دون إعداد معقد. افتح التطبيق واختر النموذج "
          "الذي تريده لتبدأ العمل فورا.",
    "cs": "Toto rozšíření vám umožní snadno nainstalovat a spustit jazykové modely na vašem počítači bez složitého nastavování. "
          "Otevřete aplikaci a vyberte požadovaný model, abyste mohli hned začít pracovat.",
    "zh": "这个扩展让您可以在自己的电脑上轻松安装和运行语言模型，无需复杂的配置。打开应用程序并选择所需的模型，即可立即开始使用。",
    "uk": "Це розширення дозволяє легко встановити та запустити мовні моделі на вашому комп'ютері без складного налаштування. "
          "Відкрийте застосунок і виберіть потрібну модель, щоб одразу почати роботу.",
}
FR = ("Cette extension permet d'installer et de lancer des modèles de langue sur votre poste sans configuration compliquée. "
      "Ouvrez l'application et choisissez le modèle voulu pour commencer tout de suite.")


def test_each_script_gets_its_language_and_latin_texts_keep_the_models():
    for code, text in TEXTS.items():
        assert identify_languages([text])["language"] == code, (code, identify_languages([text]))
    assert identify_languages([FR])["language"] == "fr"
    # a French text naming a Czech composer and a Polish pianist stays French (a few foreign letters are names, not a language)
    assert identify_languages(["Le concert de Dvořák et de Łukasz à la salle des fêtes permet aux habitants de découvrir la musique "
                               "tchèque et polonaise, avec une présentation des œuvres par les élèves du conservatoire."])["language"] == "fr"


def test_translations_in_other_scripts_are_named_in_the_documentation_languages(tmp_path):
    files = {"README.md": "# Extension\n\n" + FR + "\n", "docker-compose.yaml": "services:\n  webui:\n    image: ghcr.io/open-webui/open-webui:main\n"}
    files.update({f"README.{code}.md": "# Extension\n\n" + text + "\n" for code, text in TEXTS.items()})
    report = run(build(tmp_path / "r", files), tmp_path / "c", only=["documentation.language"])
    assert report["facts"]["docs"]["file_languages"] == {f"README.{code}.md": code for code in TEXTS}, report["facts"]["docs"]["file_languages"]
    lang = results(report)["documentation.language"]
    assert lang["status"] == "pass" and "Portuguese" not in lang["message"]["en"] and "Basque" not in lang["message"]["en"], lang["message"]
