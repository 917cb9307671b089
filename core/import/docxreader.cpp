#include "core/import/docxreader.h"
