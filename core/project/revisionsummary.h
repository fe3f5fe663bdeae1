// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QString>
#include <QStringList>

namespace Retort::Core {

/*! What a list or a command line shows about one revision: header data from its file plus
    the graph facts the revision map derived (Alembic's `Script` attributes of the same names).
    A plain value; built by Project::summaries(). */
struct RevisionSummary
{
    QString id;
    QString doc;            //!< first paragraph of the docstring (Alembic's Script.doc)
    QString longDoc;        //!< the whole docstring, stripped
    QStringList downRevisions; //!< structural parents, declared order
    QStringList dependsOn;  //!< as declared in the file
    QStringList branchLabels; //!< after propagation (what `alembic history` shows)
    QStringList children;   //!< structural children (nextrev), load order
    QString path;           //!< absolute path of the revision file
    bool isHead = false;          //!< no structural child
    bool isRealHead = false;      //!< no child and no dependant
    bool isBase = false;          //!< down_revision is None
    bool isBranchPoint = false;   //!< more than one structural child
    bool isMergePoint = false;    //!< more than one structural parent
    bool hasErrors = false;       //!< an error diagnostic is located in its file

    bool operator==(const RevisionSummary &other) const = default;
};

} // namespace Retort::Core
