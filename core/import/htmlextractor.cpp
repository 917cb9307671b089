#include "core/import/htmlextractor.h"
