"""reusability.configuration (issue 12, session 19 readers d1/d2): settings the check saw where there were none, or missed."""

from __future__ import annotations

from tests.test_settings_shapes_s9 import conf


def findings(r: dict) -> set[str]:
    return {e.get("value") for e in r["evidence"] if e.get("kind") == "finding"}


VERTICLE = ("package fr.example.rdv;\n\nimport io.vertx.core.AbstractVerticle;\n\npublic class Rdv extends AbstractVerticle {\n"
            "    @Override\n    public void start() {\n        String host = config().getString(\"host\");\n"
            "        vertx.createHttpServer().requestHandler(r -> r.response().end(host)).listen(8090);\n    }\n}\n")
FRONT_BUILD = ("#!/bin/bash\n\ninit() {\n  BRANCH_NAME=`echo $GIT_BRANCH | sed -e \"s|origin/||g\"`\n  echo \"[init] $BRANCH_NAME\"\n}\n\n"
               "publishNexus() {\n  mvn deploy:deploy-file -DgroupId=$MVN_MOD_GROUPID -DartifactId=$MVN_MOD_NAME -Dfile=dist.tar.gz\n"
               "  echo \"odePassword=$NEXUS_ODE_PASSWORD\" > ~/.gradle/gradle.properties\n}\n\n"
               "build() {\n  docker compose run --rm -e VITE_API_URL=$APP_API_URL node sh -c \"pnpm build\"\n}\n\n"
               "for param in \"$@\"\ndo\n  case $param in\n    init) init ;;\n    build) build ;;\n    publishNexus) publishNexus ;;\n  esac\ndone\n")


def test_a_build_scripts_delivery_variables_are_no_settings(tmp_path):
    # (d1 appointments, form; d2 crre: a module's frontend/build.sh reading the CI's GIT_BRANCH, Maven coordinates and a Nexus
    # account were "settings read from the environment, undocumented")
    files = {"pom.xml": "<project><artifactId>rdv</artifactId></project>\n", "src/main/java/fr/example/rdv/Rdv.java": VERTICLE,
             "frontend/build.sh": FRONT_BUILD, "deployment/rdv/conf.json.template": '{\n  "host": "${host}",\n  "port": 8090\n}\n',
             "README.md": "# Rendez-vous\n\nModule de prise de rendez-vous.\n\n## Configuration\n\nRenseignez `host` dans conf.json.\n"}
    r = conf(tmp_path, files)
    assert not findings(r) & {"GIT_BRANCH", "MVN_MOD_GROUPID", "MVN_MOD_NAME", "NEXUS_ODE_PASSWORD"}, r["evidence"]
    assert "APP_API_URL" in findings(r), r["evidence"]  # (the address baked into the built front end stays a setting)


def test_a_deployment_scripts_variables_stay_settings(tmp_path):
    # (the same variables in a script that runs the service, not a build: still read from the environment)
    run = "#!/bin/bash\n\necho \"branch $GIT_BRANCH\"\njava -Dnexus=$NEXUS_ODE_PASSWORD -jar target/rdv.jar\n"
    files = {"pom.xml": "<project><artifactId>rdv</artifactId></project>\n", "src/main/java/fr/example/rdv/Rdv.java": VERTICLE,
             "scripts/run.sh": run, "README.md": "# Rendez-vous\n\nModule de prise de rendez-vous.\n"}
    assert {"GIT_BRANCH", "NEXUS_ODE_PASSWORD"} <= findings(conf(tmp_path, files))


PLUGIN = ("<?php\n/**\n * Plugin Name: Relation usagers\n * Description: Demandes des habitants.\n *\n * Avant d'activer, ajoutez dans wp-config.php :\n"
          " * define( 'RU_CRYPT_KEY', 'clé-en-base64' );\n */\n\nif ( ! defined( 'ABSPATH' ) ) {\n\texit;\n}\n\n"
          "define( 'RU_VERSION', '1.2.0' );\ndefine( 'RU_DIR', plugin_dir_path( __FILE__ ) );\n\n"
          "if ( ! defined( 'RU_CRYPT_KEY' ) || ! defined( 'RU_TOKEN_SECRET' ) ) {\n\tadd_action( 'admin_notices', 'ru_missing_keys' );\n}\n"
          "if ( defined( 'WP_CLI' ) && defined( 'WC_VERSION' ) ) {\n\treturn;\n}\n\nfunction ru_key() {\n\treturn base64_decode( constant( 'RU_CRYPT_KEY' ) );\n}\n")


def test_a_wordpress_plugins_wp_config_constants_are_its_settings(tmp_path):
    # (d1 WordPress---GRC: the plugin needs GRC_ENCRYPTION_KEY and GRC_JWT_SECRET in wp-config.php, documented in the README;
    # "not applicable, a library shipping no settings template")
    readme = ("# Relation usagers\n\n## Installation\n\n1. Copiez le dossier dans wp-content/plugins.\n2. Ajoutez dans wp-config.php :\n\n"
              "```php\ndefine( 'RU_CRYPT_KEY', 'CLE' );\n```\n")
    r = conf(tmp_path, {"relation-usagers.php": PLUGIN, "README.md": readme})
    assert r["status"] != "not_applicable", r
    assert r["details"]["env_vars"] == 2, r["details"]
    assert findings(r) == {"RU_TOKEN_SECRET"}, r["evidence"]  # (RU_CRYPT_KEY is in the README; WordPress's and WooCommerce's constants are none)


GRADLE_KTS = ('import java.util.Properties\n\nplugins {\n    id("com.android.application")\n}\n\n'
              'val localProperties = Properties().apply {\n    val f = rootProject.file("local.properties")\n'
              '    if (f.exists()) f.inputStream().use { load(it) }\n}\nval mapsKey: String = localProperties.getProperty("MAPS_API_KEY") ?: ""\n\n'
              'android {\n    namespace = "fr.example.signal"\n    compileSdk = 34\n    defaultConfig {\n        applicationId = "fr.example.signal"\n'
              '        buildConfigField("String", "API_BASE_URL", "\\"https://test.example.org/api/\\"")\n'
              '        buildConfigField("int", "PAGE_SIZE", "20")\n        manifestPlaceholders["MAPS_API_KEY"] = mapsKey\n    }\n}\n')


def test_an_android_apps_build_settings_are_its_settings(tmp_path):
    # (d1 Android---GRC: MAPS_API_KEY in local.properties and the API_BASE_URL buildConfigField, both in the README; "a mobile
    # application shipping no settings template: nothing to set")
    main = ("package fr.example.signal\n\nimport android.os.Bundle\nimport androidx.activity.ComponentActivity\n\n"
            "class MainActivity : ComponentActivity() {\n    override fun onCreate(s: Bundle?) {\n        super.onCreate(s)\n"
            "        println(BuildConfig.API_BASE_URL)\n    }\n}\n")
    r = conf(tmp_path, {"settings.gradle.kts": 'rootProject.name = "signal"\ninclude(":app")\n', "app/build.gradle.kts": GRADLE_KTS,
                        "app/src/main/java/fr/example/signal/MainActivity.kt": main,
                        "app/src/main/AndroidManifest.xml": '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n'
                                                            '  <application><meta-data android:name="com.google.android.geo.API_KEY" android:value="${MAPS_API_KEY}"/></application>\n</manifest>\n',
                        "README.md": "# Signal\n\n## Configuration\n\nPlacez `MAPS_API_KEY=votre_clé` dans local.properties.\n"})
    assert r["status"] != "not_applicable", r
    assert r["details"]["env_vars"] == 2 and findings(r) == {"API_BASE_URL"}, r["evidence"]  # (PAGE_SIZE is no setting)
