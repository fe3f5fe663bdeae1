// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"
#include "core/db/ledger.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTableView;

namespace Retort::Ui {

class RunHistoryModel;

/*! History of Runs, for a dock: the ledger of the connected database (RunHistoryModel in a
    table) with a Refresh button and a status line. refresh() reads Core::Ledger::entries on a
    worker thread with its own read-only session; a newer refresh supersedes an older one.
    Without a profile the view is empty. GUI thread only. */
class RunHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunHistoryView)

public:
    static constexpr int kDefaultLimit = 500;

    explicit RunHistoryView(QWidget *parent = nullptr);
    ~RunHistoryView() override;

    //! The database whose ledger is shown (nullopt: none; the view empties). Refreshes.
    void setProfile(const std::optional<Core::ConnectionProfile> &profile);
    void setLedgerSchema(const QString &schema) { m_schema = schema; }
    void setLimit(int limit) { m_limit = limit; }

    RunHistoryModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    bool isRefreshing() const { return m_refreshing; }
    QString statusText() const;

public slots:
    void refresh();

signals:
    //! A refresh ended; \a ok false when the ledger could not be read (statusText() says why).
    void refreshed(bool ok);

private:
    struct Loaded
    {
        QList<Core::LedgerEntry> entries;
        QString error;
        int generation = 0;
    };
    void onLoaded();

    std::optional<Core::ConnectionProfile> m_profile;
    QString m_schema;
    int m_limit = kDefaultLimit;
    int m_generation = 0;
    bool m_refreshing = false;
    QFutureWatcher<Loaded> m_watcher;
    RunHistoryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
};

} // namespace Retort::Ui
