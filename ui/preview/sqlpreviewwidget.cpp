// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/preview/sqlpreviewwidget.h"

#include "core/sql/sqldialect.h"
#include "ui/common/messagepresenter.h"
#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"
#include "ui/preview/sqltextview.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Retort::Ui {

using Core::Ops::Direction;

SqlPreviewWidget::SqlPreviewWidget(
    ProjectDocument *document, RevisionSelection *selection, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_selection(selection)
    , m_dialect(new QComboBox(this))
    , m_direction(new QComboBox(this))
    , m_range(new QLineEdit(this))
    , m_busy(new QProgressBar(this))
    , m_problems(new QLabel(this))
    , m_view(new SqlTextView(this))
    , m_watcher(new QFutureWatcher<Core::Sql::OfflineSql>(this))
{
    setObjectName(QStringLiteral("sqlPreview"));
    createActions();
    m_problems->setObjectName(QStringLiteral("sqlPreviewProblems"));
    m_problems->setTextFormat(Qt::RichText);
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_problems->setContentsMargins(6, 4, 6, 4);
    m_problems->hide();
    m_view->setObjectName(QStringLiteral("sqlPreviewText"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createControls());
    layout->addWidget(m_problems);
    layout->addWidget(m_view, 1);

    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(0);
    connect(&m_renderTimer, &QTimer::timeout, this, &SqlPreviewWidget::startRendering);
    m_busyTimer.setSingleShot(true);
    m_busyTimer.setInterval(150);
    connect(&m_busyTimer, &QTimer::timeout, m_busy, &QWidget::show);
    connect(m_watcher, &QFutureWatcher<Core::Sql::OfflineSql>::finished, this,
        &SqlPreviewWidget::finishRendering);
    connect(m_problems, &QLabel::linkActivated, this, &SqlPreviewWidget::openProblem);
    connect(m_dialect, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &SqlPreviewWidget::refresh);
    connect(m_direction, qOverload<int>(&QComboBox::currentIndexChanged), this,
        &SqlPreviewWidget::refresh);
    connect(m_range, &QLineEdit::editingFinished, this, &SqlPreviewWidget::refresh);
    if (m_selection) {
        connect(m_selection, &RevisionSelection::currentChanged, this, [this] {
            if (m_range->text().trimmed().isEmpty())
                refresh();
        });
    }
    if (m_document) {
        connect(m_document, &ProjectDocument::loaded, this, [this] {
            if (m_document->isOpen())
                setDialect(m_document->defaultDialect());
            refresh();
        });
        connect(m_document, &ProjectDocument::reloaded, this, &SqlPreviewWidget::refresh);
        if (m_document->isOpen())
            setDialect(m_document->defaultDialect());
    }
    updateActions();
    refresh();
}

SqlPreviewWidget::~SqlPreviewWidget()
{
    m_watcher->waitForFinished();
}

void SqlPreviewWidget::createActions()
{
    m_copy = new QAction(tr("&Copy SQL"), this);
    m_copy->setObjectName(QStringLiteral("sqlPreviewCopyAction"));
    m_copy->setToolTip(tr("Copy the whole script to the clipboard"));
    connect(m_copy, &QAction::triggered, this,
        [this] { QApplication::clipboard()->setText(m_result.script); });
    m_save = new QAction(tr("&Save as .sql…"), this);
    m_save->setObjectName(QStringLiteral("sqlPreviewSaveAction"));
    connect(m_save, &QAction::triggered, this, &SqlPreviewWidget::chooseSavePath);
    m_exportHtml = new QAction(tr("Export as &HTML…"), this);
    m_exportHtml->setObjectName(QStringLiteral("sqlPreviewExportHtmlAction"));
    connect(m_exportHtml, &QAction::triggered, this, &SqlPreviewWidget::chooseHtmlPath);
    m_refresh = new QAction(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("sqlPreviewRefreshAction"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refresh);
    connect(m_refresh, &QAction::triggered, this, &SqlPreviewWidget::refresh);
}

QWidget *SqlPreviewWidget::createControls()
{
    auto *bar = new QWidget(this);
    m_dialect->setObjectName(QStringLiteral("sqlPreviewDialect"));
    m_dialect->addItem(tr("SQLite"), QStringLiteral("sqlite"));
    m_dialect->addItem(tr("PostgreSQL"), QStringLiteral("postgresql"));
    m_dialect->setToolTip(tr("The database the SQL is written for"));
    m_direction->setObjectName(QStringLiteral("sqlPreviewDirection"));
    m_direction->addItem(tr("Upgrade"), int(Direction::Upgrade));
    m_direction->addItem(tr("Downgrade"), int(Direction::Downgrade));
    m_range->setObjectName(QStringLiteral("sqlPreviewRange"));
    m_range->setClearButtonEnabled(true);
    m_range->setPlaceholderText(tr("Selected revision (or a range such as base:heads)"));
    m_range->setToolTip(
        tr("A range start:end as in `alembic upgrade start:end --sql`; an upgrade also takes a "
           "single target (from base). Empty: the selected revision alone."));
    m_busy->setObjectName(QStringLiteral("sqlPreviewBusy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto *rangeLabel = new QLabel(tr("&Range:"), bar);
    rangeLabel->setBuddy(m_range);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_dialect);
    layout->addWidget(m_direction);
    layout->addWidget(rangeLabel);
    layout->addWidget(m_range, 1);
    layout->addWidget(m_busy);
    for (QAction *action : {m_refresh, m_copy, m_save, m_exportHtml}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        layout->addWidget(button);
    }
    return bar;
}

void SqlPreviewWidget::setDialect(const QString &dialect)
{
    const int index = m_dialect->findData(dialect);
    if (index >= 0)
        m_dialect->setCurrentIndex(index);
}

QString SqlPreviewWidget::dialect() const
{
    return m_dialect->currentData().toString();
}

void SqlPreviewWidget::setDirection(Direction direction)
{
    m_direction->setCurrentIndex(m_direction->findData(int(direction)));
}

Direction SqlPreviewWidget::direction() const
{
    return Direction(m_direction->currentData().toInt());
}

void SqlPreviewWidget::setRange(const QString &range)
{
    m_range->setText(range);
    refresh();
}

QString SqlPreviewWidget::range() const
{
    return m_range->text().trimmed();
}

void SqlPreviewWidget::showRange(Direction direction, const QString &range)
{
    setDirection(direction);
    setRange(range);
}

void SqlPreviewWidget::previewTo(Direction direction, const QString &revisionId)
{
    QString start
        = direction == Direction::Upgrade ? QStringLiteral("base") : QStringLiteral("heads");
    if (m_document && m_document->hasDatabase() && m_document->databaseHeads().size() == 1)
        start = m_document->databaseHeads().constFirst();
    showRange(direction, start + QLatin1Char(':') + revisionId);
}

bool SqlPreviewWidget::isBusy() const
{
    return m_rendering || m_renderTimer.isActive();
}

void SqlPreviewWidget::refresh()
{
    m_renderTimer.start();
}

SqlPreviewWidget::Request SqlPreviewWidget::currentRequest() const
{
    Request request;
    request.dialect = dialect();
    request.direction = direction();
    request.range = range();
    if (request.range.isEmpty() && m_selection)
        request.revisionId = m_selection->current();
    return request;
}

void SqlPreviewWidget::startRendering()
{
    if (m_rendering)
        return; // finishRendering() starts the newest request
    const Request request = currentRequest();
    if (!m_document || !m_document->isOpen()) {
        showMessage(tr("No project is open."));
        return;
    }
    if (request.range.isEmpty() && request.revisionId.isEmpty()) {
        showMessage(tr("Select a revision, or enter a range such as base:heads."));
        return;
    }
    const auto dialect = Core::Sql::SqlDialect::fromName(request.dialect);
    if (!dialect) {
        showMessage(dialect.error());
        return;
    }
    m_running = request;
    const Core::Project project = m_document->project(); // a shared, immutable value
    const Core::Sql::SqlDialect sqlDialect = dialect.value();
    m_rendering = true;
    m_watcher->setFuture(QtConcurrent::run([project, request, sqlDialect] {
        return request.range.isEmpty()
            ? Core::Sql::renderRevisionSql(
                project, request.direction, request.revisionId, sqlDialect)
            : Core::Sql::renderOfflineSql(project, request.direction, request.range, sqlDialect);
    }));
    m_busyTimer.start();
}

void SqlPreviewWidget::finishRendering()
{
    m_busyTimer.stop();
    m_busy->hide();
    m_rendering = false;
    if (!(m_running == currentRequest())) {
        startRendering(); // the controls changed meanwhile: this result is stale
        return;
    }
    m_shownRequest = m_running;
    showResult(m_watcher->result());
    emit renderingFinished();
}

void SqlPreviewWidget::showResult(const Core::Sql::OfflineSql &result)
{
    m_result = result;
    m_view->setSql(result.script, m_shownRequest.dialect);
    QStringList parts;
    if (!result.ok()) {
        parts << QStringLiteral("<b>%1</b>").arg(tr("No SQL can be written:").toHtmlEscaped());
        for (qsizetype i = 0; i < result.problems.size(); ++i) {
            const Core::Diagnostic &d = result.problems[i];
            QString line = d.message.toHtmlEscaped();
            if (!d.location.file.isEmpty()) {
                QString where = QFileInfo(d.location.file).fileName();
                if (d.location.line > 0)
                    where += QLatin1Char(':') + QString::number(d.location.line);
                line = QStringLiteral("<a href=\"%1\">%2</a>: %3")
                           .arg(i)
                           .arg(where.toHtmlEscaped(), line);
            }
            parts << line;
        }
    }
    for (const QString &warning : result.warnings)
        parts << tr("Warning: %1").arg(warning).toHtmlEscaped();
    m_problems->setText(parts.join(QStringLiteral("<br>")));
    m_problems->setVisible(!parts.isEmpty());
    updateActions();
}

void SqlPreviewWidget::showMessage(const QString &message)
{
    m_result = Core::Sql::OfflineSql();
    m_view->setSql(QString(), dialect());
    m_problems->setText(message.toHtmlEscaped());
    m_problems->setVisible(true);
    updateActions();
    emit renderingFinished();
}

void SqlPreviewWidget::openProblem(const QString &link)
{
    bool ok = false;
    const qsizetype index = link.toLongLong(&ok);
    if (!ok || index < 0 || index >= m_result.problems.size() || !m_selection)
        return;
    const Core::SourceLocation &at = m_result.problems[index].location;
    emit m_selection->openFileRequested(at.file, at.line);
}

void SqlPreviewWidget::updateActions()
{
    const bool hasSql = !m_result.script.isEmpty();
    m_copy->setEnabled(hasSql);
    m_save->setEnabled(hasSql);
    if (SqlTextView::canExportHtml()) {
        m_exportHtml->setEnabled(hasSql);
        m_exportHtml->setToolTip(tr("Save the script as a highlighted HTML page"));
    } else {
        m_exportHtml->setEnabled(false);
        m_exportHtml->setToolTip(
            tr("Export as HTML needs KSyntaxHighlighting, which this build of Retort does "
               "not have (it is part of the Qt 5 build)."));
    }
}

bool SqlPreviewWidget::saveSql(const QString &path, QString *errorMessage) const
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(m_result.script.toUtf8());
        if (file.commit())
            return true;
    }
    if (errorMessage)
        *errorMessage
            = tr("Could not save %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return false;
}

bool SqlPreviewWidget::exportHtml(const QString &path, QString *errorMessage) const
{
    const QString title
        = m_shownRequest.range.isEmpty() ? m_shownRequest.revisionId : m_shownRequest.range;
    return m_view->exportHtml(path, title, errorMessage);
}

QString SqlPreviewWidget::suggestedFileName(const QString &extension) const
{
    QString name
        = m_shownRequest.range.isEmpty() ? m_shownRequest.revisionId : m_shownRequest.range;
    name.replace(QLatin1Char(':'), QLatin1Char('_'));
    const QString verb = m_shownRequest.direction == Direction::Upgrade
        ? QStringLiteral("upgrade")
        : QStringLiteral("downgrade");
    QString dir = QDir::homePath();
    if (m_document && m_document->isOpen())
        dir = QFileInfo(m_document->project().location().iniPath).absolutePath();
    return dir + QLatin1Char('/') + verb + QLatin1Char('_') + name + QLatin1Char('_')
        + m_shownRequest.dialect + extension;
}

void SqlPreviewWidget::chooseSavePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save SQL"),
        suggestedFileName(QStringLiteral(".sql")), tr("SQL files (*.sql);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !saveSql(path, &error))
        MessagePresenter::warning(this, tr("Save SQL"), error);
}

void SqlPreviewWidget::chooseHtmlPath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as HTML"),
        suggestedFileName(QStringLiteral(".html")), tr("HTML files (*.html);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !exportHtml(path, &error))
        MessagePresenter::warning(this, tr("Export as HTML"), error);
}

} // namespace Retort::Ui
