// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/passwordvault.h"

#include <QPointer>
#include <QTimer>

#include <memory>

#if RETORT_HAVE_KEYCHAIN
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
#include <qt6keychain/keychain.h>
#else
#include <qt5keychain/keychain.h>
#endif
#endif

namespace Retort::Ui {
namespace {

QString keyOf(const QString &connectionId)
{
    return QStringLiteral("connection/") + connectionId;
}

} // namespace

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
{
    if (!isCompiledIn()) {
        m_available = false;
        m_unavailableReason = tr("Retort was built without keyring support.");
    }
}

PasswordVault::~PasswordVault() = default;

bool PasswordVault::isCompiledIn()
{
    return RETORT_HAVE_KEYCHAIN;
}

QString PasswordVault::serviceName()
{
    return QStringLiteral("Retort");
}

void PasswordVault::readPassword(const QString &connectionId, QObject *context, Callback done)
{
    run(Operation::Read, connectionId, {}, context, std::move(done));
}

void PasswordVault::writePassword(
    const QString &connectionId, const QString &password, QObject *context, Callback done)
{
    run(Operation::Write, connectionId, password, context, std::move(done));
}

void PasswordVault::removePassword(const QString &connectionId, QObject *context, Callback done)
{
    run(Operation::Remove, connectionId, {}, context, std::move(done));
}

void PasswordVault::answerLater(QObject *context, Callback done, const Result &result)
{
    QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
}

void PasswordVault::markUnavailable(const QString &reason)
{
    if (!m_available)
        return;
    m_available = false;
    m_unavailableReason = reason;
    emit becameUnavailable(reason);
}

#if RETORT_HAVE_KEYCHAIN

void PasswordVault::run(Operation operation, const QString &connectionId, const QString &password,
    QObject *context, Callback done)
{
    if (!m_available) {
        answerLater(context, std::move(done), {Status::Unavailable, {}, m_unavailableReason});
        return;
    }
    QKeychain::Job *job = nullptr;
    if (operation == Operation::Read) {
        job = new QKeychain::ReadPasswordJob(serviceName(), this);
    } else if (operation == Operation::Write) {
        auto *write = new QKeychain::WritePasswordJob(serviceName(), this);
        write->setTextData(password);
        job = write;
    } else {
        job = new QKeychain::DeletePasswordJob(serviceName(), this);
    }
    job->setKey(keyOf(connectionId));
    job->setInsecureFallback(false); // never a plain-text copy in QSettings
    job->setAutoDelete(true);

    // Whichever comes first answers: the job, or the time-out (a keyring that never replies).
    auto answered = std::make_shared<bool>(false);
    auto shared = std::make_shared<Callback>(std::move(done));
    QPointer<QObject> guard(context);
    connect(job, &QKeychain::Job::finished, this,
        [this, operation, answered, shared, guard](QKeychain::Job *j) {
            if (*answered)
                return;
            *answered = true;
            Result result {Status::Ok, {}, {}};
            switch (j->error()) {
            case QKeychain::NoError:
                if (operation == Operation::Read)
                    result.password = static_cast<QKeychain::ReadPasswordJob *>(j)->textData();
                break;
            case QKeychain::EntryNotFound:
                result.status = operation == Operation::Read ? Status::NotFound : Status::Ok;
                break;
            case QKeychain::NoBackendAvailable:
            case QKeychain::NotImplemented:
                result = {Status::Unavailable, {}, j->errorString()};
                markUnavailable(j->errorString());
                break;
            default:
                result = {Status::Failed, {}, j->errorString()};
                break;
            }
            if (guard)
                (*shared)(result);
        });
    QTimer::singleShot(m_timeoutMs, this, [this, answered, shared, guard] {
        if (*answered)
            return;
        *answered = true;
        const QString reason = tr("The system keyring did not answer.");
        markUnavailable(reason);
        if (guard)
            (*shared)({Status::Unavailable, {}, reason});
    });
    job->start();
}

#else

void PasswordVault::run(
    Operation, const QString &, const QString &, QObject *context, Callback done)
{
    answerLater(context, std::move(done), {Status::Unavailable, {}, m_unavailableReason});
}

#endif

} // namespace Retort::Ui
