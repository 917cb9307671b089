#include "core/import/importer.h"
