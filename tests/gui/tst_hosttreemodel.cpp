// HostTreeModel: structure, grouping and state changes, checked by QAbstractItemModelTester.

#include "hosts/HostTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Lotsen;

namespace {

Host makeHost(const QString& name, const QString& group, const QString& address = {})
{
    Host host;
    host.name = name;
    host.group = group;
    host.address = address.isEmpty() ? name + QStringLiteral(".example.net") : address;
    return host;
}

QStringList childNames(const HostTreeModel& model, const QModelIndex& parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, 0, parent).data().toString());
    return names;
}

} // namespace

class TestHostTreeModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void groupsAndUngroupedHosts();
    void addAndRemoveKeepTheTreeConsistent();
    void changingTheGroupMovesTheHost();
    void stateChangesUpdateHostAndGroup();
    void groupSelectionMeansItsHosts();
    void headerAndRetranslate();
    void naturalOrder();
};

void TestHostTreeModel::naturalOrder()
{
    QVERIFY(HostTreeModel::naturalLess(QStringLiteral("web2"), QStringLiteral("web10")));
    QVERIFY(!HostTreeModel::naturalLess(QStringLiteral("web10"), QStringLiteral("web2")));
    QVERIFY(HostTreeModel::naturalLess(QStringLiteral("Alpha"), QStringLiteral("beta")));
    QVERIFY(HostTreeModel::naturalLess(QStringLiteral("db"), QStringLiteral("db1")));
    QVERIFY(HostTreeModel::naturalLess(QStringLiteral("10.0.0.9"), QStringLiteral("10.0.0.10")));
    QVERIFY(!HostTreeModel::naturalLess(QStringLiteral("x"), QStringLiteral("x")));
    QVERIFY(HostTreeModel::naturalLess(QStringLiteral("X"), QStringLiteral("x")) !=
            HostTreeModel::naturalLess(QStringLiteral("x"), QStringLiteral("X")));
}

void TestHostTreeModel::groupsAndUngroupedHosts()
{
    HostTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHosts({makeHost(QStringLiteral("web10"), QStringLiteral("prod")),
                    makeHost(QStringLiteral("web2"), QStringLiteral("prod")),
                    makeHost(QStringLiteral("sandbox"), {}),
                    makeHost(QStringLiteral("build1"), QStringLiteral("ci"))});
    // Groups first (sorted), then hosts without a group; hosts sort numerically.
    QCOMPARE(childNames(model, {}),
             (QStringList{QStringLiteral("ci"), QStringLiteral("prod"), QStringLiteral("sandbox")}));
    const QModelIndex prod = model.indexOfGroup(QStringLiteral("prod"));
    QVERIFY(model.isGroup(prod));
    QCOMPARE(childNames(model, prod), (QStringList{QStringLiteral("web2"), QStringLiteral("web10")}));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.hostCount(), 4);
    const QModelIndex web2 = model.indexOfHost(QStringLiteral("web2"), HostTreeModel::AddressColumn);
    QCOMPARE(web2.data().toString(), QStringLiteral("web2.example.net"));
    QCOMPARE(web2.parent(), prod);
    QCOMPARE(model.hostName(web2), QStringLiteral("web2"));
    QVERIFY(!model.index(0, 0, web2).isValid());
    QVERIFY(model.flags(web2) & Qt::ItemNeverHasChildren);
    QVERIFY(!model.index(0, HostTreeModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!model.indexOfHost(QStringLiteral("sandbox")).data(Qt::DecorationRole).value<QIcon>().isNull());
}

void TestHostTreeModel::addAndRemoveKeepTheTreeConsistent()
{
    HostTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.addHost(makeHost(QStringLiteral("b"), QStringLiteral("g2")));
    model.addHost(makeHost(QStringLiteral("a"), QStringLiteral("g2")));
    const QPersistentModelIndex bIndex = model.indexOfHost(QStringLiteral("b"));
    model.addHost(makeHost(QStringLiteral("c"), QStringLiteral("g1"))); // new group before g2
    model.addHost(makeHost(QStringLiteral("solo"), {}));
    QCOMPARE(childNames(model, {}),
             (QStringList{QStringLiteral("g1"), QStringLiteral("g2"), QStringLiteral("solo")}));
    // A persistent index survives a group inserted in front of its own.
    QVERIFY(bIndex.isValid());
    QCOMPARE(bIndex.data().toString(), QStringLiteral("b"));
    QCOMPARE(bIndex.parent().data().toString(), QStringLiteral("g2"));

    model.removeHost(QStringLiteral("c")); // last host of g1: the group goes
    QCOMPARE(childNames(model, {}), (QStringList{QStringLiteral("g2"), QStringLiteral("solo")}));
    QCOMPARE(bIndex.parent().data().toString(), QStringLiteral("g2"));
    model.removeHost(QStringLiteral("a"));
    QCOMPARE(childNames(model, model.indexOfGroup(QStringLiteral("g2"))), QStringList{QStringLiteral("b")});
    model.removeHost(QStringLiteral("solo"));
    model.removeHost(QStringLiteral("unknown"));
    QCOMPARE(model.hostCount(), 1);
    model.setHosts({});
    QCOMPARE(model.rowCount(), 0);
}

void TestHostTreeModel::changingTheGroupMovesTheHost()
{
    HostTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHosts({makeHost(QStringLiteral("a"), QStringLiteral("old")),
                    makeHost(QStringLiteral("b"), QStringLiteral("old"))});
    model.setState(QStringLiteral("a"), SessionState::Connected);

    Host moved = makeHost(QStringLiteral("a"), QStringLiteral("new"), QStringLiteral("10.0.0.1"));
    model.updateHost(QStringLiteral("a"), moved);
    QCOMPARE(childNames(model, {}), (QStringList{QStringLiteral("new"), QStringLiteral("old")}));
    QCOMPARE(model.indexOfHost(QStringLiteral("a")).parent().data().toString(), QStringLiteral("new"));
    QCOMPARE(model.state(QStringLiteral("a")), SessionState::Connected); // moving keeps the connection state

    Host renamed = moved;
    renamed.name = QStringLiteral("a2");
    renamed.group.clear();
    model.updateHost(QStringLiteral("a"), renamed);
    QVERIFY(!model.indexOfHost(QStringLiteral("a")).isValid());
    QVERIFY(!model.indexOfGroup(QStringLiteral("new")).isValid());
    QCOMPARE(model.indexOfHost(QStringLiteral("a2")).parent(), QModelIndex());

    Host sameGroup = makeHost(QStringLiteral("b"), QStringLiteral("old"), QStringLiteral("192.0.2.7"));
    sameGroup.user = QStringLiteral("root");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.updateHost(QStringLiteral("b"), sameGroup);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.indexOfHost(QStringLiteral("b"), HostTreeModel::AddressColumn).data().toString(),
             QStringLiteral("root@192.0.2.7"));
}

void TestHostTreeModel::stateChangesUpdateHostAndGroup()
{
    HostTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHosts({makeHost(QStringLiteral("a"), QStringLiteral("g")),
                    makeHost(QStringLiteral("b"), QStringLiteral("g"))});
    const QModelIndex group = model.indexOfGroup(QStringLiteral("g"), HostTreeModel::StateColumn);
    QCOMPARE(group.data().toString(), QStringLiteral("0 of 2 connected"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QList<SessionState> states = {SessionState::Connecting,  SessionState::Connected,
                                        SessionState::NeedsLogin,  SessionState::KeyProblem,
                                        SessionState::Unreachable, SessionState::Disconnected};
    QList<QImage> icons;
    for (SessionState state : states) {
        model.setState(QStringLiteral("a"), state, QStringLiteral("detail"));
        const QModelIndex a = model.indexOfHost(QStringLiteral("a"));
        QCOMPARE(a.data(HostTreeModel::StateRole).value<SessionState>(), state);
        QCOMPARE(a.siblingAtColumn(HostTreeModel::StateColumn).data().toString(),
                 HostTreeModel::stateText(state));
        QVERIFY(a.data(Qt::ToolTipRole).toString().contains(QStringLiteral("detail")));
        const QIcon icon = a.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(16, 16).toImage();
        QVERIFY2(!icons.contains(image), "each state has an icon of its own");
        icons.append(image);
    }
    QVERIFY(changed.count() >= states.size() * 2); // host row and group summary
    model.setState(QStringLiteral("b"), SessionState::Connected);
    QCOMPARE(group.data().toString(), QStringLiteral("1 of 2 connected"));
    QCOMPARE(model.connectedCount(), 1);
    changed.clear();
    model.setState(QStringLiteral("b"), SessionState::Connected); // no change, no signal
    QCOMPARE(changed.count(), 0);
}

void TestHostTreeModel::groupSelectionMeansItsHosts()
{
    HostTreeModel model;
    model.setHosts({makeHost(QStringLiteral("a"), QStringLiteral("g")),
                    makeHost(QStringLiteral("b"), QStringLiteral("g")), makeHost(QStringLiteral("c"), {})});
    const QModelIndexList selection = {model.indexOfHost(QStringLiteral("c")),
                                       model.indexOfGroup(QStringLiteral("g")),
                                       model.indexOfHost(QStringLiteral("a"))};
    QCOMPARE(model.hostNames(selection),
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
}

void TestHostTreeModel::headerAndRetranslate()
{
    HostTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setHosts({makeHost(QStringLiteral("a"), QStringLiteral("g"))});
    QCOMPARE(model.headerData(HostTreeModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Host"));
    QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.retranslate();
    QCOMPARE(header.count(), 1);
    QVERIFY(changed.count() >= 2);
}

QTEST_MAIN(TestHostTreeModel)
#include "tst_hosttreemodel.moc"
