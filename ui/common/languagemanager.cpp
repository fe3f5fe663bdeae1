// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Retort authors
#include "ui/common/languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <algorithm>

// The .qm files live in retort_ui, a static library: register the resource by hand
// (Q_INIT_RESOURCE only works outside a namespace).
static void registerTranslationResource()
{
    Q_INIT_RESOURCE(translations);
}

namespace Retort::Ui {

namespace {

const char kLanguageKey[] = "ui/language";
const char kResourceDir[] = ":/translations";

/*! Finds a message under its qualified context ("Retort::Ui::MainWindow", which tr() uses) or,
    failing that, under the bare class name, which is what lupdate writes for classes declared
    inside `namespace Retort::Ui {` (its parser does not read C++17 nested namespaces). */
class ContextTranslator final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isEmpty() || !context)
            return found;
        const QByteArray qualified(context);
        const int separator = qualified.lastIndexOf("::");
        if (separator < 0)
            return found;
        const QByteArray bare = qualified.mid(separator + 2);
        return QTranslator::translate(bare.constData(), sourceText, disambiguation, n);
    }
};

QString qtTranslationsPath()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
    return QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
}

QString nativeNameOf(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

} // namespace

LanguageManager::LanguageManager()
{
    registerTranslationResource();
}

LanguageManager::~LanguageManager()
{
    uninstall();
}

QList<LanguageManager::Language> LanguageManager::available()
{
    registerTranslationResource();
    QList<Language> languages{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(QLatin1String(kResourceDir))
                                  .entryList({QStringLiteral("retort_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(7, file.size() - 7 - 3); // retort_<code>.qm
        languages.append({code, nativeNameOf(code)});
    }
    return languages;
}

QString LanguageManager::savedChoice()
{
    return QSettings().value(QLatin1String(kLanguageKey)).toString();
}

void LanguageManager::saveChoice(const QString &code)
{
    QSettings().setValue(QLatin1String(kLanguageKey), code);
}

QString LanguageManager::resolve(const QString &choice)
{
    const QList<Language> languages = available();
    const auto has = [&](const QString &code) {
        return std::any_of(languages.begin(), languages.end(),
                           [&](const Language &l) { return l.code == code; });
    };
    if (!choice.isEmpty() && has(choice))
        return choice;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return has(system) ? system : QStringLiteral("en");
}

QString LanguageManager::install(const QString &overrideCode)
{
    uninstall();
    m_active = resolve(overrideCode.isEmpty() ? savedChoice() : overrideCode);
    if (m_active == QLatin1String("en"))
        return m_active;
    auto retort = std::make_unique<ContextTranslator>();
    if (retort->load(QStringLiteral("retort_") + m_active, QLatin1String(kResourceDir))) {
        QCoreApplication::installTranslator(retort.get());
        m_retort = std::move(retort);
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + m_active, qtTranslationsPath())) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    if (!m_retort)
        m_active = QStringLiteral("en");
    return m_active;
}

void LanguageManager::uninstall()
{
    for (auto *translator : {m_retort.get(), m_qt.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    m_retort.reset();
    m_qt.reset();
}

} // namespace Retort::Ui
