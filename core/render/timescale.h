#pragma once
// Placeholder so dateline_render has a source until the renderer lands.
