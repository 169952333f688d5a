"""A library copied by hand into an iOS app, its files under another holder's MIT grant (issue 12, s33 n33 =
Serli/opendata-poitiers-ios).

AFNetworking's folders (AFNetworking/, UIKit+AFNetworking/) sit in the Xcode project beside the app's own files, without CocoaPods:
each of their files opens on "Copyright (c) 2011–2015 Alamofire Software Foundation" and the MIT grant, while every file of the app
says "Copyright (c) 2015 serli. All rights reserved.". The report read MIT as the project's licence (licensing.license-file warn
"the license (MIT) is stated in the headers of 19 of 27 source files", open-license and authorized-fr pass) and measured the library
as the project's code."""

from __future__ import annotations

from tests.test_local_authority_verdicts import judge

MIT = ("// {name}\n// Copyright (c) 2011–2015 Alamofire Software Foundation (http://alamofire.org/)\n//\n"
       "// Permission is hereby granted, free of charge, to any person obtaining a copy\n"
       "// of this software and associated documentation files (the \"Software\"), to deal\n"
       "// in the Software without restriction, including without limitation the rights\n"
       "// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell\n"
       "// copies of the Software, and to permit persons to whom the Software is\n"
       "// furnished to do so, subject to the following conditions:\n//\n"
       "// The above copyright notice and this permission notice shall be included in\n"
       "// all copies or substantial portions of the Software.\n//\n"
       "// THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR\n"
       "// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,\n"
       "// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE\n"
       "// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER\n"
       "// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,\n"
       "// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN\n"
       "// THE SOFTWARE.\n\n")
OWN = "//\n//  {name}\n//  Abri Vélo\n//\n//  Created by Someone on 05/05/2015.\n//  Copyright (c) 2015 acme. All rights reserved.\n//\n\n"
M_BODY = ("#import \"{stem}.h\"\n\n@implementation {stem}\n\n- (void)start:(NSInteger)code {{\n"
          "    if (code == 1) {{ NSLog(@\"a\"); }} else if (code == 2) {{ NSLog(@\"b\"); }}\n}}\n\n@end\n")
H_BODY = "#import <Foundation/Foundation.h>\n\n@interface {stem} : NSObject\n- (void)start:(NSInteger)code;\n@end\n"


def _pair(folder: str, stem: str, header: str) -> dict:
    return {f"{folder}/{stem}.h": header.format(name=f"{stem}.h") + H_BODY.format(stem=stem),
            f"{folder}/{stem}.m": header.format(name=f"{stem}.m") + M_BODY.format(stem=stem)}


def app(own_header: str = OWN) -> dict:
    files = {"App.xcodeproj/project.pbxproj": "// !$*UTF8*$!\n{\n\tarchiveVersion = 1;\n\tobjectVersion = 46;\n}\n",
             "App/Info.plist": "<?xml version=\"1.0\"?>\n<plist version=\"1.0\"><dict></dict></plist>\n"}
    for stem in ("AFHTTPSessionManager", "AFSecurityPolicy", "AFURLSessionManager"):
        files.update(_pair("App/AFNetworking", stem, MIT))
    for stem in ("UIButton+AFNetworking", "UIImageView+AFNetworking"):
        files.update(_pair("App/UIKit+AFNetworking", stem, MIT))
    for stem in ("ViewController", "AppDelegate", "ShelterAnnotation"):
        files.update(_pair("App", stem, own_header))
    return files


CHECKS = ["licensing.license-file", "licensing.open-license", "reusability.maintainability"]


def test_a_library_under_another_holder_s_grant_is_no_licence_of_the_app(tmp_path):
    report, res = judge(tmp_path, app(), CHECKS)
    assert res["licensing.open-license"]["status"] == "fail", res["licensing.open-license"]["message"]
    assert res["licensing.license-file"]["status"] == "fail", res["licensing.license-file"]["message"]
    assert "AFNetworking" not in str(res["reusability.maintainability"]), res["reusability.maintainability"]["message"]
    assert report["facts"]["inventory"]["categories"]["vendored"] == 10, report["facts"]["inventory"]["categories"]


def test_an_app_signing_its_own_files_with_the_same_grant_keeps_its_licence(tmp_path):
    # the project's own files carry the same holder's MIT grant: the folders are the project's, MIT is its licence
    report, res = judge(tmp_path, app(MIT), CHECKS, name="own")
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
    assert report["facts"]["inventory"]["categories"]["vendored"] == 0, report["facts"]["inventory"]["categories"]
    # files signed by no one: nothing tells the library from the app, MIT in the headers stays what the repository says
    report, res = judge(tmp_path, app("//  {name}\n\n"), CHECKS, name="unsigned")
    assert res["licensing.open-license"]["status"] == "pass", res["licensing.open-license"]["message"]
