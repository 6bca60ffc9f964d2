#include "core/render/palette.h"

namespace dateline {

namespace {

QColor rgb(QRgb v, int alpha = 255)
{
    QColor c = QColor::fromRgb(v);
    c.setAlpha(alpha);
    return c;
}

} // namespace

Palette Palette::light()
{
    Palette p;
    p.kind = Kind::Light;
    p.background = rgb(0xffffff);
    p.laneBackground = rgb(0xf5f7fa);
    p.laneSeparator = rgb(0xdde2e8);
    p.headerBackground = rgb(0xeef1f5);
    p.headerText = rgb(0x1f2933);
    p.text = rgb(0x1f2933);
    p.mutedText = rgb(0x6b7785);
    p.gridMinor = rgb(0xe6e9ee);
    p.gridMajor = rgb(0xc5ccd5);
    p.axisBackground = rgb(0xf8f9fb);
    p.selection = rgb(0xff8c00);
    p.hover = rgb(0x3d7eff);
    p.today = rgb(0xd93025);
    p.relation = rgb(0x5f6b7a);
    p.quoteMarker = rgb(0x8e44ad);
    p.calloutBackground = rgb(0xfffbe6);
    p.calloutBorder = rgb(0xd9c77a);
    p.eraBand = rgb(0x9aa5b1, 40);
    p.overviewBackground = rgb(0xeef1f5);
    p.overviewHistogram = rgb(0x7a8899);
    p.overviewWindow = rgb(0x3d7eff, 60);
    p.neutralEvent = rgb(0x607080);
    p.quad = {rgb(0x607080), rgb(0x2e8b57), rgb(0x1f6fc5), rgb(0xe08a00), rgb(0xc0392b)};
    return p;
}

Palette Palette::dark()
{
    Palette p;
    p.kind = Kind::Dark;
    p.background = rgb(0x1b1e23);
    p.laneBackground = rgb(0x22262c);
    p.laneSeparator = rgb(0x333941);
    p.headerBackground = rgb(0x262b32);
    p.headerText = rgb(0xe3e7ec);
    p.text = rgb(0xe3e7ec);
    p.mutedText = rgb(0x98a2ae);
    p.gridMinor = rgb(0x2b3037);
    p.gridMajor = rgb(0x434b55);
    p.axisBackground = rgb(0x20242a);
    p.selection = rgb(0xffa940);
    p.hover = rgb(0x6ea0ff);
    p.today = rgb(0xff5c50);
    p.relation = rgb(0xaab4c0);
    p.quoteMarker = rgb(0xc58af0);
    p.calloutBackground = rgb(0x2f2b1e);
    p.calloutBorder = rgb(0x8a7a3a);
    p.eraBand = rgb(0x8894a3, 36);
    p.overviewBackground = rgb(0x262b32);
    p.overviewHistogram = rgb(0x8d9aab);
    p.overviewWindow = rgb(0x6ea0ff, 70);
    p.neutralEvent = rgb(0x9aa7b5);
    p.quad = {rgb(0x9aa7b5), rgb(0x4cc38a), rgb(0x5aa2f0), rgb(0xf0b040), rgb(0xf06a5a)};
    return p;
}

Palette Palette::print()
{
    Palette p = light();
    p.kind = Kind::Print;
    p.laneBackground = rgb(0xfafafa);
    p.headerBackground = rgb(0xffffff);
    p.axisBackground = rgb(0xffffff);
    p.text = rgb(0x000000);
    p.headerText = rgb(0x000000);
    p.gridMinor = rgb(0xe0e0e0);
    p.gridMajor = rgb(0xa0a0a0);
    p.calloutBackground = rgb(0xffffff);
    p.calloutBorder = rgb(0x808080);
    p.overviewBackground = rgb(0xffffff);
    p.quad = {rgb(0x505a66), rgb(0x1e7046), rgb(0x15539a), rgb(0xb36b00), rgb(0xa3271b)};
    p.neutralEvent = p.quad[0];
    return p;
}

Palette Palette::forKind(Kind kind)
{
    switch (kind) {
    case Kind::Dark: return dark();
    case Kind::Print: return print();
    case Kind::Light: break;
    }
    return light();
}

QString Palette::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Dark: return QStringLiteral("dark");
    case Kind::Print: return QStringLiteral("print");
    case Kind::Light: break;
    }
    return QStringLiteral("light");
}

Palette::Kind Palette::kindFromName(QStringView name, bool *ok)
{
    for (const Kind k : {Kind::Light, Kind::Dark, Kind::Print}) {
        if (name.compare(kindName(k), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return Kind::Light;
}

} // namespace dateline
