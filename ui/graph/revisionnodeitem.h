// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "ui/graph/graphnode.h"
#include "ui/graph/graphstyle.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QList>
#include <QStaticText>

namespace Retort::Ui {

class RevisionGraphScene;

/*! One node of the revision graph: the dot in its lane (filled when applied or without a
    database, hollow when pending, dashed for a ghost, ringed when in the selection's ancestry)
    and, in the text column, the short id, the badge pills and the message.

    Reads everything from its RevisionGraphScene (node data, style, ancestry) when painting;
    call refresh() after the node's badges or the style changed. Zoomed far out (level of
    detail below 0.5) only the dot is drawn; below 0.25 a square. Positioned at the node
    centre. GUI thread only. */
class RevisionNodeItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(Retort::Ui::RevisionNodeItem)

public:
    enum { Type = UserType + 1 };

    //! A badge drawn after the id.
    struct Pill
    {
        QString text;
        GraphStyle::Role role;
        bool filled;
    };

    RevisionNodeItem(RevisionGraphScene *graph, int row);

    int type() const override { return Type; }
    int row() const { return m_row; }
    const GraphNode &node() const;
    QString id() const { return node().id; }
    //! The pills in drawing order: head, base, branch point, merge, DB, labels, problems.
    const QList<Pill> &pills() const { return m_pills; }
    QStringList pillTexts() const;

    //! Re-reads the node's badges and the style (geometry included).
    void refresh();

    //! The role of \a node's outline: ghost, problem, head, base or plain.
    static GraphStyle::Role outlineRole(const GraphNode &node);
    //! The one colour \a node is drawn with when it is a mere square (far zoomed out).
    static QColor dotColour(const GraphNode &node, const GraphStyle &style);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void paintDot(QPainter *painter, qreal levelOfDetail) const;
    void paintText(QPainter *painter) const;
    qreal paintPill(QPainter *painter, const Pill &pill, qreal x) const;

    RevisionGraphScene *m_graph;
    int m_row;
    qreal m_textLeft = 0; //!< item coordinates
    qreal m_width = -1;
    qreal m_radius = 0; //!< style values the geometry was computed with
    qreal m_pitch = 0;
    QList<Pill> m_pills;
    mutable QStaticText m_message; //!< elided message, prepared lazily
    mutable bool m_messageReady = false;
};

} // namespace Retort::Ui
