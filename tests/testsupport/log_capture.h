#pragma once

#include <QList>
#include <QString>
#include <QtGlobal>

namespace baartal::testsupport {

// While alive, keeps the text of every message logged in one category (and still passes all messages
// on to the previous handler), so a test can read what the code under test wrote to the log. One at a
// time.
class LogCapture {
public:
    explicit LogCapture(QString category);
    Q_DISABLE_COPY_MOVE(LogCapture)
    ~LogCapture();

    struct Message {
        QtMsgType type;
        QString text;
    };
    const QList<Message>& messages() const { return m_messages; }
    void clear() { m_messages.clear(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& text);

    QString m_category;
    QList<Message> m_messages;
    QtMessageHandler m_previous = nullptr;
};

} // namespace baartal::testsupport
