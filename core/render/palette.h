#pragma once

#include "core/model/cameo.h"

#include <QColor>
#include <QString>
#include <QStringView>

#include <array>

namespace dateline {

// Colours of the timeline; a value type. Light and dark follow the desktop; print has a white
// background and darker strokes for paper.
struct Palette {
    enum class Kind : std::uint8_t { Light, Dark, Print };

    Kind kind = Kind::Light;
    QColor background;
    QColor laneBackground;    // every other lane
    QColor laneSeparator;
    QColor headerBackground;
    QColor headerText;
    QColor text;
    QColor mutedText;
    QColor gridMinor;
    QColor gridMajor;
    QColor axisBackground;
    QColor selection;
    QColor hover;
    QColor today;
    QColor relation;
    QColor quoteMarker;
    QColor calloutBackground;
    QColor calloutBorder;
    QColor eraBand;           // default when an era has no colour
    QColor overviewBackground;
    QColor overviewHistogram;
    QColor overviewWindow;
    QColor neutralEvent;      // events without a CAMEO type
    std::array<QColor, 5> quad; // indexed by cameo::QuadClass (0 = none)

    QColor eventColor(cameo::QuadClass q) const { return quad[std::size_t(q)]; }

    static Palette light();
    static Palette dark();
    static Palette print();
    static Palette forKind(Kind kind);
    static QString kindName(Kind kind);                         // "light", "dark", "print"
    static Kind kindFromName(QStringView name, bool *ok = nullptr);
};

} // namespace dateline
