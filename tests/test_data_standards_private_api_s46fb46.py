"""interoperability.data-standards: an application's own storage carried to its own users is no publication (issue 12, s46 fb46;
readers rh45/ri45, re-reader vd45; rule decided by the session's lead).

Borkil/atd16-api, an API Platform service whose config/packages/security.yaml authenticates every ^/api request by a JWT (users,
projects, tasks of its own front end), got fail 3.0 "Open formats: JSON; schemas: 0 Table Schema". Mazzarno/villiers-adam, a CMS
(NestJS API, Next.js admin and site, Prisma), got fail 3.0 for a CSV export in a controller guarded as a whole by
@UseGuards(JwtAuthGuard, PermissionGuard), plus the JSON its interfaces read from its own API. Both are now not applicable. Near
misses stay judged: an API whose access rules open it to anonymous users, an unguarded CSV export, an API documented by OpenAPI."""

from __future__ import annotations

import json

from tests.test_local_authority_verdicts import judge

CID = "interoperability.data-standards"

SECURITY = """security:
    password_hashers:
        Symfony\\Component\\Security\\Core\\User\\PasswordAuthenticatedUserInterface: 'auto'
    providers:
        app_user_provider:
            entity:
                class: App\\Entity\\Member
                property: email
    firewalls:
        dev:
            pattern: ^/(_(profiler|wdt)|css|images|js)/
            security: false
        login:
            pattern: ^/api/login
            stateless: true
            json_login:
                check_path: /api/login_check
        api:
            pattern: ^/api
            stateless: true
            jwt: ~
    access_control:
        - { path: ^/api/login, roles: PUBLIC_ACCESS }
"""
ENTITY = """<?php

namespace App\\Entity;

use ApiPlatform\\Metadata\\ApiResource;
use Doctrine\\ORM\\Mapping as ORM;

#[ORM\\Entity]
#[ApiResource]
class Chantier
{
    #[ORM\\Id]
    #[ORM\\GeneratedValue]
    #[ORM\\Column]
    private ?int $id = null;

    #[ORM\\Column(length: 255)]
    private ?string $intitule = null;

    #[ORM\\Column(length: 255)]
    private ?string $etat = null;
}
"""
SYMFONY = {
    "composer.json": json.dumps({"require": {"api-platform/core": "^3.0", "symfony/framework-bundle": "6.2.*",
                                             "lexik/jwt-authentication-bundle": "^2.16", "doctrine/orm": "^2.14"}}),
    "config/packages/security.yaml": SECURITY,
    "src/Entity/Chantier.php": ENTITY,
}

EXPORT = """import { Controller, Get, Param, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';

import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { PermissionGuard } from '../auth/permission.guard';
import { ExportService } from './export.service';

@Controller('export')
@UseGuards(JwtAuthGuard, PermissionGuard)
export class ExportController {
  constructor(private readonly exportService: ExportService) {}

  @Get('csv/:entity')
  async exportEntityCsv(@Param('entity') entity: string, @Res() res: Response) {
    const csv = await this.exportService.toCsv(entity);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.send(csv);
  }
}
"""
NEWS = """import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { Response } from 'express';

import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { NewsService } from './news.service';

@Controller('news')
export class NewsController {
  constructor(private readonly news: NewsService) {}

  @UseGuards(JwtAuthGuard)
  @Get('subscribers.csv')
  async subscribers(@Res() res: Response) {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.send(await this.news.subscribersCsv());
  }

  @Get()
  list() {
    return this.news.listPublished();
  }
}
"""
PAGE = """'use client';
export default function ImportPage() {
  async function send(form: FormData) {
    const response = await fetch('/api/export/import', { method: 'POST', body: form });
    if (!response.ok) {
      const error = await response.json();
      throw new Error(error.message);
    }
  }
  return <form action={send}><input type="file" name="file" /></form>;
}
"""
PRISMA = """datasource db {
  provider = "postgresql"
  url      = env("DATABASE_URL")
}

model Article {
  id        String   @id @default(cuid())
  title     String
  body      String
  published Boolean  @default(false)
  createdAt DateTime @default(now())
}
"""
CMS = {
    "package.json": json.dumps({"name": "mairie", "private": True, "workspaces": ["apps/*"]}),
    "apps/api/package.json": json.dumps({"name": "api", "dependencies": {"@nestjs/core": "^10.0.0", "@nestjs/common": "^10.0.0",
                                                                          "@prisma/client": "^5.0.0"}}),
    "apps/api/prisma/schema.prisma": PRISMA,
    "apps/api/src/modules/export/export.controller.ts": EXPORT,
    "apps/api/src/modules/news/news.controller.ts": NEWS,
    "apps/admin/package.json": json.dumps({"name": "admin", "dependencies": {"next": "14.2.0", "react": "18.3.0", "react-dom": "18.3.0"}}),
    "apps/admin/src/app/import/page.tsx": PAGE,
}


def _res(tmp_path, files, name="r"):
    return judge(tmp_path, files, [CID], name)[1][CID]


def test_an_api_behind_its_users_login_is_not_applicable(tmp_path):
    res = _res(tmp_path, SYMFONY)
    assert res["status"] == "not_applicable", res["message"]
    assert "^/api" in res["message"]["en"] and "signed-in users" in res["message"]["en"] and "connectés" in res["message"]["fr"]
    assert any(e.get("path") == "config/packages/security.yaml" and e.get("line") for e in res["evidence"]), res["evidence"]


def test_near_miss_an_api_opened_to_anonymous_users_stays_judged(tmp_path):
    files = dict(SYMFONY, **{"config/packages/security.yaml": SECURITY + "        - { path: ^/api/chantiers, roles: PUBLIC_ACCESS }\n"})
    res = _res(tmp_path, files, "open")
    assert res["status"] != "not_applicable", res["message"]


def test_near_miss_an_api_without_authentication_stays_judged(tmp_path):
    files = dict(SYMFONY, **{"config/packages/security.yaml": SECURITY.replace("            jwt: ~\n", "            security: false\n")})
    res = _res(tmp_path, files, "noauth")
    assert res["status"] != "not_applicable", res["message"]


def test_guarded_exports_of_a_cms_are_not_applicable(tmp_path):
    res = _res(tmp_path, CMS)
    assert res["status"] == "not_applicable", res["message"]
    assert res["details"]["reserved_exports"] == ["apps/api/src/modules/export/export.controller.ts",
                                                  "apps/api/src/modules/news/news.controller.ts"], res["details"]
    assert "own interface" in res["message"]["en"] and "propre interface" in res["message"]["fr"]


def test_near_miss_an_unguarded_csv_export_stays_judged(tmp_path):
    files = dict(CMS, **{"apps/api/src/modules/export/export.controller.ts": EXPORT.replace("@UseGuards(JwtAuthGuard, PermissionGuard)\n", "")})
    res = _res(tmp_path, files, "open")
    assert res["status"] in ("fail", "warn") and "CSV" in res["message"]["en"], res["message"]


def test_near_miss_an_api_documented_by_openapi_stays_judged(tmp_path):
    spec = ("openapi: 3.0.3\ninfo:\n  title: Articles\n  version: '1.0'\npaths:\n  /articles:\n    get:\n      responses:\n"
            "        '200':\n          description: la liste des articles publiés\n")
    files = dict(SYMFONY, **{"openapi.yaml": spec})
    res = _res(tmp_path, files, "spec")
    assert res["status"] != "not_applicable", res["message"]
