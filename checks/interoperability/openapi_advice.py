"""What to do to describe an API in OpenAPI: the command of the framework found that writes the specification to commit
(``interoperability.api-spec``'s advice)."""

from __future__ import annotations

from auditor.checks.interface import T


# How each framework writes its OpenAPI description: (dependency name part, tool, command)
OPENAPI_TOOLS = (("payload", "Payload", "npx payload generate:graphQLSchema"),
                 ("djangorestframework", "drf-spectacular", "python manage.py spectacular --file openapi.yaml"),
                 ("decidim", "Decidim (graphql-ruby)", "bin/rails runner 'puts Decidim::Api::Schema.to_definition' > schema.graphql"),
                 ("fastapi", "FastAPI", "curl http://localhost:8000/openapi.json -o openapi.json"),
                 ("flask-restx", "flask-restx", "curl http://localhost:5000/swagger.json -o openapi.json"),
                 ("flask-restplus", "flask-restplus", "curl http://localhost:5000/swagger.json -o openapi.json"),
                 ("flask", "flask-smorest", "flask openapi write openapi.json"),
                 ("django", "drf-spectacular", "python manage.py spectacular --file openapi.yaml"),
                 ("api-platform", "API Platform", "bin/console api:openapi:export --yaml --output=openapi.yaml"),
                 ("symfony", "NelmioApiDocBundle", "bin/console nelmio:apidoc:dump --format=yaml > openapi.yaml"),
                 ("laravel", "l5-swagger", "php artisan l5-swagger:generate"),
                 ("@nestjs", "@nestjs/swagger", "SwaggerModule.createDocument(app, config)"),
                 ("express", "swagger-jsdoc", "npx swagger-jsdoc -d swaggerDef.js -o openapi.json"),
                 # (Quarkus: its SmallRye OpenAPI extension serves the document at /q/openapi, or writes it at build time with
                 # quarkus.smallrye-openapi.store-schema-directory; before "spring", a Quarkus application may use quarkus-spring-web)
                 ("quarkus", "quarkus-smallrye-openapi", "curl 'http://localhost:8080/q/openapi?format=yaml' -o openapi.yaml"),
                 ("spring", "springdoc-openapi", "curl http://localhost:8080/v3/api-docs.yaml -o openapi.yaml"))


def openapi_todo(deps: list, generated: bool = False) -> dict[str, str]:
    """The command of the framework found that writes the OpenAPI file to commit."""
    names = [str(d[0]).lower() for d in deps]
    tool = next((t for t in OPENAPI_TOOLS if any(t[0] in n for n in names)), None)
    how_fr = f"{tool[1]} : « {tool[2]} »" if tool else "l'outil OpenAPI de votre framework"
    how_en = f"{tool[1]}: \"{tool[2]}\"" if tool else "your framework's OpenAPI tool"
    lead_fr = "Versionnez la spécification que le framework produit" if generated else "Décrivez l'API en OpenAPI"
    lead_en = "Commit the specification the framework produces" if generated else "Describe the API in OpenAPI"
    return T(f"{lead_fr} ({how_fr}), à la racine du dépôt, vérifiée en intégration continue, et citez-la dans le README.",
             f"{lead_en} ({how_en}), at the repository root, checked in continuous integration, and link it from the README.")
