// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include "core/db/connectionprofile.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QPalette;

namespace Retort::Ui {

/*! A persistent red strip "PRODUCTION — <db> on <host>" shown while the window is connected to
    a profile marked production; hidden otherwise. The red and the text colour derive from the
    palette (BrightText's hue when it is a red, the lightness from the theme) and are recomputed
    on QEvent::PaletteChange, so light and dark themes both keep the contrast. GUI thread only. */
class ProductionBanner final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionBanner)

public:
    explicit ProductionBanner(QWidget *parent = nullptr);
    ~ProductionBanner() override;

    //! Shows the banner for a production \a profile; hides it for any other.
    void setProfile(const Core::ConnectionProfile &profile);
    //! Hides the banner (disconnected).
    void clear();
    QString text() const;

    static QColor backgroundColor(const QPalette &palette);
    static QColor textColor(const QPalette &palette);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refreshColors();

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
};

/*! Asks the user to type the database name before \a actionText ("upgrade to heads",
    "stamp ae10") runs on a production \a profile (MessagePresenter::askText, so tests can
    answer). True only when the typed text (trimmed) equals ConnectionTexts::databaseName()
    exactly; true at once, without asking, for a profile not marked production. GUI thread. */
bool confirmProductionAction(
    QWidget *parent, const Core::ConnectionProfile &profile, const QString &actionText);

} // namespace Retort::Ui
