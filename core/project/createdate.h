// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/common/diagnostic.h"
#include "core/common/expected.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace Retort::Core {

/*! The `create_date` Alembic passes to `script.py.mako`: a Python `datetime`, naive local time
    when the ini has no `timezone`, aware (with its UTC offset) when it has one. Holds the wall
    clock fields with microseconds and the instant as epoch seconds. A plain value. */
struct CreateDate
{
    QDate date;
    QTime time; //!< hours, minutes, seconds (milliseconds ignored)
    int microsecond = 0; //!< 0..999999
    std::optional<int> utcOffsetSeconds; //!< set for an aware datetime
    qint64 epochSeconds = 0; //!< `int(create_date.timestamp())`

    bool operator==(const CreateDate &other) const = default;

    //! Python's `str(datetime)`: "2026-11-21 09:30:01.794456", "+00:00" appended when aware;
    //! the fraction is left out when microsecond is 0, as Python does.
    QString toPythonString() const;
    //! `datetime.isoformat()`: as toPythonString() with a 'T' between date and time.
    QString toIsoString() const;

    /*! The current time the way Alembic 1.8.1's `_generate_create_date` takes it: local naive
        time without \a timezone; with one, the time in that zone, looked up as written and
        then upper-cased (`dateutil.tz.gettz` semantics; an empty name means the local zone).
        Fails with "timezone-unknown" and Alembic's text `Can't locate timezone: <name>`. */
    static Expected<CreateDate, Diagnostic> now(const std::optional<QString> &timezone);
    /*! A fixed date (tests, previews): \a utcOffsetSeconds nullopt makes it naive; the epoch
        then assumes the system's local zone, like Python's naive `timestamp()`. */
    static CreateDate fromFields(const QDate &date, const QTime &time, int microsecond,
        std::optional<int> utcOffsetSeconds = std::nullopt);
};

} // namespace Retort::Core
