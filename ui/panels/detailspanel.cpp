// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/panels/detailspanel.h"

#include "core/sql/renderability.h"
#include "ui/document/projectdocument.h"
#include "ui/document/revisionselection.h"

#include <QEvent>
#include <QFileInfo>
#include <QUrl>

namespace Retort::Ui {

namespace {

QString revisionLinks(const QStringList &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("—");
    QStringList links;
    for (const QString &id : ids)
        links << QStringLiteral("<a href=\"rev:%1\">%1</a>").arg(id.toHtmlEscaped());
    return links.join(QStringLiteral(", "));
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>").arg(label, value);
}

} // namespace

DetailsPanel::DetailsPanel(ProjectDocument *document, RevisionSelection *selection, QWidget *parent)
    : QTextBrowser(parent)
    , m_document(document)
    , m_selection(selection)
{
    setObjectName(QStringLiteral("detailsPanel"));
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &DetailsPanel::followLink);
    connect(selection, &RevisionSelection::currentChanged, this, &DetailsPanel::refresh);
    auto reload = [this] {
        if (m_document->isOpen())
            m_maps = Core::Ops::ProjectMaps::load(m_document->project().config().ini(),
                                                  m_document->project().config().iniFilePath());
        refresh();
    };
    connect(document, &ProjectDocument::loaded, this, reload);
    connect(document, &ProjectDocument::reloaded, this, reload);
    connect(document, &ProjectDocument::databaseStateChanged, this, &DetailsPanel::refresh);
    refresh();
}

void DetailsPanel::refresh()
{
    const QString id = m_selection->current();
    if (!m_document->isOpen() || id.isEmpty() || m_document->project().summary(id).id.isEmpty()) {
        setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(palette().color(QPalette::PlaceholderText).name(), tr("Select a revision to see its details.")));
        return;
    }
    setHtml(revisionHtml(id) + operationsHtml(id));
}

QString DetailsPanel::revisionHtml(const QString &id) const
{
    const Core::RevisionSummary s = m_document->project().summary(id);
    QStringList markers;
    if (s.isHead) markers << tr("head");
    if (s.isBase) markers << tr("base");
    if (s.isBranchPoint) markers << tr("branch point");
    if (s.isMergePoint) markers << tr("merge point");
    if (m_document->hasDatabase())
        markers << (m_document->databaseHeads().contains(id) ? tr("current in the database")
                    : m_document->isApplied(id)             ? tr("applied")
                                                            : tr("pending"));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>").arg(s.id.toHtmlEscaped(), s.doc.toHtmlEscaped());
    if (s.longDoc != s.doc && !s.longDoc.isEmpty())
        html += QStringLiteral("<pre>%1</pre>").arg(s.longDoc.toHtmlEscaped());
    html += QStringLiteral("<table>");
    html += row(tr("File"), QStringLiteral("<a href=\"file:%1\">%2</a>")
                                .arg(QString::fromUtf8(QUrl::toPercentEncoding(s.path)), QFileInfo(s.path).fileName().toHtmlEscaped()));
    html += row(tr("Parents"), revisionLinks(s.downRevisions));
    html += row(tr("Children"), revisionLinks(s.children));
    html += row(tr("Depends on"), revisionLinks(s.dependsOn));
    html += row(tr("Branch labels"), s.branchLabels.isEmpty() ? QStringLiteral("—") : s.branchLabels.join(QStringLiteral(", ")).toHtmlEscaped());
    html += row(tr("Markers"), markers.isEmpty() ? QStringLiteral("—") : markers.join(QStringLiteral(", ")));
    return html + QStringLiteral("</table>");
}

QString DetailsPanel::operationsHtml(const QString &id) const
{
    const Core::RevisionScript *script = m_document->project().scriptFor(id);
    const auto dialect = Core::Sql::SqlDialect::fromName(m_document->defaultDialect());
    if (!script || !dialect)
        return {};
    const Core::Sql::RevisionRenderability verdict = Core::Sql::assessRenderability(*script, dialect.value(), m_maps);
    QString html;
    const std::pair<QString, const Core::Sql::DirectionRenderability *> directions[] = {
        {tr("Upgrade"), &verdict.upgrade}, {tr("Downgrade"), &verdict.downgrade}};
    for (const auto &[name, d] : directions) {
        const QString state = d->renderable ? tr("renders to SQL for %1").arg(dialect.value().name())
                                            : tr("cannot be rendered for %1").arg(dialect.value().name());
        html += QStringLiteral("<h4>%1 — %2</h4>").arg(name, state);
        if (d->problem) {
            html += QStringLiteral("<p style=\"color:%1\"><a href=\"file:%2#%3\">%4:%3</a>: %5</p>")
                        .arg(palette().color(QPalette::BrightText).name(),
                             QString::fromUtf8(QUrl::toPercentEncoding(d->problem->location.file)))
                        .arg(d->problem->location.line)
                        .arg(QFileInfo(d->problem->location.file).fileName().toHtmlEscaped(), d->problem->message.toHtmlEscaped());
        }
        if (!d->operations.isEmpty())
            html += QStringLiteral("<pre>%1</pre>").arg(d->operations.join(QLatin1Char('\n')).toHtmlEscaped());
    }
    return html;
}

void DetailsPanel::followLink(const QUrl &url)
{
    const QString text = url.toString(QUrl::FullyDecoded);
    if (text.startsWith(QLatin1String("rev:"))) {
        m_selection->setCurrent(text.mid(4));
    } else if (text.startsWith(QLatin1String("file:"))) {
        const QString rest = text.mid(5);
        const qsizetype hash = rest.lastIndexOf(QLatin1Char('#'));
        const bool hasLine = hash > 0 && rest.mid(hash + 1).toInt() > 0;
        emit m_selection->openFileRequested(hasLine ? rest.left(hash) : rest, hasLine ? rest.mid(hash + 1).toInt() : 0);
    }
}

void DetailsPanel::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

} // namespace Retort::Ui
