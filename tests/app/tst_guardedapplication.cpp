// A store failure escaping an event handler is reported, not fatal.
#include "app/gui/guardedapplication.h"
#include "core/store/document.h"

#include <QTest>

using namespace dateline;

namespace {

class Failing : public QObject {
public:
    explicit Failing(bool storeError) : m_storeError(storeError) {}
    bool event(QEvent *e) override
    {
        if (e->type() != QEvent::User)
            return QObject::event(e);
        if (m_storeError)
            throw StoreError("disk I/O error while reading event 7");
        throw std::runtime_error("something else");
    }

private:
    bool m_storeError;
};

} // namespace

class TestGuardedApplication : public QObject {
    Q_OBJECT
private slots:
    void failuresAreReported_data()
    {
        QTest::addColumn<bool>("storeError");
        QTest::addColumn<QString>("expected");
        QTest::newRow("store") << true << QStringLiteral("disk I/O error while reading event 7");
        QTest::newRow("other") << false << QStringLiteral("something else");
    }

    void failuresAreReported()
    {
        QFETCH(bool, storeError);
        QFETCH(QString, expected);
        auto *app = static_cast<GuardedApplication *>(QCoreApplication::instance());
        QStringList messages;
        app->setReporter([&messages](const QString &m) { messages << m; });
        Failing object(storeError);
        QEvent first(QEvent::User), second(QEvent::User);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dateline: .*")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("dateline: .*")));
        QCOMPARE(QCoreApplication::sendEvent(&object, &first), false);
        QCOMPARE(QCoreApplication::sendEvent(&object, &second), false); // repeated: one message box
        QTRY_COMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(expected), qPrintable(messages.first()));
        app->setReporter({});
    }
};

int main(int argc, char *argv[])
{
    GuardedApplication app(argc, argv);
    TestGuardedApplication test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guardedapplication.moc"
