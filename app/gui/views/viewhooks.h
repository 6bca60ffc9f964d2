#pragma once

#include "core/model/eventfilter.h"

#include <functional>

namespace dateline {

// How saved views reach the filter of the window (the filter bar's controller): read it when a
// view is saved, set it when one is applied. Until the window wires it (MainWindow, once the
// filter controller is there), a view keeps its stored filter and applying one leaves the
// timeline unfiltered: `current` returns an empty filter and `apply` does nothing.
struct ViewFilterHook {
    std::function<EventFilter()> current;
    std::function<void(const EventFilter &)> apply;
};

} // namespace dateline
