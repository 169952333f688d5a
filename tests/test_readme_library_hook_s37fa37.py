"""A library's README chapter under a heading that names no topic, telling how to plug the library in (issue 12, s37 fa37 =
CEREMA/dsi.adutils).

Under "### Components used", a Spring library's README says "To instantiate the Active Directory Client, you only need to declare
@EnableActiveDirectoryClient in a @Configuration spring component extending ActiveDirectoryClientConfigurer and to override the
configureLdapConnection method", then shows the override setting the LDAP host, port, DN and credentials, then the bean injected.
readme.sections had neither usage nor configuration: "you only need to" was no "you need to", and settings given in code under a
hook matched no configuration cue. Now "To <verb> …, you only/just/simply need to" reads as "you need to", and a paragraph telling to
override or implement a configuration hook it names, followed by code giving two settings or more their values, is the configuration.
Near misses: a build step said the same way ("To generate the javadoc, you only need to launch the maven build") is no usage, and a
hook overridden to register the program's own parts (no setting given a value) is no configuration. The README is written for this
test, in the shape of the real one."""

from __future__ import annotations

from tests.gitrepo import make_repo
from tests.test_scaling import ctx_for

_HEAD = ("# adutils\nAPI for Active Directory manipulation without writing LDAP requests (Spring integration)\n\n"
         "This project aims at manipulating an active directory without any knowledge of LDAP requests.\n\n"
         "### Components used\nThe client is based upon the Apache Directory API (Apache 2 license)\n\nIt is fully integrated with spring 5.\n")
_HOOK = ("To instantiate the Active Directory Client, you only need to declare @EnableDirectoryClient in a @Configuration spring component "
         "extending DirectoryClientConfigurer and to override the configureLdapConnection method of the interface.\n")
_SETTINGS = ("```java\n@Configuration\n@EnableDirectoryClient\npublic class ClientConfig implements DirectoryClientConfigurer {\n\n"
             "    @Override\n    public void configureLdapConnection(LdapConnectionConfigurer configurer) {\n"
             "        configurer.configureLdapHost(\"ldap.example.org\")\n                .configureLdapPort(389)\n"
             "                .configureDn(\"CN=yourCn,CN=Users,DC=example,DC=org\")\n                .configureCredentials(\"password\");\n    }\n}\n```\n")
_INJECT = "The DirectoryClient bean can then be used in any component like this :\n```java\n    @Autowired\n    private DirectoryClient client;\n```\n"
_TAIL = ("### Features\nThe API finds users and groups recursively and manipulates object Sids.\n\n"
         "### License\nThis code is Licensed under the CeCILL Version 2.0 License.\n")


_POM = "<project><modelVersion>4.0.0</modelVersion><groupId>fr.example</groupId><artifactId>adutils</artifactId></project>\n"
_SRC = "package fr.example.adutils;\n\npublic interface DirectoryClientConfigurer {\n    void configureLdapConnection(Object configurer);\n}\n"


def _sections(tmp_path, text: str) -> list:
    files = {"README.md": text, "pom.xml": _POM, "src/main/java/fr/example/adutils/DirectoryClientConfigurer.java": _SRC}
    path = make_repo(tmp_path / "r", [{"date": "2018-11-16T07:37:59Z", "author": ("Alice Martin", "alice@example.fr"), "files": files}])
    return ctx_for(path, tmp=tmp_path).fact("readme")["sections"]


def test_a_hook_to_override_with_its_settings_in_code_is_usage_and_configuration(tmp_path):
    secs = _sections(tmp_path, _HEAD + _HOOK + _SETTINGS + _INJECT + _TAIL)
    assert "usage" in secs and "configuration" in secs, secs  # were missing
    assert "install" not in secs and "contributing" not in secs, secs


def test_a_build_step_and_a_hook_registering_parts_keep_the_old_verdict(tmp_path):
    build = "To generate the javadoc, you only need to launch the maven build.\n\n"
    register = ("To add a handler, override the configureHandlers method of WebSocketConfigurer.\n```java\n@Override\n"
                "public void configureHandlers(HandlerRegistry registry) {\n    registry.addHandler(new EchoHandler());\n"
                "    registry.addInterceptor(new LogInterceptor());\n}\n```\n")
    secs = _sections(tmp_path, _HEAD + build + register + _TAIL)
    assert "configuration" not in secs and "usage" not in secs, secs
