// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// retort-makorender: renders script.py.mako templates with Retort's MakoTemplate so that
// test_written_files.py can byte-compare the output with real Mako.
//
//   retort-makorender CASES.json
//
// CASES.json is a list of {"template": "<path>" | "source": "<text>", "variables": {...},
// "options": {"key": "value"}}. Variables: strings, null, booleans, integers; arrays are tuples;
// {"list": [...]}, {"callable": "comma"}, {"object": "config"} and
// {"datetime": "YYYY-MM-DDTHH:MM:SS", "microsecond": N, "offset": seconds-or-null}.
// Prints a JSON list of {"ok": true, "text": ...} or {"ok": false, "error": ..., "line": N}.

#include "core/project/makotemplate.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace Retort::Core;

namespace {

MakoValue toValue(const QJsonValue &json)
{
    if (json.isNull())
        return MakoValue::none();
    if (json.isBool())
        return MakoValue::boolean(json.toBool());
    if (json.isDouble())
        return MakoValue::integer(qint64(json.toDouble()));
    if (json.isString())
        return MakoValue::string(json.toString());
    if (json.isArray()) {
        std::vector<MakoValue> items;
        for (const QJsonValue &item : json.toArray())
            items.push_back(toValue(item));
        return MakoValue::tuple(std::move(items));
    }
    const QJsonObject object = json.toObject();
    if (object.contains(QStringLiteral("list"))) {
        MakoValue tuple = toValue(object.value(QStringLiteral("list")));
        return MakoValue::list(tuple.items());
    }
    if (object.contains(QStringLiteral("callable")))
        return MakoValue::callable(object.value(QStringLiteral("callable")).toString());
    if (object.contains(QStringLiteral("object")))
        return MakoValue::object(object.value(QStringLiteral("object")).toString());
    const QDateTime when
        = QDateTime::fromString(object.value(QStringLiteral("datetime")).toString(), Qt::ISODate);
    const QJsonValue offset = object.value(QStringLiteral("offset"));
    return MakoValue::dateTime(CreateDate::fromFields(when.date(), when.time(),
        object.value(QStringLiteral("microsecond")).toInt(),
        offset.isDouble() ? std::optional<int>(offset.toInt()) : std::nullopt));
}

QJsonObject renderCase(const QJsonObject &testCase)
{
    const MakoTemplate tmpl = testCase.contains(QStringLiteral("template"))
        ? MakoTemplate::fromFile(testCase.value(QStringLiteral("template")).toString())
        : MakoTemplate::fromSource(
            testCase.value(QStringLiteral("source")).toString(), QStringLiteral("<source>"));
    MakoRenderInput input;
    const QJsonObject variables = testCase.value(QStringLiteral("variables")).toObject();
    for (auto it = variables.begin(); it != variables.end(); ++it)
        input.variables.insert(it.key(), toValue(it.value()));
    const QJsonObject options = testCase.value(QStringLiteral("options")).toObject();
    input.mainOption = [options](const QString &key) -> std::optional<QString> {
        if (!options.contains(key))
            return std::nullopt;
        return options.value(key).toString();
    };
    const auto text = tmpl.render(input);
    if (text)
        return QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("text"), text.value()}};
    return QJsonObject {{QStringLiteral("ok"), false},
        {QStringLiteral("error"), text.error().message},
        {QStringLiteral("code"), text.error().code},
        {QStringLiteral("line"), text.error().location.line}};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: retort-makorender CASES.json\n", stderr);
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    QJsonArray results;
    for (const QJsonValue &testCase : QJsonDocument::fromJson(file.readAll()).array())
        results.append(renderCase(testCase.toObject()));
    const QByteArray out = QJsonDocument(results).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
