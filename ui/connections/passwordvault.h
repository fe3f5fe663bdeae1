// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace Retort::Ui {

/*! Saved connection passwords in the system keyring (QtKeychain: Secret Service, KWallet,
    macOS Keychain, Windows Credential Store), keyed by SavedConnection::id under the service
    "Retort". Never falls back to a file: without a keyring (none compiled in, no Secret Service
    on the machine, a job that fails or does not answer within timeout()) the caller asks the
    user when connecting.

    Every request answers exactly once through its callback, later (never inside the call), on
    the GUI thread — unless \a context is destroyed first, in which case nothing is called. Once
    the keyring proved unavailable (no backend, or a time-out) later requests answer Unavailable
    at once instead of waiting again. GUI thread only. */
class PasswordVault final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordVault)

public:
    enum class Status {
        Ok, //!< read: password holds the secret; write/remove: done
        NotFound, //!< read: nothing saved for this connection
        Unavailable, //!< no keyring (not built in, no backend, no answer): ask the user instead
        Failed //!< the keyring refused (access denied, ...): message says why
    };
    struct Result
    {
        Status status = Status::Unavailable;
        QString password; //!< read only; in memory only
        QString message; //!< the keyring's error text for Unavailable/Failed
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    static constexpr int kDefaultTimeoutMs = 5000;

    explicit PasswordVault(QObject *parent = nullptr);
    ~PasswordVault() override;

    //! True when Retort was built with QtKeychain (RETORT_HAVE_KEYCHAIN).
    static bool isCompiledIn();
    //! False when not compiled in or once a request found no keyring.
    bool isAvailable() const { return m_available; }
    //! Why the keyring is unavailable (translated), "" while it is available.
    QString unavailableReason() const { return m_unavailableReason; }

    int timeout() const { return m_timeoutMs; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void readPassword(const QString &connectionId, QObject *context, Callback done);
    void writePassword(
        const QString &connectionId, const QString &password, QObject *context, Callback done);
    //! Removing a password that is not there succeeds.
    void removePassword(const QString &connectionId, QObject *context, Callback done);

    static QString serviceName();

signals:
    //! The keyring turned out to be unavailable (emitted once).
    void becameUnavailable(const QString &reason);

private:
    enum class Operation { Read, Write, Remove };
    void run(Operation operation, const QString &connectionId, const QString &password,
        QObject *context, Callback done);
    void answerLater(QObject *context, Callback done, const Result &result);
    void markUnavailable(const QString &reason);

    bool m_available = true;
    QString m_unavailableReason;
    int m_timeoutMs = kDefaultTimeoutMs;
};

} // namespace Retort::Ui
