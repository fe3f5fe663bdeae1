// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/execution/runhistoryview.h"

#include "core/db/databasesession.h"
#include "ui/common/iconprovider.h"
#include "ui/execution/runhistorymodel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Retort::Ui {

RunHistoryView::RunHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_model(new RunHistoryModel(this))
{
    setObjectName(QStringLiteral("runHistoryView"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runHistoryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_status = new QLabel(tr("Not connected."), this);
    m_status->setObjectName(QStringLiteral("runHistoryStatus"));
    m_refresh = new QPushButton(themedIcon(QStringLiteral("reload")), tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshRunHistoryButton"));
    m_refresh->setEnabled(false);
    connect(m_refresh, &QPushButton::clicked, this, &RunHistoryView::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RunHistoryView::onLoaded);
}

RunHistoryView::~RunHistoryView() = default;

void RunHistoryView::setProfile(const std::optional<Core::ConnectionProfile> &profile)
{
    m_profile = profile;
    m_refresh->setEnabled(profile.has_value());
    if (!profile) {
        ++m_generation;
        m_refreshing = false;
        m_model->setEntries({});
        m_status->setText(tr("Not connected."));
        return;
    }
    refresh();
}

QString RunHistoryView::statusText() const
{
    return m_status->text();
}

void RunHistoryView::refresh()
{
    if (!m_profile)
        return;
    const Core::ConnectionProfile profile = *m_profile;
    if (profile.isSqlite() && (profile.isInMemory() || !QFileInfo::exists(profile.sqlitePath))) {
        m_model->setEntries({});
        m_status->setText(tr("No runs yet: the database file does not exist."));
        emit refreshed(true);
        return;
    }
    m_refreshing = true;
    m_status->setText(tr("Reading the ledger…"));
    const int generation = ++m_generation;
    const QString schema = m_schema;
    const int limit = m_limit;
    m_watcher.setFuture(QtConcurrent::run([profile, schema, limit, generation]() -> Loaded {
        Loaded loaded;
        loaded.generation = generation;
        Core::DatabaseSession::Options options;
        options.readOnly = profile.isSqlite();
        auto session = Core::DatabaseSession::open(profile, options);
        if (!session) {
            loaded.error = session.error();
            return loaded;
        }
        const auto entries = Core::Ledger(schema).entries(session.value(), limit);
        if (entries)
            loaded.entries = entries.value();
        else
            loaded.error = entries.error();
        return loaded;
    }));
}

void RunHistoryView::onLoaded()
{
    const Loaded loaded = m_watcher.result();
    if (loaded.generation != m_generation)
        return; // superseded by a newer refresh or another profile
    m_refreshing = false;
    if (!loaded.error.isEmpty()) {
        m_status->setText(tr("Could not read the ledger: %1").arg(loaded.error));
        emit refreshed(false);
        return;
    }
    m_model->setEntries(loaded.entries);
    m_table->resizeColumnsToContents();
    m_status->setText(loaded.entries.isEmpty() ? tr("No runs recorded in this database yet.")
                                               : tr("%n step(s) recorded.", nullptr, int(loaded.entries.size())));
    emit refreshed(true);
}

} // namespace Retort::Ui
