// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// AlembicConfig and revision file discovery on real temporary directories. Messages marked
// "oracle" were checked against Alembic 1.8.1 (`alembic -c ... heads` in a scratch directory).

#include "core/alembic/alembicconfig.h"
#include "core/alembic/versionfiles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Retort::Core;

namespace {

// The error message, for QVERIFY2 (which evaluates its message even when the check passes).
QString failure(const Expected<AlembicConfig, Diagnostic> &config)
{
    return config.hasValue() ? QString() : config.error().message;
}

} // namespace

class TestAlembicConfig : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void missingFileOrSection_data();
    void missingFileOrSection();
    void missingScriptLocation();
    void scriptLocationIsRelativeToWorkingDirectory();
    void hereMakesScriptLocationPortable();
    void scriptLocationFromDefaultSection();
    void packageResourceIsUnsupported();
    void otherSection();
    void versionLocationSplitting_data();
    void versionLocationSplitting();
    void inlineCommentSeparatorBug();
    void separatorIgnoredWithoutVersionLocations();
    void invalidPathSeparator();
    void emptyVersionLocationEntry();
    void optionValues();
    void invalidTruncateSlugLength();
    void lazyKeysOnlyWarn();
    void interpolationErrorStopsLoading();
    void parseErrorsAreMerged();
    void encodingProblems();

    void revisionFileNames_data();
    void revisionFileNames();
    void listingSkipsAndSorts();
    void listingIsCodePointSorted();
    void recursiveListing();
    void duplicatesThroughOverlappingLocations();
    void duplicateThroughSymlink();
    void missingLocationsAreSkipped();
    void tenThousandFiles();

private:
    QString path(const QString &relative) const { return m_root + QLatin1Char('/') + relative; }
    void write(const QString &relative, const QByteArray &content = QByteArray());
    void mkdir(const QString &relative);
    Expected<AlembicConfig, Diagnostic> load(
        const QByteArray &ini, const QString &section = QStringLiteral("alembic"));

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_root; // canonical, so real paths and configured paths agree
};

void TestAlembicConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_root = QFileInfo(m_dir->path()).canonicalFilePath();
}

void TestAlembicConfig::write(const QString &relative, const QByteArray &content)
{
    const QString full = path(relative);
    QVERIFY(QDir().mkpath(QFileInfo(full).absolutePath()));
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
}

void TestAlembicConfig::mkdir(const QString &relative)
{
    QVERIFY(QDir().mkpath(path(relative)));
}

// Writes \a ini as <root>/alembic.ini and loads it with <root> as the working directory.
Expected<AlembicConfig, Diagnostic> TestAlembicConfig::load(
    const QByteArray &ini, const QString &section)
{
    write(QStringLiteral("alembic.ini"), ini);
    return AlembicConfig::load(QStringLiteral("alembic.ini"), section, m_root);
}

// ---------------------------------------------------------------------------------------------

void TestAlembicConfig::missingFileOrSection_data()
{
    QTest::addColumn<QByteArray>("ini"); // empty: no file written
    QTest::addColumn<QString>("iniPath");
    QTest::addColumn<QString>("section");
    QTest::addColumn<QString>("message");
    QTest::newRow("noFile") << QByteArray() << QStringLiteral("nope.ini")
                            << QStringLiteral("alembic")
                            << QStringLiteral("No config file 'nope.ini' found, or file has no "
                                              "'[alembic]' section"); // oracle
    QTest::newRow("noSection") << QByteArray("[other]\nscript_location = m\n")
                               << QStringLiteral("alembic.ini") << QStringLiteral("alembic")
                               << QStringLiteral("No config file 'alembic.ini' found, or file has "
                                                 "no '[alembic]' section");
    QTest::newRow("nameOption") << QByteArray("[alembic]\nscript_location = m\n")
                                << QStringLiteral("alembic.ini") << QStringLiteral("other")
                                << QStringLiteral("No config file 'alembic.ini' found, or file has "
                                                  "no '[other]' section"); // oracle (-n other)
    QTest::newRow("defaultIsNoSection")
        << QByteArray("[DEFAULT]\nscript_location = m\n") << QStringLiteral("alembic.ini")
        << QStringLiteral("DEFAULT")
        << QStringLiteral("No config file 'alembic.ini' found, or "
                          "file has no '[DEFAULT]' section");
    QTest::newRow("directory") << QByteArray() << QStringLiteral("adir")
                               << QStringLiteral("alembic")
                               << QStringLiteral("No config file 'adir' found, or file has no "
                                                 "'[alembic]' section");
}

void TestAlembicConfig::missingFileOrSection()
{
    QFETCH(QByteArray, ini);
    QFETCH(QString, iniPath);
    QFETCH(QString, section);
    QFETCH(QString, message);
    mkdir(QStringLiteral("adir"));
    if (!ini.isEmpty())
        write(iniPath, ini);
    const auto config = AlembicConfig::load(iniPath, section, m_root);
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("config-missing"));
    QCOMPARE(config.error().message, message);
    QCOMPARE(config.error().location.file, path(iniPath));
}

void TestAlembicConfig::missingScriptLocation()
{
    const auto config = load("[alembic]\n# script_location = m\nfile_template = x\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("config-no-script-location"));
    QCOMPARE(config.error().message,
        QStringLiteral("No 'script_location' key found in configuration.")); // oracle
    QCOMPARE(config.error().location.line, 1);
}

void TestAlembicConfig::scriptLocationIsRelativeToWorkingDirectory()
{
    write(QStringLiteral("proj/alembic.ini"), "[alembic]\nscript_location = migrations\n");
    mkdir(QStringLiteral("proj/migrations/versions"));
    mkdir(QStringLiteral("sub"));

    // Like `cd sub && alembic -c ../proj/alembic.ini heads` (oracle text).
    auto config = AlembicConfig::load(QStringLiteral("../proj/alembic.ini"),
        QStringLiteral("alembic"), path(QStringLiteral("sub")));
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("script-location-missing"));
    QCOMPARE(config.error().message,
        QLatin1String("Path doesn't exist: '") + path(QStringLiteral("sub/migrations"))
            + QLatin1String("'.  Please use the 'init' command to create a new scripts "
                            "folder."));
    QCOMPARE(
        config.error().location, SourceLocation({path(QStringLiteral("proj/alembic.ini")), 2, 0}));

    config = AlembicConfig::load(
        QStringLiteral("alembic.ini"), QStringLiteral("alembic"), path(QStringLiteral("proj")));
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QCOMPARE(config->scriptLocation(), QStringLiteral("migrations"));
    QCOMPARE(config->scriptDirectory(), path(QStringLiteral("proj/migrations")));
    QCOMPARE(
        config->versionLocations(), QStringList {path(QStringLiteral("proj/migrations/versions"))});
    QVERIFY(!config->hasExplicitVersionLocations());
    QCOMPARE(config->here(), path(QStringLiteral("proj")));
    QCOMPARE(config->iniPath(), QStringLiteral("alembic.ini"));
    QCOMPARE(config->iniFilePath(), path(QStringLiteral("proj/alembic.ini")));
    QCOMPARE(config->section(), QStringLiteral("alembic"));
    QVERIFY(config->diagnostics.isEmpty());
}

void TestAlembicConfig::hereMakesScriptLocationPortable()
{
    write(QStringLiteral("proj/alembic.ini"),
        "[alembic]\nscript_location = %(here)s/./migrations/../migrations\n");
    mkdir(QStringLiteral("proj/migrations"));
    const auto config = AlembicConfig::load(
        QStringLiteral("proj//alembic.ini"), QStringLiteral("alembic"), m_root);
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QCOMPARE(config->here(), path(QStringLiteral("proj")));
    QCOMPARE(config->scriptLocation(), path(QStringLiteral("proj/./migrations/../migrations")));
    QCOMPARE(config->scriptDirectory(), path(QStringLiteral("proj/migrations")));
    QCOMPARE(
        config->versionLocations(), QStringList {path(QStringLiteral("proj/migrations/versions"))});
}

void TestAlembicConfig::scriptLocationFromDefaultSection()
{
    mkdir(QStringLiteral("m"));
    const auto config = load("[DEFAULT]\nSCRIPT_LOCATION = m\n[alembic]\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QCOMPARE(config->scriptDirectory(), path(QStringLiteral("m")));
    QCOMPARE(config->lineOf(QStringLiteral("script_location")), 2);
}

void TestAlembicConfig::packageResourceIsUnsupported()
{
    auto config = load("[alembic]\nscript_location = myapp:migrations\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("package-resource"));
    QVERIFY(config.error().message.contains(QLatin1String("'myapp:migrations'")));
    QCOMPARE(config.error().location.line, 2);

    // Legacy splitting keeps "a:b" whole, which Alembic then imports as package "a" (oracle:
    // ModuleNotFoundError: No module named 'a').
    mkdir(QStringLiteral("m"));
    config = load("[alembic]\nscript_location = m\nversion_locations = a:b\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("package-resource"));
    QCOMPARE(config.error().location.line, 3);
}

void TestAlembicConfig::otherSection()
{
    mkdir(QStringLiteral("main_migrations"));
    mkdir(QStringLiteral("reporting_migrations"));
    QFile source(QStringLiteral(RETORT_TEST_DATA_DIR "/ini/multidb.ini"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray ini = source.readAll();

    auto config = load(ini, QStringLiteral("reporting"));
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QCOMPARE(config->section(), QStringLiteral("reporting"));
    QCOMPARE(config->scriptDirectory(), path(QStringLiteral("reporting_migrations")));
    QCOMPARE(config->sqlalchemyUrl().value_or(QString()),
        QLatin1String("sqlite:///") + m_root + QLatin1String("/reporting.db"));
    QCOMPARE(config->fileTemplate(), QStringLiteral("%(year)d_%(month).2d_%(rev)s"));
    QCOMPARE(config->truncateSlugLength(), 20);

    config = load(ini);
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QCOMPARE(config->scriptDirectory(), path(QStringLiteral("main_migrations")));
    QCOMPARE(config->sqlalchemyUrl().value_or(QString()),
        QLatin1String("sqlite:///") + m_root + QLatin1String("/main.db"));
    QCOMPARE(config->fileTemplate(), QStringLiteral("%(rev)s_%(slug)s"));
    QCOMPARE(config->truncateSlugLength(), 40);
}

void TestAlembicConfig::versionLocationSplitting_data()
{
    QTest::addColumn<QByteArray>("lines"); // appended to [alembic]
    QTest::addColumn<QStringList>("expected"); // relative to the root, or absolute
    QTest::newRow("legacyCommaSpace")
        << QByteArray("version_locations = a b,c, d  e\n") << QStringList {"a", "b", "c", "d", "e"};
    QTest::newRow("legacyKeepsTabs")
        << QByteArray("version_locations = a\tb\n") << QStringList {"a\tb"};
    QTest::newRow("space") << QByteArray(
        "version_locations = a  b\nversion_path_separator = space\n")
                           << QStringList {"a", "b"};
    QTest::newRow("os") << QByteArray("version_locations = a:b, c\nversion_path_separator = os\n")
                        << QStringList {"a", "b, c"};
    QTest::newRow("colonStripsPieces")
        << QByteArray("version_locations = a: b :c\nversion_path_separator = :\n")
        << QStringList {"a", "b", "c"};
    QTest::newRow("semicolon") << QByteArray(
        "version_locations = a;b c\nversion_path_separator = ;\n")
                               << QStringList {"a", "b c"};
    QTest::newRow("newline") << QByteArray(
        "version_locations =\n    a\n\n    b c\nversion_path_separator = newline\n")
                             << QStringList {"a", "b c"};
    QTest::newRow("pathSeparatorWins") << QByteArray(
        "version_locations = a;b\npath_separator = ;\nversion_path_separator = bogus\n")
                                       << QStringList {"a", "b"};
    QTest::newRow("here") << QByteArray("version_locations = %(here)s/v1 %(here)s/../x/v2\n")
                          << QStringList {"v1", "../x/v2"};
    QTest::newRow("separatorInDefault")
        << QByteArray("version_locations = a;b\n[DEFAULT]\nversion_path_separator = ;\n")
        << QStringList {"a", "b"};
    QTest::newRow("emptyMeansDefault")
        << QByteArray("version_locations =\n") << QStringList {"m/versions"};
}

void TestAlembicConfig::versionLocationSplitting()
{
    QFETCH(QByteArray, lines);
    QFETCH(QStringList, expected);
    mkdir(QStringLiteral("m"));
    const auto config = load("[alembic]\nscript_location = m\n" + lines);
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QStringList absolute;
    for (const QString &location : std::as_const(expected))
        absolute.append(QDir::cleanPath(path(location)));
    QCOMPARE(config->versionLocations(), absolute);
    QCOMPARE(
        config->hasExplicitVersionLocations(), expected.first() != QLatin1String("m/versions"));
}

void TestAlembicConfig::inlineCommentSeparatorBug()
{
    mkdir(QStringLiteral("migrations"));
    QFile source(QStringLiteral(RETORT_TEST_DATA_DIR "/ini/inline-comment-separator.ini"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    const auto config = load(source.readAll());
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("version-path-separator"));
    // oracle: ValueError text of Alembic 1.8.1, then Retort's hint on its own line
    const QStringList lines = config.error().message.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0],
        QStringLiteral("'os  # Use os.pathsep. Default configuration used for new "
                       "projects.' is not a valid value for version_path_separator; "
                       "expected 'space', 'os', ':', ';'"));
    QVERIFY(lines[1].contains(QLatin1String("inline comments")));
    QCOMPARE(config.error().location, SourceLocation({path(QStringLiteral("alembic.ini")), 12, 0}));
}

void TestAlembicConfig::separatorIgnoredWithoutVersionLocations()
{
    mkdir(QStringLiteral("m/versions"));
    const auto config = load("[alembic]\nscript_location = m\n# version_locations = a\n"
                             "version_path_separator = os  # Use os.pathsep.\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QCOMPARE(config->versionLocations(), QStringList {path(QStringLiteral("m/versions"))});
}

void TestAlembicConfig::invalidPathSeparator()
{
    mkdir(QStringLiteral("m"));
    const auto config = load("[alembic]\nscript_location = m\nversion_locations = a\n"
                             "path_separator = comma\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().message,
        QStringLiteral("'comma' is not a valid value for path_separator; expected 'space', "
                       "'newline', 'os', ':', ';'"));
    QCOMPARE(config.error().location.line, 4);
}

void TestAlembicConfig::emptyVersionLocationEntry()
{
    mkdir(QStringLiteral("m"));
    const auto config = load("[alembic]\nscript_location = m\nversion_locations = a,,b\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QCOMPARE(config->versionLocations(),
        QStringList({path(QStringLiteral("a")), m_root, path(QStringLiteral("b"))}));
    QCOMPARE(config->diagnostics.size(), 1);
    QCOMPARE(config->diagnostics[0].code, QStringLiteral("version-location-empty"));
    QCOMPARE(config->diagnostics[0].severity, Severity::Warning);
    QCOMPARE(config->diagnostics[0].location.line, 3);
}

void TestAlembicConfig::optionValues()
{
    mkdir(QStringLiteral("m"));
    const auto config = load("[alembic]\nscript_location = m\nfile_template = %%(rev)s\n"
                             "truncate_slug_length = 0\ntimezone = UTC\noutput_encoding = latin-1\n"
                             "revision_environment = Yes \nrecursive_version_locations = True\n"
                             "sourceless = true\nsqlalchemy.url = postgresql://u:p%%40ss@h/db\n"
                             "custom = %(here)s/x\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QCOMPARE(config->fileTemplate(), QStringLiteral("%(rev)s"));
    QCOMPARE(config->truncateSlugLength(), 40); // `truncate_slug_length or 40`
    QCOMPARE(config->timezone().value_or(QString()), QStringLiteral("UTC"));
    QCOMPARE(config->outputEncoding(), QStringLiteral("latin-1"));
    QVERIFY(config->revisionEnvironment());
    QVERIFY(!config->recursiveVersionLocations()); // only the exact string "true"
    QVERIFY(config->sourceless());
    QCOMPARE(
        config->sqlalchemyUrl().value_or(QString()), QStringLiteral("postgresql://u:p%40ss@h/db"));
    QCOMPARE(config->option(QStringLiteral("CUSTOM")).value().value_or(QString()),
        path(QStringLiteral("x")));
    QVERIFY(!config->option(QStringLiteral("nope")).value().has_value());
    QCOMPARE(config->diagnostics.size(), 1);
    QCOMPARE(config->diagnostics[0].code, QStringLiteral("sourceless-ignored"));
    QCOMPARE(config->diagnostics[0].severity, Severity::Info);
    QCOMPARE(config->diagnostics[0].location.line, 9);

    const auto defaults = load("[alembic]\nscript_location = m\n");
    QVERIFY(defaults.hasValue());
    QCOMPARE(defaults->fileTemplate(), QStringLiteral("%(rev)s_%(slug)s"));
    QCOMPARE(defaults->truncateSlugLength(), 40);
    QVERIFY(!defaults->timezone().has_value());
    QVERIFY(!defaults->sqlalchemyUrl().has_value());
    QCOMPARE(defaults->outputEncoding(), QStringLiteral("utf-8"));
    QVERIFY(!defaults->revisionEnvironment());
    QVERIFY(!defaults->sourceless());
}

void TestAlembicConfig::invalidTruncateSlugLength()
{
    mkdir(QStringLiteral("m"));
    auto config = load("[alembic]\nscript_location = m\ntruncate_slug_length = abc\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("config-invalid-int"));
    // oracle: ValueError: invalid literal for int() with base 10: 'abc'
    QVERIFY(config.error().message.endsWith(
        QLatin1String("invalid literal for int() with base 10: 'abc'")));
    QCOMPARE(config.error().location.line, 3);

    config = load("[alembic]\nscript_location = m\ntruncate_slug_length = 1_2\n");
    QVERIFY(config.hasValue());
    QCOMPARE(config->truncateSlugLength(), 12);
    QVERIFY(!load("[alembic]\nscript_location = m\ntruncate_slug_length = 1__2\n").hasValue());
    QVERIFY(!load("[alembic]\nscript_location = m\ntruncate_slug_length =\n").hasValue());
}

void TestAlembicConfig::lazyKeysOnlyWarn()
{
    mkdir(QStringLiteral("m"));
    const auto config
        = load("[alembic]\nscript_location = m\nsqlalchemy.url = postgresql://u:p%40@h/db\n"
               "revision_environment = maybe\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QVERIFY(!config->sqlalchemyUrl().has_value());
    QVERIFY(!config->revisionEnvironment());
    QCOMPARE(config->diagnostics.size(), 2);
    QCOMPARE(config->diagnostics[0].code, QStringLiteral("sqlalchemy-url-unreadable"));
    QCOMPARE(config->diagnostics[0].severity, Severity::Warning);
    QCOMPARE(config->diagnostics[0].message,
        QStringLiteral("'%' must be followed by '%' or '(', found: '%40@h/db'"));
    QCOMPARE(config->diagnostics[0].location.line, 3);
    QCOMPARE(config->diagnostics[1].code, QStringLiteral("revision-environment-invalid"));
    QCOMPARE(config->diagnostics[1].message, QStringLiteral("String is not true/false: 'maybe'"));
    QCOMPARE(config->diagnostics[1].location.line, 4);
}

void TestAlembicConfig::interpolationErrorStopsLoading()
{
    mkdir(QStringLiteral("m"));
    auto config = load("[alembic]\nscript_location = %(nope)s/m\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("ini-interpolation"));
    QCOMPARE(config.error().message,
        QStringLiteral("Bad value substitution: option 'script_location' in section 'alembic' "
                       "contains an interpolation key 'nope' which is not a valid option name. "
                       "Raw value: '%(nope)s/m'"));
    QCOMPARE(config.error().location.line, 2);

    // Alembic reads every key of [post_write_hooks] (get_section -> items()) while loading.
    config = load("[alembic]\nscript_location = m\n[post_write_hooks]\nhooks = black\n"
                  "black.options = -l 79 100%\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().location.line, 5);
}

void TestAlembicConfig::parseErrorsAreMerged()
{
    const auto config = load("[alembic]\nscript_location\nx = 1\nalso bad\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("ini-syntax"));
    QCOMPARE(config.error().message,
        QStringLiteral("Source contains parsing errors: 'alembic.ini'\n\t[line  2]: "
                       "'script_location\\n'\n\t[line  4]: 'also bad\\n'"));
    QCOMPARE(config.error().location, SourceLocation({path(QStringLiteral("alembic.ini")), 2, 0}));
}

void TestAlembicConfig::encodingProblems()
{
    auto config = load("[alembic]\nscript_location = m\n# caf\xe9\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("ini-encoding"));
    QCOMPARE(config.error().message,
        QStringLiteral("'utf-8' codec can't decode byte 0xe9 in position 35: invalid "
                       "continuation byte"));
    QCOMPARE(config.error().location.line, 3);

    config = load("\xef\xbb\xbf[alembic]\nscript_location = m\n");
    QVERIFY(!config.hasValue());
    QCOMPARE(config.error().code, QStringLiteral("ini-no-section-header"));
    QVERIFY(config.error().message.startsWith(
        QLatin1String("File contains no section headers.\nfile: 'alembic.ini', line: 1\n"
                      "'\\ufeff[alembic]\\n'\n")));
    QVERIFY(config.error().message.contains(QLatin1String("byte order mark")));
}

// ---------------------------------------------------------------------------------------------

void TestAlembicConfig::revisionFileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches"); // re.match(r"(?!\.\#|__init__)(.*\.py)$", name)
    QTest::newRow("plain") << QStringLiteral("1a2b_add.py") << true;
    QTest::newRow("onlyExtension") << QStringLiteral(".py") << true;
    QTest::newRow("hidden") << QStringLiteral(".hidden.py") << true;
    QTest::newRow("lockFile") << QStringLiteral(".#1a2b_add.py") << false;
    QTest::newRow("init") << QStringLiteral("__init__.py") << false;
    QTest::newRow("initPrefix") << QStringLiteral("__init__x.py") << false;
    QTest::newRow("initInside") << QStringLiteral("x__init__.py") << true;
    QTest::newRow("compiled") << QStringLiteral("x.pyc") << false;
    QTest::newRow("upperCase") << QStringLiteral("x.PY") << false;
    QTest::newRow("backup") << QStringLiteral("x.py~") << false;
    QTest::newRow("noDot") << QStringLiteral("xpy") << false;
}

void TestAlembicConfig::revisionFileNames()
{
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(isRevisionFileName(name), matches);
}

void TestAlembicConfig::listingSkipsAndSorts()
{
    for (const char *name : {"b.py", "a.py", "__init__.py", ".#a.py", "x.pyc", "README", "Z.py",
             "_x.py", ".hidden.py", "sub/d.py", "c.py/inner.py"})
        write(QStringLiteral("m/versions/") + QLatin1String(name), "# revision\n");
    mkdir(QStringLiteral("m/versions/dir.py"));
    const auto config = load("[alembic]\nscript_location = m\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    DiagnosticList diags;
    const QStringList files = listRevisionFiles(*config, &diags);
    QStringList expected;
    for (const char *name : {".hidden.py", "Z.py", "_x.py", "a.py", "b.py"})
        expected.append(path(QStringLiteral("m/versions/") + QLatin1String(name)));
    QCOMPARE(files, expected);
    QVERIFY(diags.isEmpty());
}

void TestAlembicConfig::listingIsCodePointSorted()
{
    // Python sorted(): U+FFFD < U+1F600, although UTF-16 puts the surrogate pair first.
    const QString astral = QString::fromUtf8("\U0001F600.py");
    const QString bmp = QString::fromUtf8("\uFFFD.py");
    write(QStringLiteral("v/") + astral);
    write(QStringLiteral("v/") + bmp);
    write(QStringLiteral("v/z.py"));
    const QStringList files = listRevisionFiles({path(QStringLiteral("v"))}, false, nullptr);
    QCOMPARE(files,
        QStringList({path(QStringLiteral("v/z.py")), path(QStringLiteral("v/") + bmp),
            path(QStringLiteral("v/") + astral)}));
}

void TestAlembicConfig::recursiveListing()
{
    for (const char *name : {"b.py", "a.py", "sub2/z.py", "sub1/y.py", "sub1/deeper/x.py",
             "__pycache__/c.py", "sub1/__init__.py"})
        write(QStringLiteral("m/versions/") + QLatin1String(name));
    write(QStringLiteral("elsewhere/e.py"));
    QVERIFY(
        QFile::link(path(QStringLiteral("elsewhere")), path(QStringLiteral("m/versions/linked"))));
    const auto config
        = load("[alembic]\nscript_location = m\nrecursive_version_locations = true\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    QVERIFY(config->recursiveVersionLocations());
    const QStringList files = listRevisionFiles(*config, nullptr);
    QStringList expected;
    for (const char *name : {"a.py", "b.py", "sub1/y.py", "sub1/deeper/x.py", "sub2/z.py"})
        expected.append(path(QStringLiteral("m/versions/") + QLatin1String(name)));
    QCOMPARE(files, expected);
}

void TestAlembicConfig::duplicatesThroughOverlappingLocations()
{
    write(QStringLiteral("v/a.py"));
    write(QStringLiteral("v/sub/b.py"));
    mkdir(QStringLiteral("m"));
    const auto config = load("[alembic]\nscript_location = m\n"
                             "version_locations = %(here)s/v/sub %(here)s/v\n"
                             "recursive_version_locations = true\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    DiagnosticList diags;
    const QStringList files = listRevisionFiles(*config, &diags);
    QCOMPARE(
        files, QStringList({path(QStringLiteral("v/sub/b.py")), path(QStringLiteral("v/a.py"))}));
    QCOMPARE(diags.size(), 1);
    QCOMPARE(diags[0].code, QStringLiteral("version-file-duplicate"));
    QCOMPARE(diags[0].severity, Severity::Warning);
    // oracle text (1.8.1 prints it as a UserWarning)
    QCOMPARE(diags[0].message,
        QLatin1String("File ") + path(QStringLiteral("v/sub/b.py"))
            + QLatin1String(" loaded twice! ignoring. Please ensure "
                            "version_locations is unique."));
}

void TestAlembicConfig::duplicateThroughSymlink()
{
    write(QStringLiteral("v/a.py"));
    QVERIFY(QFile::link(path(QStringLiteral("v/a.py")), path(QStringLiteral("v/b.py"))));
    QVERIFY(QFile::link(path(QStringLiteral("v")), path(QStringLiteral("alias"))));
    DiagnosticList diags;
    const QStringList files = listRevisionFiles(
        {path(QStringLiteral("v")), path(QStringLiteral("alias"))}, false, &diags);
    QCOMPARE(files, QStringList {path(QStringLiteral("v/a.py"))});
    QCOMPARE(diags.size(), 3); // v/b.py, alias/a.py, alias/b.py all resolve to v/a.py
    for (const Diagnostic &d : std::as_const(diags))
        QVERIFY(d.message.startsWith(QLatin1String("File ") + path(QStringLiteral("v/a.py"))
            + QLatin1String(" loaded twice")));
}

void TestAlembicConfig::missingLocationsAreSkipped()
{
    write(QStringLiteral("v/a.py"));
    write(QStringLiteral("afile"));
    mkdir(QStringLiteral("m"));
    const auto config = load("[alembic]\nscript_location = m\n"
                             "version_locations = nope %(here)s/v afile\n");
    QVERIFY2(config.hasValue(), qPrintable(failure(config)));
    DiagnosticList diags;
    QCOMPARE(listRevisionFiles(*config, &diags), QStringList {path(QStringLiteral("v/a.py"))});
    QCOMPARE(diags.size(), 2);
    for (const Diagnostic &d : std::as_const(diags)) {
        QCOMPARE(d.code, QStringLiteral("version-location-missing"));
        QCOMPARE(d.severity, Severity::Info);
    }
    QCOMPARE(diags[0].location.file, path(QStringLiteral("nope")));
    QCOMPARE(diags[1].location.file, path(QStringLiteral("afile")));

    // The default location may be missing too (1.8.1 would crash in os.listdir).
    const auto bare = load("[alembic]\nscript_location = m\n");
    diags.clear();
    QVERIFY(listRevisionFiles(*bare, &diags).isEmpty());
    QCOMPARE(diags.size(), 1);
}

void TestAlembicConfig::tenThousandFiles()
{
    mkdir(QStringLiteral("m/versions"));
    QStringList expected;
    for (int i = 0; i < 10000; ++i) {
        const QString name
            = QStringLiteral("%1_rev.py").arg(i * 7919 % 10000, 5, 10, QLatin1Char('0'));
        QFile file(path(QStringLiteral("m/versions/") + name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        expected.append(file.fileName());
    }
    std::sort(expected.begin(), expected.end());
    const auto config = load("[alembic]\nscript_location = m\n");
    QVERIFY(config.hasValue());
    QElapsedTimer timer;
    timer.start();
    const QStringList files = listRevisionFiles(*config, nullptr);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(files, expected);
    qInfo("listed 10000 revision files in %lld ms (informative; bench/run_bench.py measures)", elapsed);
}

QTEST_GUILESS_MAIN(TestAlembicConfig)
#include "tst_alembicconfig.moc"
