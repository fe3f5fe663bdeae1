#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Retort authors
"""Helpers for Retort's Qt Linguist files (translations/retort_<lang>.ts).

  translations.py check FILE.ts            exit 1 unless every message is translated and keeps
                                           its placeholders (%1.., %n), accelerator and HTML tags
  translations.py current LUPDATE FILE.ts  the same check on a copy lupdate has refreshed from the
                                           sources: fails when a tr() string is missing from FILE.ts,
                                           or FILE.ts keeps one the sources no longer have
  translations.py export FILE.ts OUT.json  the unfinished messages, for translating outside Linguist
  translations.py import FILE.ts IN.json   fills translations from such a JSON file (a list of
                                           {context, source, translation} or, for plurals,
                                           {context, source, forms: [...]}) and marks them finished

lupdate (the `retort_lupdate` build target) keeps the .ts in step with the sources; Linguist or
this script fills it. The .ts stays the single source of truth: the build compiles it to .qm.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


def messages(tree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def forms_of(message):
    translation = message.find("translation")
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def accelerators(text):
    return len(re.findall(r"&(?!&|amp;|lt;|gt;|quot;)\S", text))


def problems_of(context, message):
    source = message.findtext("source")
    translation = message.find("translation")
    where = f"{context}: {source!r}"
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return [f"{where}: not translated"]
    found = []
    for form in forms_of(message):
        if not form.strip():
            found.append(f"{where}: empty translation")
            continue
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(form))):
            # German plural "one" forms may spell out the number; everything else must keep it.
            if not (message.get("numerus") == "yes" and
                    sorted(set(PLACEHOLDER.findall(source)) - {"%n"}) == sorted(set(PLACEHOLDER.findall(form)) - {"%n"})):
                found.append(f"{where}: placeholders differ in {form!r}")
        if accelerators(source) != accelerators(form):
            found.append(f"{where}: accelerator count differs in {form!r}")
        if sorted(TAG.findall(source)) != sorted(TAG.findall(form)):
            found.append(f"{where}: HTML tags differ in {form!r}")
    return found


def check(path):
    tree = ET.parse(path)
    problems = [p for context, message in messages(tree) for p in problems_of(context, message)]
    total = sum(1 for _ in messages(tree))
    for problem in problems:
        print(problem)
    print(f"{path}: {total} messages, {len(problems)} problems")
    return 1 if problems or total == 0 else 0


def export(path, out):
    tree = ET.parse(path)
    items = []
    for context, message in messages(tree):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        item = {"context": context, "source": message.findtext("source")}
        if message.findtext("comment"):
            item["comment"] = message.findtext("comment")
        if message.get("numerus") == "yes":
            item["forms"] = ["", ""]
        else:
            item["translation"] = ""
        items.append(item)
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(items, handle, ensure_ascii=False, indent=1)
    print(f"{len(items)} unfinished messages written to {out}")
    return 0


def write_ts(tree, path):
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")


def import_(path, source_json):
    tree = ET.parse(path)
    with open(source_json, encoding="utf-8") as handle:
        wanted = {(i["context"], i["source"]): i for i in json.load(handle)}
    filled = 0
    for context, message in messages(tree):
        item = wanted.get((context, message.findtext("source")))
        if item is None:
            continue
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = item.get("forms") or []
            if not all(forms):
                continue
            for node, text in zip(translation.iter("numerusform"), forms):
                node.text = text
        else:
            if not item.get("translation"):
                continue
            translation.text = item["translation"]
        translation.attrib.pop("type", None)
        filled += 1
    write_ts(tree, path)
    print(f"{filled} messages filled in {path}")
    return 0


def message_keys(path):
    return {(context, message.findtext("source")) for context, message in messages(ET.parse(path))}


def current(lupdate, path):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, os.path.basename(path))
        shutil.copyfile(path, copy)
        subprocess.run([lupdate, "-no-obsolete", "-locations", "none", "-source-language", "en",
                        os.path.join(root, "ui"), os.path.join(root, "app", "gui"), "-ts", copy],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        status = check(copy)
        stale = message_keys(path) - message_keys(copy)
    for context, source in sorted(stale):
        print(f"{context}: {source!r}: no longer in the sources")
    status = status or (1 if stale else 0)
    if status:
        print("Run `cmake --build <build> --target retort_lupdate`, then translate the new messages.")
    return status


def main(argv):
    if len(argv) == 3 and argv[0] == "current":
        return current(argv[1], argv[2])
    if len(argv) >= 2 and argv[0] == "check":
        return max(check(p) for p in argv[1:])
    if len(argv) == 3 and argv[0] == "export":
        return export(argv[1], argv[2])
    if len(argv) == 3 and argv[0] == "import":
        return import_(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
