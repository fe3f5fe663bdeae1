// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Retort::Ui {

class ThemeManager;

/*! Edit ▸ Preferences: the colour theme, the interface language and whether Retort reopens the
    last project on start. Nothing changes until OK: then the theme applies at once (through
    \a theme, which may be null in tests and must outlive the dialog), the language is remembered
    for the next start (LanguageManager; a note says so while the choice differs from the saved
    one) and the start-up choice is stored. Cancel changes nothing. GUI thread only. */
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    explicit PreferencesDialog(ThemeManager *theme, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    //! QSettings "ui/reopenLastProject"; true unless the user turned it off.
    static bool reopenLastProject();

public slots:
    void accept() override;

private:
    void fillThemes();
    void fillLanguages();
    void updateRestartNote();

    ThemeManager *m_theme;
    QComboBox *m_themeBox;
    QComboBox *m_languageBox;
    QLabel *m_restartNote;
    QCheckBox *m_reopenBox;
};

} // namespace Retort::Ui
