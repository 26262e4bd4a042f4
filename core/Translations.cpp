#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <memory>

namespace Lotsen::Translations {

namespace {

// The installed translators; owned here so that they can be removed on the next load().
struct Installed
{
    std::unique_ptr<QTranslator> lotsen;
    std::unique_ptr<QTranslator> qt;
    QString language;
};

Installed& installed()
{
    static Installed state;
    return state;
}

void uninstall()
{
    Installed& state = installed();
    for (auto* translator : {state.lotsen.get(), state.qt.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    state.lotsen.reset();
    state.qt.reset();
    state.language.clear();
}

std::unique_ptr<QTranslator> loadTranslator(const QString& fileName, const QString& directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(fileName, directory))
        return nullptr;
    return translator;
}

} // namespace

bool load(const QString& language)
{
    if (!QCoreApplication::instance())
        return false;
    uninstall();
    const QString lang = language.isEmpty() ? languageForLocale(QLocale::system().name()) : language;
    // The language ends up in a file name; anything but a plain code is refused.
    static const QRegularExpression code(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2,3}(_[A-Z]{2})?")));
    if (!code.match(lang).hasMatch())
        return false;
    Installed& state = installed();
    state.lotsen = loadTranslator(QStringLiteral("lotsen_") + lang, QStringLiteral(":/i18n"));
    if (!state.lotsen)
        return false;
    state.qt =
        loadTranslator(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    QCoreApplication::installTranslator(state.lotsen.get());
    state.language = lang;
    return true;
}

QString languageForLocale(const QString& localeName)
{
    // "sv_SE" -> "sv"; the .qm files are per language, not per country. A locale Lotsen has no
    // translation for ("C", "de_DE") gets English, whose plural forms the source text lacks.
    const QString language = localeName.section(u'_', 0, 0);
    static const QRegularExpression code(QRegularExpression::anchoredPattern(QStringLiteral("[a-z]{2,3}")));
    if (code.match(language).hasMatch() && QFile::exists(QStringLiteral(":/i18n/lotsen_%1.qm").arg(language)))
        return language;
    return QStringLiteral("en");
}

QString current()
{
    return installed().language;
}

} // namespace Lotsen::Translations
