// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// Which database URL a command uses (--url, DATABASE_URL, .env, alembic.ini) and the .env syntax
// (python-dotenv's parser rules).

#include "core/alembic/alembicconfig.h"
#include "core/db/databaseurlsource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Retort::Core;

class TestDatabaseUrlSource : public QObject
{
    Q_OBJECT

private slots:
    void dotEnv_data();
    void dotEnv();
    void dotEnvLinesAndErrors();
    void dotEnvExpansion();
    void precedence();
    void emptyValuesCountAsAbsent();
    void noUrlAnywhere();
    void iniInterpolation();

private:
    static void write(const QString &path, const QByteArray &text);
    static AlembicConfig load(const QTemporaryDir &dir, const QByteArray &ini);
};

void TestDatabaseUrlSource::write(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

AlembicConfig TestDatabaseUrlSource::load(const QTemporaryDir &dir, const QByteArray &ini)
{
    QDir(dir.path()).mkpath(QStringLiteral("migrations"));
    write(dir.filePath(QStringLiteral("alembic.ini")), ini);
    auto config = AlembicConfig::load(dir.filePath(QStringLiteral("alembic.ini")), QStringLiteral("alembic"), dir.path());
    if (!config)
        qFatal("config: %s", qPrintable(config.error().message));
    return config.value();
}

void TestDatabaseUrlSource::dotEnv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value"); // of KEY; "<none>" when KEY is not set

    QTest::newRow("plain") << "KEY=value" << "value";
    QTest::newRow("spaces around =") << "KEY = value  " << "value";
    QTest::newRow("export") << "export KEY=value" << "value";
    QTest::newRow("export with tab") << "export\tKEY=v" << "v";
    QTest::newRow("exported is not export") << "exportKEY=v\nKEY=w" << "w";
    QTest::newRow("inline comment") << "KEY=value # note" << "value";
    QTest::newRow("hash without space") << "KEY=a#b" << "a#b";
    QTest::newRow("url with fragment-ish hash") << "KEY=postgresql://u:p#x@h/d" << "postgresql://u:p#x@h/d";
    QTest::newRow("single quotes") << "KEY='a b # c'" << "a b # c";
    QTest::newRow("single quotes keep escapes") << R"(KEY='a\nb\'c\\d')" << R"(a\nb'c\d)";
    QTest::newRow("double quotes") << R"(KEY="a\tb\"c\\d\ne")" << "a\tb\"c\\d\ne";
    QTest::newRow("double quotes unknown escape") << R"(KEY="a\qb")" << R"(a\qb)";
    QTest::newRow("double quotes then comment") << "KEY=\"x\"  # c" << "x";
    QTest::newRow("multi-line double quotes") << "KEY=\"line1\nline2\"\nOTHER=1" << "line1\nline2";
    QTest::newRow("empty") << "KEY=" << "";
    QTest::newRow("empty quotes") << "KEY=\"\"" << "";
    QTest::newRow("no equals: unset") << "KEY" << "<none>";
    QTest::newRow("comment line") << "# KEY=commented\nKEY=real" << "real";
    QTest::newRow("indented comment") << "   # KEY=x" << "<none>";
    QTest::newRow("last wins") << "KEY=1\nKEY=2" << "2";
    QTest::newRow("quoted key") << "'KEY'=q" << "q";
    QTest::newRow("crlf") << "A=1\r\nKEY=v\r\n" << "v";
    QTest::newRow("text after quote is an error") << "KEY=\"x\" y\nOTHER=1" << "<none>";
    QTest::newRow("unterminated quote") << "KEY=\"abc" << "<none>";
}

void TestDatabaseUrlSource::dotEnv()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    QString found = QStringLiteral("<none>");
    for (const DotEnvEntry &entry : parseDotEnv(text))
        if (entry.key == QLatin1String("KEY"))
            found = entry.value;
    QCOMPARE(found, value);
}

void TestDatabaseUrlSource::dotEnvLinesAndErrors()
{
    DiagnosticList warnings;
    const QString text = QStringLiteral("\n# header\nA=1\n\nB=\"two\nlines\"\nC=\"x\" junk\n  D = 4\n");
    const QList<DotEnvEntry> entries = parseDotEnv(text, {}, QStringLiteral("/p/.env"), &warnings);
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0), (DotEnvEntry{QStringLiteral("A"), QStringLiteral("1"), 3}));
    QCOMPARE(entries.at(1), (DotEnvEntry{QStringLiteral("B"), QStringLiteral("two\nlines"), 5}));
    QCOMPARE(entries.at(2), (DotEnvEntry{QStringLiteral("D"), QStringLiteral("4"), 8}));
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.at(0).code, QStringLiteral("dotenv-syntax"));
    QCOMPARE(warnings.at(0).location, (SourceLocation{QStringLiteral("/p/.env"), 7, 0}));
}

void TestDatabaseUrlSource::dotEnvExpansion()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGUSER_ENV"), QStringLiteral("fromenv"));
    env.insert(QStringLiteral("SHADOW"), QStringLiteral("env-wins"));
    const QString text = QStringLiteral(
        "HOST=db.local\nSHADOW=file\n"
        "DATABASE_URL=postgresql://${PGUSER_ENV}@${HOST}:${PORT:-5432}/${MISSING}app?x=${SHADOW}\n"
        "LITERAL='${HOST}'\nODD=${A:b}\n");
    const QList<DotEnvEntry> entries = parseDotEnv(text, env);
    QCOMPARE(entries.size(), 5);
    QCOMPARE(entries.at(2).value, QStringLiteral("postgresql://fromenv@db.local:5432/app?x=env-wins"));
    QCOMPARE(entries.at(3).value, QStringLiteral("db.local")); // python-dotenv expands single quotes too
    QCOMPARE(entries.at(4).value, QStringLiteral("${A:b}"));   // not the POSIX form: kept
}

void TestDatabaseUrlSource::precedence()
{
    QTemporaryDir dir;
    const AlembicConfig config = load(dir, "[alembic]\nscript_location = migrations\n"
                                           "sqlalchemy.url = sqlite:///from-ini.db\n");
    QProcessEnvironment env;

    auto fromIni = DatabaseUrlSource::resolve({}, env, config);
    QVERIFY(fromIni.hasValue());
    QCOMPARE(fromIni->url, QStringLiteral("sqlite:///from-ini.db"));
    QCOMPARE(fromIni->origin, DatabaseUrlSource::Origin::AlembicIni);
    QCOMPARE(fromIni->description(), QStringLiteral("alembic.ini [alembic] sqlalchemy.url"));
    QCOMPARE(fromIni->location.line, 3);

    write(dir.filePath(QStringLiteral(".env")), "OTHER=1\nexport DATABASE_URL=\"sqlite:///from-dotenv.db\"\n");
    auto fromDotEnv = DatabaseUrlSource::resolve({}, env, config);
    QVERIFY(fromDotEnv.hasValue());
    QCOMPARE(fromDotEnv->url, QStringLiteral("sqlite:///from-dotenv.db"));
    QCOMPARE(fromDotEnv->description(), QStringLiteral(".env"));
    QCOMPARE(fromDotEnv->location, (SourceLocation{dir.filePath(QStringLiteral(".env")), 2, 0}));

    env.insert(QStringLiteral("DATABASE_URL"), QStringLiteral("sqlite:///from-env.db"));
    auto fromEnv = DatabaseUrlSource::resolve({}, env, config);
    QVERIFY(fromEnv.hasValue());
    QCOMPARE(fromEnv->url, QStringLiteral("sqlite:///from-env.db"));
    QCOMPARE(fromEnv->description(), QStringLiteral("DATABASE_URL"));

    auto fromArgument = DatabaseUrlSource::resolve(QStringLiteral("sqlite:///explicit.db"), env, config);
    QVERIFY(fromArgument.hasValue());
    QCOMPARE(fromArgument->url, QStringLiteral("sqlite:///explicit.db"));
    QCOMPARE(fromArgument->origin, DatabaseUrlSource::Origin::Explicit);
    QCOMPARE(fromArgument->description(), QStringLiteral("--url"));
}

void TestDatabaseUrlSource::emptyValuesCountAsAbsent()
{
    QTemporaryDir dir;
    const AlembicConfig config = load(dir, "[alembic]\nscript_location = migrations\n"
                                           "sqlalchemy.url = postgresql://u@h/d\n");
    write(dir.filePath(QStringLiteral(".env")), "DATABASE_URL=\nBROKEN=\"\n");
    QProcessEnvironment env;
    env.insert(QStringLiteral("DATABASE_URL"), QString());
    auto source = DatabaseUrlSource::resolve({}, env, config);
    QVERIFY(source.hasValue());
    QCOMPARE(source->origin, DatabaseUrlSource::Origin::AlembicIni);
    QCOMPARE(source->url, QStringLiteral("postgresql://u@h/d"));
    QCOMPARE(source->warnings.size(), 1); // the unterminated quote of BROKEN
    QCOMPARE(source->warnings.at(0).location.line, 2);
}

void TestDatabaseUrlSource::noUrlAnywhere()
{
    QTemporaryDir dir;
    const AlembicConfig config = load(dir, "[alembic]\nscript_location = migrations\n");
    auto source = DatabaseUrlSource::resolve({}, QProcessEnvironment(), config);
    QVERIFY(!source.hasValue());
    QCOMPARE(source.error().code, QStringLiteral("no-database-url"));
    QVERIFY(source.error().message.contains(QStringLiteral("--url")));
    QVERIFY(source.error().message.contains(QStringLiteral("DATABASE_URL")));
}

void TestDatabaseUrlSource::iniInterpolation()
{
    QTemporaryDir dir;
    const AlembicConfig config = load(dir, "[alembic]\nscript_location = migrations\n"
                                           "sqlalchemy.url = sqlite:///%(here)s/app.db\n");
    auto source = DatabaseUrlSource::resolve({}, QProcessEnvironment(), config);
    QVERIFY(source.hasValue());
    QCOMPARE(source->url, QStringLiteral("sqlite:///") + dir.path() + QStringLiteral("/app.db"));

    QTemporaryDir bad;
    const AlembicConfig broken = load(bad, "[alembic]\nscript_location = migrations\n"
                                           "sqlalchemy.url = sqlite:///%(nowhere)s/app.db\n");
    auto failed = DatabaseUrlSource::resolve({}, QProcessEnvironment(), broken);
    QVERIFY(!failed.hasValue());
    QVERIFY2(failed.error().message.contains(QStringLiteral("nowhere")), qPrintable(failed.error().message));
}

QTEST_APPLESS_MAIN(TestDatabaseUrlSource)
#include "tst_databaseurlsource.moc"
