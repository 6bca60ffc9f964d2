// Shadows the Qt header of the same name for dateline_core only (see core/CMakeLists.txt).
#error "dateline_core must not depend on Qt Gui or Qt Widgets: put drawing code in core/render or app/"
