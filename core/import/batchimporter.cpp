#include "core/import/batchimporter.h"
