#pragma once

#include <QString>

// Installs Lotsen's translation (and Qt's own, for standard dialogs) into the running
// application, replacing the ones installed before, so the language can change at runtime.
namespace Lotsen::Translations {

// language: "sv", "en", or empty for the system locale's language. Loads :/i18n/lotsen_<lang>.qm
// and, when present, Qt's qtbase_<lang>.qm. Returns whether Lotsen's translation was loaded;
// when it was not, the previous translators are removed and the source texts (English) show.
// Needs a QCoreApplication.
bool load(const QString& language);

// The language load() picks for a system locale name such as "sv_SE" or "C".
QString languageForLocale(const QString& localeName);

// The language whose Lotsen translation is installed ("sv", "en"), or empty when none is.
QString current();

} // namespace Lotsen::Translations
