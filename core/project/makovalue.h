// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/project/createdate.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace Retort::Core {

/*! A Python value as a `script.py.mako` template sees it: the variables Alembic passes and
    whatever the template's expressions compute from them. Only the kinds those templates use
    exist; Python's `str()`, `repr()`, truthiness and `==` are reproduced for them.

    - Undefined is Mako's UNDEFINED (a name nobody passed): false, and an error when printed.
    - Callable names a builtin or filter (`repr`, `comma`, `str`, ...), also a type for
      `isinstance`; Object names a non-value object (`config`, `context`, `module:re`).
    A plain value; copies are cheap for the small values templates handle. */
class MakoValue
{
public:
    enum class Kind { Undefined, None, Bool, Int, String, Tuple, List, DateTime, Callable, Object };

    MakoValue() = default; //!< Undefined

    static MakoValue none();
    static MakoValue boolean(bool value);
    static MakoValue integer(qint64 value);
    static MakoValue string(const QString &value);
    static MakoValue tuple(std::vector<MakoValue> items);
    static MakoValue list(std::vector<MakoValue> items);
    static MakoValue dateTime(const CreateDate &value);
    static MakoValue callable(const QString &name);
    static MakoValue object(const QString &name);

    //! A tuple (or list) of strings.
    static MakoValue strings(const QStringList &values, Kind sequenceKind = Kind::Tuple);
    /*! Alembic's `tuple_rev_as_scalar`: None for no item, the string for one, otherwise the
        sequence (\a sequenceKind: down_revision is a tuple, depends_on a list). */
    static MakoValue scalarOrSequence(const QStringList &values, Kind sequenceKind);
    //! Alembic's `util.to_tuple`: None for no item, otherwise a tuple (even for one).
    static MakoValue tupleOrNone(const QStringList &values);

    Kind kind() const { return m_kind; }
    bool isUndefined() const { return m_kind == Kind::Undefined; }
    bool isNone() const { return m_kind == Kind::None; }
    bool isString() const { return m_kind == Kind::String; }
    bool isInt() const { return m_kind == Kind::Int || m_kind == Kind::Bool; }
    bool isSequence() const { return m_kind == Kind::Tuple || m_kind == Kind::List; }

    bool boolValue() const { return m_bool; }
    qint64 intValue() const { return m_kind == Kind::Bool ? qint64(m_bool) : m_int; }
    //! The string of a String; the name of a Callable or Object.
    const QString &text() const { return m_text; }
    const std::vector<MakoValue> &items() const { return m_items; }
    const CreateDate &date() const { return m_date; }

    //! Python truthiness (Undefined is false, as Mako's UNDEFINED).
    bool isTruthy() const;
    //! Python `str()`. Undefined gives "" (callers report it as an error first).
    QString toStr() const;
    //! Python `repr()`.
    QString toRepr() const;
    //! Python's type name for messages ("str", "NoneType", "tuple", ...).
    QString typeName() const;

    //! Python `==` (1 == True, tuples element-wise; a tuple never equals a list).
    bool operator==(const MakoValue &other) const;
    bool operator!=(const MakoValue &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Undefined;
    bool m_bool = false;
    qint64 m_int = 0;
    QString m_text;
    std::vector<MakoValue> m_items;
    CreateDate m_date;
};

/*! A Python-level failure while evaluating a template expression, worded like Python's
    exception ("NameError: ...", "TypeError: ..."). */
struct MakoError
{
    QString message;
};

//! Python's `repr()` of a str: quotes chosen as Python does, escapes for non-printables.
QString pythonStringRepr(const QString &value);

} // namespace Retort::Core
