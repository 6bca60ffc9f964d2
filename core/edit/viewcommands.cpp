// Commands on saved views and date bookmarks: one undoable step each.
#include "core/edit/commandlabels.h"
#include "core/edit/commands.h"
#include "core/edit/editor.h"
#include "core/store/document.h"

using namespace Qt::StringLiterals;

namespace dateline::commands {

void saveView(Editor &editor, const SavedView &view)
{
    const bool replaces = editor.document().savedView(view.name).has_value();
    editor.perform({replaces ? u"update-view"_s : u"save-view"_s,
                    (replaces ? u"Update view %1"_s : u"Save view %1"_s).arg(labels::quoted(view.name))},
                   [&] { editor.document().putSavedView(view); });
}

void removeView(Editor &editor, const QString &name)
{
    if (!editor.document().savedView(name))
        return;
    editor.perform({u"remove-view"_s, u"Delete view %1"_s.arg(labels::quoted(name))},
                   [&] { editor.document().removeSavedView(name); });
}

void renameView(Editor &editor, const QString &from, const QString &to)
{
    if (from == to)
        return;
    editor.perform({u"rename-view"_s, u"Rename view %1 to %2"_s.arg(labels::quoted(from), labels::quoted(to))},
                   [&] { editor.document().renameSavedView(from, to); });
}

void addBookmark(Editor &editor, const DateBookmark &bookmark)
{
    const bool replaces = editor.document().bookmark(bookmark.name).has_value();
    editor.perform({replaces ? u"update-bookmark"_s : u"add-bookmark"_s,
                    (replaces ? u"Move bookmark %1"_s : u"Add bookmark %1"_s).arg(labels::quoted(bookmark.name))},
                   [&] { editor.document().putBookmark(bookmark); });
}

void removeBookmark(Editor &editor, const QString &name)
{
    if (!editor.document().bookmark(name))
        return;
    editor.perform({u"remove-bookmark"_s, u"Delete bookmark %1"_s.arg(labels::quoted(name))},
                   [&] { editor.document().removeBookmark(name); });
}

void renameBookmark(Editor &editor, const QString &from, const QString &to)
{
    if (from == to)
        return;
    editor.perform({u"rename-bookmark"_s,
                    u"Rename bookmark %1 to %2"_s.arg(labels::quoted(from), labels::quoted(to))},
                   [&] { editor.document().renameBookmark(from, to); });
}

} // namespace dateline::commands
