// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <functional>

#include <QGraphicsView>
#include <QString>
#include <QStringList>

class QAction;
class QLineEdit;
class QMenu;

namespace Retort::Ui {

class ProjectDocument;
class RevisionGraphScene;
class RevisionSelection;

/*! The revision graph widget: a QGraphicsView on its own RevisionGraphScene.

    Mouse: click selects, double-click opens the file, drag pans, Ctrl+wheel zooms under the
    cursor, right-click opens the context menu. Keys (graph focused): with a selected node,
    Up/Down/Left/Right move along the graph (RevisionGraphScene::neighbour(): Up = child,
    Down = first parent, Left/Right = nearest node in another lane), Return opens the file
    and Escape clears the selection; without a selection, or with Shift, the arrow keys
    scroll. Ctrl++/Ctrl+- zoom,
    Ctrl+0 fits the whole graph, Ctrl+1 resets to 100 %, Ctrl+F opens the search field
    (Enter: next match, Escape: close), F3 finds the next match.

    The actions (actions(), also for the window's menus) have Qt::WidgetWithChildrenShortcut:
    they fire while the graph has focus, so they do not clash with the editor's Ctrl+F.
    On a reload the node that was selected (or else the one in the middle) stays where it was
    on screen; on a new project the view goes back to 100 % at the top. GUI thread only. */
class RevisionGraphView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionGraphView)

public:
    static constexpr qreal kMinZoom = 0.002;
    static constexpr qreal kMaxZoom = 4.0;
    /*! Below this zoom a node is a small square: the view paints an overview of the exposed
        rows itself (RevisionGraphScene::paintOverview()) instead of visiting thousands of
        items, so that a fitted 10,000-revision graph repaints as fast as a close-up. */
    static constexpr qreal kOverviewZoom = 0.25;

    //! \a document and \a selection must outlive the view.
    RevisionGraphView(
        ProjectDocument *document, RevisionSelection *selection, QWidget *parent = nullptr);
    ~RevisionGraphView() override;

    RevisionGraphScene *graphScene() const { return m_scene; }
    qreal zoom() const;
    //! Sets the scale (clamped to [kMinZoom, kMaxZoom]), keeping the viewport centre in place.
    void setZoom(qreal factor);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomFitAction() const { return m_zoomFit; }
    QAction *zoomResetAction() const { return m_zoomReset; }
    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_findNext; }
    QLineEdit *searchField() const { return m_searchField; }

    /*! The context menu of node \a id (objectNames: graphPreviewUpgradeAction,
        graphPreviewDowngradeAction, graphOpenFileAction, graphCopyIdAction,
        graphNewRevisionAction); the caller owns it. A ghost only offers Copy Id. */
    QMenu *createContextMenu(const QString &id, QWidget *parent = nullptr);
    /*! Lets the window add its own entries (Upgrade to Here, …) to every real node's context
        menu: called with the menu and the node's id, after the graph's own entries. */
    void setContextMenuExtender(std::function<void(QMenu *, const QString &)> extender) { m_menuExtender = std::move(extender); }

    //! Whether \a id's node is inside the viewport.
    bool isNodeVisible(const QString &id) const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void resetZoom();
    //! Shows and focuses the search field.
    void showSearch();
    /*! Selects and centres the next node after the current selection matching \a text
        (RevisionGraphScene::findNext()); returns its id, empty when nothing matches. */
    QString findNext(const QString &text);
    //! Centres \a id's node (no change of selection).
    void centreOn(const QString &id);
    /*! The whole graph as a PNG at 100 % (scaled down to at most 32,000 pixels a side).
        Returns false with a message in \a error when the file cannot be written. */
    bool exportPng(const QString &path, QString *error = nullptr) const;
    //! The whole graph as an SVG document; false with a message in \a error on failure.
    bool exportSvg(const QString &path, QString *error = nullptr) const;

signals:
    void previewUpgradeTo(const QString &id);
    void previewDowngradeTo(const QString &id);
    void newRevisionOnTop(const QString &id);
    //! findNext() found nothing for \a text.
    void searchFailed(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createSearchField();
    void placeSearchField();
    void scaleBy(qreal factor, ViewportAnchor anchor);
    bool navigate(int key);
    void onCurrentNodeChanged(const QString &id);
    void rememberAnchor();
    void restoreAnchor(bool isReload);
    QString nodeNearViewportCentre() const;

    RevisionGraphScene *m_scene = nullptr;
    RevisionSelection *m_selection = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomFit = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_find = nullptr;
    QAction *m_findNext = nullptr;
    QLineEdit *m_searchField = nullptr;
    QStringList m_trail; //!< nodes the Down key left, for Up to retrace
    bool m_navigating = false;
    QString m_anchorId; //!< kept across a rebuild
    qreal m_anchorY = 0; //!< its viewport y before the rebuild
    std::function<void(QMenu *, const QString &)> m_menuExtender;
};

} // namespace Retort::Ui
