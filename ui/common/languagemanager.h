// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#pragma once

#include <QList>
#include <QString>

#include <memory>

class QTranslator;

namespace Retort::Ui {

/*! The language of the user interface. install() loads Retort's translation (embedded as
    :/translations/retort_<code>.qm) and Qt's own (qtbase_<code>.qm from Qt's translations
    folder, when the distribution ships it) for the chosen language and installs both on the
    application. The choice persists in QSettings "ui/language": an empty code follows the
    system locale. Widgets are built translated, so a new choice takes effect at the next start.
    GUI thread only; one instance, owned by main() and alive as long as the application. */
class LanguageManager final
{
public:
    struct Language
    {
        QString code;       //!< "en", "de", …
        QString nativeName; //!< "English", "Deutsch", … (in that language)
    };

    LanguageManager();
    ~LanguageManager();
    LanguageManager(const LanguageManager &) = delete;
    LanguageManager &operator=(const LanguageManager &) = delete;

    //! English plus every embedded translation, English first.
    static QList<Language> available();
    //! The remembered choice; empty means "the system's language".
    static QString savedChoice();
    static void saveChoice(const QString &code);
    //! The language install() would use for \a choice: the choice itself when it is available,
    //! else the system locale's language when available, else "en".
    static QString resolve(const QString &choice);

    //! Installs the translators for the saved choice (or \a overrideCode when not empty).
    //! Returns the language now in use. Safe to call again: replaces the previous translators.
    QString install(const QString &overrideCode = {});
    QString activeLanguage() const { return m_active; }

private:
    void uninstall();

    std::unique_ptr<QTranslator> m_retort;
    std::unique_ptr<QTranslator> m_qt;
    QString m_active = QStringLiteral("en");
};

} // namespace Retort::Ui
