"""A C# class named like a test in a project that is no test project is the program's, not a test (issue 12, s43 fj43 = reader
rh43's GuilaumeDurandiere/te-backend).

te-backend: PortailTE44.Common/Mail/MailEngineTest.cs is `public static class MailEngineTest`, a mail sender of the common library
(PortailTE44.Common.csproj references MailKit, no test SDK nor framework), no [Fact]/[Test] in it. reusability.tests-and-ci counted
'1 test file(s)' and maintainability left it out as a test. Rule now: in .NET a test lives in a test project (Microsoft.NET.Test.Sdk,
xUnit, NUnit, MSTest referenced, or IsTestProject) or carries a test framework's attributes. Near misses: the same file in an xUnit
project, and a test-named file holding [Fact] in a plain project, stay tests."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

TESTS = "reusability.tests-and-ci"
LIB = ('<Project Sdk="Microsoft.NET.Sdk">\n<PropertyGroup><TargetFramework>net6.0</TargetFramework></PropertyGroup>\n'
       '<ItemGroup><PackageReference Include="MailKit" Version="4.3.0" />{extra}</ItemGroup>\n</Project>\n')
SENDER = ("using MailKit.Net.Smtp;\nnamespace Portail.Common.Mail\n{\n    public static class MailEngineTest\n    {\n"
          "        public static void SendMail(string to)\n        {\n            using var client = new SmtpClient();\n"
          "            client.Connect(\"smtp.example.org\", 587);\n        }\n    }\n}\n")
XUNIT_CASE = ("using Xunit;\nnamespace Portail.Common.Mail\n{\n    public class MailEngineTest\n    {\n        [Fact]\n"
              "        public void Sends() { Assert.True(true); }\n    }\n}\n")
SOURCES = {f"Portail.Common/Services/Service{i}.cs": f"namespace Portail.Common.Services;\npublic class Service{i}\n{{\n    public int Run() => {i};\n}}\n"
           for i in range(3)}


def _tests(tmp_path, csproj_extra, sender, name):
    files = {"Portail.Common/Portail.Common.csproj": LIB.format(extra=csproj_extra), "Portail.Common/Mail/MailEngineTest.cs": sender, **SOURCES}
    return judge(tmp_path, files, [TESTS], name=name)[1][TESTS]


def test_a_library_class_named_test_is_no_test(tmp_path):
    r = _tests(tmp_path, "", SENDER, "lib")
    assert r["message"]["en"].startswith("0 test file(s) for 4 source file(s)"), r["message"]["en"]


def test_near_miss_the_same_file_in_a_test_project_is_a_test(tmp_path):
    r = _tests(tmp_path, '<PackageReference Include="xunit" Version="2.4.2" />', SENDER, "xunit")  # (the whole project is tests)
    assert not r["message"]["en"].startswith("0 test file(s)"), r["message"]["en"]
    assert "Portail.Common/Mail/MailEngineTest.cs" in [e.get("path") for e in r["evidence"]], r["evidence"]


def test_near_miss_a_file_with_test_attributes_is_a_test(tmp_path):
    r = _tests(tmp_path, "", XUNIT_CASE, "fact")
    assert r["message"]["en"].startswith("1 test file(s) for 3 source file(s)"), r["message"]["en"]
