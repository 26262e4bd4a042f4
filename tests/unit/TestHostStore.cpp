#include "HostStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lotsen;

class TestHostStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void defaultPath();
    void missingFileIsEmpty();
    void addFindRemove();
    void addRefusesDuplicatesAndInvalidHosts();
    void update();
    void groups();
    void saveAndLoad();
    void savedFileIsPrivate();
    void saveTightensExistingPermissions();
    void saveReportsUnwritablePath();
    void damagedFileIsReportedAndKept_data();
    void damagedFileIsReportedAndKept();
    void noPasswordIsEverWritten();

private:
    static Host host(const QString& name, const QString& group = {});
    static int modeOf(const QString& path);
    QString path() const { return m_dir->filePath(QStringLiteral("config/lotsen/hosts.json")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHostStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // never touch the real ~/.config
}

void TestHostStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Host TestHostStore::host(const QString& name, const QString& group)
{
    Host h;
    h.name = name;
    h.address = QStringLiteral("192.0.2.7");
    h.user = QStringLiteral("root");
    h.port = 2222;
    h.group = group;
    return h;
}

int TestHostStore::modeOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

void TestHostStore::defaultPath()
{
    QVERIFY(HostStore::defaultPath().endsWith(QLatin1String("/lotsen/hosts.json")));
    QVERIFY(HostStore::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    QCOMPARE(HostStore().path(), HostStore::defaultPath());
}

void TestHostStore::missingFileIsEmpty()
{
    HostStore store(path());
    QVERIFY(store.add(host(QStringLiteral("stale"))).ok());
    const Result<void> loaded = store.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QVERIFY(store.hosts().isEmpty());
    QVERIFY(!QFile::exists(path())); // loading never creates anything
}

void TestHostStore::addFindRemove()
{
    HostStore store(path());
    QVERIFY(store.add(host(QStringLiteral("web1"))).ok());
    QVERIFY(store.add(host(QStringLiteral("web2"))).ok());
    QCOMPARE(store.hosts().size(), 2);
    QCOMPARE(store.find(QStringLiteral("web2"))->name, QStringLiteral("web2"));
    QVERIFY(!store.find(QStringLiteral("web3")).has_value());
    QVERIFY(store.remove(QStringLiteral("web1")).ok());
    QCOMPARE(store.hosts().size(), 1);
    const Result<void> missing = store.remove(QStringLiteral("web1"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().contains(QLatin1String("web1")));
}

void TestHostStore::addRefusesDuplicatesAndInvalidHosts()
{
    HostStore store(path());
    QVERIFY(store.add(host(QStringLiteral("web1"))).ok());
    const Result<void> duplicate = store.add(host(QStringLiteral("web1")));
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error().contains(QLatin1String("web1")));

    Host bad = host(QStringLiteral("web2"));
    bad.address = QStringLiteral("x;reboot");
    QVERIFY(!store.add(bad).ok());
    QVERIFY(!store.add(host(QString())).ok());
    QCOMPARE(store.hosts().size(), 1);
}

void TestHostStore::update()
{
    HostStore store(path());
    QVERIFY(store.add(host(QStringLiteral("a"))).ok());
    QVERIFY(store.add(host(QStringLiteral("b"))).ok());

    Host changed = host(QStringLiteral("a"));
    changed.port = 22;
    QVERIFY(store.update(QStringLiteral("a"), changed).ok());
    QCOMPARE(store.find(QStringLiteral("a"))->port, 22);

    Host renamed = changed;
    renamed.name = QStringLiteral("c");
    QVERIFY(store.update(QStringLiteral("a"), renamed).ok());
    QVERIFY(!store.find(QStringLiteral("a")));
    QCOMPARE(store.hosts().first().name, QStringLiteral("c")); // position kept

    renamed.name = QStringLiteral("b");
    QVERIFY(!store.update(QStringLiteral("c"), renamed).ok()); // would duplicate b
    QVERIFY(!store.update(QStringLiteral("nope"), host(QStringLiteral("nope"))).ok());
    Host invalid = host(QStringLiteral("c"));
    invalid.user = QStringLiteral("-oProxyCommand=x");
    QVERIFY(!store.update(QStringLiteral("c"), invalid).ok());
    QCOMPARE(store.find(QStringLiteral("c"))->user, QStringLiteral("root"));
}

void TestHostStore::groups()
{
    HostStore store(path());
    QVERIFY(store.add(host(QStringLiteral("a"), QStringLiteral("prod"))).ok());
    QVERIFY(store.add(host(QStringLiteral("b"))).ok());
    QVERIFY(store.add(host(QStringLiteral("c"), QStringLiteral("test"))).ok());
    QVERIFY(store.add(host(QStringLiteral("d"), QStringLiteral("prod"))).ok());
    QCOMPARE(store.groups(), (QStringList{"prod", "test"}));
}

void TestHostStore::saveAndLoad()
{
    HostStore store(path());
    Host full = host(QStringLiteral("db"), QStringLiteral("Databaser"));
    full.address = QStringLiteral("2001:db8::5");
    full.identityFile = QStringLiteral("/home/me/.ssh/id_ed25519");
    full.proxyJump = QStringLiteral("jump@bastion.example.com");
    full.tags = QStringList{QStringLiteral("el6"), QStringLiteral("köket")};
    QVERIFY(store.add(full).ok());
    QVERIFY(store.add(host(QStringLiteral("web"))).ok());
    const Result<void> saved = store.save();
    QVERIFY2(saved.ok(), qPrintable(saved.error()));

    HostStore again(path());
    const Result<void> loaded = again.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    QCOMPARE(again.hosts(), store.hosts());

    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("hosts")).toArray().size(), 2);
}

void TestHostStore::savedFileIsPrivate()
{
    HostStore store(path());
    QVERIFY(store.add(host(QStringLiteral("web"))).ok());
    QVERIFY(store.save().ok());
    QCOMPARE(modeOf(path()), 0600);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("config/lotsen"))), 0700);
    QCOMPARE(modeOf(m_dir->filePath(QStringLiteral("config"))), 0700);
    QCOMPARE(QFileInfo(path()).permissions() & 0x0077, QFileDevice::Permissions()); // nothing for group/other
}

void TestHostStore::saveTightensExistingPermissions()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile old(path());
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write(R"({"version":1,"hosts":[]})");
    old.close();
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                               QFileDevice::ReadOther));
    QCOMPARE(modeOf(path()), 0644);

    HostStore store(path());
    QVERIFY(store.load().ok());
    QVERIFY(store.add(host(QStringLiteral("web"))).ok());
    QVERIFY(store.save().ok());
    QCOMPARE(modeOf(path()), 0600);
}

void TestHostStore::saveReportsUnwritablePath()
{
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-dir")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    HostStore store(m_dir->filePath(QStringLiteral("not-a-dir/lotsen/hosts.json")));
    QVERIFY(store.add(host(QStringLiteral("web"))).ok());
    const Result<void> saved = store.save();
    QVERIFY(!saved.ok());
    QVERIFY2(saved.error().contains(QLatin1String("not-a-dir")), qPrintable(saved.error()));
}

void TestHostStore::damagedFileIsReportedAndKept_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("{\"version\":1,\"hosts\":[") << "damaged";
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << "damaged";
    QTest::newRow("array at top") << QByteArray("[]") << "damaged";
    QTest::newRow("future version") << QByteArray(R"({"version":2,"hosts":[]})") << "version 2";
    QTest::newRow("no version") << QByteArray(R"({"hosts":[]})") << "version";
    QTest::newRow("invalid host") << QByteArray(R"({"version":1,"hosts":[{"name":"a b"}]})") << "a b";
    QTest::newRow("hostile address")
        << QByteArray(R"json({"version":1,"hosts":[{"name":"x","address":"$(reboot)"}]})json") << "$(reboot)";
    QTest::newRow("duplicate names") << QByteArray(R"({"version":1,"hosts":[{"name":"x"},{"name":"x"}]})")
                                     << "already exists";
}

void TestHostStore::damagedFileIsReportedAndKept()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    HostStore store(path());
    QVERIFY(store.add(host(QStringLiteral("in-memory"))).ok());
    const Result<void> loaded = store.load();
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().contains(path()), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(mentions), qPrintable(loaded.error()));
    QCOMPARE(store.hosts().size(), 1); // the list in memory is untouched
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content); // and so is the file
}

static bool containsPasswordKey(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().contains(QLatin1String("password"), Qt::CaseInsensitive) ||
                containsPasswordKey(it.value()))
                return true;
        }
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue& v) { return containsPasswordKey(v); });
    }
    return false;
}

// A hand-edited file may carry a password; Lotsen neither keeps nor writes it back.
void TestHostStore::noPasswordIsEverWritten()
{
    QVERIFY(QDir().mkpath(QFileInfo(path()).absolutePath()));
    QFile file(path());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version":1,"hosts":[{"name":"x","address":"192.0.2.1","password":"hunter2"}]})");
    file.close();

    HostStore store(path());
    QVERIFY(store.load().ok());
    QVERIFY(store.add(host(QStringLiteral("y"))).ok());
    QVERIFY(store.save().ok());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(!saved.contains("hunter2"));
    QVERIFY(!containsPasswordKey(QJsonDocument::fromJson(saved).object()));
    QCOMPARE(QJsonDocument::fromJson(saved).object().value(QLatin1String("hosts")).toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestHostStore)
#include "TestHostStore.moc"
