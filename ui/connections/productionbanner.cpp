// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/connections/productionbanner.h"

#include "ui/common/messagepresenter.h"
#include "ui/common/thememanager.h"
#include "ui/connections/connectiontexts.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QStyle>

#include <cstdlib>

namespace Retort::Ui {
namespace {

constexpr int kRedHue = 0;
constexpr int kMinSaturation = 40;
constexpr int kRedHueTolerance = 20;

//! Contrast of two colours by lightness (enough to pick the readable one of a few).
int contrast(const QColor &a, const QColor &b)
{
    return std::abs(a.lightness() - b.lightness());
}

} // namespace

ProductionBanner::ProductionBanner(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("productionBanner"));
    m_icon = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("productionBannerLabel"));
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    auto *layout = new QHBoxLayout(this);
    const int margin = style()->pixelMetric(QStyle::PM_LayoutTopMargin) / 2;
    layout->setContentsMargins(margin * 2, margin, margin * 2, margin);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    setToolTip(
        tr("Retort asks you to type the database name before every upgrade, downgrade or stamp."));
    refreshColors();
    setVisible(false);
}

ProductionBanner::~ProductionBanner() = default;

void ProductionBanner::setProfile(const Core::ConnectionProfile &profile)
{
    if (!profile.production) {
        clear();
        return;
    }
    m_label->setText(
        tr("PRODUCTION — %1 on %2")
            .arg(ConnectionTexts::databaseName(profile), ConnectionTexts::hostName(profile)));
    setVisible(true);
}

void ProductionBanner::clear()
{
    m_label->clear();
    setVisible(false);
}

QString ProductionBanner::text() const
{
    return m_label->text();
}

QColor ProductionBanner::backgroundColor(const QPalette &palette)
{
    const QColor bright = palette.color(QPalette::BrightText).toHsl();
    int hue = bright.hslHue();
    const bool reddish = hue >= 0 && bright.hslSaturation() >= kMinSaturation
        && (hue <= kRedHueTolerance || hue >= 360 - kRedHueTolerance);
    if (!reddish)
        hue = kRedHue;
    const bool dark = ThemeManager::isDark(palette);
    return QColor::fromHsl(hue, dark ? 150 : 190, dark ? 90 : 105);
}

QColor ProductionBanner::textColor(const QPalette &palette)
{
    const QColor background = backgroundColor(palette);
    QColor best = palette.color(QPalette::HighlightedText);
    for (const auto role :
        {QPalette::Base, QPalette::Window, QPalette::Text, QPalette::WindowText}) {
        if (contrast(palette.color(role), background) > contrast(best, background))
            best = palette.color(role);
    }
    return best;
}

void ProductionBanner::refreshColors()
{
    QPalette labelPalette = m_label->palette();
    labelPalette.setColor(QPalette::WindowText, textColor(palette()));
    m_label->setPalette(labelPalette);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size, size));
    update();
}

void ProductionBanner::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), backgroundColor(palette()));
}

void ProductionBanner::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        refreshColors();
}

bool confirmProductionAction(
    QWidget *parent, const Core::ConnectionProfile &profile, const QString &actionText)
{
    if (!profile.production)
        return true;
    // The name libpq would use is always known for a valid profile; "production" is a last resort.
    QString name = ConnectionTexts::databaseName(profile);
    if (name.isEmpty())
        name = QStringLiteral("production");
    const QString label
        = ProductionBanner::tr("You are about to %1 on the production database %2 on %3.\n\n"
                               "Type the name of the database (%2) to go ahead:")
              .arg(actionText, name, ConnectionTexts::hostName(profile));
    const std::optional<QString> typed
        = MessagePresenter::askText(parent, ProductionBanner::tr("Production Database"), label);
    return typed && typed->trimmed() == name;
}

} // namespace Retort::Ui
