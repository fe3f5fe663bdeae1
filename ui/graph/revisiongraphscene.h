// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/graph/graphlayout.h"
#include "ui/graph/graphnode.h"
#include "ui/graph/graphstyle.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QVector>

#include <vector>

namespace Retort::Ui {

class ProjectDocument;
class RenderabilityScanner;
class RevisionEdgesItem;
class RevisionNodeItem;
class RevisionSelection;

/*! The revision graph of the open project as a scene: one RevisionNodeItem per layout row
    (revisions and ghosts) and one RevisionEdgesItem drawing every edge. Positions come from
    the core GraphLayout (ProjectDocument::layout()) times the GraphStyle pitch.

    Observes the ProjectDocument: rebuilds on loaded()/reloaded() (aboutToRebuild() and
    rebuilt() bracket it, so views can keep their place), updates the applied/pending/DB state
    on databaseStateChanged(). After each build, a RenderabilityScanner assesses every
    revision off the GUI thread and the "needs Python" badges follow (renderabilityUpdated()).

    Keeps the RevisionSelection in step both ways: selecting a node sets it; a change of it
    selects the node and highlights its ancestry (every ancestor through parents and
    dependencies, the node itself included). Selection is single, and only the
    RevisionSelection removes it: a click on the background keeps it.

    The document and the selection must outlive the scene. GUI thread only. */
class RevisionGraphScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RevisionGraphScene)

public:
    //! Directions of keyboard navigation (see neighbour()).
    enum class Direction { Up, Down, Left, Right };
    //! How far (in rows) Left/Right look for a node in another lane.
    static constexpr int kNeighbourRows = 40;

    RevisionGraphScene(
        ProjectDocument *document, RevisionSelection *selection, QObject *parent = nullptr);
    ~RevisionGraphScene() override;

    ProjectDocument *document() const { return m_document; }
    RevisionSelection *selection() const { return m_selection; }
    const GraphStyle &style() const { return m_style; }
    const Core::GraphLayout &layout() const { return m_layout; }

    int nodeCount() const { return int(m_nodes.size()); }
    const GraphNode &nodeAt(int row) const { return m_nodes.at(row); }
    //! The node of revision or ghost \a id, nullptr if the graph has none.
    const GraphNode *node(const QString &id) const;
    RevisionNodeItem *nodeItem(const QString &id) const;
    RevisionNodeItem *nodeItemAt(int row) const { return m_items.at(row); }
    RevisionEdgesItem *edgesItem() const { return m_edges; }
    //! The scene position of the centre of \a id's node (a null point if unknown).
    QPointF nodeCentre(const QString &id) const;

    //! The selected row, -1 when none.
    int currentRow() const { return m_currentRow; }
    //! True for the selected node and all its ancestors by parents and dependencies.
    bool isInAncestry(int row) const
    {
        return row >= 0 && size_t(row) < m_ancestry.size() && m_ancestry[size_t(row)];
    }
    int ancestryCount() const { return int(m_ancestryRows.size()); }

    /*! The next node after \a afterId (in row order, wrapping; from the top when empty or
        unknown) whose id starts with \a text, whose message contains it, or one of whose
        declared branch labels starts with it, all case-insensitively. Empty when none. */
    QString findNext(const QString &text, const QString &afterId) const;

    /*! Keyboard navigation from \a id along the graph; empty when there is nowhere to go.
        - Up: \a cameFrom if it is a child of \a id (retracing a Down), else the nearest
          structural child (the lowest one, just above), else the nearest dependant.
        - Down: the first declared parent, else the first dependency (a base with depends_on).
        - Left/Right: the closest node in a lane strictly left/right, within kNeighbourRows
          rows: fewest rows away first, then fewest lanes, then the upper one. */
    QString neighbour(const QString &id, Direction direction, const QString &cameFrom = {}) const;

    /*! Draws the rows of \a exposed as an overview, for views zoomed out so far that a node
        is a few pixels: every edge as a hairline and every node as a square of at least
        \a minDot scene units, batched per colour, without going through the items. */
    void paintOverview(QPainter *painter, const QRectF &exposed, qreal minDot) const;

    bool isScanningRenderability() const;
    /*! Whether each build starts the needs-Python scan (default true). Off, the badges stay
        as they are; turning it on scans the current project. */
    void setRenderabilityScanEnabled(bool enabled);

    //! Makes \a id the current revision (through the RevisionSelection, which selects the node).
    void selectNode(const QString &id);
    //! Asks the selection to open \a id's file at its `revision =` line.
    void requestOpenFile(const QString &id);

signals:
    void aboutToRebuild();
    //! The scene was rebuilt; \a isReload when the same project was read again.
    void rebuilt(bool isReload);
    //! The selected node changed to \a id (by any view); views centre it when off-screen.
    void currentNodeChanged(const QString &id);
    //! A node asked for its file (a double-click).
    void openFileRequested(const QString &id);
    //! The needs-Python badges were refreshed.
    void renderabilityUpdated();

protected:
    bool event(QEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void helpEvent(QGraphicsSceneHelpEvent *event) override;

private:
    void rebuild(bool isReload);
    void buildNodes();
    void addProblems();
    void buildItems();
    void refreshDatabaseState();
    void applyRenderability();
    //! Sets \a node's render badges from the scanner's verdicts; true if they changed.
    bool markRenderability(GraphNode &node) const;
    void startScan();
    void restyle();
    void onSelectionChanged();
    void onCurrentChanged(const QString &id);
    void computeAncestry();
    QString toolTipFor(const GraphNode &node) const;

    ProjectDocument *m_document;
    RevisionSelection *m_selection;
    GraphStyle m_style;
    Core::GraphLayout m_layout;
    QVector<GraphNode> m_nodes;
    QVector<RevisionNodeItem *> m_items;
    RevisionEdgesItem *m_edges = nullptr;
    RenderabilityScanner *m_scanner = nullptr;
    int m_currentRow = -1;
    std::vector<unsigned char> m_ancestry; //!< per row
    QList<int> m_ancestryRows;
    bool m_syncing = false;
    bool m_scanEnabled = true;
};

} // namespace Retort::Ui
