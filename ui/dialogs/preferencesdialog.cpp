// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/dialogs/preferencesdialog.h"

#include "ui/common/languagemanager.h"
#include "ui/common/thememanager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace Retort::Ui {

namespace {

const char kReopenKey[] = "ui/reopenLastProject";

} // namespace

PreferencesDialog::PreferencesDialog(ThemeManager *theme, QWidget *parent)
    : QDialog(parent)
    , m_theme(theme)
    , m_themeBox(new QComboBox(this))
    , m_languageBox(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_reopenBox(new QCheckBox(tr("&Reopen the last project on start"), this))
{
    setWindowTitle(tr("Preferences"));
    setObjectName(QStringLiteral("preferencesDialog"));
    m_themeBox->setObjectName(QStringLiteral("themeBox"));
    m_languageBox->setObjectName(QStringLiteral("languageBox"));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_reopenBox->setObjectName(QStringLiteral("reopenBox"));
    fillThemes();
    fillLanguages();
    m_reopenBox->setChecked(reopenLastProject());
    m_restartNote->setText(tr("The new language takes effect when Retort starts again."));
    m_restartNote->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Theme:"), m_themeBox);
    form->addRow(tr("&Language:"), m_languageBox);
    form->addRow(QString(), m_restartNote);
    form->addRow(QString(), m_reopenBox);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(m_languageBox, qOverload<int>(&QComboBox::currentIndexChanged), this, &PreferencesDialog::updateRestartNote);
    updateRestartNote();
}

PreferencesDialog::~PreferencesDialog() = default;

bool PreferencesDialog::reopenLastProject()
{
    return QSettings().value(QLatin1String(kReopenKey), true).toBool();
}

void PreferencesDialog::fillThemes()
{
    m_themeBox->addItem(tr("Follow the system"), int(ThemeManager::Theme::System));
    m_themeBox->addItem(tr("Light"), int(ThemeManager::Theme::Light));
    m_themeBox->addItem(tr("Dark"), int(ThemeManager::Theme::Dark));
    const int current = int(m_theme ? m_theme->theme() : ThemeManager::Theme::System);
    m_themeBox->setCurrentIndex(m_themeBox->findData(current));
}

void PreferencesDialog::fillLanguages()
{
    m_languageBox->addItem(tr("System language"), QString());
    for (const LanguageManager::Language &language : LanguageManager::available())
        m_languageBox->addItem(language.nativeName, language.code);
    m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(LanguageManager::savedChoice())));
}

void PreferencesDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_languageBox->currentData().toString() != LanguageManager::savedChoice());
}

void PreferencesDialog::accept()
{
    if (m_theme)
        m_theme->setTheme(ThemeManager::Theme(m_themeBox->currentData().toInt()));
    LanguageManager::saveChoice(m_languageBox->currentData().toString());
    QSettings().setValue(QLatin1String(kReopenKey), m_reopenBox->isChecked());
    QDialog::accept();
}

} // namespace Retort::Ui
