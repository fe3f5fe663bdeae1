// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
// What the connection GUI tests share (tst_connectionmanager, tst_databaseconnection): a fixture
// with a settings file, store and password vault of its own per test function, scratch copies
// of the bookshop example, and small SQLite and process helpers.
#pragma once

#include "core/db/connectionprofile.h"
#include "tests/support/guitest.h"
#include "ui/common/messagepresenter.h"
#include "ui/connections/connectionmanagerdialog.h"
#include "ui/connections/connectionstore.h"
#include "ui/connections/passwordvault.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Retort::Test {

inline const QString kHead = QStringLiteral("2b6f8d0a3e17");

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

inline Core::ConnectionProfile postgresProfile(const QString &database, bool production)
{
    Core::ConnectionProfile p;
    p.kind = Core::ConnectionProfile::Kind::PostgreSQL;
    p.driverName = QStringLiteral("postgresql");
    p.name = QStringLiteral("Live");
    p.host = QStringLiteral("db.example.com");
    p.port = 6543;
    p.database = database;
    p.user = QStringLiteral("bob");
    p.sslmode = QStringLiteral("require");
    p.options = {{QStringLiteral("application_name"), QStringLiteral("shop admin")}};
    p.production = production;
    return p;
}

//! A SQLite file with one table; its path.
inline QString makeSqliteFile(const QString &path)
{
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-setup"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY)"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-setup"));
    return path;
}

//! Runs \a statements on the SQLite file \a path; false when one fails.
inline bool execSql(const QString &path, const QStringList &statements)
{
    bool ok = true;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-exec"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &statement : statements)
            ok = ok && q.exec(statement);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-exec"));
    return ok;
}

//! `alembic -c <ini> <arguments>` in the ini's directory; "" or what went wrong.
inline QString runAlembic(const QString &alembic, const QString &ini, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(QFileInfo(ini).absolutePath());
    process.start(alembic, QStringList {QStringLiteral("-c"), ini} + arguments);
    if (!process.waitForFinished(60000))
        return QStringLiteral("alembic did not finish");
    return process.exitCode() == 0 ? QString()
                                   : QString::fromLocal8Bit(process.readAllStandardError());
}

inline QString sqliteLibraryVersion()
{
    QString version;
    {
        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tst-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        db.open();
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
            version = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-version"));
    return version;
}


/*! The per-test state of the connection tests; a test class derives from it, calls
    initFixture() in initTestCase() and resetFixture() in init(). */
class ConnectionFixture
{
protected:
    bool initFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        return m_dir.isValid();
    }

    void resetFixture()
    {
        Ui::MessagePresenter::setAutoAnswer(QMessageBox::Discard);
        Ui::MessagePresenter::setAutoText(std::nullopt);
        m_settingsFile
            = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QTest::currentTestFunction()));
        QFile::remove(m_settingsFile);
        m_store = std::make_unique<Ui::ConnectionStore>(m_settingsFile);
        m_vault = std::make_unique<Ui::PasswordVault>();
        m_vault->setTimeout(3000);
    }

    //! A scratch copy of the bookshop example, without a database; its ini path.
    QString bookshopCopy()
    {
        const QString dir = m_dir.filePath(QStringLiteral("bookshop%1").arg(++m_copies));
        if (!copyProjectTree(QStringLiteral(RETORT_SOURCE_DIR "/resources/examples/bookshop"), dir))
            return {};
        return dir + QStringLiteral("/alembic.ini");
    }

    std::unique_ptr<Ui::ConnectionManagerDialog> makeDialog()
    {
        auto dialog = std::make_unique<Ui::ConnectionManagerDialog>(m_store.get(), m_vault.get());
        dialog->show();
        return dialog;
    }

    QTemporaryDir m_dir;
    QString m_settingsFile;
    std::unique_ptr<Ui::ConnectionStore> m_store;
    std::unique_ptr<Ui::PasswordVault> m_vault;
    int m_copies = 0;
};

} // namespace Retort::Test
