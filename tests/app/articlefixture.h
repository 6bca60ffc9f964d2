#pragma once

// What the article dialog's tests share: a short article of our own and an open test document.
#include "app/gui/documentcontroller.h"
#include "testdocument.h"

#include <QString>
#include <QTemporaryDir>

namespace dateline {

// A meeting with a quote, and a planned visit: two proposals.
inline const QString kTalksArticle = QStringLiteral(
    "Talks in Moscow\n\n"
    "Foreign Minister Sergey Lavrov met Secretary of State Condoleezza Rice in Moscow on March 17. "
    "\"We made real progress on the treaty,\" Lavrov said.\n\n"
    "Rice will visit Beijing on April 6, the State Department said.\n");

// The test document (TestDocument::create), open in a controller that records what it reports.
struct OpenTestDocument {
    QTemporaryDir dir;
    DocumentController controller;
    TestDocument ids;
    QString reported;
    OpenTestDocument()
    {
        const QString path = dir.filePath(QStringLiteral("t.dateline"));
        ids = TestDocument::create(path);
        ids.document.reset(); // the controller opens its own connection
        controller.setErrorReporter([this](const QString &, const QString &message) { reported = message; });
        controller.openDocument(path);
    }
};

} // namespace dateline
