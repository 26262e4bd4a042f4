#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

using namespace Lotsen;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void embeddedFilesExist();
    void loadSwedish();
    void switchToEnglish();
    void unknownLanguageRemovesPrevious();
    void hostileLanguageCodeIsRefused();
    void systemLocale();
    void languageForLocale_data();
    void languageForLocale();
};

void TestTranslations::embeddedFilesExist()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/lotsen_sv.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/lotsen_en.qm")));
}

void TestTranslations::loadSwedish()
{
    QVERIFY(Translations::load(QStringLiteral("sv")));
    QCOMPARE(Translations::current(), QStringLiteral("sv"));
}

void TestTranslations::switchToEnglish()
{
    QVERIFY(Translations::load(QStringLiteral("sv")));
    QVERIFY(Translations::load(QStringLiteral("en")));
    QCOMPARE(Translations::current(), QStringLiteral("en"));
}

void TestTranslations::unknownLanguageRemovesPrevious()
{
    QVERIFY(Translations::load(QStringLiteral("sv")));
    QVERIFY(!Translations::load(QStringLiteral("xx")));
    QCOMPARE(Translations::current(), QString());
}

void TestTranslations::hostileLanguageCodeIsRefused()
{
    QVERIFY(!Translations::load(QStringLiteral("../../etc/passwd")));
    QVERIFY(!Translations::load(QStringLiteral("sv/../sv")));
    QCOMPARE(Translations::current(), QString());
}

void TestTranslations::systemLocale()
{
    QLocale::setDefault(QLocale(QLocale::Swedish, QLocale::Sweden));
    const bool loaded = Translations::load(QString());
    // QLocale::system() follows LANG, not setDefault; only check consistency with the result.
    QCOMPARE(loaded, !Translations::current().isEmpty());
}

void TestTranslations::languageForLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("language");
    QTest::newRow("Swedish") << "sv_SE"
                             << "sv";
    QTest::newRow("Swedish, Finland") << "sv_FI"
                                      << "sv";
    QTest::newRow("English") << "en_GB"
                             << "en";
    QTest::newRow("C locale") << "C"
                              << "en";
    QTest::newRow("POSIX") << "POSIX"
                           << "en";
    QTest::newRow("no translation") << "de_DE"
                                    << "en";
    QTest::newRow("empty") << ""
                           << "en";
    QTest::newRow("hostile") << "../sv"
                             << "en";
}

void TestTranslations::languageForLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, language);
    QCOMPARE(Translations::languageForLocale(locale), language);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
