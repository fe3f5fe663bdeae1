// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/ops/interpreter.h"
#include "core/sql/offlinerequest.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Retort::Ui {

class ProjectDocument;
class RevisionSelection;
class SqlTextView;

/*! The SQL Preview dock's widget: the offline script Retort writes for a range or for the
    selected revision, for SQLite or PostgreSQL, in either direction — the same text
    `retort-cli upgrade|downgrade A:B --sql --dialect D` prints (Core::Sql::renderOfflineSql).

    Controls: dialect (sqlPreviewDialect), direction (sqlPreviewDirection) and a range
    field (sqlPreviewRange: "A:B", or "B" for an upgrade from base; empty means the selected
    revision alone). It renders again when a control, the selection or the project changes.
    Rendering runs on the global thread pool (QtConcurrent) with a busy indicator; a newer
    request supersedes an older one. When there is no script, the reasons are listed with a
    clickable file:line that emits RevisionSelection::openFileRequested().

    Actions (for the dock's toolbar or a menu): Copy (sqlPreviewCopyAction), Save as .sql
    (sqlPreviewSaveAction), Export as HTML (sqlPreviewExportHtmlAction: needs
    KSyntaxHighlighting; otherwise disabled with a tooltip saying why), Refresh
    (sqlPreviewRefreshAction, F5 while the focus is in the preview).
    Neither \a document nor \a selection is owned; both must outlive the widget or be
    destroyed with it. GUI thread only. */
class SqlPreviewWidget final : public QWidget
{
    Q_OBJECT

public:
    SqlPreviewWidget(
        ProjectDocument *document, RevisionSelection *selection, QWidget *parent = nullptr);
    ~SqlPreviewWidget() override;

    //! "sqlite" or "postgresql".
    void setDialect(const QString &dialect);
    QString dialect() const;
    void setDirection(Core::Ops::Direction direction);
    Core::Ops::Direction direction() const;
    //! "A:B", "B", or empty for the selected revision alone.
    void setRange(const QString &range);
    QString range() const;
    //! Sets direction and range together and renders (e.g. from the graph's context menu).
    void showRange(Core::Ops::Direction direction, const QString &range);
    /*! "Preview upgrade/downgrade SQL to here": from the database's only head when one is
        connected, else from base (upgrade) or from the heads (downgrade), to \a revisionId. */
    void previewTo(Core::Ops::Direction direction, const QString &revisionId);

    //! The script shown; empty while nothing could be rendered.
    QString sql() const { return m_result.script; }
    //! Why there is no script (empty when there is one).
    Core::DiagnosticList problems() const { return m_result.problems; }
    //! True from a request until its result is shown (renderingFinished()).
    bool isBusy() const;
    SqlTextView *textView() const { return m_view; }

    bool saveSql(const QString &path, QString *errorMessage = nullptr) const;
    bool exportHtml(const QString &path, QString *errorMessage = nullptr) const;

    QAction *copyAction() const { return m_copy; }
    QAction *saveAction() const { return m_save; }
    QAction *exportHtmlAction() const { return m_exportHtml; }
    QAction *refreshAction() const { return m_refresh; }

public slots:
    //! Renders again now (coalesced with other requests of the same event-loop turn).
    void refresh();

signals:
    //! A rendering ended and its result is shown.
    void renderingFinished();

private:
    struct Request
    {
        QString dialect;
        Core::Ops::Direction direction = Core::Ops::Direction::Upgrade;
        QString range;
        QString revisionId;
        bool operator==(const Request &other) const = default;
    };

    void createActions();
    QWidget *createControls();
    Request currentRequest() const;
    void startRendering();
    void finishRendering();
    void showResult(const Core::Sql::OfflineSql &result);
    void showMessage(const QString &message);
    void openProblem(const QString &link);
    void updateActions();
    void chooseSavePath();
    void chooseHtmlPath();
    QString suggestedFileName(const QString &extension) const;

    QPointer<ProjectDocument> m_document;
    QPointer<RevisionSelection> m_selection;
    QComboBox *m_dialect;
    QComboBox *m_direction;
    QLineEdit *m_range;
    QProgressBar *m_busy;
    QLabel *m_problems;
    SqlTextView *m_view;
    QAction *m_copy = nullptr;
    QAction *m_save = nullptr;
    QAction *m_exportHtml = nullptr;
    QAction *m_refresh = nullptr;

    QFutureWatcher<Core::Sql::OfflineSql> *m_watcher;
    Request m_running;
    Request m_shownRequest;
    Core::Sql::OfflineSql m_result;
    QTimer m_renderTimer; //!< coalesces requests (0 ms)
    QTimer m_busyTimer; //!< shows the busy indicator only for renderings that take a while
    bool m_rendering = false; //!< from startRendering() until its result is shown
};

} // namespace Retort::Ui
