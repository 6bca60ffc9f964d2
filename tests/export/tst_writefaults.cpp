// Writes that the system refuses: a full disk (a small tmpfs, filled up), a file size limit
// (RLIMIT_FSIZE), a read-only folder (a read-only bind mount when root, chmod otherwise) and a
// document locked by another connection's write transaction. For edits and imports through the
// command layer (an import as the app and the CLI write a file they read), File > Save a Copy, and the CLI's native JSON and image exports: each fails with
// a message that names the file and says what to do, in plain words (no SQLite text), leaves no
// partial output behind, and the document is afterwards exactly what it was (its native JSON
// export, byte for byte). Against the lock, the exports and the copy only read: they succeed.
// Mounts happen in a mount namespace of this process only; without root they are skipped.
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/io/nativejson.h"
#include "core/io/sample.h"
#include "core/store/database.h"
#include "core/store/document.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sched.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace dateline;
using namespace Qt::StringLiterals;

namespace {

enum class Fault { FullDisk, SizeLimit, ReadOnlyFolder, Locked };
enum class Op { Edit, Import, Undo, SaveCopy, ExportJson, ExportPng, ExportSvg, ExportPdf, ImportRead };

constexpr rlim_t kSizeLimit = 4096;

bool readsOnly(Op op)
{
    return op != Op::Edit && op != Op::Import && op != Op::Undo && op != Op::ImportRead;
}

bool hasJargon(const QString &message)
{
    for (const char *word : {"SQLITE", "sqlite", "database or disk", "disk I/O error", "readonly database",
                             "database is locked", "VACUUM", "INSERT", "COMMIT", "BEGIN", " failed: "}) {
        if (message.contains(QLatin1StringView(word)))
            return true;
    }
    return false;
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// RLIMIT_FSIZE for this process while alive (SIGXFSZ is ignored: writes fail with EFBIG instead).
class SizeLimit {
public:
    explicit SizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~SizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

} // namespace

Q_DECLARE_METATYPE(Fault)
Q_DECLARE_METATYPE(Op)

class TestWriteFaults : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void refusedWrite_data();
    void refusedWrite();

private:
    // Sets the fault up around dir (which holds doc), returns false with a reason to skip.
    bool prepare(Fault fault, const QString &dir, QString *skip);
    void lift(Fault fault, const QString &dir);
    // Runs op; returns the error message, empty on success.
    QString run(Op op, Fault fault, Document *doc, const QString &docPath, const QString &out);

    QTemporaryDir m_tmp;
    bool m_canMount = false;
    std::unique_ptr<Database> m_locker;
};

void TestWriteFaults::initTestCase()
{
    std::signal(SIGXFSZ, SIG_IGN);
    // A private mount namespace: whatever this test mounts disappears with it.
    m_canMount = ::geteuid() == 0 && ::unshare(CLONE_NEWNS) == 0
        && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
}

void TestWriteFaults::refusedWrite_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<Op>("op");
    const std::pair<Fault, const char *> faults[] = {{Fault::FullDisk, "full disk"}, {Fault::SizeLimit, "size limit"},
                                                     {Fault::ReadOnlyFolder, "read-only folder"}, {Fault::Locked, "locked"}};
    const std::pair<Op, const char *> ops[] = {{Op::Edit, "edit"}, {Op::Import, "import"}, {Op::Undo, "undo"},
                                               {Op::SaveCopy, "save a copy"}, {Op::ExportJson, "export json"},
                                               {Op::ExportPng, "export png"}, {Op::ExportSvg, "export svg"},
                                               {Op::ExportPdf, "export pdf"}, {Op::ImportRead, "import a file"}};
    for (const auto &[fault, faultName] : faults) {
        for (const auto &[op, opName] : ops)
            QTest::addRow("%s: %s", faultName, opName) << fault << op;
    }
}

bool TestWriteFaults::prepare(Fault fault, const QString &dir, QString *skip)
{
    switch (fault) {
    case Fault::FullDisk: {
        // Fill up what is left: the next write that needs a new block fails with ENOSPC.
        QFile filler(dir + u"/filler"_s);
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(64 * 1024, 'f');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        const QByteArray small(512, 'f');
        while (filler.write(small) == small.size() && filler.flush()) {
        }
        return true;
    }
    case Fault::ReadOnlyFolder:
        if (m_canMount) {
            const QByteArray d = QFile::encodeName(dir);
            return ::mount(d.constData(), d.constData(), nullptr, MS_BIND, nullptr) == 0
                && ::mount(nullptr, d.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) == 0;
        }
        if (::geteuid() == 0) {
            *skip = u"root ignores folder permissions and cannot mount here"_s;
            return false;
        }
        return QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    case Fault::Locked:
        m_locker = std::make_unique<Database>(dir + u"/doc.dateline"_s, Database::Access::ReadWrite);
        m_locker->exec("BEGIN IMMEDIATE; UPDATE meta SET value = value WHERE key = 'title'");
        return true;
    case Fault::SizeLimit:
        return true; // set around the operation only
    }
    return false;
}

void TestWriteFaults::lift(Fault fault, const QString &dir)
{
    switch (fault) {
    case Fault::FullDisk: QFile::remove(dir + u"/filler"_s); break;
    case Fault::ReadOnlyFolder:
        if (m_canMount)
            ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
        else
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        break;
    case Fault::Locked: m_locker.reset(); break; // rolls its transaction back
    case Fault::SizeLimit: break;
    }
}

QString TestWriteFaults::run(Op op, Fault fault, Document *doc, const QString &docPath, const QString &out)
{
    if (!readsOnly(op) || op == Op::SaveCopy) {
        std::optional<SizeLimit> limit;
        if (fault == Fault::SizeLimit)
            limit.emplace(kSizeLimit);
        try {
            Editor editor(*doc);
            if (op == Op::Edit) {
                Event e;
                e.title = u"A long report"_s;
                e.description = QString(3 * 1024 * 1024, u'r'); // more than the full disk has
                e.date = FuzzyDate::fromEdtf(u"2008-03-20"_s);
                commands::addEvent(editor, e);
            } else if (op == Op::Import || op == Op::ImportRead) {
                NativeJsonContent content;
                for (int i = 0; i < 2000; ++i) {
                    Event e;
                    e.id = EventId(i + 1);
                    e.title = u"Imported %1"_s.arg(i);
                    e.description = QString(2000, u'd');
                    e.date = FuzzyDate::fromEdtf(u"2008-04-%1"_s.arg(1 + i % 28, 2, 10, QChar(u'0')));
                    content.events.push_back(e);
                }
                if (op == Op::Import) {
                    commands::importContent(editor, content, IdPolicy::AssignNewIds, u"faults.json"_s);
                } else { // what a reader produced, as File > Import and `dateline-cli import` write it
                    ImportedContent imported;
                    imported.content = std::move(content);
                    const ImportWrite written = commands::importRead(editor, imported, ImportPolicy::ImportGoodRows, u"faults.csv"_s);
                    return written.written ? QString() : written.error;
                }
            } else if (op == Op::Undo) {
                editor.undo();
            } else {
                doc->saveCopy(out);
            }
        } catch (const StoreError &error) {
            return QString::fromUtf8(error.what());
        }
        return {};
    }
    QStringList args;
    if (op == Op::ExportJson)
        args = {u"export-json"_s, docPath, out};
    else
        args = {u"export"_s, docPath, u"-o"_s, out};
    QProcess cli;
    if (fault == Fault::SizeLimit)
        cli.setChildProcessModifier([] {
            rlimit limit{kSizeLimit, kSizeLimit};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    cli.start(QStringLiteral(DATELINE_CLI), args);
    if (!cli.waitForFinished(60000))
        return u"the CLI did not finish"_s;
    if (cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0)
        return {};
    const QString err = QString::fromUtf8(cli.readAllStandardError());
    return err.isEmpty() ? u"exit code %1, no message"_s.arg(cli.exitCode()) : err;
}

void TestWriteFaults::refusedWrite()
{
    QFETCH(Fault, fault);
    QFETCH(Op, op);
    const QString dir = m_tmp.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-').remove(u':'));
    QVERIFY(QDir().mkpath(dir));
    if (fault == Fault::FullDisk) {
        if (!m_canMount)
            QSKIP("needs root and mount(2) for a small tmpfs");
        QCOMPARE(::mount("tmpfs", QFile::encodeName(dir).constData(), "tmpfs", 0, "size=2m"), 0);
    }
    auto unmount = qScopeGuard([&] {
        if (fault == Fault::FullDisk)
            ::umount2(QFile::encodeName(dir).constData(), MNT_DETACH);
    });
    const QString docPath = dir + u"/doc.dateline"_s;
    QString error;
    {
        auto doc = createSampleDocument(docPath, &error);
        QVERIFY2(doc, qPrintable(error));
        Editor editor(*doc); // a step to undo
        commands::setTitle(editor, u"Before the fault"_s);
    }
    QByteArray before;
    {
        auto doc = Document::open(docPath, OpenMode::ReadOnly, &error);
        QVERIFY2(doc, qPrintable(error));
        before = exportNativeJson(*doc);
    }
    static const char *const extensions[] = {"", "", "", "copy.dateline", "out.json", "out.png", "out.svg", "out.pdf", ""};
    const QString out = dir + u"/"_s + QLatin1StringView(extensions[int(op)]);

    // Edits keep the document open across the fault, as the app does; it opens read-only when
    // its folder already is.
    std::unique_ptr<Document> doc;
    if (!readsOnly(op) || op == Op::SaveCopy) {
        if (fault != Fault::ReadOnlyFolder) {
            doc = Document::open(docPath, OpenMode::ReadWrite, &error);
            QVERIFY2(doc, qPrintable(error));
        }
    }
    QString skip;
    if (!prepare(fault, dir, &skip)) {
        if (!skip.isEmpty())
            QSKIP(qPrintable(skip));
        QFAIL("could not set the fault up");
    }
    auto lifted = qScopeGuard([&] { lift(fault, dir); });
    if (fault == Fault::ReadOnlyFolder && !doc && (!readsOnly(op) || op == Op::SaveCopy)) {
        doc = Document::open(docPath, OpenMode::ReadWrite, &error);
        QVERIFY2(doc, qPrintable(error));
        QVERIFY(doc->isReadOnly());
    }
    const QStringList filesBefore = entries(dir);

    const QString message = run(op, fault, doc.get(), docPath, out);
    const bool expectFailure = !(fault == Fault::Locked && readsOnly(op));
    if (!expectFailure) {
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QVERIFY(QFileInfo(out).size() > 0);
    } else {
        QVERIFY2(!message.isEmpty(), "the write did not fail");
        const QString named = readsOnly(op) ? QFileInfo(out).fileName() : QFileInfo(docPath).fileName();
        QVERIFY2(message.contains(named), qPrintable(message));
        QVERIFY2(!hasJargon(message), qPrintable(message));
        if (!readsOnly(op))
            QVERIFY2(message.contains(op == Op::ImportRead ? u"nothing was imported"_s : u"Nothing was changed"_s), qPrintable(message));
        // No partial output, no stray temporary file (the document's own -wal/-shm may come and go).
        QStringList now = entries(dir), was = filesBefore;
        for (QStringList *list : {&now, &was})
            list->removeIf([](const QString &f) { return f.endsWith(u"-wal"_s) || f.endsWith(u"-shm"_s); });
        QCOMPARE(now, was);
    }
    doc.reset();
    lifted.dismiss();
    lift(fault, dir);

    auto reopened = Document::open(docPath, OpenMode::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    QVERIFY2(exportNativeJson(*reopened) == before, "the document changed");
}

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "tst_writefaults.moc"
