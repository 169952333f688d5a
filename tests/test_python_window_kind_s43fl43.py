"""facts.project.kind (issue 12, s43 fl43 = reader ri43's ArnaudP17000/Budget-Projet): a Python budget program whose main.py, run as a
program, imports CustomTkinter and starts its window's main loop (app.mainloop()), its views under ui/, was called a command-line
tool ("command-line entry point"): CustomTkinter was not among the desktop toolkits, and no rule read a Python window program that no
freezer builds. A Python program started as a program that imports a desktop toolkit and runs its main loop is a desktop
application. Near miss: a command-line program (argparse) whose module of previews, never run as a program, opens a window stays a
command-line tool. The
fixtures are written for the test."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

CHECKS = ["interoperability.auth"]
README = "# Gestion budgétaire\n\nSuivi des budgets, contrats et bons de commande du service informatique.\n"
WINDOW = ("import customtkinter as ctk\n\n\nclass MainWindow(ctk.CTk):\n    def __init__(self):\n        super().__init__()\n"
          "        self.title('Budget')\n        ctk.CTkLabel(self, text='Budgets').pack()\n")
MAIN = ('"""Budget - main entry point."""\nimport customtkinter as ctk\nfrom ui.main_window import MainWindow\n\n\ndef main():\n'
        '    ctk.set_appearance_mode("dark")\n    app = MainWindow()\n    app.mainloop()\n\n\nif __name__ == "__main__":\n    main()\n')
CLI = ('"""Export budgets to a spreadsheet."""\nimport argparse\n\n\ndef main():\n'
       '    parser = argparse.ArgumentParser()\n    parser.add_argument("--year", type=int)\n    args = parser.parse_args()\n'
       '    print(args.year)\n\n\nif __name__ == "__main__":\n    main()\n')
PREVIEW = ("import customtkinter as ctk\n\n\ndef preview(rows):\n    win = ctk.CTk()\n    for r in rows:\n"
           "        ctk.CTkLabel(win, text=str(r)).pack()\n    win.mainloop()\n")
FILES = {"README.md": README, "requirements.txt": "customtkinter==5.2.1\nopenpyxl==3.1.2\n", "ui/__init__.py": "",
         "ui/main_window.py": WINDOW, "database/db_manager.py": "import sqlite3\n\n\ndef connect():\n    return sqlite3.connect('budget.db')\n"}


def test_a_customtkinter_program_running_its_main_loop_is_a_desktop_application(tmp_path):
    report, res = judge(tmp_path, {**FILES, "main.py": MAIN}, CHECKS, name="budget")
    assert report["facts"]["project"]["kind"] == "desktop-application", report["facts"]["project"]  # was cli-tool
    assert "command-line" not in res["interoperability.auth"]["message"]["en"], res["interoperability.auth"]["message"]


def test_near_miss_a_window_in_a_module_never_run_as_a_program_leaves_a_command_line_tool(tmp_path):
    report, _ = judge(tmp_path, {**FILES, "main.py": CLI, "ui/preview.py": PREVIEW}, CHECKS, name="export")
    assert report["facts"]["project"]["kind"] == "cli-tool", report["facts"]["project"]
