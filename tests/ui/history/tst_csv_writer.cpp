#include "ui/history/csv_writer.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using baartal::ui::CsvWriter;

// CSV as RFC 4180 writes it and Excel reads it: quoting, the byte-order mark, CRLF rows, and a file that
// only appears once it is whole.
class TestCsvWriter : public QObject {
    Q_OBJECT

private:
    static QByteArray contents(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void quotesWhatNeedsQuoting_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("earn") << QStringLiteral("earn");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("decimal rupees") << QStringLiteral("123456.50") << QStringLiteral("123456.50");
        QTest::newRow("comma") << QStringLiteral("Keyed twice, sorry")
                               << QStringLiteral("\"Keyed twice, sorry\"");
        QTest::newRow("quote") << QStringLiteral("the \"wrong\" bill")
                               << QStringLiteral("\"the \"\"wrong\"\" bill\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("line feed") << QStringLiteral("two\nlines") << QStringLiteral("\"two\nlines\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("Devanagari") << QStringLiteral("ग्राहक ने कहा") << QStringLiteral("ग्राहक ने कहा");
        QTest::newRow("Devanagari with comma")
            << QStringLiteral("गलत बिल, दोबारा") << QStringLiteral("\"गलत बिल, दोबारा\"");
        QTest::newRow("spaces kept") << QStringLiteral("  padded ") << QStringLiteral("  padded ");
        QTest::newRow("masked contact") << QStringLiteral("98•••••345") << QStringLiteral("98•••••345");
    }

    void quotesWhatNeedsQuoting()
    {
        QFETCH(QString, field);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::quoted(field), expected);
    }

    void rowsEndInCrlf_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one field") << QStringList{QStringLiteral("a")} << QStringLiteral("a\r\n");
        QTest::newRow("empty fields") << QStringList{QString(), QString()} << QStringLiteral(",\r\n");
        QTest::newRow("mixed") << QStringList{QStringLiteral("2026-01-15T15:30:00+05:30"),
                                              QStringLiteral("void"), QStringLiteral("x, \"y\"")}
                               << QStringLiteral("2026-01-15T15:30:00+05:30,void,\"x, \"\"y\"\"\"\r\n");
    }

    void rowsEndInCrlf()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::row(fields), expected);
    }

    void fileStartsWithTheByteOrderMarkAndAppearsOnCommit()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("history.csv"));
        {
            CsvWriter writer(path);
            QVERIFY(writer.open().ok());
            writer.writeRow({QStringLiteral("time"), QStringLiteral("reason")});
            writer.writeRow({QStringLiteral("2026-01-15"), QStringLiteral("ग्राहक, \"गलत\"")});
            QVERIFY(!QFile::exists(path));
            QVERIFY(writer.commit().ok());
        }
        QCOMPARE(contents(path), QByteArray("\xEF\xBB\xBF"
                                            "time,reason\r\n"
                                            "2026-01-15,") +
                                     QStringLiteral("\"ग्राहक, \"\"गलत\"\"\"\r\n").toUtf8());
    }

    // An export that stops part-way (an error, a cancel) leaves nothing, and an older file of the same
    // name as it was.
    void anUncommittedFileLeavesNothing()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.csv"));
        const QString older = dir.filePath(QStringLiteral("older.csv"));
        QFile previous(older);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("kept\r\n");
        previous.close();
        for (const QString& path : {fresh, older}) {
            CsvWriter writer(path);
            QVERIFY(writer.open().ok());
            writer.writeRow({QStringLiteral("half")});
        }
        QVERIFY(!QFile::exists(fresh));
        QCOMPARE(contents(older), QByteArray("kept\r\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("older.csv")});
    }

    void aFolderThatDoesNotExistFailsToOpen()
    {
        QTemporaryDir dir;
        CsvWriter writer(dir.filePath(QStringLiteral("missing/history.csv")));
        const auto opened = writer.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, QStringLiteral("export_failed"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csv_writer.moc"
